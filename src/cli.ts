// The command line: commander parses the arguments, the library does the work.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT, type CommandIo } from './commands/io.js';
// The stages (and their word lists and models) load only when a command runs, so that --help,
// --version and --schema start at once.
import { recordSchemaText } from './output/schema.js';
import type { InputFormat } from './types.js';

const PACKAGE_URL = new URL('../package.json', import.meta.url);

function version(): string {
  return (JSON.parse(readFileSync(PACKAGE_URL, 'utf8')) as { version: string }).version;
}

const REFERENCE_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

function parseMaxBytes(value: string): number {
  const bytes = Number(value);
  if (!Number.isSafeInteger(bytes) || bytes <= 0) throw new InvalidArgumentError('expected a positive number of bytes, e.g. 10485760.');
  return bytes;
}

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isSafeInteger(jobs) || jobs < 1 || jobs > 256) throw new InvalidArgumentError('expected a whole number of workers from 1 to 256.');
  return jobs;
}

function parseTop(value: string): number {
  const top = Number(value);
  if (!Number.isSafeInteger(top) || top < 1) throw new InvalidArgumentError('expected a whole number above 0, e.g. 10.');
  return top;
}

function parseReferenceDate(value: string): string {
  if (!REFERENCE_DATE.test(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD, e.g. 2024-10-14.');
  return value;
}

interface InputFlags {
  inputType?: InputFormat;
  maxBytes?: number;
  jobs?: number;
  referenceDate?: string;
  clean: boolean;
  corpus: boolean;
}

function addInputOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--input-type <type>', 'read every input as this type, stdin included (default: from the extension; HTML is also sniffed; stdin is text)').choices(['text', 'html', 'jsonl']),
    )
    .option('--reference-date <YYYY-MM-DD>', 'reference date for relative dates in inputs that carry no publication date', parseReferenceDate)
    .option('--no-clean', 'keep the input text exactly as given: no boilerplate removal, offsets point into the input')
    .option(
      '--no-corpus',
      'no corpus mode. By default, when the inputs are files (not stdin), a first pass finds the blocks a site repeats across its documents (site: the page\'s site or URL host, else the file\'s folder; at least 3 documents) and cleaning removes them as "corpus-repeated"',
    )
    .option('-j, --jobs <n>', `worker threads running the stages; output order stays the input order (default: ${availableParallelism()}, the number of cores)`, parseJobs)
    .option('--max-bytes <n>', 'largest article read, in bytes (a text or HTML file, or one JSONL line); larger ones give an INPUT_TOO_LARGE record (default: 10485760, 10 MiB)', parseMaxBytes);
}

const EXAMPLES = `
Inputs: files, directories (recursed for .txt, .html, .htm, .jsonl, .ndjson), quoted glob
patterns ('seeds/*.txt'), and - for stdin. A JSONL corpus holds one article per line:
{"id"?, "text", "title"?, "date"?, "url"?}.

Examples:
  $ extract article.txt                          one record, in a JSON array
  $ extract seeds/*.txt > out.json               five records; then: jq '.[].title' out.json
  $ extract --jsonl corpus.jsonl > records.jsonl one record per line, for streaming
  $ extract 'archive/**/*.html' -o out.json      a pattern the shell did not expand
  $ extract --input-type html - < page.html       a page on stdin
  $ extract --reference-date 2021-01-12 a.txt    resolve "mardi 12 janvier" to 2021-01-12
  $ extract check fixtures/seeds                 compare with the expected records beside them
  $ extract report seeds/*.txt -o report.html    an HTML page to review the records by eye
  $ extract stats --table corpus.jsonl           what a corpus holds: languages, names, figures, years

On a terminal, runs of more than 5 articles show a progress line on stderr (count, articles/s,
ETA when the number of articles is known); not in a pipe or a log, nor with --quiet. NO_COLOR
turns its dimming off.

Exit codes: 0 every input gave a record, 1 some inputs failed (their records carry "error"),
2 usage error. Only JSON is written to stdout; diagnostics go to stderr.`;

