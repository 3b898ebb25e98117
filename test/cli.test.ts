import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../src/output/schema.js';
import { spawnSync } from 'node:child_process';
import { parseArray, ROOT, runCli } from './helpers/cli.js';

const SEEDS = ['000_db02f81f4d40176f', '001_1e10293603a2d6cb', '002_d957d97b46065a7f', '003_6dc9c2d6638d55dd', '004_cec3a274c3eddf67'].map(
  (s) => `fixtures/seeds/${s}.txt`,
);

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'extract-cli-'));
}

describe('quick start: the seeds', () => {
  const result = runCli(SEEDS);
  const records = parseArray(result.stdout);

  it('exits 0 with one JSON array of five records, one record per line', () => {
    expect(result.code).toBe(0);
    expect(records).toHaveLength(5);
    expect(result.stdout.startsWith('[\n{')).toBe(true);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(7);
  });

  it('gives every record a title and validates every record against the schema', () => {
    for (const record of records) {
      expect(typeof record.title).toBe('string');
      expect(record.title.length).toBeGreaterThan(10);
      expect(schemaErrors(record)).toEqual([]);
    }
  });

  it('keeps the path as given and hashes the bytes', () => {
    expect(records.map((r) => r.source.path)).toEqual(SEEDS);
    const bytes = readFileSync(new URL(`../${SEEDS[0]}`, import.meta.url));
    expect(records[0]!.source.bytes).toBe(bytes.length);
    expect(records[0]!.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives byte-identical output across runs, time zones and locales', () => {
    const again = runCli(SEEDS, { env: { TZ: 'Pacific/Kiritimati', LANG: 'fr_FR.UTF-8' } });
    expect(again.stdout).toBe(result.stdout);
  });

  it('finds the same records for a directory, a quoted pattern and the file list', () => {
    expect(runCli(['fixtures/seeds']).stdout.replaceAll('fixtures/seeds//', 'fixtures/seeds/')).toBe(result.stdout);
    expect(runCli(['fixtures/seeds/*.txt']).stdout).toBe(result.stdout);
  });
});

describe('output options', () => {
  it('--jsonl writes one record per line', () => {
    const result = runCli(['--jsonl', SEEDS[0]!, SEEDS[1]!]);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]!).id).toBe(SEEDS[1]);
  });

  it('--pretty indents, and -o writes to a file', () => {
    const dir = tempDir();
    const out = join(dir, 'out.json');
    const result = runCli(['--pretty', '-o', out, SEEDS[0]!]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const written = readFileSync(out, 'utf8');
    expect(written).toContain('\n  "id": ');
    expect(JSON.parse(written)).toHaveLength(1);
  });

  it('--schema prints the JSON Schema', () => {
    const result = runCli(['--schema']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('an empty run still writes a valid (empty) array', () => {
    const dir = tempDir();
    const result = runCli([join(dir, 'nothing-*.txt')]);
    expect(result.code).toBe(1);
    const records = parseArray(result.stdout);
    expect(records).toHaveLength(1);
    expect(records[0]!.error.code).toBe('NO_MATCH');
  });

  it('--help teaches with examples and exit codes; --version prints the version', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('Exit codes');
    const version = runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('stdin, JSONL and --no-clean', () => {
  it('reads text from stdin as "-"', () => {
    const result = runCli(['-'], { input: 'Le ministère a annoncé mardi que 25 % des comptes étaient faux.\n' });
    expect(result.code).toBe(0);
    const [record] = parseArray(result.stdout);
    expect(record!.id).toBe('-');
    expect(record!.source.path).toBe('-');
    expect(record!.source.format).toBe('text');
  });

  it('reads a JSONL corpus: ids, line numbers, dates as reference', () => {
    const corpus = [
      JSON.stringify({ id: 'a', text: 'Premier article, publié en 2024, sur Telegram.', date: '2024-10-20', title: 'Un titre' }),
      '',
      JSON.stringify({ text: 'Deuxième article, sans identifiant.', url: 'https://www.exemple.fr/a.html', author: ' Marc Jacob ' }),
      JSON.stringify({ id: 'c', text: 'Troisième article, avec son site.', site: 'Le Journal', url: 'https://www.exemple.fr/c.html' }),
    ].join('\n');
    const result = runCli(['--input-type', 'jsonl', '-'], { input: corpus });
    expect(result.code).toBe(0);
    const records = parseArray(result.stdout);
    expect(records.map((r) => r.id)).toEqual(['a', '-:3', 'c']);
    expect(records[0]!.published).toEqual({ value: '2024-10-20', from: 'input' });
    expect(records[0]!.title).toBe('Un titre');
    expect(records.map((r) => [r.author, r.site])).toEqual([
      [null, null],
      ['Marc Jacob', 'exemple.fr'],
      [null, 'Le Journal'],
    ]);
    expect(records[1]!.source.line).toBe(3);
  });

  it('--no-clean keeps the text exactly as given, so offsets point into it', () => {
    const text = 'Rechercher\r\nLe 14 octobre 2024, Meta a bloqué 1,2 milliard de faux comptes.  \n';
    const result = runCli(['--no-clean', '--jsonl', '--input-type', 'jsonl', '-'], { input: JSON.stringify({ id: 'x', text }) });
    const record = JSON.parse(result.stdout);
    expect(record.text).toBe(text);
    expect(record.removed).toEqual([]);
    for (const item of [...record.dates, ...record.figures]) expect(text.slice(item.start, item.end)).toBe(item.text);
  });

  it('--reference-date is used when the input carries no date', () => {
    const result = runCli(['--reference-date', '2021-01-12', '-'], { input: 'Il a parlé hier à la presse, a-t-il déclaré.\n' });
    expect(parseArray(result.stdout)[0]!.published).toEqual({ value: '2021-01-12', from: 'option' });
  });
});

describe('errors and bad input: a record in place, a line on stderr, the run goes on', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'good.txt'), "Le gouvernement a annoncé lundi qu'il ouvrirait un bureau à Paris.\n");
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\t\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'corpus.jsonl'), '{"id":"ok","text":"Un texte en français assez long pour être lu."}\n{not json\n{"id":"n"}\n');
  mkdirSync(join(dir, 'no-inputs'));
  writeFileSync(join(dir, 'no-inputs', 'notes.md'), 'not an input');
  writeFileSync(join(dir, 'locked.txt'), 'secret');
  chmodSync(join(dir, 'locked.txt'), 0o000);

  it.each([
    ['a missing file', 'missing.txt', 'NOT_FOUND'],
    ['a directory without inputs', 'no-inputs', 'NO_INPUTS'],
    ['an empty file', 'empty.txt', 'EMPTY_INPUT'],
    ['a whitespace-only file', 'blank.txt', 'EMPTY_INPUT'],
    ['a binary file', 'binary.txt', 'BINARY_INPUT'],
  ])('%s gives an error record and exit 1', (_what, name, code) => {
    const path = join(dir, name);
    const result = runCli([path, join(dir, 'good.txt')]);
    expect(result.code).toBe(1);
    const records = parseArray(result.stdout);
    expect(records).toHaveLength(2);
    expect(records[0]!.id).toBe(path);
    expect(records[0]!.error.code).toBe(code);
    expect(records[0]!.error.message.length).toBeGreaterThan(5);
    expect(schemaErrors(records[0])).toEqual([]);
    expect(records[1]!.error).toBeUndefined();
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(code);
  });

  it.runIf(process.getuid?.() !== 0)('an unreadable file gives UNREADABLE', () => {
    const result = runCli([join(dir, 'locked.txt')]);
    expect(result.code).toBe(1);
    expect(parseArray(result.stdout)[0]!.error.code).toBe('UNREADABLE');
  });

  it('--max-bytes refuses a larger file or JSONL line with INPUT_TOO_LARGE, and the run goes on', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'Un article beaucoup trop long. '.repeat(100));
    const corpus = join(dir, 'big.jsonl');
    writeFileSync(corpus, [JSON.stringify({ id: 'long', text: 'x'.repeat(500) }), JSON.stringify({ id: 'short', text: 'Un court texte.' })].join('\n'));
    const result = runCli(['--max-bytes', '200', big, corpus]);
    expect(result.code).toBe(1);
    const records = parseArray(result.stdout);
    expect(records.map((r) => [r.id, r.error?.code ?? 'ok'])).toEqual([
      [big, 'INPUT_TOO_LARGE'],
      [`${corpus}:1`, 'INPUT_TOO_LARGE'], // a line too large is not parsed, so its id is <path>:<line>
      ['short', 'ok'],
    ]);
  });

  it('decodes a file that is not valid UTF-8 as Windows-1252, says so, and exits 0', () => {
    const path = join(dir, 'latin.txt');
    writeFileSync(path, Buffer.from('Le caf\xe9 co\xfbte 2 \x80 \x96 selon l\x92\xe9tude publi\xe9e \xe0 Paris.\n', 'latin1'));
    const result = runCli([path]);
    expect(result.code).toBe(0);
    const [record] = parseArray(result.stdout);
    expect(record!.source.encoding).toBe('windows-1252');
    expect(record!.text).toContain('Le café coûte 2 € – selon l’étude publiée à Paris.');
    expect(record!.warnings.map((w: { code: string }) => w.code)).toContain('DECODED_AS_WINDOWS_1252');
  });

  it('reads UTF-16 with a BOM and mixed CRLF/CR/LF line breaks', () => {
    const path = join(dir, 'utf16.txt');
    const text = 'Premier paragraphe de l’article, publié à Paris.\r\nDeuxième paragraphe, assez long lui aussi.\rTroisième paragraphe.\n';
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const [record] = parseArray(runCli([path]).stdout);
    expect(record!.source.encoding).toBe('utf-16le');
    expect(record!.text).toContain('Premier paragraphe');
    expect(record!.text).not.toContain('\r');
  });

  it('a JSONL corpus with a repeated id keeps both records and flags the second', () => {
    const path = join(dir, 'dup.jsonl');
    writeFileSync(path, ['{"id":"x","text":"Premier texte en français."}', '{"id":"x","text":"Second texte en français."}'].join('\n'));
    const records = parseArray(runCli([path]).stdout);
    expect(records.map((r) => r.id)).toEqual(['x', 'x']);
    expect(records[0]!.warnings.map((w: { code: string }) => w.code)).not.toContain('DUPLICATE_ID');
    expect(records[1]!.warnings.map((w: { code: string }) => w.code)).toContain('DUPLICATE_ID');
  });

  it('a 50 MB single-line file is refused at once with INPUT_TOO_LARGE (default --max-bytes)', () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, 'a'.repeat(50 * 1024 * 1024));
    const start = performance.now();
    const result = runCli([path]);
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(parseArray(result.stdout)[0]!.error.code).toBe('INPUT_TOO_LARGE');
  });

  it.each([
    ['a gzip file', [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]],
    ['a JPEG image', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]],
  ])('%s is BINARY_INPUT', (_what, bytes) => {
    const path = join(dir, 'file.txt');
    writeFileSync(path, Buffer.from(bytes));
    expect(parseArray(runCli([path]).stdout)[0]!.error.code).toBe('BINARY_INPUT');
  });

  it('unclosed HTML still gives its text', () => {
    const path = join(dir, 'unclosed.html');
    writeFileSync(path, '<html><body><div><p>Un paragraphe jamais fermé, en français, sur Paris.<div><p>Un autre');
    const [record] = parseArray(runCli([path]).stdout);
    expect(record!.error).toBeUndefined();
    expect(record!.text).toContain('Un paragraphe jamais fermé');
  });

  it('a malformed JSONL line costs only its own record', () => {
    const path = join(dir, 'corpus.jsonl');
    const result = runCli([path]);
    expect(result.code).toBe(1);
    const records = parseArray(result.stdout);
    expect(records.map((r) => r.id)).toEqual(['ok', `${path}:2`, 'n']);
    expect(records.map((r) => r.error?.code ?? 'ok')).toEqual(['ok', 'JSONL_INVALID', 'JSONL_NO_TEXT']);
    expect(records[1]!.source.line).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(2);
  });

  it.each([
    ['no input', []],
    ['an unknown option', ['--frobnicate', 'x.txt']],
    ['a bad reference date', ['--reference-date', '12/01/2021', 'x.txt']],
    ['a bad input type', ['--input-type', 'pdf', 'x.txt']],
  ])('%s is a usage error: exit 2, nothing on stdout', (_what, args) => {
    const result = runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.length).toBeGreaterThan(0);
  });

  it('a closed pipe ends the run quietly: no stack trace, exit 0', () => {
    const args = Array(200).fill(SEEDS[0]).join(' ');
    const shell = spawnSync('bash', ['-c', `node bin/extract ${args} | head -c 10 > /dev/null; echo "\${PIPESTATUS[0]}"`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(shell.stderr).toBe('');
    expect(shell.stdout.trim()).toBe('0');
  });
});
