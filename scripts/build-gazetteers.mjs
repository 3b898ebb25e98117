#!/usr/bin/env node
// Rebuilds data/gazetteers/ (the word lists of the entities stage) from the shared training
// material. Deterministic: same inputs, same bytes out. Plain Node ESM, no dependencies.
//
//   node scripts/build-gazetteers.mjs [TRAIN_ROOT] [OUT_DIR]
//     TRAIN_ROOT  default ../shared/train   (holds gazetteers/ and entities/winer-train.jsonl)
//     OUT_DIR     default data/gazetteers
//
// Origins, licenses and filtering of every output are in data/gazetteers/SOURCES.md; keep the two
// in step. Evaluation files (../shared/eval) are never read here.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const trainRoot = resolve(process.argv[2] ?? '../shared/train');
const outDir = resolve(process.argv[3] ?? 'data/gazetteers');
const gazDir = join(trainRoot, 'gazetteers');
mkdirSync(outDir, { recursive: true });

const readLines = (name) =>
  readFileSync(join(gazDir, name), 'utf8')
    .split('\n')
    .map((l) => l.normalize('NFC').trim())
    .filter((l) => l.length > 0);

// Code-point order, so the output does not depend on the locale of the machine.
const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const writeList = (name, items) => {
  const sorted = [...new Set(items)].sort(byCodePoint);
  writeFileSync(join(outDir, name), sorted.join('\n') + '\n');
  return sorted.length;
};

// ---- 1. Statistics from the WiNER training corpus -------------------------------------------
// Words are letter/digit runs; apostrophes and hyphens split them, as the stage's tokenizer does
// before it rejoins hyphens (rejoining does not matter for single-word statistics).
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
// Sentence-initial: nothing but spaces and opening punctuation since the start of the text, a
// line, or a sentence-final mark.
const SENTENCE_START_BEFORE = /(?:^|[.!?:;\n«"“(\u2013\u2014-])[\s«"“'’(]*$/u;

const docs = readFileSync(join(trainRoot, 'entities', 'winer-train.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

const lowerCount = new Map(); // word -> lower-case occurrences
const capIn = new Map(); // lower-cased word -> capitalised occurrences inside a gold entity
const capOut = new Map(); // lower-cased word -> capitalised, non-initial occurrences outside
const nameTypes = new Map(); // gold entity text -> Map(type -> count)
const inc = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);

for (const doc of docs) {
  const text = doc.text;
  const covered = new Uint8Array(text.length);
  for (const e of doc.entities) {
    covered.fill(1, e.start, e.end);
    const name = e.text.normalize('NFC').trim();
    if (!nameTypes.has(name)) nameTypes.set(name, new Map());
    inc(nameTypes.get(name), e.type);
  }
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    const at = m.index;
    if (LOWER_START.test(w)) {
      inc(lowerCount, w);
    } else if (UPPER_START.test(w)) {
      const key = w.toLowerCase();
      if (covered[at]) inc(capIn, key);
      else if (!SENTENCE_START_BEFORE.test(text.slice(Math.max(0, at - 12), at))) inc(capOut, key);
    }
  }
}

// common-words.txt: lower-case words seen at least twice in lower case and more often in lower
// case than as (part of) a named entity. Used to reject sentence-initial capitalised words.
const common = [];
for (const [w, n] of lowerCount) {
  if (n < 2 || w.length < 2) continue;
  if (n > (capIn.get(w) ?? 0)) common.push(w);
}
const commonSet = new Set(common);
const nCommon = writeList('common-words.txt', common);

// capitalised-common.txt: words written with a capital in mid-sentence at least twice outside
// any entity and inside one at most a tenth of the time ("Internet", "Président", "Premier").
const capCommon = [];
for (const [w, out] of capOut) {
  const inn = capIn.get(w) ?? 0;
  if (out >= 2 && inn * 9 <= out) capCommon.push(w);
}
const nCapCommon = writeList('capitalised-common.txt', capCommon);

// winer-names.tsv: gold entity names of the training corpus with their majority type, kept when
// that type has at least 3/4 of the name's occurrences. MISC entries are kept on purpose: they
// tell the stage which capitalised strings are not organisations, people or places.
// A name must also be annotated at most times it is written: "Gilets jaunes" or "Wikinews"
// appear far more often than they are annotated, and would only add false positives.
// Occurrences inside another annotation ("France" in "Tour de France") do not count.
const LETTER = /[\p{L}\p{N}]/u;
const coverage = docs.map((d) => {
  const c = new Uint8Array(d.text.length);
  for (const e of d.entities) c.fill(1, e.start, e.end);
  return c;
});
const unannotated = (name) => {
  let n = 0;
  docs.forEach((d, i) => {
    const text = d.text;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + name.length] ?? ' ';
      if (!LETTER.test(before) && !LETTER.test(after) && !coverage[i][at]) n++;
    }
  });
  return n;
};
const MIN_ANNOTATED_SHARE = 0.5;
const names = [];
for (const [name, types] of nameTypes) {
  const total = [...types.values()].reduce((a, b) => a + b, 0);
  const [best, n] = [...types.entries()].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]))[0];
  // A one-word name that is also a common word ("Politique", "Ce") would fire on ordinary prose.
  const commonOneWord = !name.includes(' ') && (lowerCount.get(name.toLowerCase()) ?? 0) >= 2;
  if (n * 4 < total * 3 || name.length < 2 || name.includes('\t') || commonOneWord) continue;
  if (total < MIN_ANNOTATED_SHARE * (total + unannotated(name))) continue;
  names.push(`${name}\t${best}`);
}
const nNames = writeList('winer-names.tsv', names);

