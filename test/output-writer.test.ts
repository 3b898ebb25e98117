import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { RecordWriter } from '../src/output/writer.js';
import type { ErrorRecord } from '../src/types.js';

const record = (id: string): ErrorRecord => ({ id, source: { path: id }, error: { code: 'NOT_FOUND', message: 'x' } });

async function written(options: { jsonl?: boolean; pretty?: boolean }, ids: string[]): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const writer = new RecordWriter(out, options);
  for (const id of ids) await writer.write(record(id));
  await writer.close();
  return Buffer.concat(chunks).toString('utf8');
}

describe('RecordWriter', () => {
  it('writes a JSON array with one record per line', async () => {
    const text = await written({}, ['a', 'b']);
    expect(text.split('\n')).toHaveLength(5);
    expect(JSON.parse(text).map((r: ErrorRecord) => r.id)).toEqual(['a', 'b']);
  });

  it('writes [] when there is no record', async () => {
    expect(await written({}, [])).toBe('[]\n');
  });

  it('writes JSON Lines', async () => {
    const text = await written({ jsonl: true }, ['a', 'b']);
    expect(text.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'b']);
  });

  it('indents with --pretty and stays valid JSON', async () => {
    const text = await written({ pretty: true }, ['a']);
    expect(text).toContain('\n  "id": "a"');
    expect(JSON.parse(text)).toHaveLength(1);
  });

  it('stops quietly when the reader goes away', async () => {
    const out = new PassThrough();
    const writer = new RecordWriter(out);
    out.destroy();
    expect(writer.open).toBe(false);
    await writer.write(record('a'));
    await writer.close();
  });
});
