// Language stage: which language a text (an article, or one block of a page) is written in.
//
// 1. eld (n-gram detector, 60 languages, accurate on short lines) on a bounded sample, run over a
//    compact copy of its database (./ngrams.ts: same answers, loaded in milliseconds);
// 2. franc (./trigrams.ts, likewise over a compact copy of its profiles), restricted to the
//    languages a French news pipeline meets, for what eld cannot name (Wolof, Lingala, Haitian,
//    Malagasy… are not among eld's languages): consulted only on samples long enough for its
//    trigram profiles and only when eld is unsure;
// 3. French against its close neighbours (Occitan, Walloon, Picard, Franco-Provençal, Haitian,
//    Galician, Catalan…) by function words, spellings and a few two-word constructions
//    (./markers.ts, ./neighbours.ts): n-gram detectors call them French, and an eld answer of
//    Catalan or Italian on a short French line is overturned the same way.
// Cost per call is bounded: the sample is at most ~1,000 characters taken from two stretches of
// the text, eld reads ~380 bytes of it, and every pass over it is a loop over code units.
import type { Language, Warning } from '../types.js';
import { CANDIDATE_LANGUAGES, ELD_TO_ISO639_3, ISO639_3_TO_1 } from './codes.js';
import { NEIGHBOURS } from './markers.js';
import { against, evidence, strongestNeighbour, type Evidence, type NeighbourEvidence } from './neighbours.js';
import { detectNgrams } from './ngrams.js';
import * as S from './settings.js';
import { francAll } from './trigrams.js';

export interface LanguageResult {
  language: Language;
  warnings: Warning[];
}

/** URLs carry no language but plenty of n-grams… */
const URLS = /\b(?:https?:\/\/|www\.)\S+/gu;
/**
 * …nor do e-mail addresses ("nom@domaine.fr") and @handles, found by scrubAddresses from each "@"
 * (only when the text has one): a pattern starting with the name before the "@" would rescan that
 * name from each of its characters when no "@" follows.
 */
const WHITESPACE_CHAR = /^\s$/u;
const SPACES = /\s+/gu;
/** White space other than one plain space: a tab, a line break, a no-break space, two spaces. */
const NEEDS_COLLAPSE = /[^\S ]| {2}/u;

/** `text.slice(from, from + length)` moved to word boundaries (never longer). */
function window(text: string, from: number, length: number): string {
  let start = from;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space < 0 ? text.length : space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  return text.slice(start, end);
}

/**
 * A bounded sample: the whole text when it fits, else half from the start and half from the
 * middle (a long article's start may be a title and a byline; its middle is plain prose). A text
 * longer than SAMPLE_SOURCE_MAX_CHARS has only a stretch at its start and one at its middle
 * flattened, so the cost does not grow with the text.
 */
export function sampleText(text: string): string {
  const half = Math.floor(S.SAMPLE_MAX_CHARS / 2);
  if (text.length <= S.SAMPLE_SOURCE_MAX_CHARS) {
    const flat = flatten(text);
    if (flat.length <= S.SAMPLE_MAX_CHARS) return flat;
    return `${window(flat, 0, half)} ${window(flat, Math.floor(flat.length / 2) - Math.floor(half / 2), half)}`.trim();
  }
  const part = S.SAMPLE_PART_SOURCE_CHARS;
  const middle = Math.floor(text.length / 2);
  const head = flatten(text.slice(0, part));
  const centre = flatten(text.slice(middle - Math.floor(part / 2), middle + Math.ceil(part / 2)));
  return `${window(head, 0, half)} ${window(centre, Math.max(0, Math.floor((centre.length - half) / 2)), half)}`.trim();
}

/** `text` without URLs and addresses, its white space collapsed to single spaces. */
function flatten(text: string): string {
  let flat = text.includes('://') || text.includes('www.') ? text.replace(URLS, ' ') : text;
  if (flat.includes('@')) flat = scrubAddresses(flat);
  // Most lines have single plain spaces only: they are kept as they are, without a copy.
  return (NEEDS_COLLAPSE.test(flat) ? flat.replace(SPACES, ' ') : flat).trim();
}

/** A character of an address's name or domain: neither whitespace nor "@". */
function isAddressChar(text: string, i: number): boolean {
  const ch = text[i]!;
  return ch !== '@' && !WHITESPACE_CHAR.test(ch);
}

/** An ASCII letter, digit or "_" (what ends a domain and makes a handle). */
function isWordCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

/**
 * `text` with each e-mail address and @handle replaced by a space. An address is a name, "@", and
 * a domain up to its last dot that a letter or digit follows, and that letter's run; an "@" that
 * starts no address starts a handle when a letter or digit follows it. Each character is visited
 * a bounded number of times.
 */
