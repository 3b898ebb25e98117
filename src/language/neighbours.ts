// French against its close neighbours, by function words (./markers.ts).
//
// Trigram detectors see Occitan, Walloon, Picard or Galician as "French with odd spelling": their
// n-gram profiles overlap, and the detector we use has no model for most of them. Function words
// tell them apart: Occitan writes "los", "dins", "aquò", Walloon "dji", "nén", "avou", Picard
// "ch'", "chés", "aveuc", Haitian "mwen", "nan", "yo". For each neighbour we count, pairwise,
// the tokens only it has and the tokens only French has; a shared word weighs for neither.
import { isLetter, isLowerCaseLetter, isWhiteSpace } from './chars.js';
import {
  FRENCH,
  INVERSION_SHARED_WITH,
  INVERTED_SUBJECTS,
  NEIGHBOURS,
  SPELLING_MARKS,
  VERBAL_NON_FOLLOWERS,
  VERBAL_NON_LANGUAGES,
  COPULA_SON_FOLLOWERS,
  COPULA_SON_LANGUAGES,
  type NeighbourLanguage,
} from './markers.js';

/** Words, an elided form keeping its apostrophe ("l'", "ch'"), so "l'homme" gives "l'" and "homme". */
const TOKEN = /\p{L}+(?:['’](?=\p{L}))?/gu;
const CURLY_APOSTROPHE = /’/gu;
const NON_ASCII = /[^\x00-\x7f]/u;

/** Bit 0: French; bit i + 1: NEIGHBOURS[i]. */
const MEMBERSHIP: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const w of FRENCH) map.set(w, 1);
  NEIGHBOURS.forEach((n, i) => {
    for (const w of n.words) map.set(w, (map.get(w) ?? 0) | (1 << (i + 1)));
  });
  return map;
})();

/** Each spelling mark with the membership bits of the neighbours that use it. */
const SPELLING_BITS: readonly { pattern: RegExp; mask: number; letter: boolean }[] = SPELLING_MARKS.map((m) => ({
  pattern: m.pattern,
  letter: m.letter === true,
  mask: (m.languages.includes('fra') ? 1 : 0) | neighbourBits(m.languages.filter((l) => l !== 'fra')),
}));

function neighbourBits(languages: readonly string[]): number {
  return languages.reduce((mask, iso) => {
    const i = NEIGHBOURS.findIndex((n) => n.iso639_3 === iso);
    if (i < 0) throw new Error(`marker for an unknown neighbour: ${iso}`);
    return mask | (1 << (i + 1));
  }, 0);
}

/** An inverted subject pronoun weighs as a French word against the neighbours that do not invert. */
const INVERSION_MASK = 1 | neighbourBits(INVERSION_SHARED_WITH);
/** A verbal "non" weighs as a word of the languages that negate so, and not of French. */
const VERBAL_NON_MASK = neighbourBits(VERBAL_NON_LANGUAGES);
/** So does a sentence-opening "son" before an article. */
const COPULA_SON_MASK = neighbourBits(COPULA_SON_LANGUAGES);

/** Spelling-mark bits of a lower-case word not in the lists, by word (bounded; cleared when full). */
const spellingCache = new Map<string, number>();
const SPELLING_CACHE_MAX = 50_000;

function spellingMask(token: string): number {
  let mask = spellingCache.get(token);
  if (mask !== undefined) return mask;
  // A spelling French never uses makes the word foreign, whatever French spelling it shows too
  // ("educação" has the "ç" of French and the "ã" of Portuguese: it is Portuguese).
  let foreign = 0;
  let french = 0;
  const ascii = !NON_ASCII.test(token);
  for (const s of SPELLING_BITS) {
    if ((ascii && s.letter) || !s.pattern.test(token)) continue;
    if ((s.mask & 1) === 1) french |= s.mask;
    else foreign |= s.mask;
  }
  mask = foreign !== 0 ? foreign : french;
  if (spellingCache.size >= SPELLING_CACHE_MAX) spellingCache.clear();
  spellingCache.set(token, mask);
  return mask;
}

/**
 * Membership bits of a token: its word lists, else (for a word written in lower case) the
 * neighbours whose spelling it shows.
 */
function membership(token: string, lowerCase: boolean): number | undefined {
  const listed = MEMBERSHIP.get(token);
  if (listed !== undefined || !lowerCase) return listed;
  const mask = spellingMask(token);
  return mask === 0 ? undefined : mask;
}

export interface NeighbourEvidence {
  language: NeighbourLanguage;
  /** Tokens that are words of this language and not of French. */
  own: number;
  /** Tokens that are French words and not words of this language. */
  french: number;
}

export interface Evidence {
  /** Word tokens read. */
  tokens: number;
  /** Letters (UTF-16 code units) in them. */
  letters: number;
  /** Tokens that are French function words. */
  french: number;
  /** Subject pronouns hyphenated after their verb ("parles-tu"), French syntax. */
  inversions: number;
  /** One entry per neighbour, in NEIGHBOURS order. */
  neighbours: NeighbourEvidence[];
}

/** Lower-case word tokens of `text`. */
export function tokens(text: string): string[] {
  return text.normalize('NFC').toLowerCase().replace(CURLY_APOSTROPHE, "'").match(TOKEN) ?? [];
}

