// `extract <inputs...>`: records on stdout (or --output), one-line diagnostics on stderr.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { extractFiles, type FileOptions } from '../files.js';
import { RecordWriter } from '../output/writer.js';
import { EXIT, type CommandIo } from './io.js';

export interface ExtractCommandOptions extends Omit<FileOptions, 'stdin'> {
  jsonl?: boolean;
  pretty?: boolean;
  output?: string;
  quiet?: boolean;
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
  for await (const record of extractFiles(inputs, { ...options, stdin: io.stdin })) {
    if ('error' in record) {
      failed++;
      if (!options.quiet) io.stderr.write(`extract: ${record.id}: ${record.error.code}: ${record.error.message.split('\n')[0]}\n`);
    }
    await writer.write(record);
    if (!writer.open) return EXIT.ok; // the reader went away (`| head`): stop quietly
  }
  await writer.close();
  if (out !== io.stdout) {
    out.end();
    await once(out, 'finish');
  }
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}
