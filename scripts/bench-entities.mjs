#!/usr/bin/env node
// node scripts/bench-entities.mjs [--dump FILE]: CPU-time throughput of the entities stage alone
// (the built dist/entities), on two corpora: the seed articles repeated, and the WiNER-fr training
// texts. MB/s are UTF-8 megabytes per second of this process's CPU time (user + system), best of
// a few warm repetitions. With --dump, writes every document's entities as JSONL (seeds, then
// WiNER train), to compare outputs before and after a change byte for byte.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { extractEntities } from '../dist/entities/index.js';

const REPS = Number(process.env.BENCH_REPS ?? 5);
const root = new URL('../', import.meta.url);

function seeds() {
  const dir = new URL('fixtures/seeds/', root);
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readFileSync(new URL(n, dir), 'utf8'));
}

function winerTrain() {
  const file = new URL('../shared/train/entities/winer-train.jsonl', root);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).text)
    .filter((t) => typeof t === 'string');
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

function bench(name, texts) {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  for (const t of texts) extractEntities(t); // warm-up (model, word lists, JIT)
  let best = Infinity;
  for (let r = 0; r < REPS; r++) {
    const t0 = cpu();
    for (const t of texts) extractEntities(t);
    best = Math.min(best, cpu() - t0);
  }
  console.log(`${name.padEnd(14)} ${(bytes / 1e6).toFixed(2)} MB  ${(bytes / 1e6 / best).toFixed(2)} MB/s (CPU, best of ${REPS})`);
}

const seedTexts = seeds();
const repeatedSeeds = [];
for (let i = 0; i < 40; i++) repeatedSeeds.push(...seedTexts);
const winer = winerTrain();

const dumpAt = process.argv.indexOf('--dump');
if (dumpAt >= 0) {
  const out = [...seedTexts, ...winer].map((t) => JSON.stringify(extractEntities(t)));
  writeFileSync(process.argv[dumpAt + 1], out.join('\n') + '\n');
}
bench('seeds x40', repeatedSeeds);
bench('winer-train', winer);
