#!/usr/bin/env node
// Trains the entities stage's tagger (an averaged perceptron over BIO tags) and writes its weights
// to data/models/entities-tagger.txt. Plain Node ESM over the built modules: run `npm run build`
// first (`npm run train` does both).
//
//   node scripts/train-entities.mjs [TRAIN_JSONL] [OUT_FILE]
//     TRAIN_JSONL  default ../shared/train/entities/winer-train.jsonl (WiNER-fr training split)
//     OUT_FILE     default data/models/entities-tagger.txt
//
// Deterministic: documents in file order, folds by position, a seeded shuffle; same data, same
// bytes out. Evaluation files (../shared/eval) are never read here.
//
// The rule stage's reading of each token is a feature. Its word lists hold names drawn from this
// same training split (data/gazetteers/winer-names.tsv), so a training document is read with the
// names that only its own fold contains left out (5 folds): the tagger then sees the rules as
// they are on unseen text, right on known names and guessing on new ones.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { withoutTrainingNames } from '../dist/entities/gazetteers.js';
import { ruleMentions } from '../dist/entities/index.js';
import { goldTags, ruleTags, taggerInput, wordKnowledge } from '../dist/entities/tagger/index.js';
import { averageModels, DEFAULT_TRAIN_OPTIONS, serialise, train, trainingDoc } from '../dist/entities/tagger/model.js';
import { tokenize } from '../dist/entities/tokens.js';

const trainPath = resolve(process.argv[2] ?? '../shared/train/entities/winer-train.jsonl');
const outPath = resolve(process.argv[3] ?? 'data/models/entities-tagger.txt');
const FOLDS = 5;
// Models trained in BAG document orders (seeds seed, seed + 1, ...) are averaged: one order's
// model scores up to 0.8 points of organisation F1 apart from another's on held-out text, their
// mean far less, so a change to the features or the rules is measured, not the order's luck.
const BAG = 5;
// experiments only: ENTITIES_NO_FOLDS=1 reads training documents with the full lists; ENTITIES_EPOCHS, ENTITIES_MIN_COUNT, ENTITIES_SEED, ENTITIES_BAG
const noFolds = process.env.ENTITIES_NO_FOLDS === '1';
const trainOptions = {};
if (process.env.ENTITIES_EPOCHS) trainOptions.epochs = Number(process.env.ENTITIES_EPOCHS);
if (process.env.ENTITIES_MIN_COUNT) trainOptions.minCount = Number(process.env.ENTITIES_MIN_COUNT);
if (process.env.ENTITIES_SEED) trainOptions.seed = Number(process.env.ENTITIES_SEED);

const docs = readFileSync(trainPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

const nameOf = (e) => e.text.normalize('NFC').trim();
const foldOf = (i) => i % FOLDS;
// fold -> names annotated in that fold; a name is left out of a fold's lists when no other fold has it
const foldNames = Array.from({ length: FOLDS }, () => new Set());
docs.forEach((d, i) => d.entities.forEach((e) => foldNames[foldOf(i)].add(nameOf(e))));

// First names: per-first-names.txt adds the first word of the training split's person names to
// the faker lists (scripts/build-gazetteers.mjs). A first word that only one fold's names give,
// and no faker list, is left out while that fold is read, like the fold's own names: otherwise
// nearly every person of the training split starts with a "known" first name, and the tagger
// learns to distrust a person name whose first name it does not know.
const fakerFirst = new Set(
  readFileSync(resolve(dirname(trainPath), '../gazetteers/per-first-names.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.length > 0),
);
const firstWordOf = (e) => (e.type === 'PER' ? nameOf(e).split(' ') : []);
const foldFirst = Array.from({ length: FOLDS }, () => new Set());
docs.forEach((d, i) =>
  d.entities.forEach((e) => {
    const words = firstWordOf(e);
    if (words.length >= 2) foldFirst[foldOf(i)].add(words[0]);
  }),
);

const examples = new Array(docs.length);
let misaligned = 0;
let spans = 0;
for (let f = 0; f < FOLDS; f++) {
  const others = new Set();
  foldNames.forEach((s, g) => g !== f && s.forEach((n) => others.add(n)));
  const otherFirst = new Set();
  foldFirst.forEach((s, g) => g !== f && s.forEach((n) => otherFirst.add(n)));
  const ownFirst = new Set([...foldFirst[f]].filter((n) => !otherFirst.has(n) && !fakerFirst.has(n)));
  withoutTrainingNames(noFolds ? undefined : new Set([...foldNames[f]].filter((n) => !others.has(n))), ownFirst);
  const k = wordKnowledge();
  docs.forEach((d, i) => {
    if (foldOf(i) !== f) return;
    const tokens = tokenize(d.text);
    const starts = new Set(tokens.map((t) => t.start));
    const ends = new Set(tokens.map((t) => t.end));
    for (const e of d.entities) {
      spans++;
      if (!starts.has(e.start) || !ends.has(e.end)) misaligned++;
    }
    const input = taggerInput(d.text, tokens, ruleTags(tokens, ruleMentions(d.text, tokens)), k);
    // features as strings now, while this fold's lists are loaded
    examples[i] = trainingDoc(input, goldTags(tokens, d.entities));
  });
}
withoutTrainingNames(undefined);

const started = Date.now();
const bag = Number(process.env.ENTITIES_BAG ?? BAG);
const baseSeed = trainOptions.seed ?? DEFAULT_TRAIN_OPTIONS.seed;
const models = [];
for (let b = 0; b < bag; b++) models.push(train(examples, { ...trainOptions, seed: baseSeed + b }));
const model = models.length === 1 ? models[0] : averageModels(models);
const out = serialise(model);
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, out);
console.error(
  `entities tagger: ${docs.length} documents, ${examples.reduce((n, e) => n + e.tags.length, 0)} tokens, ` +
    `${spans} spans (${misaligned} not on token boundaries); ${model.index.size} features kept, ` +
    `${(out.length / 1e6).toFixed(2)} MB, trained in ${((Date.now() - started) / 1000).toFixed(1)} s -> ${outPath}`,
);
