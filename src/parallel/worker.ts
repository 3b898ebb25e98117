// A worker thread: runs the pipeline on the articles the pool sends, one message each.
import { parentPort } from 'node:worker_threads';
import { runPipeline } from '../pipeline.js';
import type { PipelineTask, PipelineReply } from './pool.js';

parentPort?.on('message', (task: PipelineTask) => {
  let reply: PipelineReply;
  try {
    reply = { seq: task.seq, record: runPipeline(task.id, task.source, task.prepared, task.options) };
  } catch (error) {
    reply = {
      seq: task.seq,
      record: { id: task.id, source: task.source, error: { code: 'INTERNAL_ERROR', message: (error as Error).stack ?? String(error) } },
    };
  }
  parentPort!.postMessage(reply);
});

// The stages are loaded (imports above): the pool may send work now.
parentPort?.postMessage({ ready: true });
