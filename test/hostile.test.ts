// Hostile input (issue #8): completeness over many files, a vanishing file, no network,
// adversarial texts in bounded time.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { readTarget } from '../src/input/read.js';
import { expandInputs } from '../src/input/sources.js';
import { parseArray, runCli } from './helpers/cli.js';

describe('completeness', () => {
  it('10,000 files give exactly 10,000 records, in order, and a bad file in the middle changes only its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-many-'));
    const names: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const name = `a${String(i).padStart(5, '0')}.txt`;
      names.push(join(dir, name));
      const content = i === 5_000 ? Buffer.from([0x00, 0x01, 0x02]) : `Article ${i} : le ministère a annoncé mardi que ${i % 100} % des comptes étaient faux.\n`;
      writeFileSync(join(dir, name), content);
    }
    const result = runCli(['-q', '--jsonl', dir]);
    expect(result.code).toBe(1);
    const records = result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; error?: { code: string } });
    expect(records).toHaveLength(10_000);
    expect(records.map((r) => r.id)).toEqual(names);
    expect(records.filter((r) => r.error).map((r) => [r.id, r.error!.code])).toEqual([[names[5_000], 'BINARY_INPUT']]);
  }, 120_000);
});

describe('a file that vanishes between listing and reading', () => {
  it('gives a NOT_FOUND record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-vanish-'));
    writeFileSync(join(dir, 'a.txt'), 'Un texte.');
    const targets = [];
    for await (const t of expandInputs([dir])) targets.push(t);
    rmSync(join(dir, 'a.txt'));
    const records = [];
    for await (const r of readTarget(targets[0]!, { stdin: process.stdin })) records.push(r);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ id: join(dir, 'a.txt'), error: { code: 'NOT_FOUND' } });
  });
});

describe('no network at run time', () => {
  it('runs the seeds with every network API made to throw, and gives the same records', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-nonet-'));
    const guard = join(dir, 'deny-network.mjs');
    writeFileSync(
      guard,
      `import net from 'node:net'; import dns from 'node:dns'; import http from 'node:http'; import https from 'node:https';
       const deny = () => { throw new Error('network access attempted'); };
       net.Socket.prototype.connect = deny; net.connect = deny; net.createConnection = deny;
       dns.lookup = deny; dns.resolve = deny; dns.promises.lookup = deny;
       http.request = deny; http.get = deny; https.request = deny; https.get = deny;
       globalThis.fetch = deny;`,
    );
    const seeds = ['fixtures/seeds'];
    const denied = runCli(seeds, { env: { NODE_OPTIONS: `--import=${guard}` } });
    expect(denied.stderr).toBe('');
    expect(denied.code).toBe(0);
    expect(denied.stdout).toBe(runCli(seeds).stdout);
  });
});

describe('adversarial texts complete in bounded time', () => {
  const digits = Array.from({ length: 25_000 }, (_, i) => String(i % 1000).padStart(3, '0'));
  it.each([
    ['100,000 digits with space separators', digits.join(' ')],
    ['100,000 digits with dot separators', digits.join('.')],
    ['10,000 capitalised words in a row', Array.from({ length: 10_000 }, (_, i) => `Nom${String.fromCharCode(97 + (i % 26))}ier`).join(' ')],
    ['1 MB without a space', 'a'.repeat(1_000_000)],
    ['200,000 spaces', `Le ${' '.repeat(200_000)} fin.`],
    ['100,000 sentence ends', '.!'.repeat(100_000)],
  ])('%s', (_what, text) => {
    const start = performance.now();
    const record = extract(text);
    expect(typeof record.text).toBe('string');
    expect(performance.now() - start).toBeLessThan(15_000);
  }, 60_000);
});

describe('JSONL and text give the same extractions', () => {
  it('for made-up sentences with dates, figures and names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-same-'));
    mkdirSync(join(dir, 'x'));
    const texts = ['Le 14 octobre 2024, Meta a bloqué 1,2 milliard de faux comptes, selon Reuters à Paris.', 'Environ 12,5 millions d’utilisateurs au Kazakhstan, soit 25 % de plus qu’en 2023.'];
    writeFileSync(join(dir, 'c.jsonl'), texts.map((text, i) => JSON.stringify({ id: String(i), text })).join('\n'));
    const records = parseArray(runCli([join(dir, 'c.jsonl')]).stdout);
    texts.forEach((text, i) => {
      const direct = extract({ text });
      for (const field of ['text', 'dates', 'figures', 'organizations', 'people', 'places'] as const) {
        expect(records[i]![field]).toEqual(direct[field]);
      }
    });
  });
});
