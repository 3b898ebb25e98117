import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArray, runCli } from './helpers/cli.js';

const SEED = 'fixtures/seeds/003_6dc9c2d6638d55dd.txt';
const dir = mkdtempSync(join(tmpdir(), 'extract-report-cli-'));

describe('extract report', () => {
  it('-o writes one HTML page, says so on stderr, and exits 0', () => {
    const out = join(dir, 'report.html');
    const result = runCli(['report', '-j', '1', SEED, '-o', out, '--title', 'Revue du jour']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`extract report: 1 record → ${out}\n`);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<title>Revue du jour</title>');
    expect(html).toContain('<mark class="k-');
  });

  it('writes the page to stdout without -o', () => {
    const result = runCli(['report', '-j', '1', SEED]);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(result.stdout.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('shows a failed input in the page and exits 1', () => {
    const result = runCli(['report', '-j', '1', SEED, 'missing.txt']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('<strong>NOT_FOUND</strong>');
    expect(result.stderr).toContain('extract report: missing.txt: NOT_FOUND');
  });

  it.each([
    ['no input', ['report']],
    ['an unknown option', ['report', '--nope', SEED]],
    ['an unwritable file', ['report', '-j', '1', SEED, '-o', join(dir, 'no', 'such', 'dir.html')]],
  ])('is a usage error with %s', (_what, args) => {
    expect(runCli(args).code).toBe(2);
  });

  it('-q says nothing on stderr', () => {
    const result = runCli(['report', '-q', '-j', '1', SEED, '-o', join(dir, 'quiet.html')]);
    expect(result.stderr).toBe('');
  });
});

describe('extract --report FILE', () => {
  it('writes the records as usual and the page beside them', () => {
    const page = join(dir, 'run.html');
    const result = runCli(['-j', '1', SEED, '--report', page]);
    expect(result.code).toBe(0);
    const records = parseArray(result.stdout);
    expect(records).toHaveLength(1);
    expect(readFileSync(page, 'utf8')).toContain(records[0]!.title);
  });

  it('leaves the run alone without it', () => {
    const result = runCli(['-j', '1', SEED]);
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, 'never.html'))).toBe(false);
    expect(result.stdout).not.toContain('<!doctype');
  });
});
