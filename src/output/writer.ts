// Writes records as they are ready: one JSON array with a record per line (so `> out.json` is a
// valid file and `jq '.[]'` works), or JSON Lines. A reader that goes away (`| head`) ends the
// run quietly instead of crashing it.
import type { Writable } from 'node:stream';
import type { OutputRecord } from '../types.js';

export interface WriterOptions {
  jsonl?: boolean;
  pretty?: boolean;
}

export class RecordWriter {
  private count = 0;
  private broken = false;
  private readonly jsonl: boolean;
  private readonly indent: number | undefined;

  constructor(
    private readonly out: Writable,
    options: WriterOptions = {},
  ) {
    this.jsonl = options.jsonl ?? false;
    this.indent = options.pretty ? 2 : undefined;
    out.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') this.broken = true;
      else throw error;
    });
  }

  /** False once the reader has gone away: the caller should stop producing records. */
  get open(): boolean {
    return !this.broken && !this.out.destroyed;
  }

  async write(record: OutputRecord): Promise<void> {
    if (!this.open) return;
    const json = JSON.stringify(record, null, this.indent);
    const prefix = this.jsonl ? '' : this.count === 0 ? '[\n' : ',\n';
    const chunk = this.jsonl ? `${json}\n` : prefix + json;
    this.count++;
    await this.send(chunk);
  }

  async close(): Promise<void> {
    if (!this.open || this.jsonl) return;
    await this.send(this.count === 0 ? '[]\n' : '\n]\n');
  }

  private send(chunk: string): Promise<void> {
    return new Promise((resolve) => {
      const ok = this.out.write(chunk, () => resolve());
      if (!ok && !this.open) resolve();
    });
  }
}
