import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const SEED = 'fixtures/seeds/002_d957d97b46065a7f.txt';

describe('extract check --summary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-check-summary-'));
  const file = (name: string) => join(dir, name);
  let summary: ReturnType<typeof runCli>;
  let full: ReturnType<typeof runCli>;
  const reportPath = file('review.html');

  beforeAll(() => {
    for (const name of ['ok.txt', 'changed.txt', 'new.txt']) copyFileSync(SEED, file(name));
    writeFileSync(file('empty.txt'), '');
    // Expected records as the tool gives them now, then one made stale by hand.
    expect(runCli(['check', '--update', '-j', '1', file('ok.txt'), file('changed.txt')]).code).toBe(0);
    const stale = JSON.parse(readFileSync(file('changed.expected.json'), 'utf8'));
    stale.title = 'Un autre titre';
    writeFileSync(file('changed.expected.json'), JSON.stringify(stale, null, 2));
    summary = runCli(['check', '--summary', '--report', reportPath, '-j', '1', dir]);
    full = runCli(['check', '-j', '1', dir]);
  });

  it('prints one line per file, then the counts', () => {
    expect(summary.stdout).toBe(
      [
        `changed ${dir}/changed.txt`,
        `failed  ${dir}/empty.txt`,
        `new     ${dir}/new.txt`,
        `ok      ${dir}/ok.txt`,
        '',
        '1 ok, 1 changed, 1 new, 1 failed',
        '',
      ].join('\n'),
    );
  });

  it('exits 1 when a file changed or failed, as without --summary', () => {
    expect(summary.code).toBe(1);
    expect(full.code).toBe(1);
  });

  it('leaves the differences to the full output', () => {
    expect(summary.stdout).not.toContain('Un autre titre');
    expect(full.stdout).toContain('Un autre titre');
    expect(full.stdout).toContain(`DIFF ${dir}/changed.txt`);
  });

  it('--report writes the page of the changed, new and failed files only', () => {
    expect(existsSync(reportPath)).toBe(true);
    const html = readFileSync(reportPath, 'utf8');
    expect(html).toContain('extract check: 1 changed, 1 new, 1 failed');
    expect(html).toContain(`${dir}/changed.txt`);
    expect(html).toContain(`${dir}/new.txt`);
    expect(html).toContain('EMPTY_INPUT');
    expect(html).not.toContain(`${dir}/ok.txt`);
  });

  it('lists a clean corpus as ok lines and exits 0', () => {
    const clean = runCli(['check', '--summary', '-j', '1', file('ok.txt')]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toBe(`ok      ${dir}/ok.txt\n\n1 ok, 0 changed, 0 new, 0 failed\n`);
  });
});
