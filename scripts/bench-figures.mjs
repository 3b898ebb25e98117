#!/usr/bin/env node
// Speed of the figures stage alone (no dates given), one core, on two kinds of news text:
//   1. the five seed articles of fixtures/seeds, repeated to about 4 MB;
//   2. generated news-like French prose (fixed seed, so every run reads the same bytes) with
//      the density of numbers, articles "un"/"une", dates and money of a wire story.
// Run after `npm run build`:   node scripts/bench-figures.mjs [MEGABYTES]
// Prints MB/s (UTF-8 bytes per second of CPU time, median of 5 runs) per corpus and the ratio to the 20 MB/s target.
import { extractFigures } from '../dist/figures/index.js';
import { mulberry32 as rng } from '../dist/random.js';
import { seedsCorpus } from './bench-corpus.mjs';

const TARGET_MBS = 20;
const megabytes = Number(process.argv[2] ?? 4);


// Sentence parts written for this benchmark (no gold or seed sentence in here).
const SUBJECTS = ['Le gouvernement', 'La société', 'Le groupe industriel', 'La mairie', 'Le syndicat', 'Une association', 'Le ministère de la Santé', 'La banque centrale', 'Un porte-parole', 'Le conseil régional'];
const VERBS = ['a annoncé', 'a confirmé', 'prévoit', 'a démenti', 'a publié', 'a présenté', 'envisage', 'a rappelé'];
const OBJECTS = ['un nouveau plan de relance', 'une réforme des retraites', 'un accord avec ses partenaires', 'une enquête interne', 'un projet de loi', 'une hausse des tarifs', 'un rapport sur la sécurité', 'une mesure exceptionnelle'];
const TAILS = ['lors d\u2019une conférence de presse', 'dans un communiqué', 'devant les députés', 'selon plusieurs sources', 'à la surprise générale', 'après des semaines de négociations', 'sans donner plus de détails'];
const FIGURES = [
  () => `${int(2, 900)} personnes`, () => `${dec()} millions d\u2019euros`, () => `environ ${int(10, 99)} %`,
  () => `plus de ${grp(1000, 999999)} habitants`, () => `${int(2, 40)} kilomètres`, () => `une dizaine de salariés`,
  () => `${dec()} milliard de dollars`, () => `près de ${int(100, 999)} entreprises`, () => `${int(2, 60)} ans`,
  () => `le ${int(1, 28)} mars ${int(1990, 2024)}`, () => `vingt-cinq communes`, () => `${int(1, 9)}e arrondissement`,
  () => `à ${int(8, 20)}h${int(10, 59)}`, () => `${int(100, 999)} 000 euros`, () => `trois fois plus`,
];
let rand = rng(42);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const dec = () => `${int(1, 99)},${int(1, 9)}`;
const grp = (lo, hi) => { const v = String(int(lo, hi)); return v.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0'); };

function generatedCorpus(bytes) {
  rand = rng(42);
  const docs = [];
  let n = 0;
  while (n < bytes) {
    const sentences = [];
    for (let s = 0; s < 25; s++) {
      let line = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}`;
      if (rand() < 0.45) line += `, avec ${pick(FIGURES)()}`;
      sentences.push(`${line}.`);
    }
    const doc = sentences.join(' ');
    docs.push(doc);
    n += Buffer.byteLength(doc);
  }
  return docs;
}

function bench(name, docs) {
  const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d), 0);
  let figures = 0;
  for (const d of docs.slice(0, 50)) extractFigures(d); // warm-up
  const runs = [];
  for (let r = 0; r < 5; r++) {
    // CPU time of this process, not wall time: the figure stays meaningful on a busy machine.
    const c0 = process.cpuUsage();
    figures = 0;
    for (const d of docs) figures += extractFigures(d).length;
    const c = process.cpuUsage(c0);
    runs.push((c.user + c.system) / 1e6);
  }
  runs.sort((a, b) => a - b);
  const best = runs[0];
  const median = runs[2];
  const mbs = bytes / 1e6 / median;
  console.log(`${name.padEnd(10)} ${(bytes / 1e6).toFixed(1)} MB, ${docs.length} docs, ${figures} figures: `
    + `median ${mbs.toFixed(1)} MB/s (best ${(bytes / 1e6 / best).toFixed(1)}), ${(mbs / TARGET_MBS).toFixed(2)} x target`);
}

bench('seeds', seedsCorpus(megabytes * 1e6));
bench('generated', generatedCorpus(megabytes * 1e6));
