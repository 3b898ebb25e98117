// `extract report <inputs...> -o report.html`: the records as one HTML page to review by eye.
import { writeFile } from 'node:fs/promises';
import { extractFiles, type FileOptions } from '../files.js';
import { countInputs, Progress, type MaybeTty } from '../progress/index.js';
import { renderReport } from '../report/index.js';
import type { OutputRecord } from '../types.js';
import { EXIT, type CommandIo } from './io.js';

export interface ReportCommandOptions extends Omit<FileOptions, 'stdin'> {
  /** The HTML file (default: stdout). */
  output?: string;
  quiet?: boolean;
  title?: string;
}

/** Writes `text` to `path`, or to stdout without one; false (with a message) when it cannot. */
export async function writeTextOutput(text: string, path: string | undefined, io: CommandIo, command: string): Promise<boolean> {
  if (path === undefined) {
    io.stdout.write(text);
    return true;
  }
  try {
    await writeFile(path, text);
    return true;
  } catch (error) {
    io.stderr.write(`${command}: cannot write ${path}: ${(error as Error).message}\n`);
    return false;
  }
}

export interface RecordStreamOptions {
  /** Names the command in stderr lines. */
  command: string;
  /** The progress line, when stderr is a terminal (default true). */
  progress?: boolean;
  /** One stderr line per failed input (default true). */
  errors?: boolean;
}

/**
 * Records for `inputs`, with the progress line on a terminal and one stderr line per failure;
 * `quiet` turns both off.
 */
export async function* recordsWithProgress(
  inputs: readonly string[],
  options: Omit<FileOptions, 'stdin'> & { quiet?: boolean },
  io: CommandIo,
  stream: RecordStreamOptions,
): AsyncGenerator<OutputRecord> {
  const { command } = stream;
  const stderr = io.stderr as MaybeTty;
  const reportErrors = stream.errors !== false && !options.quiet;
  const wanted = stream.progress !== false && !options.quiet && stderr.isTTY === true;
  const total = wanted ? await countInputs(inputs, options.inputType) : undefined;
  const progress = new Progress({ stream: stderr, quiet: !wanted, ...(total !== undefined ? { total } : {}) });
  try {
    for await (const record of extractFiles(inputs, { ...options, stdin: io.stdin })) {
      if ('error' in record && reportErrors) {
        progress.clear();
        io.stderr.write(`${command}: ${record.id}: ${record.error.code}: ${record.error.message.split('\n')[0]}\n`);
      }
      yield record;
      progress.tick();
    }
  } finally {
    progress.done();
  }
}

export async function runReport(inputs: readonly string[], options: ReportCommandOptions, io: CommandIo): Promise<number> {
  const records: OutputRecord[] = [];
  for await (const record of recordsWithProgress(inputs, options, io, { command: 'extract report' })) records.push(record);
  const html = renderReport(records, options.title ? { title: options.title } : {});
  if (!(await writeTextOutput(html, options.output, io, 'extract report'))) return EXIT.usage;
  if (options.output && !options.quiet) io.stderr.write(`extract report: ${records.length} record${records.length === 1 ? '' : 's'} → ${options.output}\n`);
  return records.some((r) => 'error' in r) ? EXIT.someFailed : EXIT.ok;
}
