#!/usr/bin/env node
// npm run bench [-- CORPUS]: end-to-end throughput of the built pipeline, the share of time per
// stage, peak RSS, and — in the same run, on the same text — chrono.fr.parse alone and a
// lower-case-and-split pass, reported as ratios to ours. Timings are medians of several warm
// repetitions; compare ratios, not absolute times, across machines.
// CORPUS: a JSONL file ({text, date?} per line) or a folder of .txt files; default: the seed
// fixtures and variations of them (blocks rotated, numbers changed), about 1 MB.
import { readFileSync, readdirSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import * as chrono from 'chrono-node';
import { DEFAULT_STAGES, runPipeline } from '../dist/index.js';
import { prepareText } from '../dist/input/prepare.js';

const REPS = Number(process.env.BENCH_REPS ?? 5);
const root = new URL('../', import.meta.url);

function seedCorpus() {
  const dir = new URL('fixtures/seeds/', root);
  const seeds = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(new URL(n, dir), 'utf8'));
  const articles = [];
  // Variations: rotate the blocks and shift every digit, so no two articles are the same text.
  for (let v = 0; articles.length < 250; v++) {
    for (const seed of seeds) {
      const blocks = seed.split('\n');
      const k = v % blocks.length;
      const rotated = [...blocks.slice(k), ...blocks.slice(0, k)].join('\n');
      articles.push({ text: v === 0 ? seed : rotated.replace(/\d/g, (d) => String((Number(d) + v) % 10)) });
    }
  }
  return articles;
}

function loadCorpus(arg) {
  if (!arg) return seedCorpus();
  if (statSync(arg).isDirectory()) {
    return readdirSync(arg).filter((n) => n.endsWith('.txt')).sort().map((n) => ({ text: readFileSync(join(arg, n), 'utf8') }));
  }
  return readFileSync(arg, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)).filter((a) => typeof a.text === 'string');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(fn) {
  fn(); // warm-up
  const runs = [];
  for (let i = 0; i < REPS; i++) {
    const t = process.hrtime.bigint();
    fn();
    runs.push(Number(process.hrtime.bigint() - t) / 1e9);
  }
  return median(runs);
}

const corpus = loadCorpus(process.argv[2]);
const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);
const MB = bytes / 1e6;
const source = { path: 'bench', format: 'text', encoding: 'utf-8', bytes: 0, sha256: '0'.repeat(64) };
const prepared = corpus.map((a) => ({ ...prepareText(a.text), published: a.date ? { value: a.date.slice(0, 10), from: 'input' } : null }));

const stageTime = new Map(DEFAULT_STAGES.map((s) => [s.name, 0]));
const timedStages = DEFAULT_STAGES.map((stage) => ({
  name: stage.name,
  run(doc) {
    const t = process.hrtime.bigint();
    stage.run(doc);
    stageTime.set(stage.name, stageTime.get(stage.name) + Number(process.hrtime.bigint() - t) / 1e9);
  },
}));

const ours = time(() => prepared.forEach((p, i) => runPipeline(String(i), source, p)));
for (const key of stageTime.keys()) stageTime.set(key, 0);
prepared.forEach((p, i) => runPipeline(String(i), source, p, {}, timedStages));
const stageTotal = [...stageTime.values()].reduce((a, b) => a + b, 0);

const chronoAlone = time(() => corpus.forEach((a) => chrono.fr.parse(a.text, new Date(Date.UTC(2024, 9, 14)))));
const split = time(() => corpus.forEach((a) => a.text.toLowerCase().split(/\s+/)));

// --jobs: the CLI over a JSONL file of the same corpus, repeated past the run's hand-over to
// workers (500 articles) so that the workers do most of the work, 1 worker against 2. No corpus
// mode: the repeated articles would read as a site's template, and each run does the same work.
const JOBS_ARTICLES = Number(process.env.BENCH_JOBS_ARTICLES ?? 3000);
const dir = mkdtempSync(join(tmpdir(), 'extract-bench-'));
const jsonl = join(dir, 'corpus.jsonl');
const jobsLines = [];
for (let i = 0; jobsLines.length < JOBS_ARTICLES; i++) jobsLines.push(JSON.stringify({ id: String(i), text: corpus[i % corpus.length].text }));
writeFileSync(jsonl, jobsLines.join('\n') + '\n');
const bin = new URL('bin/extract', root).pathname;
const cli = (jobs) => {
  const runs = [];
  for (let i = 0; i < Math.min(REPS, 2); i++) {
    const t = process.hrtime.bigint();
    execFileSync(process.execPath, [bin, '--jsonl', '-q', '--no-corpus', '--jobs', String(jobs), jsonl], { stdio: ['ignore', 'ignore', 'inherit'] });
    runs.push(Number(process.hrtime.bigint() - t) / 1e9);
  }
  return median(runs);
};
const cli1 = cli(1);
const cli2 = cli(2);

const startup = (() => {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const t = process.hrtime.bigint();
    execFileSync(process.execPath, [bin, '--version'], { stdio: 'ignore' });
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(runs);
})();

const round = (x, d = 2) => Number(x.toFixed(d));
const report = {
  corpus: { articles: corpus.length, MB: round(MB, 3) },
  pipeline_1_thread: { MB_per_s: round(MB / ours), articles_per_s: round(corpus.length / ours, 1) },
  stage_share: Object.fromEntries([...stageTime].map(([k, v]) => [k, round(v / stageTotal, 3)])),
  chrono_fr_parse_alone: { MB_per_s: round(MB / chronoAlone), ours_over_chrono: round(chronoAlone / ours) },
  lowercase_split: { MB_per_s: round(MB / split), ours_over_split: round(split / ours, 4) },
  cli_jobs: { articles: JOBS_ARTICLES, jobs1_s: round(cli1), jobs2_s: round(cli2), speedup_2_over_1: round(cli1 / cli2) },
  startup_version_ms: round(startup, 0),
  peak_rss_MB: round(process.resourceUsage().maxRSS / 1024, 0),
};
console.log(JSON.stringify(report, null, 2));
