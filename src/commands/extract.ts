// `extract <inputs...>`: records on stdout (or --output), one-line diagnostics on stderr.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { FileOptions } from '../files.js';
import { RecordWriter } from '../output/writer.js';
import type { OutputRecord } from '../types.js';
import { recordsWithProgress, writeTextOutput } from './report.js';
import { EXIT, type CommandIo } from './io.js';

export interface ExtractCommandOptions extends Omit<FileOptions, 'stdin'> {
  jsonl?: boolean;
  pretty?: boolean;
  output?: string;
  quiet?: boolean;
  /** Also write the HTML review page of the run to this file. */
  report?: string;
}

export async function runExtract(inputs: readonly string[], options: ExtractCommandOptions, io: CommandIo): Promise<number> {
  let out: Writable = io.stdout;
  if (options.output) {
    out = createWriteStream(options.output);
    try {
      await once(out, 'open');
    } catch (error) {
      io.stderr.write(`extract: cannot write ${options.output}: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
  }
  const writer = new RecordWriter(out, { jsonl: options.jsonl ?? false, pretty: options.pretty ?? false });
  let failed = 0;
  const forReport: OutputRecord[] | undefined = options.report ? [] : undefined;
  // Records printed on the terminal itself would be torn by the progress line.
  const showProgress = Boolean(options.output) || (io.stdout as { isTTY?: boolean }).isTTY !== true;
  const { report: _report, ...fileOptions } = options;
  for await (const record of recordsWithProgress(inputs, fileOptions, io, { command: 'extract', progress: showProgress })) {
    if ('error' in record) failed++;
    forReport?.push(record);
    await writer.write(record);
    if (!writer.open) return EXIT.ok; // the reader went away (`| head`): stop quietly
  }
  await writer.close();
  if (out !== io.stdout) {
    out.end();
    await once(out, 'finish');
  }
  if (forReport && options.report) {
    const { renderReport } = await import('../report/index.js');
    if (!(await writeTextOutput(renderReport(forReport), options.report, io, 'extract'))) return EXIT.usage;
  }
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}
