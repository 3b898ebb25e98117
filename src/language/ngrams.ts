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
  /** Scaled scores (0..1, eld's getScores()) of the best language, the runner-up and French. */
  top: number;
  second: number;
  french: number;
  /** eld's isReliable(). */
  reliable: boolean;
}

interface Model {
  languages: readonly string[];
  /** Index of French, -1 if absent. */
  french: number;
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
  return { languages, french: languages.indexOf('fr'), average, highByte, ascii, mask: size - 1, slotLo, slotHi, slotStart, entries };
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

/**
 * What eld reads of `text`: the normalised first 1,000 characters, of which it uses only up to
 * ~380 UTF-8 bytes. A shorter prefix is normalised first, and kept when 400 characters (so at
 * least 400 bytes) come before its last space: up to that space it equals the full normalisation
 * (lower-casing is contextual only at a word's end), and eld stops before it.
 */
function eldText(text: string): string {
  if (text.length > PREFIX_CHARS) {
    const prefix = normalise(text.slice(0, PREFIX_CHARS));
    if (prefix.lastIndexOf(' ') >= ENFORCE_CUT_AFTER_BYTES + 20) return prefix;
  }
  return normalise(text.slice(0, MAX_CHARS));
}
/** Length of the prefix tried first (raw characters). */
const PREFIX_CHARS = 520;

// Scratch state reused between calls (the stage is synchronous).
const wordCodes = new Uint8Array(512);

/**
 * The distinct n-grams of one text: an open-addressing set of (lo, hi) pairs whose slots are
 * valid only when stamped with the current call's number (no clearing between calls). eld reads
 * at most ~380 bytes, so a text has fewer than 200 n-grams: 1,024 slots keep probes short.
 */
const SET_SIZE = 1024;
const setLo = new Int32Array(SET_SIZE);
const setHi = new Int32Array(SET_SIZE);
const setStamp = new Uint32Array(SET_SIZE);
let stamp = 0;
/** Raw score of each language in the current call. */
let raw = new Float64Array(0);
let numNgrams = 0;

/** Adds an n-gram once; its first sighting adds its scores. */
function addGram(m: Model, lo: number, hi: number): void {
  const h = hash(lo, hi);
  for (let slot = h & (SET_SIZE - 1); ; slot = (slot + 1) & (SET_SIZE - 1)) {
    if (setStamp[slot] !== stamp) {
      setStamp[slot] = stamp;
      setLo[slot] = lo;
      setHi[slot] = hi;
      break;
    }
    if (setLo[slot] === lo && setHi[slot] === hi) return;
  }
  numNgrams++;
  for (let slot = h & m.mask; ; slot = (slot + 1) & m.mask) {
    const slotLo = m.slotLo[slot]!;
    if (slotLo === 0) return;
    if ((slotLo & 0xffffff) !== lo || m.slotHi[slot] !== hi) continue;
    const start = m.slotStart[slot]! * 2;
    const end = start + (slotLo >>> 24) * 2;
    for (let e = start; e < end; e += 2) raw[m.entries[e]!]! += m.entries[e + 1]! + BASE_NGRAM_SCORE;
    return;
  }
}

/** The n-grams of one word (eld's getByteNgrams): `len` codes in `wordCodes`. */
function wordGrams(m: Model, wordLength: number): void {
  const space = m.ascii[0x20]!;
  // eld reads at most 70 bytes of a word (our scratch buffer holds 512).
  const len = Math.min(wordLength, MAX_WORD_BYTES);
  let j = 0;
  for (; j + 4 < len; j += 3) {
    // 4 codes, after a space at the word's start: at most 5 codes.
    let lo: number;
    let hi: number;
    if (j === 0) {
      lo = space | (wordCodes[0]! << 8) | (wordCodes[1]! << 16);
      hi = wordCodes[2]! | (wordCodes[3]! << 8);
    } else {
      lo = wordCodes[j]! | (wordCodes[j + 1]! << 8) | (wordCodes[j + 2]! << 16);
      hi = wordCodes[j + 3]!;
    }
    addGram(m, lo, hi);
  }
  if (wordLength > MAX_WORD_BYTES) {
    // eld's last n-gram is then the rest of the word: longer than any key, never found.
    numNgrams++;
    return;
  }
  // The end: the last 4 codes (the whole word when shorter), a space before it at the word's
  // start, a space after it.
  const from = len !== 3 ? Math.max(0, len - 4) : 0;
  let lo = 0;
  let hi = 0;
  let shift = 0;
  if (j === 0) {
    lo = space;
    shift = 8;
  }
  for (let k = from; k <= len; k++) {
    const code = k === len ? space : wordCodes[k]!;
    if (shift < 24) lo |= code << shift;
    else hi |= code << (shift - 24);
    shift += 8;
  }
  addGram(m, lo, hi);
}

/**
 * eld's strToUtf8Bytes over `text`: each word's UTF-8 bytes as character codes in `wordCodes`,
 * its n-grams added when the word ends; eld stops at the first space past 350 bytes, or past 380.
 */
function readWords(text: string, m: Model): void {
  let len = 0;
  let countBytes = 0;
  const max = wordCodes.length;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x20) {
        if (len > 0) wordGrams(m, len);
        len = 0;
        if (countBytes > CUT_AFTER_BYTES) return;
      } else {
        if (len < max) wordCodes[len] = m.ascii[c]!;
        len++;
      }
      countBytes++;
    } else if (c < 0x800) {
      if (len + 1 < max) {
        wordCodes[len] = m.highByte[0xc0 | (c >> 6)]!;
        wordCodes[len + 1] = m.highByte[0x80 | (c & 0x3f)]!;
      }
      len += 2;
      countBytes += 2;
    } else if (c < 0xd800 || c >= 0xe000) {
      if (len + 2 < max) {
        wordCodes[len] = m.highByte[0xe0 | (c >> 12)]!;
        wordCodes[len + 1] = m.highByte[0x80 | ((c >> 6) & 0x3f)]!;
        wordCodes[len + 2] = m.highByte[0x80 | (c & 0x3f)]!;
      }
      len += 3;
      countBytes += 3;
    } else {
      i++;
      c = 0x10000 + (((c & 0x3ff) << 10) | (text.charCodeAt(i) & 0x3ff));
      if (len + 3 < max) {
        wordCodes[len] = m.highByte[0xf0 | (c >> 18)]!;
        wordCodes[len + 1] = m.highByte[0x80 | ((c >> 12) & 0x3f)]!;
        wordCodes[len + 2] = m.highByte[0x80 | ((c >> 6) & 0x3f)]!;
        wordCodes[len + 3] = m.highByte[0x80 | (c & 0x3f)]!;
      }
      len += 4;
      countBytes += 4;
    }
    if (countBytes > ENFORCE_CUT_AFTER_BYTES) break;
  }
  if (len > 0) wordGrams(m, len);
}

