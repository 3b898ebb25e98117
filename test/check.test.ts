import { cpSync, mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedPathFor } from '../src/check/index.js';
import { runCli } from './helpers/cli.js';

function copySeeds(): string {
  const dir = mkdtempSync(join(tmpdir(), 'extract-check-'));
  for (const name of readdirSync(new URL('../fixtures/seeds/', import.meta.url))) {
    if (name.endsWith('.txt')) cpSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), join(dir, name));
  }
  return dir;
}

describe('extract check', () => {
  it('passes on the golden seeds', () => {
    const result = runCli(['check', 'fixtures/seeds']);
    expect(result.stdout).toContain('5 ok, 0 changed, 0 new, 0 failed');
    expect(result.code).toBe(0);
  });

  it('names the expected file beside the input', () => {
    expect(expectedPathFor('a/b/article.txt')).toBe('a/b/article.expected.json');
    expect(expectedPathFor('page.html')).toBe('page.expected.json');
  });

  it('reports inputs without an expected file as new, fails on them with --strict, and --update writes them', () => {
    const dir = copySeeds();
    const fresh = runCli(['check', dir]);
    expect(fresh.code).toBe(0);
    expect(fresh.stdout).toContain('0 ok, 0 changed, 5 new, 0 failed');
    expect(runCli(['check', '--strict', dir]).code).toBe(1);
    const update = runCli(['check', '--update', dir]);
    expect(update.code).toBe(0);
    expect(update.stdout.match(/^written /gm)).toHaveLength(5);
    const again = runCli(['check', '--strict', dir]);
    expect(again.stdout).toContain('5 ok, 0 changed, 0 new, 0 failed');
    expect(again.code).toBe(0);
  });

  it('fails with a readable, per-item message when an expected figure changes', () => {
    const dir = copySeeds();
    runCli(['check', '--update', dir]);
    const seed = join(dir, '000_db02f81f4d40176f.txt');
    const expectedPath = expectedPathFor(seed);
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
    expect(expected.figures.length).toBeGreaterThan(0);
    const figure = expected.figures[0];
    const original = figure.value;
    figure.value = original * 10;
    writeFileSync(expectedPath, JSON.stringify(expected, null, 2));
    const result = runCli(['check', seed]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`DIFF ${seed}`);
    expect(result.stdout).toContain(`figures: - missing ${JSON.stringify(figure.text)}`);
    expect(result.stdout).toContain(`→ ${original * 10} `);
    expect(result.stdout).toContain(`figures: + unexpected ${JSON.stringify(figure.text)}`);
    expect(result.stdout).toContain('0 ok, 1 changed, 0 new, 0 failed');
  });

  it('fails on an input that gives an error record or is not French', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-check-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'english.txt'), 'The government said on Monday that it would open an office in the capital next year.\n');
    const result = runCli(['check', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('EMPTY_INPUT');
    expect(result.stdout).toContain('not fr');
  });
});
