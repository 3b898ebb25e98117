// `extract stats <inputs...>`: aggregate counts over a corpus, as JSON or as tables.
import { formatStatsTable, StatsAccumulator, DEFAULT_TOP } from '../stats/index.js';
import type { FileOptions } from '../files.js';
import { recordsWithProgress, writeTextOutput } from './report.js';
import { EXIT, type CommandIo } from './io.js';

export interface StatsCommandOptions extends Omit<FileOptions, 'stdin'> {
  table?: boolean;
  /** How many organisations, people and places to list (default 10). */
  top?: number;
  output?: string;
  quiet?: boolean;
}

export async function runStats(inputs: readonly string[], options: StatsCommandOptions, io: CommandIo): Promise<number> {
  const acc = new StatsAccumulator();
  for await (const record of recordsWithProgress(inputs, options, io, { command: 'extract stats' })) acc.add(record);
  const stats = acc.result(options.top ?? DEFAULT_TOP);
  const text = options.table ? formatStatsTable(stats) : `${JSON.stringify(stats, null, 2)}\n`;
  if (!(await writeTextOutput(text, options.output, io, 'extract stats'))) return EXIT.usage;
  return stats.failed > 0 ? EXIT.someFailed : EXIT.ok;
}
