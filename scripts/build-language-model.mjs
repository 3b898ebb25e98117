#!/usr/bin/env node
// Rebuilds the language stage's compact models in data/language/ from the npm packages they come
// from (see data/language/SOURCES.md for origin and licenses):
//
//   eld-small.bin   eld 2.1's 'small' n-gram database (Apache-2.0, Nito T.M.), all 60 languages,
//                   as bytes read with one readFileSync instead of a 1.6 MB JavaScript object
//                   literal that costs ~100 MB of heap once parsed;
//   franc.json      franc 6's script expressions and trigram profiles (MIT, Titus Wormer) of the languages our stage lets
//                   franc answer (CANDIDATE_LANGUAGES of src/language/codes.ts), instead of the
//                   whole 400-language table franc builds when imported.
//
// Run after `npm run build` (it reads the candidate list from dist/):
//   node scripts/build-language-model.mjs
//
// eld-small.bin, all integers little-endian; the n-grams are stored as the open-addressing hash
// table the detector probes, so that loading is one read and a few typed-array views:
//   "ELD2"  u32 languages  u32 slots (a power of 2)  u32 entries
//   languages x 2 bytes     ISO 639-1 code of each language, in eld's order
//   languages x u16         eld's avgScore of each language x 10000
//   256 bytes               code of the character eld's dictionary gives each UTF-8 byte >= 0x80
//   128 bytes               code of each ASCII character (0: never in a key)
//   (padding to 4 bytes)
//   slots x u32             low half of the key: codes of characters 1-3 (8 bits each), and in
//                           the top 8 bits how many languages score the n-gram; 0 = empty slot
//   slots x u32             high half of the key: codes of characters 4-6
//   slots x u32             index of the slot's first (language, score) pair in the entries
//   entries x 2 bytes       (language index, score) pairs
// Character codes number the distinct characters of eld's byte dictionary and of ASCII a-z ' `
// and space from 1 (an n-gram is at most 6 characters: 48 bits); a character eld's keys never use
// maps to 0 in the ASCII table and is given an impossible code at run time, so no n-gram holding
// it is found (as in eld). The slot of a key is hash(lo, hi) & (slots - 1), then the next free
// one: hash() must stay the same as in src/language/ngrams.ts.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const out = new URL('data/language/', root);
mkdirSync(out, { recursive: true });

// --- eld ---------------------------------------------------------------------------------------
const eldDir = new URL('node_modules/eld/src/', root);
const { ngramsData } = await import(fileURLToPath(new URL('ngrams/small.js', eldDir)));
const { dictionary } = await import(fileURLToPath(new URL('dictionary.js', eldDir)));
const { avgScore } = await import(fileURLToPath(new URL('avgScore.js', eldDir)));

const chars = new Set(dictionary);
for (const c of "abcdefghijklmnopqrstuvwxyz'` ") chars.add(c);
const ordered = [...chars].sort();
if (ordered.length > 254) throw new Error(`too many distinct characters: ${ordered.length}`);
const code = new Map(ordered.map((c, i) => [c, i + 1]));

const languages = Object.keys(ngramsData.languages).map(Number).sort((a, b) => a - b).map((i) => ngramsData.languages[i]);
/** MurmurHash3's 32-bit finaliser over both halves (the same as in src/language/ngrams.ts). */
function hash(lo, hi) {
  let h = lo ^ Math.imul(hi, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const keys = Object.keys(ngramsData.ngrams).sort();
let size = 1;
while (size < keys.length * 1.5) size <<= 1;
const slotLo = new Uint32Array(size);
const slotHi = new Uint32Array(size);
const slotStart = new Uint32Array(size);
const entries = [];
for (const key of keys) {
  if (key.length > 6) throw new Error(`n-gram longer than 6 characters: ${JSON.stringify(key)}`);
  let lo = 0;
  let hi = 0;
  [...key].forEach((c, j) => {
    const v = code.get(c);
    if (v === undefined) throw new Error(`character outside the dictionary: ${JSON.stringify(c)}`);
    if (j < 3) lo |= v << (8 * j);
    else hi |= v << (8 * (j - 3));
  });
  const scores = ngramsData.ngrams[key];
  const langs = Object.keys(scores).map(Number).sort((a, b) => a - b);
  if (langs.length > 255) throw new Error('too many languages for one n-gram');
  let slot = hash(lo, hi) & (size - 1);
  while (slotLo[slot] !== 0) slot = (slot + 1) & (size - 1);
  slotLo[slot] = (lo | (langs.length << 24)) >>> 0;
  slotHi[slot] = hi;
  slotStart[slot] = entries.length / 2;
  for (const l of langs) {
    if (scores[l] < 0 || scores[l] > 255) throw new Error(`score out of range: ${scores[l]}`);
    entries.push(l, scores[l]);
  }
}

const header = Buffer.alloc(16);
header.write('ELD2', 0, 'latin1');
header.writeUInt32LE(languages.length, 4);
header.writeUInt32LE(size, 8);
header.writeUInt32LE(entries.length / 2, 12);
const langCodes = Buffer.from(languages.join(''), 'latin1');
if (langCodes.length !== languages.length * 2) throw new Error('eld language codes are not all two letters');
const averages = Buffer.alloc(languages.length * 2);
languages.forEach((l, i) => averages.writeUInt16LE(Math.round(avgScore[l] * 10000), i * 2));
const highBytes = Buffer.alloc(256);
for (let b = 0x80; b < 256; b++) highBytes[b] = code.get(dictionary[b]);
const ascii = Buffer.alloc(128);
for (let c = 0; c < 128; c++) ascii[c] = code.get(String.fromCharCode(c)) ?? 0;
const head = Buffer.concat([header, langCodes, averages, highBytes, ascii]);
const padding = Buffer.alloc((4 - (head.length % 4)) % 4);
const u32 = (a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

const model = Buffer.concat([head, padding, u32(slotLo), u32(slotHi), u32(slotStart), Buffer.from(entries)]);
writeFileSync(new URL('eld-small.bin', out), model);
console.log(`eld-small.bin: ${languages.length} languages, ${keys.length} n-grams in ${size} slots, ${entries.length / 2} scores, ${model.length} bytes`);

// --- franc -------------------------------------------------------------------------------------
const { data } = await import(fileURLToPath(new URL('node_modules/franc/data.js', root)));
const { CANDIDATE_LANGUAGES } = await import(fileURLToPath(new URL('dist/language/codes.js', root)));
const wanted = new Set(CANDIDATE_LANGUAGES);
// Every script of franc's table is kept (possibly with no language left): franc answers "und" for
// a text in such a script, and would take a script missing from the table for a one-language
// script. Languages keep franc's order, which decides ties.
const franc = {};
for (const script of Object.keys(data)) {
  franc[script] = {};
  for (const lang of Object.keys(data[script])) if (wanted.has(lang)) franc[script][lang] = data[script][lang];
}
// franc picks the script whose characters occur most (among all its scripts), then the closest
// profile of that script; a script franc has one language for answers that language directly.
const { expressions } = await import(fileURLToPath(new URL('node_modules/franc/expressions.js', root)));
const scripts = Object.fromEntries(Object.entries(expressions).map(([name, re]) => [name, re.source]));
const francJson = `${JSON.stringify({ scripts, profiles: franc }, null, 0)}\n`;
writeFileSync(new URL('franc.json', out), francJson);
const n = Object.values(franc).reduce((s, l) => s + Object.keys(l).length, 0);
console.log(`franc.json: ${n} languages in ${Object.keys(franc).length} scripts, ${Buffer.byteLength(francJson)} bytes`);
