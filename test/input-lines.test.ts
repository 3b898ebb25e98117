import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { streamLines, type StreamLine } from '../src/input/lines.js';

async function collect(chunks: Array<string | Buffer>, maxBytes = 1000): Promise<StreamLine[]> {
  const out: StreamLine[] = [];
  for await (const line of streamLines(Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))), maxBytes)) out.push(line);
  return out;
}

const texts = (lines: StreamLine[]) => lines.map((l) => ('text' in l ? l.text : `<${l.tooLargeBytes} bytes skipped>`));

describe('streamLines', () => {
  it.each([
    ['lines in one chunk', ['a\nb\n'], ['a', 'b']],
    ['a final line without a newline', ['a\nb'], ['a', 'b']],
    ['blank lines kept, for line numbers', ['a\n\n\nb\n'], ['a', '', '', 'b']],
    ['CRLF endings', ['a\r\nb\r\n'], ['a', 'b']],
    ['a line split over chunks', ['ab', 'c', 'd\ne', 'f\n'], ['abcd', 'ef']],
    ['a newline at a chunk edge', ['a\n', '\n', 'b'], ['a', '', 'b']],
    ['nothing', [], []],
    ['only a newline', ['\n'], ['']],
  ])('%s', async (_what, chunks, expected) => {
    expect(texts(await collect(chunks))).toEqual(expected);
  });

  it('decodes a character whose UTF-8 bytes are cut by a chunk edge', async () => {
    const bytes = Buffer.from('été €\n');
    const chunks = [bytes.subarray(0, 1), bytes.subarray(1, 5), bytes.subarray(5)];
    expect(texts(await collect(chunks))).toEqual(['été €']);
  });

  it('skips a line past the limit without holding it, and reads on', async () => {
    const long = 'x'.repeat(50);
    const got = await collect(['ok\n', long.slice(0, 20), long.slice(20), '\nsuivant\n', 'y'.repeat(11)], 10);
    expect(texts(got)).toEqual(['ok', '<50 bytes skipped>', 'suivant', '<11 bytes skipped>']);
  });

  it('pulls the stream one chunk at a time (backpressure)', async () => {
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 100; i++) {
        pulled++;
        yield Buffer.from(`ligne ${i}\n`);
      }
    }
    const lines = streamLines(source(), 100);
    await lines.next();
    await lines.next();
    expect(pulled).toBe(2);
    await lines.return(undefined);
  });
});
