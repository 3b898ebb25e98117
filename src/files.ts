// From command-line inputs to records, one at a time and in input order.
import type { Readable } from 'node:stream';
import { readTarget, type ReadOptions } from './input/read.js';
import { expandInputs } from './input/sources.js';
import { runPipeline, type PipelineOptions } from './pipeline.js';
import type { InputFormat, OutputRecord } from './types.js';

export interface FileOptions extends PipelineOptions {
  inputType?: InputFormat;
  /** Where "-" reads from (default: process.stdin). */
  stdin?: Readable;
  /** Largest article read, in bytes (default DEFAULT_MAX_BYTES, 10 MiB). */
  maxBytes?: number;
}

/** Records for `inputs` (files, directories, glob patterns, "-"), in order; failures become error records. */
export async function* extractFiles(inputs: readonly string[], options: FileOptions = {}): AsyncGenerator<OutputRecord> {
  const stdin = options.stdin ?? process.stdin;
  const readOptions: ReadOptions = { stdin, ...(options.inputType ? { inputType: options.inputType } : {}), ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}) };
  for await (const target of expandInputs(inputs)) {
    for await (const item of readTarget(target, readOptions)) {
      if ('error' in item) {
        yield item;
        continue;
      }
      try {
        yield runPipeline(item.id, item.source, item.prepared, options);
      } catch (error) {
        // A stage bug must cost one record, never the rest of the run.
        yield { id: item.id, source: item.source, error: { code: 'INTERNAL_ERROR', message: (error as Error).stack ?? String(error) } };
      }
    }
  }
}
