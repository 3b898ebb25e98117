// eld's n-gram detector (eld 2.1, 'small' database, Apache-2.0, Nito T.M.) re-implemented over a
// compact copy of its database (data/language/eld-small.bin, built by
// scripts/build-language-model.mjs; format described there).
//
// Why not import eld: its database is a 1.6 MB object literal that takes ~0.3 s to parse and
// ~90 MB of heap as 81,000 small objects, which alone broke the one-file start-up and memory
// budget (issue #7). Here it is 0.85 MB of bytes read with one readFileSync, indexed into typed
// arrays in a few milliseconds, and looked up without building strings. The algorithm is eld's:
// the text is cut to 1,000 characters, runs of non-letters become spaces (apostrophes ending a run
// are kept, as eld does for "don't"), it is lower-cased, each word's UTF-8 bytes give 4-byte
// n-grams at a stride of 3 (with a leading space at a word's start and a trailing one at its
// end), each distinct n-gram adds its score + 53 to the languages that have it, and the scores
// are scaled as eld's LanguageResult does. test/language-ngrams.test.ts checks the answers equal
// eld's own on a table of sentences.
import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { isLetter } from './chars.js';

const MODEL_URL = new URL('../../data/language/eld-small.bin', import.meta.url);
/** eld subtracted this from every score to keep its database small. */
const BASE_NGRAM_SCORE = 53;
/** eld reads at most this many characters… */
const MAX_CHARS = 1000;
/** …and stops at the first space after this many UTF-8 bytes, or anywhere past the next bound. */
const CUT_AFTER_BYTES = 350;
const ENFORCE_CUT_AFTER_BYTES = 380;
/** Longest word eld takes n-grams from (bytes). */
const MAX_WORD_BYTES = 70;
/** eld's scaling of a per-n-gram score into 0..1. */
const SCALE = 25;
/** eld's isReliable() threshold: the best score must reach this share of the language's average. */
const RELIABLE_RATIO = 0.75;
/** A character code no key uses (codes are 1..254). */
const UNUSED_CODE = 255;

export interface NgramResult {
  /** ISO 639-1 code of the best language, or '' when no n-gram is known. */
  language: string;
  /** The scaled score (0..1) of every language that scored, best first (eld's getScores()). */
  scores: readonly { language: string; score: number }[];
  /** eld's isReliable(). */
  reliable: boolean;
}

interface Model {
  languages: readonly string[];
  average: Float64Array;
  highByte: Uint8Array;
  ascii: Uint8Array;
  mask: number;
  /** Key characters 1-3 and, in the top byte, the number of languages; 0 = empty slot. */
  slotLo: Uint32Array;
  /** Key characters 4-6. */
  slotHi: Uint32Array;
  /** Index of the slot's first (language, score) pair in `entries`. */
  slotStart: Uint32Array;
  entries: Uint8Array;
}

/**
 * MurmurHash3's 32-bit finaliser over both halves: every input bit reaches the low bits. The
 * table in the model file was laid out with the same function (scripts/build-language-model.mjs).
 */
function hash(lo: number, hi: number): number {
  let h = lo ^ Math.imul(hi, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

let model: Model | null = null;

/** The model file as views over one read: no per-n-gram work at load time. */
function loadModel(): Model {
  if (endianness() !== 'LE') throw new Error('the language model file is little-endian');
  const file = readFileSync(MODEL_URL);
  // Typed-array views need 4-byte alignment; a read of this size has its own buffer, at offset 0.
  const bytes = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
  if (bytes.toString('latin1', 0, 4) !== 'ELD2') throw new Error(`not an eld model: ${MODEL_URL.pathname}`);
  const nLang = bytes.readUInt32LE(4);
  const size = bytes.readUInt32LE(8);
  const nEntries = bytes.readUInt32LE(12);
  let at = 16;
  const languages: string[] = [];
  for (let i = 0; i < nLang; i++, at += 2) languages.push(bytes.toString('latin1', at, at + 2));
  const average = new Float64Array(nLang);
  for (let i = 0; i < nLang; i++, at += 2) average[i] = bytes.readUInt16LE(at) / 10000;
  const highByte = new Uint8Array(bytes.buffer, bytes.byteOffset + at, 256);
  at += 256;
  const ascii = new Uint8Array(bytes.subarray(at, at + 128)).map((c) => (c === 0 ? UNUSED_CODE : c));
  at += 128;
  at += (4 - (at % 4)) % 4;
  const u32 = (): Uint32Array => {
    const view = new Uint32Array(bytes.buffer, bytes.byteOffset + at, size);
    at += size * 4;
    return view;
  };
  const slotLo = u32();
  const slotHi = u32();
  const slotStart = u32();
  const entries = new Uint8Array(bytes.buffer, bytes.byteOffset + at, nEntries * 2);
  return { languages, average, highByte, ascii, mask: size - 1, slotLo, slotHi, slotStart, entries };
}

function getModel(): Model {
  model ??= loadModel();
  return model;
}

/** An apostrophe eld keeps at the end of a run of non-letters: ' ` ’. */
function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x60 || c === 0x2019;
}

/**
 * eld's text processing: runs of non-letters (astral characters included) become one space,
 * except the apostrophes ending a run, which stay; then trim and lower case.
 */
export function normalise(text: string): string {
  let out = '';
  let i = 0;
  const n = text.length;
  let copied = 0;
  while (i < n) {
    if (isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && !isLetter(text.charCodeAt(i))) i++;
    let end = i;
    while (end > start && isApostrophe(text.charCodeAt(end - 1))) end--;
    if (end > start) {
      out += `${text.slice(copied, start)} `;
      copied = end;
    }
  }
  out += text.slice(copied);
  return out.trim().toLowerCase();
}

// Scratch buffers reused between calls (the stage is synchronous).
const wordCodes = new Uint8Array(512);
/** The distinct n-grams of one text, each as hi * 2^24 + lo (exact in a double). */
const seen = new Set<number>();
/** Words over 70 bytes end in an n-gram longer than any key (eld takes the rest of the word). */
let unmatchable = 0;

/**
 * Character codes of the words of `text` (eld's strToUtf8Bytes), handed one word at a time to
 * `onWord(codes, length)`.
 */
function eachWord(text: string, m: Model, onWord: (length: number) => void): void {
  let len = 0;
  let countBytes = 0;
  const put = (code: number): void => {
    if (len < wordCodes.length) wordCodes[len] = code;
    len++;
  };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x20) {
        if (len > 0) onWord(len);
        len = 0;
        if (countBytes > CUT_AFTER_BYTES) return;
      } else put(m.ascii[c]!);
      countBytes++;
    } else if (c < 0x800) {
      put(m.highByte[0xc0 | (c >> 6)]!);
      put(m.highByte[0x80 | (c & 0x3f)]!);
      countBytes += 2;
    } else if (c < 0xd800 || c >= 0xe000) {
      put(m.highByte[0xe0 | (c >> 12)]!);
      put(m.highByte[0x80 | ((c >> 6) & 0x3f)]!);
      put(m.highByte[0x80 | (c & 0x3f)]!);
      countBytes += 3;
    } else {
      i++;
      c = 0x10000 + (((c & 0x3ff) << 10) | (text.charCodeAt(i) & 0x3ff));
      put(m.highByte[0xf0 | (c >> 18)]!);
      put(m.highByte[0x80 | ((c >> 12) & 0x3f)]!);
      put(m.highByte[0x80 | ((c >> 6) & 0x3f)]!);
      put(m.highByte[0x80 | (c & 0x3f)]!);
      countBytes += 4;
    }
    if (countBytes > ENFORCE_CUT_AFTER_BYTES) break;
  }
  if (len > 0) onWord(len);
}

