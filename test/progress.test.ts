import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli.js';
import { colourAllowed, countInputs, formatDuration, Progress } from '../src/progress/index.js';

class FakeStream extends Writable {
  chunks: string[] = [];
  constructor(readonly isTTY: boolean, readonly columns?: number) {
    super();
  }
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void) {
    this.chunks.push(String(chunk));
    done();
  }
  get text() {
    return this.chunks.join('');
  }
}

const ESC = '\x1b';

function run(progress: Progress, n: number, clock: { t: number }, stepMs = 200) {
  for (let i = 0; i < n; i++) {
    clock.t += stepMs;
    progress.tick();
  }
}

describe('Progress', () => {
  it.each([
    ['a terminal', true, false, {}, true],
    ['not a terminal (a pipe, a CI log)', false, false, {}, false],
    ['--quiet on a terminal', true, true, {}, false],
  ])('on %s draws: %s', (_what, isTTY, quiet, env, draws) => {
    const stream = new FakeStream(isTTY);
    const clock = { t: 0 };
    const p = new Progress({ stream, quiet, env, now: () => clock.t, total: 20 });
    run(p, 20, clock);
    p.done();
    expect(stream.text.includes('articles/s')).toBe(draws);
    if (!draws) expect(stream.text).toBe('');
  });

  it('shows the count, the rate and the ETA when the total is known', () => {
    const stream = new FakeStream(true);
    const clock = { t: 0 };
    const p = new Progress({ stream, env: {}, now: () => clock.t, total: 20 });
    run(p, 10, clock, 500); // 10 articles in 5 s: 2 articles/s, 10 left: 5 s
    expect(p.line()).toBe('extract: 10/20 articles, 2.0 articles/s, ETA 5s');
    expect(stream.chunks.at(-1)).toBe(`\r${ESC}[2K${ESC}[2mextract: 10/20 articles, 2.0 articles/s, ETA 5s${ESC}[0m`);
  });

  it('shows no ETA when the total is unknown (a JSONL corpus, stdin)', () => {
    const clock = { t: 0 };
    const p = new Progress({ stream: new FakeStream(true), env: {}, now: () => clock.t });
    run(p, 8, clock, 250);
    expect(p.line()).toBe('extract: 8 articles, 4.0 articles/s');
  });

  it('stays silent for a few inputs, known or not', () => {
    const known = new FakeStream(true);
    const clock = { t: 0 };
    run(new Progress({ stream: known, env: {}, now: () => clock.t, total: 5 }), 5, clock);
    const unknown = new FakeStream(true);
    run(new Progress({ stream: unknown, env: {}, now: () => clock.t }), 5, clock);
    expect(known.text + unknown.text).toBe('');
  });

  it('honours NO_COLOR: no colour codes, only the line erase', () => {
    const stream = new FakeStream(true);
    const clock = { t: 0 };
    const p = new Progress({ stream, env: { NO_COLOR: '1' }, now: () => clock.t, total: 20 });
    run(p, 10, clock);
    expect(stream.text).not.toContain(`${ESC}[2m`);
    expect(stream.text).not.toContain(`${ESC}[0m`);
    expect(stream.chunks.at(-1)).toMatch(/^\r\x1b\[2Kextract: 10\/20 articles/);
  });

  it('redraws at most every interval, and erases its line when done', () => {
    const stream = new FakeStream(true);
    const clock = { t: 0 };
    const p = new Progress({ stream, env: {}, now: () => clock.t, intervalMs: 100 });
    run(p, 100, clock, 10); // 1 s of ticks, 10 ms apart
    expect(stream.chunks.length).toBeLessThanOrEqual(11);
    p.done();
    expect(stream.chunks.at(-1)).toBe(`\r${ESC}[2K`);
  });

  it('fits the terminal width', () => {
    const stream = new FakeStream(true, 20);
    const clock = { t: 0 };
    const p = new Progress({ stream, env: { NO_COLOR: '1' }, now: () => clock.t, total: 50 });
    run(p, 10, clock);
    expect(stream.chunks.at(-1)!.replace(`\r${ESC}[2K`, '').length).toBe(19);
  });
});

describe('helpers', () => {
  it.each([
    [{}, true],
    [{ NO_COLOR: '' }, true],
    [{ NO_COLOR: '1' }, false],
    [{ NO_COLOR: 'yes' }, false],
  ])('colourAllowed(%j) is %s', (env, allowed) => {
    expect(colourAllowed(env)).toBe(allowed);
  });

  it.each([
    [0, '0s'],
    [59.4, '59s'],
    [61, '1m01s'],
    [3725, '1h02m'],
    [Number.POSITIVE_INFINITY, '?'],
    [-1, '?'],
  ])('formatDuration(%s) is %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('counts files, but not the articles of a JSONL corpus or stdin', async () => {
    expect(await countInputs(['fixtures/seeds'])).toBe(5);
    expect(await countInputs(['fixtures/seeds/*.txt'])).toBe(5);
    expect(await countInputs(['-'])).toBeUndefined();
    expect(await countInputs(['fixtures/seeds'], 'jsonl')).toBeUndefined();
  });
});

describe('the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-progress-'));
  for (let i = 0; i < 8; i++) writeFileSync(join(dir, `a${i}.txt`), `Article ${i}\n\nLe 14 octobre 2024, Meta a bloqué ${i + 2} millions de faux comptes en France.\n`);

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  async function cli(args: string[], stderrIsTty: boolean, stdoutIsTty = false) {
    const stdout = new FakeStream(stdoutIsTty);
    const stderr = new FakeStream(stderrIsTty);
    const code = await main(['node', 'extract', ...args], { stdin: Readable.from([]), stdout, stderr });
    return { code, stdout: stdout.text, stderr: stderr.text };
  }

  it.each([
    ['extract, stderr a terminal: a progress line', ['-j', '1', '--jsonl', dir], true, false, true],
    ['extract, stderr a pipe: none', ['-j', '1', '--jsonl', dir], false, false, false],
    ['extract --quiet, stderr a terminal: none', ['-q', '-j', '1', '--jsonl', dir], true, false, false],
    ['extract with the records on the terminal itself: none', ['-j', '1', '--jsonl', dir], true, true, false],
    ['stats, stderr a terminal: a progress line', ['stats', '-j', '1', dir], true, false, true],
    // (check fails on these short articles; its progress line is what is tested here)
    ['check, stderr a terminal: a progress line', ['check', '--summary', '-j', '1', dir], true, false, true],
    ['report --quiet, stderr a terminal: none', ['report', '-q', '-j', '1', dir], true, false, false],
  ])('%s', async (_what, args, stderrTty, stdoutTty, shown) => {
    vi.stubEnv('NO_COLOR', '');
    const result = await cli(args, stderrTty, stdoutTty);
    expect(result.code).toBe(args[0] === 'check' ? result.code : 0);
    expect(result.stderr.includes('/8 articles')).toBe(shown);
    if (!shown) expect(result.stderr).not.toContain(`${ESC}[`);
    // The progress line never reaches stdout.
    expect(result.stdout).not.toContain('articles/s');
  });

  it('honours NO_COLOR in the CLI', async () => {
    vi.stubEnv('NO_COLOR', '1');
    const result = await cli(['-j', '1', '--jsonl', dir], true);
    expect(result.stderr).toContain('/8 articles');
    expect(result.stderr).not.toContain(`${ESC}[2m`);
  });
});
