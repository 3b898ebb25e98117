#!/usr/bin/env node
// Speed of the dates stage alone against chrono-node's own French parser over the same texts,
// one core, measured in one run (issue #4: the stage must run at least twice as fast as
// `chrono.fr.parse`). Two corpora of news text:
//   1. the five seed articles of fixtures/seeds, repeated to about MEGABYTES;
//   2. the texts of the WiNER training file (../shared/train/entities/winer-train.jsonl), as found.
// Both are given the same reference date. Each measurement is warm (one untimed pass first) and
// the median of REPS passes of CPU time; the two contenders alternate pass by pass so that a
// noisy neighbour slows both alike.
// Run after `npm run build`:   node scripts/bench-dates.mjs [MEGABYTES] [REPS]
import { existsSync, readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { extractDates } from '../dist/dates/index.js';
import { median, seedsCorpus } from './bench-corpus.mjs';

const megabytes = Number(process.argv[2] ?? 2);
const reps = Number(process.argv[3] ?? 7);
const winerPath = new URL('../../shared/train/entities/winer-train.jsonl', import.meta.url);
const REFERENCE = { value: '2016-01-15', from: 'input' };
const CHRONO_REFERENCE = new Date(2016, 0, 15, 12);


function winerCorpus() {
  if (!existsSync(winerPath)) return null;
  return readFileSync(winerPath, 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => JSON.parse(l).text).filter((t) => typeof t === 'string' && t.length > 0);
}

const cpuSeconds = (f) => {
  const t0 = process.cpuUsage();
  f();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1e6;
};

function bench(name, docs) {
  const bytes = docs.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const stage = () => { let k = 0; for (const t of docs) k += extractDates(t, REFERENCE).length; return k; };
  const plain = () => { let k = 0; for (const t of docs) k += chrono.fr.parse(t, CHRONO_REFERENCE).length; return k; };
  const found = [stage(), plain()]; // warm-up, and the number of hits each reports
  const ts = [], tc = [];
  for (let i = 0; i < reps; i++) { ts.push(cpuSeconds(stage)); tc.push(cpuSeconds(plain)); }
  const mbs = (s) => bytes / 1e6 / s;
  const s = mbs(median(ts)), c = mbs(median(tc));
  console.log(`${name.padEnd(7)} ${(bytes / 1e6).toFixed(2)} MB, ${docs.length} docs | dates stage ${s.toFixed(1)} MB/s (${found[0]} mentions) | chrono.fr.parse ${c.toFixed(1)} MB/s (${found[1]} results) | ratio ${(s / c).toFixed(2)}x`);
}

bench('seeds', seedsCorpus(megabytes * 1e6));
const winer = winerCorpus();
if (winer) bench('winer', winer);
else console.log('winer   (not found: ../shared/train/entities/winer-train.jsonl)');
