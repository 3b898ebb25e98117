// From command-line inputs to records, one at a time and in input order.
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { readTarget, type ArticleInput, type ReadOptions } from './input/read.js';
import { CORPUS_MIN_DOCUMENTS } from './clean/settings.js';
import { expandInputs, formatFromPath, type InputTarget } from './input/sources.js';
import type { RepeatedLines } from './clean/corpus.js';
import type { PipelineOptions } from './pipeline.js';
import type { InputFormat, OutputRecord } from './types.js';

export interface FileOptions extends PipelineOptions {
  inputType?: InputFormat;
  /** Where "-" reads from (default: process.stdin). */
  stdin?: Readable;
  /** Largest article read, in bytes (default DEFAULT_MAX_BYTES, 10 MiB). */
  maxBytes?: number;
  /** Worker threads running the stages; 1 runs them in this thread (default 1). */
  jobs?: number;
  /**
   * Corpus mode (default true): when the inputs can be read twice (no stdin) and cleaning is on,
   * a first pass counts the blocks each site repeats across its documents, and the cleaning
   * removes them ("corpus-repeated").
   */
  corpus?: boolean;
}

/**
 * The first pass of corpus mode reads at most this many articles: a sample that shows a site's
 * template well, and keeps the counts' memory bounded (about 10 MB) whatever the corpus size.
 */
export const CORPUS_SAMPLE_ARTICLES = 5000;
/** Blocks longer than this are article prose, not template: not counted (memory stays bounded). */
export const CORPUS_MAX_BLOCK_CHARS = 300;

/** The site an article belongs to for corpus mode: its named or URL site, else its file's folder. */
export function corpusSiteOf(item: ArticleInput): string {
  if (item.prepared.site) return `site:${item.prepared.site}`;
  return item.source.format === 'jsonl' ? `file:${item.source.path}` : `dir:${dirname(item.source.path)}`;
}

async function listTargets(inputs: readonly string[]): Promise<InputTarget[]> {
  const targets: InputTarget[] = [];
  for await (const target of expandInputs(inputs)) targets.push(target);
  return targets;
}

/** Whether the targets can hold enough documents for a site's repetition to show: a JSONL corpus, or that many files. */
function mayHoldASite(targets: readonly InputTarget[], inputType: InputFormat | undefined): boolean {
  let files = 0;
  for (const target of targets) {
    if (target.kind !== 'file') continue;
    if ((inputType ?? formatFromPath(target.path)) === 'jsonl') return true;
    files++;
  }
  return files >= CORPUS_MIN_DOCUMENTS;
}

/** Corpus mode's first pass: the repeated blocks of every site with enough documents. */
async function countRepeatedBlocks(targets: readonly InputTarget[], readOptions: ReadOptions): Promise<RepeatedLines> {
  const { RepeatedLines } = await import('./clean/corpus.js');
  const repeated = new RepeatedLines();
  let articles = 0;
  for (const target of targets) {
    for await (const item of readTarget(target, readOptions)) {
      if ('error' in item) continue;
      repeated.add(corpusSiteOf(item), item.prepared.blocks.filter((b) => b.length <= CORPUS_MAX_BLOCK_CHARS));
      if (++articles >= CORPUS_SAMPLE_ARTICLES) return repeated;
    }
  }
  return repeated;
}

/** Articles in flight per worker: enough to keep workers busy, few enough to keep memory flat. */
const IN_FLIGHT_PER_WORKER = 4;

type Runner = (item: ArticleInput) => Promise<OutputRecord>;

async function inThreadRunner(options: PipelineOptions): Promise<{ run: Runner; close(): Promise<void> }> {
  const { runPipeline } = await import('./pipeline.js');
  return {
    run: async (item) => {
      try {
        return runPipeline(item.id, item.source, item.prepared, options);
      } catch (error) {
        // A stage bug must cost one record, never the rest of the run.
        return { id: item.id, source: item.source, error: { code: 'INTERNAL_ERROR', message: (error as Error).stack ?? String(error) } };
      }
    },
    close: async () => {},
  };
}