function buildProgram(io: CommandIo, result: { code: number }): Command {
  const program = new Command('extract');
  program
    .description('Turn French news articles (text, HTML or JSONL) into structured JSON records: text, language, dates, figures, organisations, people and places.')
    .version(version(), '-V, --version')
    .argument('[inputs...]', 'files, directories, glob patterns, or - for stdin')
    .option('--jsonl', 'write JSON Lines (one record per line) instead of one JSON array')
    .option('--pretty', 'indent the JSON')
    .option('-o, --output <file>', 'write the records to a file instead of stdout')
    .option('-q, --quiet', 'no diagnostics on stderr, and no progress line')
    .option('--report <file>', 'also write an HTML page to review the records by eye (see extract report)')
    .option('--schema', "print the record's JSON Schema and exit")
    .option('--explain', "print on stderr, for every article, a table of its blocks: kept or removed, the reason, and the cleaner's features (runs in one thread)")
    .addHelpText('after', EXAMPLES)
    // The run's own options (-o, --report, -q) stop at a subcommand's name, whose options share them.
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  addInputOptions(program);
  program.action(async (inputs: string[], flags: InputFlags & { jsonl?: boolean; pretty?: boolean; output?: string; quiet?: boolean; schema?: boolean; report?: string; explain?: boolean }) => {
    if (flags.schema) {
      io.stdout.write(recordSchemaText());
      result.code = EXIT.ok;
      return;
    }
    if (inputs.length === 0) {
      io.stderr.write("extract: no input given. Try 'extract --help'.\n");
      result.code = EXIT.usage;
      return;
    }
    const { runExtract } = await import('./commands/extract.js');
    const explain = flags.explain ? await explainPrinter(io) : {};
    result.code = await runExtract(inputs, { ...commonOptions(flags), ...pick(flags, ['jsonl', 'pretty', 'output', 'quiet', 'report']), ...explain }, io);
  });

  const check = new Command('check')
    .description('Run each input that has an .expected.json beside it and print every difference; inputs without one must still give a sound record (schema-valid, French, with text).')
    .argument('<inputs...>', 'files, directories or glob patterns')
    .option('--update', 'rewrite the expected files with the current records (review the diff!)')
    .option('--strict', 'fail on inputs that have no expected file yet')
    .option('--summary', 'one line per file: ok, changed, new or failed, then the counts')
    .option('--report <file>', 'write an HTML page of the changed, new and failed files, to review them')
    .option('-q, --quiet', 'no progress line')
    .addHelpText('after', '\nExamples:\n  $ extract check fixtures/seeds\n  $ extract check --update fixtures/seeds/new-article.txt\n  $ extract check --summary --report review.html articles/\n\nExit codes: 0 all ok, 1 a difference, a failed input (or, with --strict, a new one), 2 usage error.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  addInputOptions(check);
  check.action(async (inputs: string[], flags: InputFlags & { update?: boolean; strict?: boolean; summary?: boolean; report?: string; quiet?: boolean }) => {
    const { runCheck } = await import('./check/index.js');
    // An expected record must not depend on which other files a check run holds: no corpus mode.
    result.code = await runCheck(inputs, { ...commonOptions(flags), corpus: false, ...pick(flags, ['update', 'strict', 'summary', 'report', 'quiet']) }, io);
  });
  program.addCommand(check);

  const report = new Command('report')
    .description('Write one self-contained HTML page to review records by eye: each article with its dates, figures, organisations, people and places highlighted (value on hover and focus), the removed boilerplate and counts.')
    .argument('<inputs...>', 'files, directories, glob patterns, or - for stdin')
    .option('-o, --output <file>', 'the HTML file (default: stdout)')
    .option('--title <text>', "the page's title", 'extract report')
    .option('-q, --quiet', 'no diagnostics on stderr, and no progress line')
    .addHelpText('after', '\nExamples:\n  $ extract report fixtures/seeds -o report.html\n  $ extract report --input-type jsonl - < corpus.jsonl > report.html\n\nExit codes: 0 every input gave a record, 1 some inputs failed (shown in the page), 2 usage error.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  addInputOptions(report);
  report.action(async (inputs: string[], flags: InputFlags & { output?: string; title?: string; quiet?: boolean }) => {
    const { runReport } = await import('./commands/report.js');
    result.code = await runReport(inputs, { ...commonOptions(flags), ...pick(flags, ['output', 'title', 'quiet']) }, io);
  });
  program.addCommand(report);

  const stats = new Command('stats')
    .description('Aggregate counts over a corpus: articles, languages, the most frequent organisations, people and places, figures by kind, dates by year. JSON, or tables with --table.')
    .argument('<inputs...>', 'files, directories, glob patterns, or - for stdin')
    .option('--table', 'plain-text tables for a terminal instead of JSON')
    .option('--top <n>', 'how many organisations, people and places to list', parseTop, 10)
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('-q, --quiet', 'no diagnostics on stderr, and no progress line')
    .addHelpText('after', "\nExamples:\n  $ extract stats fixtures/seeds\n  $ extract stats --table --top 5 corpus.jsonl\n  $ extract stats corpus.jsonl | jq '.organizations[0]'\n\nExit codes: 0 every input gave a record, 1 some inputs failed (counted under errors), 2 usage error.")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  addInputOptions(stats);
  stats.action(async (inputs: string[], flags: InputFlags & { table?: boolean; top?: number; output?: string; quiet?: boolean }) => {
    const { runStats } = await import('./commands/stats.js');
    result.code = await runStats(inputs, { ...commonOptions(flags), ...pick(flags, ['table', 'top', 'output', 'quiet']) }, io);
  });
  program.addCommand(stats);
  return program;
}

async function explainPrinter(io: CommandIo) {
  const { formatExplain } = await import('./commands/explain.js');
  return { explain: (id: string, rows: Parameters<typeof formatExplain>[1]) => void io.stderr.write(formatExplain(id, rows)) };
}

function commonOptions(flags: InputFlags) {
  return {
    clean: flags.clean,
    corpus: flags.corpus,
    ...(flags.inputType ? { inputType: flags.inputType } : {}),
    ...(flags.referenceDate ? { referenceDate: flags.referenceDate } : {}),
    ...(flags.maxBytes ? { maxBytes: flags.maxBytes } : {}),
    jobs: flags.jobs ?? availableParallelism(),
  };
}

function pick<T extends object, K extends keyof T>(flags: T, keys: K[]): Partial<Pick<T, K>> {
  const picked: Partial<Pick<T, K>> = {};
  for (const key of keys) if (flags[key] !== undefined) picked[key] = flags[key];
  return picked;
}

/** Runs the command line `argv` (as in process.argv) and returns the exit code. */
export async function main(argv: readonly string[], io: CommandIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const result = { code: EXIT.ok as number };
  const program = buildProgram(io, result);
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? EXIT.ok : EXIT.usage;
    }
    throw error;
  }
  return result.code;
}
