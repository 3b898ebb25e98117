// The record contract shared by every stage. `schema/record.schema.json` describes the same
// shape for users; test/schema.test.ts keeps the two in step.

/** A span of the record's `text`: UTF-16 code-unit offsets, end exclusive. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export type InputFormat = 'text' | 'html' | 'jsonl';

export interface SourceInfo {
  /** The path exactly as given on the command line, or "-" for stdin. */
  path: string;
  /** 1-based line number inside a JSONL corpus. */
  line?: number;
  format: InputFormat;
  /** "utf-8", "windows-1252", "utf-16le", … — how the bytes were decoded. */
  encoding: string;
  bytes: number;
  sha256: string;
  url?: string;
}

export type PublishedFrom = 'input' | 'meta' | 'byline' | 'option';

export interface Published {
  /** ISO 8601 date (YYYY-MM-DD), or a coarser TIMEX3 date (YYYY-MM) when the source says no more. */
  value: string;
  /** The text the date was read from, when it came from the page. */
  text?: string;
  from: PublishedFrom;
}

export interface Language {
  /** ISO 639-1 code where one exists ("fr"), else the ISO 639-3 code; "und" when unknown. */
  code: string;
  iso639_3: string;
  /** 0..1 */
  confidence: number;
}

export interface RemovedBlock {
  text: string;
  /** A stable reason code, e.g. "boilerplate-phrase", "navigation", "duplicate", "credit". */
  reason: string;
}

export interface Warning {
  code: string;
  message: string;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateMention extends Span {
  /** TIMEX3 value: "2024-10-14", "2024-08", "2024-Q3", "XXXX-10-14", "PT72H", "P1D", "PAST_REF"… */
  value: string;
  type: TimexType;
}

export type FigureKind = 'count' | 'percent' | 'money' | 'quantity' | 'ordinal';
export type Qualifier = 'about' | 'over' | 'under' | 'at-least' | 'at-most';

export interface Figure extends Span {
  value: number;
  /** Counted noun for counts, "%" for percentages, ISO 4217 for money, unit as written for quantities. */
  unit: string | null;
  kind: FigureKind;
  qualifier?: Qualifier;
  /** For ranges ("entre 10 et 20 euros"): each bound is its own figure, and both carry min and max. */
  min?: number;
  max?: number;
}

export type Mention = Span;

export interface Entity {
  /** The fullest surface form of the entity in this document. */
  name: string;
  mentions: Mention[];
}

export interface ErrorInfo {
  code: string;
  message: string;
}

export interface ArticleRecord {
  id: string;
  source: SourceInfo;
  title: string | null;
  published: Published | null;
  /** The article's author(s) as the page names them: HTML/JSON-LD metadata, the JSONL "author", or a byline. */
  author: string | null;
  /** The publication's name: og:site_name, JSON-LD publisher, the JSONL "site", else the URL's host. */
  site: string | null;
  language: Language;
  text: string;
  removed: RemovedBlock[];
  warnings: Warning[];
  dates: DateMention[];
  figures: Figure[];
  organizations: Entity[];
  people: Entity[];
  places: Entity[];
}

/** What is known of an input that could not be read: at least its path. */
export type ErrorSource = Pick<SourceInfo, 'path'> & Partial<Omit<SourceInfo, 'path'>>;

export interface ErrorRecord {
  id: string;
  source: ErrorSource;
  error: ErrorInfo;
}

export type OutputRecord = ArticleRecord | ErrorRecord;

/** The reference date against which relative dates are resolved (YYYY-MM-DD or YYYY-MM). */
export interface ReferenceDate {
  value: string;
  from: PublishedFrom;
}
