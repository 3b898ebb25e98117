#!/usr/bin/env node
// node scripts/bench-clean.mjs [HTML_DIR]: throughput of the cleaning stage alone, after `npm run build`.
// - copied text: the seed fixtures (fixtures/seeds/*.txt), varied (blocks rotated) and repeated to
//   about 4 MB, cut into blocks by the input stage, then cleaned: MB/s of input text;
// - HTML: every page.html under HTML_DIR (default: the evaluation's boilerplate pages, used here
//   for timing only), decoded as the CLI does, parsed and cut into blocks with DOM hints, then
//   cleaned: pages/s, and the share of the time spent in the HTML reader (parse + blocks).
// One core, warm: each measure is the fastest of BENCH_REPS runs (default 7) after one warm-up
// run, timed in CPU time of this process (process.cpuUsage: user + system), not wall time: on a
// shared machine other processes stretch the wall clock, not our CPU time.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cleanBlocks } from '../dist/clean/index.js';
import { prepareHtml, prepareText } from '../dist/input/prepare.js';
import { decodeBytes } from '../dist/input/decode.js';
import { sniffDeclaredCharset } from '../dist/input/html.js';

const REPS = Number(process.env.BENCH_REPS ?? 7);
const root = new URL('../', import.meta.url);


function time(fn) {
  fn();
  const times = [];
  for (let r = 0; r < REPS; r++) {
    const t0 = process.cpuUsage();
    fn();
    const t = process.cpuUsage(t0);
    times.push((t.user + t.system) / 1e6);
  }
  return Math.min(...times);
}

function textCorpus() {
  const dir = new URL('fixtures/seeds/', root);
  const seeds = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(new URL(n, dir), 'utf8'));
  const docs = [];
  let bytes = 0;
  for (let v = 0; bytes < 4e6; v++) {
    for (const seed of seeds) {
      const lines = seed.split('\n');
      const k = v % lines.length;
      const text = [...lines.slice(k), ...lines.slice(0, k)].join('\n');
      docs.push(text);
      bytes += Buffer.byteLength(text);
    }
  }
  return { docs, bytes };
}

function htmlFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'results') walk(p);
      } else if (name === 'page.html') out.push(p);
    }
  };
  walk(dir);
  return out;
}

const { docs, bytes } = textCorpus();
const prepared = docs.map((d) => prepareText(d));
const tText = time(() => {
  for (const p of prepared) cleanBlocks({ blocks: p.blocks, title: p.title });
});
const tTextAll = time(() => {
  for (const d of docs) {
    const p = prepareText(d);
    cleanBlocks({ blocks: p.blocks, title: p.title });
  }
});
console.log(`text: ${docs.length} documents, ${(bytes / 1e6).toFixed(1)} MB`);
console.log(`  clean only          ${(bytes / 1e6 / tText).toFixed(1)} MB/s`);
console.log(`  blocks + clean      ${(bytes / 1e6 / tTextAll).toFixed(1)} MB/s`);

const htmlDir = process.argv[2] ?? new URL('../shared/eval/boilerplate', root).pathname;
const files = htmlFiles(htmlDir);
if (files.length > 0) {
  const pages = files.map((f) => {
    const b = readFileSync(f);
    return decodeBytes(b, sniffDeclaredCharset(b)).text;
  });
  const tRead = time(() => {
    for (const html of pages) prepareHtml(html);
  });
  const tHtml = time(() => {
    for (const html of pages) {
      const p = prepareHtml(html);
      cleanBlocks({ blocks: p.blocks, title: p.title, hints: p.hints });
    }
  });
  console.log(`html: ${pages.length} pages from ${htmlDir}`);
  console.log(`  read + clean        ${(pages.length / tHtml).toFixed(0)} pages/s (${((tHtml / pages.length) * 1000).toFixed(2)} ms a page)`);
  console.log(`  of which reading    ${((tRead / tHtml) * 100).toFixed(0)}% (parse, metadata, blocks)`);
} else {
  console.log(`html: no page.html under ${htmlDir}`);
}
