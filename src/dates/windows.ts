// The fast path: chrono runs each of its parsers over the whole text it is given, so the engine
// is given only the windows of an article where a date may be. One scan finds the trigger words
// (month, weekday, unit, deictic, part-of-day and season words; digits shaped like a year, a
// numeric date or a clock time); each hit opens a window wide enough to hold the longest
// expression it can belong to and the left and right context our parsers read; windows that
// touch are merged. Each window also says which kinds of trigger it holds, so that a parser or a
// finder needing a kind the window lacks is skipped without looking at the text.
import { CHRONO_TRIGGER_WORDS, FESTIVAL_FIRST_WORDS, TRIGGER_WORDS } from './lexicon.js';
import { alternation } from './pattern.js';
import { NOT_AFTER_LETTER, NOT_BEFORE_LETTER } from './parsers/patterns.js';

/** Kinds of trigger, as bits of a window's `kinds`. */
export const KIND = {
  month: 1,
  weekday: 2,
  deictic: 4,
  unit: 8,
  partOfDay: 16,
  season: 32,
  setAdverb: 64,
  vague: 128,
  /** Digits shaped like a year, a numeric date or a clock time. */
  number: 256,
  festival: 512,
  /** Finer kinds inside `unit`, so that the parsers of rarer units skip the other unit windows. */
  week: 1024,
  quarterUnit: 2048,
  century: 4096,
} as const;
export const ALL_KINDS = 8191;

/** Bits of every kind a trigger word belongs to, by the word in lower case. */
const KINDS_OF_WORD = new Map<string, number>();
for (const [kind, words] of Object.entries(TRIGGER_WORDS)) {
  const bit = KIND[kind as keyof typeof TRIGGER_WORDS];
  for (const w of words) KINDS_OF_WORD.set(w, (KINDS_OF_WORD.get(w) ?? 0) | bit);
}

/**
 * Whole words, or digits shaped like a year ("1998"), a numeric date or time ("12/01", "10:30",
 * "2014-04") or an hour ("22 h", "8h", "5 pm"). No 'u' flag: a plain /i scan of literals is
 * several times faster. The word-start test in the pattern (a one-character look-behind) turns
 * down the positions inside words at once, which is most positions of a text.
 */
const TRIGGER = new RegExp(
  `${NOT_AFTER_LETTER}(?:\\d{1,4}(?:[/.:-]\\d|\\s?h|\\s?[ap]\\.?m)|[12]\\d{3}|${alternation(CHRONO_TRIGGER_WORDS)}${NOT_BEFORE_LETTER})`,
  'gi',
);
const LETTER = /\p{L}/u;
/** What /\s/ matches, by character code: the edges are scanned character by character. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const NEWLINE = 10;
const DIGIT_FIRST = /^\d/;
const LETTER_ASCII = /[a-z]/i;

/**
 * How far around a trigger a window reaches: the longest expression around its trigger ("le
 * mercredi 6 et le dimanche 10 janvier 2021", about 45 characters) plus the context a parser reads
 * on either side (48 characters at most; the duration finder reads 64 to the left of its unit).
 */
export const WINDOW_REACH = 110;

/**
 * A run of close triggers stops growing its window past this length: the next window starts
 * again a reach before its trigger (overlapping the last one; the stage drops the duplicates),
 * so that chrono's per-call work on a text made of dates stays bounded.
 */
export const MAX_WINDOW = 2000;

/** A window [start, end) of the text and the kinds of trigger inside it (bits of KIND). */
export type Window = [start: number, end: number, kinds: number];

function kindsOf(text: string, at: number, hit: string): number {
  // "24 h" may be the start of "24 heures": the scan has then gone past the unit word.
  if (DIGIT_FIRST.test(hit)) return KIND.number | KIND.unit;
  const lower = hit.toLowerCase();
  // Text and lexicon may spell a word with a curly or straight apostrophe, or hyphen variants.
  const kinds = KINDS_OF_WORD.get(lower) ?? ALL_KINDS;
  // "an", "gras": a festival's second word counts as a festival trigger only after its first.
  const first = FESTIVAL_FIRST_WORDS[lower];
  if (first && (kinds & KIND.festival) && !first.test(text.slice(Math.max(0, at - 16), at))) return kinds & ~KIND.festival;
  return kinds;
}

/** The windows of `text` the engine and the finders must see, in order, not overlapping. */
export function chronoWindows(text: string): Window[] {
  const out: Window[] = [];
  // The open window's right edge is looked for once, when the window closes: the end of its
  // last trigger is kept meanwhile (-1: no window open, or its edge already set).
  let lastHitEnd = -1;
  const close = (): void => {
    const last = out[out.length - 1];
    if (last && lastHitEnd >= 0) last[1] = rightEdge(text, lastHitEnd);
    lastHitEnd = -1;
  };
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    const at = m.index;
    // A word glued to digits still counts ("15SEPT"); one inside a word does not.
    if (at > 0 && LETTER.test(text.charAt(at - 1))) continue;
    const hitEnd = at + m[0].length;
    const kinds = kindsOf(text, at, m[0]);
    // "8 hier", "5 pm": the letters after the digits may start a trigger word of their own.
    const letters = m[0].search(LETTER_ASCII);
    if (letters > 0) TRIGGER.lastIndex = at + letters;
    const last = out[out.length - 1];
    // Within reach of the last trigger, the window's edge (at or after that trigger's end) is too.
    const near = last !== undefined && (at - WINDOW_REACH <= lastHitEnd || (close(), at - WINDOW_REACH <= last[1]));
    if (last && near && hitEnd - last[0] <= MAX_WINDOW) {
      lastHitEnd = hitEnd;
      last[2] |= kinds;
      continue;
    }
    close();
    out.push([leftEdge(text, at), hitEnd, kinds]);
    lastHitEnd = hitEnd;
  }
  close();
  return out;
}

/** Start of a window: a line start within reach, else the first word start within reach. */
function leftEdge(text: string, at: number): number {
  const min = Math.max(0, at - WINDOW_REACH);
  // Bounded scans: indexOf/lastIndexOf would run to the text's end on a text without line breaks.
  for (let j = at; j > min; j--) if (text.charCodeAt(j - 1) === NEWLINE) return j;
  if (min === 0) return 0;
  let i = min;
  while (i < at && !isSpace(text.charCodeAt(i - 1))) i++;
  return i;
}

/** End of a window: a line end within reach, else the last word end within reach. */
function rightEdge(text: string, hitEnd: number): number {
  const max = Math.min(text.length, hitEnd + WINDOW_REACH);
  for (let j = hitEnd; j < max; j++) if (text.charCodeAt(j) === NEWLINE) return j;
  let i = max;
  while (i > hitEnd && i < text.length && !isSpace(text.charCodeAt(i))) i--;
  return i;
}
