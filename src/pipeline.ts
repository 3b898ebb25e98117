// The pipeline: a short, ordered list of stages from prepared input to record.
import { cleanBlocks } from './clean/index.js';
import { extractDates, findBylineDate } from './dates/index.js';
import { extractEntities } from './entities/index.js';
import { extractFigures } from './figures/index.js';
import type { ExplainRow } from './clean/index.js';
import type { PreparedText } from './input/prepare.js';
import { detectLanguage } from './language/index.js';
import type { ArticleRecord, Published, ReferenceDate, SourceInfo } from './types.js';

export interface PipelineOptions {
  /** false keeps the input text exactly as given, so offsets point into it (default true). */
  clean?: boolean;
  /** Reference date (YYYY-MM-DD) for articles whose publication date cannot be found. */
  referenceDate?: string | null;
  /** `--explain`: called with each article's id and the cleaner's verdict on every block. */
  explain?: ((id: string, rows: ExplainRow[]) => void) | null;
}

/** The document as it goes through the stages; each stage fills its part of `record`. */
export interface WorkingDocument {
  readonly input: PreparedText;
  readonly options: Required<PipelineOptions>;
  readonly record: ArticleRecord;
}

export interface Stage {
  name: string;
  run(doc: WorkingDocument): void;
}

const cleaning: Stage = {
  name: 'clean',
  run({ input, options, record }) {
    const cleaned = cleanBlocks({
      blocks: input.blocks,
      title: input.title,
      ...(input.hints ? { hints: input.hints } : {}),
      ...(input.repeated ? { repeated: input.repeated } : {}),
      ...(options.explain ? { explain: true } : {}),
    });
    if (options.explain && cleaned.explain) options.explain(record.id, cleaned.explain);
    record.title = cleaned.title;
    record.author = input.author ?? cleaned.author ?? null;
    record.site = input.site;
    if (options.clean) {
      record.text = cleaned.text;
      record.removed = cleaned.removed;
      record.warnings.push(...cleaned.warnings);
    } else {
      record.text = input.raw;
    }
  },
};

const publication: Stage = {
  name: 'published',
  run({ input, options, record }) {
    let published: Published | null = input.published ?? findBylineDate(input.blocks);
    if (!published && options.referenceDate) published = { value: options.referenceDate, from: 'option' };
    record.published = published;
  },
};

const language: Stage = {
  name: 'language',
  run({ record }) {
    const detected = detectLanguage(record.text);
    record.language = detected.language;
    record.warnings.push(...detected.warnings);
  },
};

const dates: Stage = {
  name: 'dates',
  run({ record }) {
    const reference: ReferenceDate | null = record.published
      ? { value: record.published.value, from: record.published.from }
      : null;
    record.dates = extractDates(record.text, reference);
  },
};

const figures: Stage = {
  name: 'figures',
  run({ record }) {
    record.figures = extractFigures(record.text, { dates: record.dates });
  },
};

const entities: Stage = {
  name: 'entities',
  run({ record }) {
    const found = extractEntities(record.text);
    record.organizations = found.organizations;
    record.people = found.people;
    record.places = found.places;
  },
};

/** The default stages, in order: later stages read what earlier ones wrote. */
export const DEFAULT_STAGES: readonly Stage[] = [cleaning, publication, language, dates, figures, entities];

/** Runs the stages over one prepared input and returns its record. */
export function runPipeline(
  id: string,
  source: SourceInfo,
  input: PreparedText,
  options: PipelineOptions = {},
  stages: readonly Stage[] = DEFAULT_STAGES,
): ArticleRecord {
  const record: ArticleRecord = {
    id,
    source,
    title: null,
    published: null,
    author: null,
    site: null,
    language: { code: 'und', iso639_3: 'und', confidence: 0 },
    text: '',
    removed: [],
    warnings: [...input.warnings],
    dates: [],
    figures: [],
    organizations: [],
    people: [],
    places: [],
  };
  const doc: WorkingDocument = {
    input,
    options: { clean: options.clean ?? true, referenceDate: options.referenceDate ?? null, explain: options.explain ?? null },
    record,
  };
  for (const stage of stages) stage.run(doc);
  return record;
}
