import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, formatFromPath, type InputTarget } from '../src/input/sources.js';

async function collect(args: string[]): Promise<InputTarget[]> {
  const out: InputTarget[] = [];
  for await (const t of expandInputs(args)) out.push(t);
  return out;
}

const describeTarget = (t: InputTarget) => (t.kind === 'error' ? `error:${t.record.error.code}` : t.kind === 'stdin' ? '-' : t.path);

describe('expandInputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-src-'));
  mkdirSync(join(dir, 'b'));
  mkdirSync(join(dir, 'a'));
  writeFileSync(join(dir, 'b', '2.txt'), 'x');
  writeFileSync(join(dir, 'a', '1.html'), 'x');
  writeFileSync(join(dir, 'a', 'z.jsonl'), 'x');
  writeFileSync(join(dir, 'a', 'skip.md'), 'x');
  symlinkSync(dir, join(dir, 'a', 'loop'));

  it('recurses directories in sorted order, keeps known extensions, and does not loop on symlinks', async () => {
    const targets = await collect([dir]);
    expect(targets.map(describeTarget)).toEqual([join(dir, 'a', '1.html'), join(dir, 'a', 'z.jsonl'), join(dir, 'b', '2.txt')]);
  });

  it('expands glob patterns the shell did not expand, and reports ones that match nothing', async () => {
    expect((await collect([join(dir, '*', '*.txt')])).map(describeTarget)).toEqual([join(dir, 'b', '2.txt')]);
    expect((await collect([join(dir, '*.pdf')])).map(describeTarget)).toEqual(['error:NO_MATCH']);
  });

  it('keeps command-line order, stdin and missing paths', async () => {
    expect((await collect(['-', join(dir, 'missing.txt'), join(dir, 'b', '2.txt')])).map(describeTarget)).toEqual([
      '-',
      'error:NOT_FOUND',
      join(dir, 'b', '2.txt'),
    ]);
  });
});

describe('formatFromPath', () => {
  it.each([
    ['a.txt', 'text'],
    ['a.HTML', 'html'],
    ['a.htm', 'html'],
    ['corpus.jsonl', 'jsonl'],
    ['corpus.ndjson', 'jsonl'],
    ['notes.md', null],
    ['noext', null],
  ])('%s → %s', (path, format) => {
    expect(formatFromPath(path)).toBe(format);
  });
});
