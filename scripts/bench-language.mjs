#!/usr/bin/env node
// Cost of the language stage alone, one core:
//   1. load: a fresh Node process imports dist/language/index.js and detects one short French
//      line; the time of import + first call and the RSS it adds (median of 11 processes);
//   2. speed on news text: the five seed articles of fixtures/seeds repeated to about 4 MB,
//      (a) one call per article, as the pipeline makes it, (b) one call per non-empty line, as
//      a per-block classifier would make it. MB/s = UTF-8 bytes per second of CPU time, median
//      of 5 runs.
// Run after `npm run build`:   node scripts/bench-language.mjs [MEGABYTES]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median, seedsCorpus } from './bench-corpus.mjs';

const megabytes = Number(process.argv[2] ?? 4);
const entry = fileURLToPath(new URL('../dist/language/index.js', import.meta.url));


function load() {
  const probe = `
    const rss0 = process.memoryUsage().rss;
    const t0 = process.hrtime.bigint();
    const { detectLanguage } = await import(${JSON.stringify(entry)});
    detectLanguage('Le gouvernement a annoncé une réforme.');
    const t1 = process.hrtime.bigint();
    const rss1 = process.memoryUsage().rss;
    console.log(JSON.stringify({ ms: Number(t1 - t0) / 1e6, mb: (rss1 - rss0) / 1048576 }));`;
  const runs = [];
  for (let i = 0; i < 11; i++) {
    runs.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' })));
  }
  return { ms: median(runs.map((r) => r.ms)), mb: median(runs.map((r) => r.mb)) };
}


function speed(detect, inputs) {
  const bytes = inputs.reduce((s, d) => s + Buffer.byteLength(d), 0);
  for (const d of inputs.slice(0, 200)) detect(d); // warm-up
  const runs = [];
  for (let r = 0; r < 5; r++) {
    const c0 = process.cpuUsage();
    for (const d of inputs) detect(d);
    const c = process.cpuUsage(c0);
    runs.push(bytes / 1048576 / ((c.user + c.system) / 1e6));
  }
  return median(runs);
}

const l = load();
console.log(`load (import + first call, fresh process, median of 11): ${l.ms.toFixed(1)} ms, +${l.mb.toFixed(1)} MB RSS`);
const { detectLanguage } = await import(entry);
const docs = seedsCorpus(megabytes * 1048576);
const lines = docs.flatMap((d) => d.split('\n')).filter((s) => s.trim() !== '');
console.log(`documents (${docs.length}, ${megabytes} MB): ${speed(detectLanguage, docs).toFixed(1)} MB/s`);
console.log(`lines (${lines.length}): ${speed(detectLanguage, lines).toFixed(1)} MB/s`);