/** eld's scaling of a raw score into 0..1. */
function scaled(value: number): number {
  const perGram = value / numNgrams;
  return perGram / (perGram + SCALE);
}

/** eld's detect() on `text`. */
export function detectNgrams(text: string): NgramResult {
  const m = getModel();
  if (raw.length !== m.languages.length) raw = new Float64Array(m.languages.length);
  else raw.fill(0);
  stamp = (stamp + 1) >>> 0;
  if (stamp === 0) {
    setStamp.fill(0);
    stamp = 1;
  }
  numNgrams = 0;
  readWords(eldText(text), m);
  // The best and the runner-up as eld's stable sort orders them (ties: lower index first).
  let best = -1;
  let next = -1;
  for (let l = 0; l < raw.length; l++) {
    const v = raw[l]!;
    if (v <= 0) continue;
    if (best < 0 || v > raw[best]!) {
      next = best;
      best = l;
    } else if (next < 0 || v > raw[next]!) next = l;
  }
  if (best < 0) return { language: '', top: 0, second: 0, french: 0, reliable: false };
  const top = scaled(raw[best]!);
  const second = next < 0 ? 0 : scaled(raw[next]!);
  const fr = m.french;
  const french = fr >= 0 && raw[fr]! > 0 ? scaled(raw[fr]!) : 0;
  // eld compares the best score with the runner-up's language index, not its score (a slip in
  // eld 2.1, kept so that the answers are eld's): in effect only the average-score test counts.
  const nextIndex = next < 0 ? 0 : next;
  const reliable = numNgrams >= 3 && !(m.average[best]! * RELIABLE_RATIO > top || Math.abs(top - nextIndex) < 0.01);
  return { language: m.languages[best]!, top, second, french, reliable };
}

/** Every language that scored on `text`, best first, as eld's getScores() lists them. */
export function ngramScores(text: string): { language: string; score: number }[] {
  detectNgrams(text);
  const m = getModel();
  const all: { language: string; score: number }[] = [];
  for (let l = 0; l < raw.length; l++) if (raw[l]! > 0) all.push({ language: m.languages[l]!, score: scaled(raw[l]!) });
  return all.sort((a, b) => b.score - a.score);
}
