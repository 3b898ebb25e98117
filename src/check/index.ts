// `extract check`: runs each input that has an expected record beside it and reports every
// difference; inputs without one are new articles, which must still give a sound record.
import { readFile, writeFile } from 'node:fs/promises';
import { extractFiles, type FileOptions } from '../files.js';
import { schemaErrors } from '../output/schema.js';
import type { ArticleRecord, OutputRecord } from '../types.js';
import { EXIT, type CommandIo } from '../commands/io.js';
import { compareRecords, toExpected, type ExpectedRecord } from './compare.js';

export interface CheckOptions extends Omit<FileOptions, 'stdin'> {
  /** Rewrite the expected files with what the tool gives now. */
  update?: boolean;
  /** Fail on inputs that have no expected file yet. */
  strict?: boolean;
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
  for await (const record of extractFiles(inputs, { ...options, stdin: io.stdin })) {
    const path = record.source.path;
    byFile.set(path, [...(byFile.get(path) ?? []), record]);
  }
  let ok = 0;
  let changed = 0;
  let fresh = 0;
  let failed = 0;
  const say = (line: string) => io.stdout.write(`${line}\n`);
  for (const [path, records] of byFile) {
    const problems = records.flatMap(soundnessProblems);
    if (problems.length > 0) {
      failed++;
      say(`FAIL ${path}`);
      for (const p of problems) say(`  ${p}`);
      continue;
    }
    const articles = records as ArticleRecord[];
    const isCorpus = articles[0]?.source.format === 'jsonl';
    const expectedPath = expectedPathFor(path);
    const actual = isCorpus ? articles.map((r) => toExpected(r, true)) : toExpected(articles[0]!, false);
    const expected = await readExpected(expectedPath).catch((error: Error) => {
      say(`FAIL ${path}\n  ${expectedPath} is not valid JSON: ${error.message}`);
      return null;
    });
    if (expected === null) {
      failed++;
      continue;
    }
    if (options.update) {
      await writeFile(expectedPath, stableJson(actual));
      say(`${expected === undefined ? 'written' : 'updated'} ${expectedPath}`);
      ok++;
      continue;
    }
    if (expected === undefined) {
      fresh++;
      say(`NEW  ${path} (no ${expectedPath}; the record is sound: schema-valid, French, with text)`);
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
      say(`ok   ${path}`);
    } else {
      changed++;
      say(`DIFF ${path} (against ${expectedPath})`);
      for (const line of differences) say(`  ${line}`);
    }
  }
  say(`\n${ok} ok, ${changed} changed, ${fresh} new, ${failed} failed`);
  if (failed > 0 || changed > 0 || (options.strict && fresh > 0)) return EXIT.someFailed;
  return EXIT.ok;
}