/** Codes a..b of the current word, with an optional leading and trailing space, as (lo, hi). */
function gram(spaceCode: number, lead: boolean, from: number, to: number, trail: boolean, out: number[]): void {
  let lo = 0;
  let hi = 0;
  let n = 0;
  const push = (code: number): void => {
    if (n < 3) lo |= code << (8 * n);
    else hi |= code << (8 * (n - 3));
    n++;
  };
  if (lead) push(spaceCode);
  for (let j = from; j < to; j++) push(wordCodes[j]!);
  if (trail) push(spaceCode);
  out[0] = lo >>> 0;
  out[1] = hi >>> 0;
}

const pair = [0, 0];
const HI_FACTOR = 0x1000000;

/** eld's detect() on `text`. */
export function detectNgrams(text: string): NgramResult {
  const m = getModel();
  const space = m.ascii[0x20]!;
  seen.clear();
  unmatchable = 0;
  eachWord(normalise(text.slice(0, MAX_CHARS)), m, (wordLength) => {
    // eld reads at most 70 bytes of a word, from its encoded form (words longer than our
    // scratch buffer are cut there too: 512 > 70).
    const len = Math.min(wordLength, MAX_WORD_BYTES);
    let j = 0;
    for (; j + 4 < len; j += 3) {
      gram(space, j === 0, j, j + 4, false, pair);
      seen.add(pair[1]! * HI_FACTOR + pair[0]!);
    }
    if (wordLength > MAX_WORD_BYTES) {
      unmatchable++;
      return;
    }
    const from = len !== 3 ? Math.max(0, len - 4) : 0;
    gram(space, j === 0, from, len, true, pair);
    seen.add(pair[1]! * HI_FACTOR + pair[0]!);
  });
  const numNgrams = seen.size + unmatchable;
  const raw = new Float64Array(m.languages.length);
  for (const key of seen) {
    const lo = key % HI_FACTOR;
    const hi = (key - lo) / HI_FACTOR;
    for (let slot = hash(lo, hi) & m.mask; ; slot = (slot + 1) & m.mask) {
      const slotLo = m.slotLo[slot]!;
      if (slotLo === 0) break;
      if ((slotLo & 0xffffff) !== lo || m.slotHi[slot] !== hi) continue;
      const start = m.slotStart[slot]! * 2;
      const end = start + (slotLo >>> 24) * 2;
      for (let e = start; e < end; e += 2) raw[m.entries[e]!]! += m.entries[e + 1]! + BASE_NGRAM_SCORE;
      break;
    }
  }
  const ranked: { index: number; score: number }[] = [];
  for (let l = 0; l < raw.length; l++) {
    if (raw[l]! > 0) {
      const perGram = raw[l]! / numNgrams;
      ranked.push({ index: l, score: perGram / (perGram + SCALE) });
    }
  }
  if (ranked.length === 0) return { language: '', scores: [], reliable: false };
  ranked.sort((a, b) => b.score - a.score);
  const best = ranked[0]!;
  const language = m.languages[best.index]!;
  // eld compares the best score with the runner-up's language index, not its score (a slip in
  // eld 2.1, kept so that the answers are eld's): in effect only the average-score test counts.
  const next = ranked.length > 1 ? ranked[1]!.index : 0;
  const reliable = numNgrams >= 3 && !(m.average[best.index]! * RELIABLE_RATIO > best.score || Math.abs(best.score - next) < 0.01);
  return { language, scores: ranked.map((r) => ({ language: m.languages[r.index]!, score: r.score })), reliable };
}