// ---- 2. Gazetteers from ../train/gazetteers ----------------------------------------------------
// A one-word entry that is a common French word ("Signal", "Metals", "Bar") would fire on
// ordinary prose; multi-word entries are specific enough to keep.
const isAmbiguousOneWord = (entry) => !entry.includes(' ') && commonSet.has(entry.toLowerCase());
const keep = (entry) => entry.length >= 2 && /\p{L}/u.test(entry) && !isAmbiguousOneWord(entry);

const locSources = ['loc-countries-fr.txt', 'loc-fr-departements-regions.txt', 'loc-world-cities.txt'];
const locMain = locSources.flatMap(readLines).filter(keep);
// Communes: 32,000 names, many of them ordinary words or first names ("Bourg", "Marie"); only
// those with at least 4 letters that are not common words are kept.
const communes = readLines('loc-fr-communes.txt').filter((c) => c.length >= 4 && keep(c));
const nLoc = writeList('loc.txt', locMain);
const locMainSet = new Set(locMain);
const nCommunes = writeList('loc-communes.txt', communes.filter((c) => !locMainSet.has(c)));
const locSet = new Set([...locMain, ...communes]);

// Sports clubs: the "$$sponsor$$" markers of openfootball are dropped, and aliases equal to a
// place are dropped (a club named after its town would turn every town into an organisation).
const SPONSOR = /\$\$[^$]*\$\$\s*/g;
// A one-word company or club named like a person or a province ("Dave", "Alberta") would turn
// every such first name into an organisation: one-word entries that are first names are dropped.
const fakerFirst = new Set(readLines('per-first-names.txt'));
const keepOrg = (s) => keep(s) && !locSet.has(s) && (s.includes(' ') || !fakerFirst.has(s));
const sports = readLines('org-sports.txt')
  .map((s) => s.replace(SPONSOR, '').trim())
  .filter(keepOrg);
const orgMain = [...readLines('org-companies.txt'), ...readLines('org-media.txt'), ...readLines('org-public-fr.txt')].filter(keepOrg);
const nOrg = writeList('org.txt', [...orgMain, ...sports]);

// CC BY-SA 4.0 source: kept in its own file so its license stays attached to it.
const nIntl = writeList('org-international.txt', readLines('org-international.txt').filter((s) => keep(s) && !locSet.has(s)));

const tickers = readLines('org-tickers.tsv').filter((l) => /^[A-Z]{2,5}\t/.test(l));
const nTickers = writeList('tickers.tsv', tickers);

// First names: the faker lists, plus the first word of every multi-word person name of the
// training corpus that is neither a common word nor a place or organisation of the lists above.
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?$/u;
const winerFirst = [];
for (const [name, types] of nameTypes) {
  const words = name.split(' ');
  const w = words[0];
  if (words.length < 2 || !types.has('PER') || !NAME_WORD.test(w)) continue;
  if (commonSet.has(w.toLowerCase()) || locSet.has(w) || orgMain.includes(w)) continue;
  winerFirst.push(w);
}
const nFirst = writeList('per-first-names.txt', [...readLines('per-first-names.txt').filter((n) => n.length >= 2), ...winerFirst]);

console.log(
  JSON.stringify({
    'common-words.txt': nCommon,
    'capitalised-common.txt': nCapCommon,
    'winer-names.tsv': nNames,
    'loc.txt': nLoc,
    'loc-communes.txt': nCommunes,
    'org.txt': nOrg,
    'org-international.txt': nIntl,
    'tickers.tsv': nTickers,
    'per-first-names.txt': nFirst,
  }),
);
