// Lines of a byte stream, read with backpressure: the stream is pulled one chunk at a time, so
// memory holds one chunk and one line whatever the corpus size (node:readline's iterator buffers
// up to a thousand lines ahead of its reader). A line longer than the limit is skipped as it
// streams past, never held whole.

/** A complete line (UTF-8 decoded, without "\n" or a "\r\n" ending), or one skipped as too long. */
export type StreamLine = { text: string } | { tooLargeBytes: number };

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = '\r';

function decodeLine(parts: readonly Buffer[], bytes: number): string {
  const text = (parts.length === 1 ? parts[0]! : Buffer.concat(parts, bytes)).toString('utf8');
  return text.endsWith(CARRIAGE_RETURN) ? text.slice(0, -1) : text;
}

/**
 * The lines of `stream` in order, blank ones included (callers count lines); a final line without
 * "\n" counts too. A line of more than `maxBytes` bytes comes as `{ tooLargeBytes }`.
 */
export async function* streamLines(stream: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<StreamLine> {
  let parts: Buffer[] = [];
  let held = 0;
  /** Bytes of the current line when it is past the limit and being skipped; -1 otherwise. */
  let skipped = -1;
  let pending = false;
  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    let start = 0;
    while (start <= chunk.length) {
      const newline = chunk.indexOf(LINE_FEED, start);
      const end = newline < 0 ? chunk.length : newline;
      const length = end - start;
      if (length > 0) pending = true;
      if (skipped >= 0) skipped += length;
      else if (held + length > maxBytes) {
        skipped = held + length;
        parts = [];
        held = 0;
      } else if (length > 0) {
        // A copy: a slice would keep the whole chunk alive for as long as the line is held.
        parts.push(Buffer.from(chunk.subarray(start, end)));
        held += length;
      }
      if (newline < 0) break;
      yield skipped >= 0 ? { tooLargeBytes: skipped } : { text: decodeLine(parts, held) };
      parts = [];
      held = 0;
      skipped = -1;
      pending = false;
      start = newline + 1;
    }
  }
  if (skipped >= 0) yield { tooLargeBytes: skipped };
  else if (pending) yield { text: decodeLine(parts, held) };
}