/**
 * Articles run in this thread until the run proves long: each worker loads the stages and warms
 * up for a second or two, which only pays on long runs (npm run bench, 2 cores: --jobs 2 is
 * 0.6x on 250 articles when workers start at once, 1.4x on 6,000).
 */
const ARTICLES_BEFORE_WORKERS = 500;

async function workerRunner(jobs: number, options: PipelineOptions): Promise<{ run: Runner; close(): Promise<void> }> {
  const inThread = await inThreadRunner(options);
  const { PipelinePool } = await import('./parallel/pool.js');
  let pool: InstanceType<typeof PipelinePool> | undefined;
  let seen = 0;
  return {
    run: (item) => {
      seen++;
      if (!pool && seen > ARTICLES_BEFORE_WORKERS) pool = new PipelinePool(jobs);
      // Until every worker has loaded the stages, this thread keeps working.
      return pool?.ready ? pool.run(item.id, item.source, item.prepared, options) : inThread.run(item);
    },
    close: async () => {
      await pool?.close();
    },
  };
}

/** Records for `inputs` (files, directories, glob patterns, "-"), in order; failures become error records. */
export async function* extractFiles(inputs: readonly string[], options: FileOptions = {}): AsyncGenerator<OutputRecord> {
  const stdin = options.stdin ?? process.stdin;
  const readOptions: ReadOptions = {
    stdin,
    ...(options.inputType ? { inputType: options.inputType } : {}),
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
  };
  const pipelineOptions: PipelineOptions = {
    ...(options.clean !== undefined ? { clean: options.clean } : {}),
    ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
    ...(options.explain ? { explain: options.explain } : {}),
  };
  // A second reading needs inputs that can be read again: files, not a stream.
  // Corpus mode reads the inputs twice: they are listed once (directories walked, patterns
  // expanded), and a run too small to show a site's repetition skips the first pass.
  const targets =
    options.corpus !== false && options.clean !== false && inputs.length > 0 && !inputs.includes('-') ? await listTargets(inputs) : null;
  const corpus = targets && mayHoldASite(targets, options.inputType) ? await countRepeatedBlocks(targets, readOptions) : null;
  // --explain hands rows to a callback of this thread: the stages run here.
  const jobs = options.explain ? 1 : Math.max(1, Math.floor(options.jobs ?? 1));
  const runner = jobs > 1 ? await workerRunner(jobs, pipelineOptions) : await inThreadRunner(pipelineOptions);
  const maxInFlight = jobs > 1 ? jobs * IN_FLIGHT_PER_WORKER : 1;
  // Records are yielded in input order: a queue of promises, awaited from its head.
  const queue: Array<Promise<OutputRecord>> = [];
  // Ids name records for jq joins and `extract check`: a repeated one is flagged, not changed.
  const seenIds = new Set<string>();
  try {
    for await (const target of targets ?? expandInputs(inputs)) {
      for await (const item of readTarget(target, readOptions)) {
        if (seenIds.has(item.id)) {
          if (!('error' in item)) {
            const warning = { code: 'DUPLICATE_ID', message: `another record of this run already has the id ${JSON.stringify(item.id)}` };
            item.prepared = { ...item.prepared, warnings: [...item.prepared.warnings, warning] };
          }
        } else seenIds.add(item.id);
        if (corpus && !('error' in item)) {
          const repeated = corpus.repeated(corpusSiteOf(item));
          if (repeated.size > 0) item.prepared = { ...item.prepared, repeated };
        }
        queue.push('error' in item ? Promise.resolve(item) : runner.run(item));
        while (queue.length >= maxInFlight) yield await queue.shift()!;
      }
    }
    while (queue.length > 0) yield await queue.shift()!;
  } finally {
    await runner.close();
  }
}
