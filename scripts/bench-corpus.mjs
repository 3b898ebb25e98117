// What the stage benchmarks share: the seed articles repeated up to a size, and the median of runs.
import { readdirSync, readFileSync } from 'node:fs';

const SEED_DIR = new URL('../fixtures/seeds/', import.meta.url);

/** The five seed articles, in name order, repeated until `bytes` of UTF-8 text. */
export function seedsCorpus(bytes) {
  const texts = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => readFileSync(new URL(f, SEED_DIR), 'utf8'));
  const docs = [];
  let n = 0;
  while (n < bytes) for (const t of texts) { docs.push(t); n += Buffer.byteLength(t); }
  return docs;
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
