// French against its close neighbours, by function words (./markers.ts).
//
// Trigram detectors see Occitan, Walloon, Picard or Galician as "French with odd spelling": their
// n-gram profiles overlap, and the detector we use has no model for most of them. Function words
// tell them apart: Occitan writes "los", "dins", "aquò", Walloon "dji", "nén", "avou", Picard
// "ch'", "chés", "aveuc", Haitian "mwen", "nan", "yo". For each neighbour we count, pairwise,
// the tokens only it has and the tokens only French has; a shared word weighs for neither.
import { FRENCH, NEIGHBOURS, SPELLING_MARKS, type NeighbourLanguage } from './markers.js';

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
  mask: m.languages.reduce((mask, iso) => {
    const i = NEIGHBOURS.findIndex((n) => n.iso639_3 === iso);
    if (i < 0) throw new Error(`spelling mark for an unknown neighbour: ${iso}`);
    return mask | (1 << (i + 1));
  }, 0),
}));

/**
 * Membership bits of a token: its word lists, else (for a word written in lower case) the
 * neighbours whose spelling it shows.
 */
function membership(token: string, lowerCase: boolean): number | undefined {
  const listed = MEMBERSHIP.get(token);
  if (listed !== undefined || !lowerCase) return listed;
  let mask = 0;
  const ascii = !NON_ASCII.test(token);
  for (const s of SPELLING_BITS) if (!(ascii && s.letter) && s.pattern.test(token)) mask |= s.mask;
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
  /** Tokens that are French function words. */
  french: number;
  /** One entry per neighbour, in NEIGHBOURS order. */
  neighbours: NeighbourEvidence[];
}

/** Lower-case word tokens of `text`. */
export function tokens(text: string): string[] {
  return text.normalize('NFC').toLowerCase().replace(CURLY_APOSTROPHE, "'").match(TOKEN) ?? [];
}

const LOWER_INITIAL = /^\p{Ll}/u;
const TOKEN_SCAN = new RegExp(TOKEN.source, 'gu');
/** What precedes the first word of a sentence: the start of the text or a sentence end, then spaces or an opening mark. */
const SENTENCE_OPENING = /(?:^|[.!?…:;])[\s"«“¿¡(]*$/u;

/** Pairwise function-word counts for French and each neighbour over `text`. */
export function evidence(text: string): Evidence {
  const own = new Array<number>(NEIGHBOURS.length).fill(0);
  const french = new Array<number>(NEIGHBOURS.length).fill(0);
  let frenchTotal = 0;
  // Decomposed accents ("e" + U+0301) would split words at the mark: compose them first.
  const composed = NON_ASCII.test(text) ? text.normalize('NFC') : text;
  const flat = composed.replace(CURLY_APOSTROPHE, "'");
  let count = 0;
  TOKEN_SCAN.lastIndex = 0;
  for (let m = TOKEN_SCAN.exec(flat); m !== null; m = TOKEN_SCAN.exec(flat)) {
    const written = m[0];
    count++;
    // A capital opening a sentence says nothing of a name: spelling marks apply there too.
    const commonWord = LOWER_INITIAL.test(written) || SENTENCE_OPENING.test(flat.slice(Math.max(0, m.index - 3), m.index));
    const mask = membership(written.toLowerCase(), commonWord);
    if (mask === undefined) continue;
    const isFrench = (mask & 1) === 1;
    if (isFrench) frenchTotal++;
    for (let i = 0; i < NEIGHBOURS.length; i++) {
      const inNeighbour = (mask & (1 << (i + 1))) !== 0;
      if (isFrench && !inNeighbour) french[i]!++;
      else if (!isFrench && inNeighbour) own[i]!++;
    }
  }
  return {
    tokens: count,
    french: frenchTotal,
    neighbours: NEIGHBOURS.map((language, i) => ({ language, own: own[i]!, french: french[i]! })),
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