export function scrubAddresses(text: string): string {
  let out = '';
  let copied = 0;
  let from = 0;
  for (let at = text.indexOf('@', from); at >= 0; at = text.indexOf('@', from)) {
    let nameStart = at;
    while (nameStart > from && isAddressChar(text, nameStart - 1)) nameStart--;
    let start = at;
    let end = -1;
    if (nameStart < at) {
      let domainEnd = at + 1;
      while (domainEnd < text.length && isAddressChar(text, domainEnd)) domainEnd++;
      // the last dot with something before it in the domain and a letter or digit after it
      for (let dot = domainEnd - 2; dot >= at + 2; dot--) {
        if (text.charCodeAt(dot) === 0x2e && isWordCode(text.charCodeAt(dot + 1))) {
          start = nameStart;
          end = dot + 2;
          break;
        }
      }
    }
    if (end < 0 && isWordCode(text.charCodeAt(at + 1))) end = at + 2;
    if (end < 0) {
      from = at + 1;
      continue;
    }
    while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
    out += `${text.slice(copied, start)} `;
    copied = end;
    from = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const FRANC_ONLY: ReadonlySet<string> = new Set(CANDIDATE_LANGUAGES);
const ELD_LANGUAGES: ReadonlySet<string> = new Set(ELD_TO_ISO639_3.values());
const NEIGHBOUR_CODES: ReadonlyMap<string, string> = new Map(NEIGHBOURS.map((n) => [n.iso639_3, n.code]));

const UNDETERMINED: Language = { code: 'und', iso639_3: 'und', confidence: 0 };

interface Guess {
  iso639_3: string;
  /** 0..1 before the length factor. */
  certainty: number;
}

/** eld's answer and its margin over the runner-up, or null when eld has none. */
function eldGuess(sample: string): { guess: Guess | null; french: number; top: number; second: number; reliable: boolean } {
  const result = detectNgrams(sample);
  const { top, second, french } = result;
  const iso = ELD_TO_ISO639_3.get(result.language);
  const guess = iso && top > 0 ? { iso639_3: iso, certainty: Math.min(1, (top - second) / (top * S.ELD_FULL_MARGIN)) } : null;
  return { guess, french, top, second, reliable: result.reliable };
}

/** franc's answer when it names a language eld does not know, else null. */
function francGuess(sample: string): Guess | null {
  const [best, second] = francAll(sample, S.FRANC_MIN_CHARS, FRANC_ONLY);
  if (!best || best[0] === 'und' || ELD_LANGUAGES.has(best[0])) return null;
  const margin = second ? best[1] - second[1] : 1;
  if (margin < S.FRANC_MIN_MARGIN) return null;
  return { iso639_3: best[0], certainty: Math.min(1, margin / S.FRANC_FULL_MARGIN) };
}

/** Least number of a neighbour's own words that overturns French, by sample size. */
function minOwn(ev: Evidence): number {
  return ev.tokens <= S.SHORT_SAMPLE_TOKENS ? 1 : S.NEIGHBOUR_MIN_WORDS;
}

/** The neighbour the function words point to when the detector said French, or null. */
function neighbourInstead(ev: Evidence, eldUnsure: boolean): Guess | null {
  const n = strongestNeighbour(ev, minOwn(ev)) ?? tooFewFrenchWords(ev, eldUnsure);
  if (!n) return null;
  // A neighbour chosen because French words are lacking may have none of its own either: 0/0.
  const words = n.own + n.french;
  return { iso639_3: n.language.iso639_3, certainty: words > 0 ? (n.own - n.french) / words : 0 };
}

/**
 * French prose of a dozen words or more always has French words a given neighbour lacks ("le",
 * "les", "est", "je"...). When they are nearly absent against some neighbour, the text is that
 * neighbour's, in a variety whose spelling our lists cover only in part: against any neighbour
 * whose own words do occur, or, when eld is unsure, against a language written in many
 * spellings (Occitan) even when none of its listed words occurs.
 */
function tooFewFrenchWords(ev: Evidence, eldUnsure: boolean): NeighbourEvidence | null {
  if (ev.tokens < S.FRENCH_SHARE_MIN_TOKENS) return null;
  let best: NeighbourEvidence | null = null;
  for (const n of ev.neighbours) {
    const share = n.french / ev.tokens;
    const lacking =
      (n.own > 0 && share < S.FRENCH_MIN_SHARE) ||
      (eldUnsure && n.language.variedSpelling === true && share < S.FRENCH_MIN_SHARE_VARIED);
    if (lacking && (best === null || n.own > best.own)) best = n;
  }
  return best;
}

/**
 * A neighbour eld has no model for (Occitan, Walloon, Haitian, Galician…) when eld named some
 * other language and the function words point to that neighbour more than to eld's answer.
 */
function unknownNeighbourInstead(ev: Evidence, named: string): Guess | null {
  const namedOwn = against(ev, named)?.own ?? 0;
  let best: Guess | null = null;
  let bestOwn = 0;
  for (const n of ev.neighbours) {
    if (ELD_LANGUAGES.has(n.language.iso639_3)) continue;
    if (n.own < S.NEIGHBOUR_MIN_WORDS || n.own <= n.french || n.own <= namedOwn || n.own <= bestOwn) continue;
    best = { iso639_3: n.language.iso639_3, certainty: (n.own - namedOwn) / (n.own + namedOwn) };
    bestOwn = n.own;
  }
  return best;
}

/**
 * French when the detector named another language but the function words say French: French
 * must outweigh the named language (when we have its words) and hold against every neighbour.
 */
function frenchInstead(ev: Evidence, named: string | null, eldFrench: number, eldTop: number): Guess | null {
  if (ev.french < S.FRENCH_RESCUE_MIN_WORDS) return null;
  if (named !== null) {
    const n = against(ev, named);
    if (n && n.french <= n.own) return null;
    // A subject pronoun hyphenated after its verb is French syntax no language eld names shares;
    // French words the named language lacks, two or more, are strong evidence too.
    const ratio =
      ev.inversions > 0
        ? S.FRENCH_RESCUE_ELD_RATIO_INVERSION
        : n && n.french - n.own >= S.FRENCH_RESCUE_STRONG_WORDS
          ? S.FRENCH_RESCUE_ELD_RATIO_STRONG
          : S.FRENCH_RESCUE_ELD_RATIO;
    if (eldFrench < eldTop * ratio) return null;
  }
  if (strongestNeighbour(ev, 1) !== null) return null;
  return { iso639_3: 'fra', certainty: S.FRENCH_RESCUE_CERTAINTY };
}

function toLanguage(guess: Guess, letters: number): Language {
  const lengthFactor = Math.min(1, letters / S.FULL_CONFIDENCE_CHARS);
  const confidence = Math.round(Math.max(0, Math.min(1, guess.certainty)) * lengthFactor * 1000) / 1000;
  const iso = guess.iso639_3;
  return { code: ISO639_3_TO_1.get(iso) ?? NEIGHBOUR_CODES.get(iso) ?? iso, iso639_3: iso, confidence };
}

/** The language of `text` (ISO 639-1 code where one exists), with a 0..1 confidence. */
export function detectLanguage(text: string): LanguageResult {
  const sample = sampleText(text);
  const ev = evidence(sample);
  const letters = ev.letters;
  if (letters < S.MIN_LETTERS) {
    return {
      language: UNDETERMINED,
      warnings: [{ code: 'LANG_TOO_SHORT', message: `too little text to tell the language (${letters} letters)` }],
    };
  }
  const fromEld = eldGuess(sample);
  let guess = fromEld.guess;
  const fromFranc = letters >= S.FRANC_MIN_CHARS && (guess === null || !fromEld.reliable) ? francGuess(sample) : null;
  if (fromFranc) guess = fromFranc;
  if (guess?.iso639_3 === 'fra' || guess === null) {
    // The detector said French (or nothing): the function words may name a neighbour instead.
    guess = neighbourInstead(ev, fromEld.second >= fromEld.top * S.ELD_UNSURE_RATIO) ?? guess;
  } else if (!fromFranc) {
    // eld named another language: a neighbour it cannot name, or French after all. (franc's
    // answers are languages eld lacks, Haitian and Galician among them: they stand.)
    guess = unknownNeighbourInstead(ev, guess.iso639_3) ?? frenchInstead(ev, guess.iso639_3, fromEld.french, fromEld.top) ?? guess;
  }
  if (guess === null) guess = frenchInstead(ev, null, fromEld.french, fromEld.top);
  if (guess === null) {
    return {
      language: UNDETERMINED,
      warnings: [{ code: 'LANG_TOO_SHORT', message: `too little text to tell the language (${letters} letters)` }],
    };
  }
  const language = toLanguage(guess, letters);
  const warnings: Warning[] = [];
  if (letters < S.SHORT_TEXT_CHARS) {
    warnings.push({ code: 'LANG_TOO_SHORT', message: `only ${letters} letters: the language is a guess` });
  }
  if (language.iso639_3 !== 'fra') {
    warnings.push({ code: 'LANG_NOT_FRENCH', message: `the text looks ${language.code}, not French` });
  }
  return { language, warnings };
}
