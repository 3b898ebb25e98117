// `extract check`: runs each input that has an expected record beside it and reports every
// difference; inputs without one are new articles, which must still give a sound record.
import { readFile, writeFile } from 'node:fs/promises';
import type { FileOptions } from '../files.js';
import { recordsWithProgress, writeTextOutput } from '../commands/report.js';
import { schemaErrors } from '../output/schema.js';
import type { ArticleRecord, OutputRecord } from '../types.js';
import { EXIT, type CommandIo } from '../commands/io.js';
import { compareRecords, toExpected, type ExpectedRecord } from './compare.js';

export interface CheckOptions extends Omit<FileOptions, 'stdin'> {
  /** Rewrite the expected files with what the tool gives now. */
  update?: boolean;
  /** Fail on inputs that have no expected file yet. */
  strict?: boolean;
  /** One line per file (ok, changed, new, failed) instead of the differences. */
  summary?: boolean;
  /** Write the HTML review page of the changed, new and failed files here. */
  report?: string;
  quiet?: boolean;
}

const EXTENSION = /\.[^./\\]+$/;

/** `article.txt` → `article.expected.json`, beside it. */
export function expectedPathFor(inputPath: string): string {
  return inputPath.replace(EXTENSION, '') + '.expected.json';
}

async function readExpected(path: string): Promise<unknown | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  return JSON.parse(text) as unknown;
}

/** Problems that make a record unfit for a corpus, whether or not an expected file exists. */
function soundnessProblems(record: OutputRecord): string[] {
  if ('error' in record) return [`error ${record.error.code}: ${record.error.message}`];
  const problems = schemaErrors(record).map((e) => `schema: ${e}`);
  if (record.text.trim() === '') problems.push('text is empty after cleaning');
  if (record.language.code !== 'fr') problems.push(`language is ${record.language.code}, not fr`);
  return problems;
}

const stableJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export async function runCheck(inputs: readonly string[], options: CheckOptions, io: CommandIo): Promise<number> {
  // Records are grouped by input file: a JSONL corpus has one expected array for all its lines.
  const byFile = new Map<string, OutputRecord[]>();
  const { report: reportPath, summary, update, strict, ...fileOptions } = options;
  // Failures are reported below, per file: the progress line is the only stderr output here.
  for await (const record of recordsWithProgress(inputs, fileOptions, io, { command: 'extract check', errors: false })) {
    const path = record.source.path;
    const list = byFile.get(path);
    if (list) list.push(record);
    else byFile.set(path, [record]);
  }
  let ok = 0;
  let changed = 0;
  let fresh = 0;
  let failed = 0;
  const say = (line: string) => io.stdout.write(`${line}\n`);
  // With --summary, a file is one line, `<status> <path>`, easy to cut or grep in CI.
  const head = (status: 'ok' | 'changed' | 'new' | 'failed' | 'written' | 'updated', line: string, path: string) =>
    say(summary ? `${status.padEnd(7)} ${path}` : line);
  const detail = (line: string) => {
    if (!summary) say(line);
  };
  const toReview: OutputRecord[] = [];
  for (const [path, records] of byFile) {
    const problems = records.flatMap(soundnessProblems);
    if (problems.length > 0) {
      failed++;
      toReview.push(...records);
      head('failed', `FAIL ${path}`, path);
      for (const p of problems) detail(`  ${p}`);
      continue;
    }
    const articles = records as ArticleRecord[];
    const isCorpus = articles[0]?.source.format === 'jsonl';
    const expectedPath = expectedPathFor(path);
    const actual = isCorpus ? articles.map((r) => toExpected(r, true)) : toExpected(articles[0]!, false);
    const expected = await readExpected(expectedPath).catch((error: Error) => {
      head('failed', `FAIL ${path}`, path);
      detail(`  ${expectedPath} is not valid JSON: ${error.message}`);
      return null;
    });
    if (expected === null) {
      failed++;
      toReview.push(...records);
      continue;
    }
    if (update) {
      await writeFile(expectedPath, stableJson(actual));
      const status = expected === undefined ? 'written' : 'updated';
      head(status, `${status} ${expectedPath}`, expectedPath);
      ok++;
      continue;
    }
    if (expected === undefined) {
      fresh++;
      toReview.push(...records);
      head('new', `NEW  ${path} (no ${expectedPath}; the record is sound: schema-valid, French, with text)`, path);
      continue;
    }
    const expectedList = (Array.isArray(expected) ? expected : [expected]) as ExpectedRecord[];
    const differences: string[] = [];
    if (expectedList.length !== articles.length) {
      differences.push(`records: expected ${expectedList.length}, got ${articles.length}`);
    }
    articles.forEach((record, i) => {
      const want = expectedList[i];
      if (!want) return;
      const lines = compareRecords(want, record);
      const prefix = isCorpus ? `[${record.id}] ` : '';
      differences.push(...lines.map((l) => prefix + l));
    });
    if (differences.length === 0) {
      ok++;
      head('ok', `ok   ${path}`, path);
    } else {
      changed++;
      toReview.push(...records);
      head('changed', `DIFF ${path} (against ${expectedPath})`, path);
      for (const line of differences) detail(`  ${line}`);
    }
  }
  say(`\n${ok} ok, ${changed} changed, ${fresh} new, ${failed} failed`);
  if (reportPath) {
    const { renderReport } = await import('../report/index.js');
    const html = renderReport(toReview, { title: `extract check: ${changed} changed, ${fresh} new, ${failed} failed` });
    if (!(await writeTextOutput(html, reportPath, io, 'extract check'))) return EXIT.usage;
  }
  if (failed > 0 || changed > 0 || (strict && fresh > 0)) return EXIT.someFailed;
  return EXIT.ok;
}