const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
const SPACE = 0x20;
const CURLY_APOSTROPHE_CODE = 0x2019;
const COMBINING_MARK = /[\u0300-\u036f]/u;

/** What may stand between a sentence's end and its first word: white space and opening marks. */
function isOpening(c: number): boolean {
  return isWhiteSpace(c) || c === 0x22 || c === 0xab || c === 0x201c || c === 0xbf || c === 0xa1 || c === 0x28;
}

function isSentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3a || c === 0x3b;
}

/**
 * Whether the word at `start` opens a sentence, judged on the 3 characters before it: the start
 * of that stretch or a sentence end ("." "!" "?" "…" ":" ";"), then only white space or opening
 * marks (quotes, "¿", "¡", "(").
 */
function opensSentence(text: string, start: number): boolean {
  const from = Math.max(0, start - 3);
  let k = start;
  while (k > from && isOpening(text.charCodeAt(k - 1))) k--;
  return k === from || isSentenceEnd(text.charCodeAt(k - 1));
}

/** Words of the current text by membership mask (the stage is synchronous). */
const masks = new Map<number, number>();

/** Pairwise function-word counts for French and each neighbour over `text`. */
export function evidence(text: string): Evidence {
  const own = new Array<number>(NEIGHBOURS.length).fill(0);
  const french = new Array<number>(NEIGHBOURS.length).fill(0);
  let frenchTotal = 0;
  // Decomposed accents ("e" + U+0301) would split words at the mark: compose them first.
  const flat = COMBINING_MARK.test(text) ? text.normalize('NFC') : text;
  let count = 0;
  const n = flat.length;
  let i = 0;
  let previous = '';
  let previousEnd = -1;
  let previousOpens = false;
  let inversions = 0;
  let letters = 0;
  // Words are tallied by membership mask (a text has a few dozen distinct masks), and the
  // pairwise counts worked out once per mask at the end.
  masks.clear();
  const add = (mask: number): void => {
    masks.set(mask, (masks.get(mask) ?? 0) + 1);
  };
  while (i < n) {
    if (!isLetter(flat.charCodeAt(i))) {
      i++;
      continue;
    }
    // A word: letters, then an apostrophe kept when a letter follows it ("l'", "ch'").
    const start = i;
    while (i < n && isLetter(flat.charCodeAt(i))) i++;
    letters += i - start;
    let written = flat.slice(start, i);
    const next = flat.charCodeAt(i);
    if ((next === APOSTROPHE || next === CURLY_APOSTROPHE_CODE) && i + 1 < n && isLetter(flat.charCodeAt(i + 1))) {
      written += "'";
      i++;
    }
    count++;
    // A capital opening a sentence says nothing of a name: spelling marks apply there too.
    const commonWord = isLowerCaseLetter(flat.charCodeAt(start)) || opensSentence(flat, start);
    const lower = written.toLowerCase();
    const mask = membership(lower, commonWord);
    if (mask !== undefined) add(mask);
    // Two words read together: a subject pronoun hyphenated after its verb ("parles-tu"), and
    // "non" straight before a clitic or a verb ("non me", "non son").
    if (start >= 2 && flat.charCodeAt(start - 1) === HYPHEN && isLetter(flat.charCodeAt(start - 2)) && INVERTED_SUBJECTS.has(lower)) {
      add(INVERSION_MASK);
      inversions++;
    }
    if (start === previousEnd + 1 && flat.charCodeAt(previousEnd) === SPACE) {
      if (previous === 'non' && VERBAL_NON_FOLLOWERS.has(lower)) add(VERBAL_NON_MASK);
      if (previous === 'son' && previousOpens && COPULA_SON_FOLLOWERS.has(lower)) add(COPULA_SON_MASK);
    }
    previous = lower;
    previousEnd = i;
    previousOpens = lower === 'son' && opensSentence(flat, start);
  }
  for (const [mask, times] of masks) {
    const isFrench = (mask & 1) === 1;
    if (isFrench) frenchTotal += times;
    for (let j = 0; j < NEIGHBOURS.length; j++) {
      const inNeighbour = (mask & (1 << (j + 1))) !== 0;
      if (isFrench && !inNeighbour) french[j]! += times;
      else if (!isFrench && inNeighbour) own[j]! += times;
    }
  }
  return {
    tokens: count,
    letters,
    french: frenchTotal,
    inversions,
    neighbours: NEIGHBOURS.map((language, j) => ({ language, own: own[j]!, french: french[j]! })),
  };
}

/**
 * The neighbour whose own words most clearly outweigh French's, or null when French holds
 * against every neighbour. `minOwn` is the least number of own words that counts as evidence.
 */
export function strongestNeighbour(ev: Evidence, minOwn: number): NeighbourEvidence | null {
  let best: NeighbourEvidence | null = null;
  for (const n of ev.neighbours) {
    if (n.own < minOwn || n.own <= n.french) continue;
    if (best === null || n.own - n.french > best.own - best.french) best = n;
  }
  return best;
}

/** The evidence for one language (by ISO 639-3), if it is a neighbour. */
export function against(ev: Evidence, iso639_3: string): NeighbourEvidence | undefined {
  return ev.neighbours.find((n) => n.language.iso639_3 === iso639_3);
}
