// A pool of worker threads running the pipeline. Records come back in any order; the caller
// keeps input order with the sequence numbers.
import { Worker } from 'node:worker_threads';
import type { PreparedText } from '../input/prepare.js';
import type { PipelineOptions } from '../pipeline.js';
import type { OutputRecord, SourceInfo } from '../types.js';

export interface PipelineTask {
  seq: number;
  id: string;
  source: SourceInfo;
  prepared: PreparedText;
  options: PipelineOptions;
}

export interface PipelineReply {
  seq: number;
  record: OutputRecord;
}

interface PooledWorker {
  worker: Worker;
  pending: number;
}

/** What a worker posts once its stages are loaded. */
interface ReadyMessage {
  ready: true;
}

export class PipelinePool {
  private readonly workers: PooledWorker[] = [];
  private readonly waiting = new Map<number, { resolve: (r: OutputRecord) => void; reject: (e: Error) => void; worker: PooledWorker }>();
  private seq = 0;
  private readyCount = 0;

  /** True once every worker has loaded the stages. */
  get ready(): boolean {
    return this.readyCount === this.workers.length;
  }

  constructor(size: number) {
    const url = new URL('./worker.js', import.meta.url);
    for (let i = 0; i < size; i++) {
      const pooled: PooledWorker = { worker: new Worker(url), pending: 0 };
      pooled.worker.on('message', (reply: PipelineReply | ReadyMessage) => {
        if ('ready' in reply) {
          this.readyCount++;
          return;
        }
        const entry = this.waiting.get(reply.seq);
        if (!entry) return;
        this.waiting.delete(reply.seq);
        entry.worker.pending--;
        entry.resolve(reply.record);
      });
      pooled.worker.on('error', (error) => this.failAll(pooled, error));
      this.workers.push(pooled);
    }
  }

  /** Sends one article to the least busy worker. */
  run(id: string, source: SourceInfo, prepared: PreparedText, options: PipelineOptions): Promise<OutputRecord> {
    const pooled = this.workers.reduce((best, w) => (w.pending < best.pending ? w : best));
    const seq = this.seq++;
    pooled.pending++;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject, worker: pooled });
      const task: PipelineTask = { seq, id, source, prepared, options };
      pooled.worker.postMessage(task);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private failAll(pooled: PooledWorker, error: Error): void {
    for (const [seq, entry] of this.waiting) {
      if (entry.worker !== pooled) continue;
      this.waiting.delete(seq);
      entry.reject(error);
    }
  }
}
