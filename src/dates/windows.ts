// The fast path: chrono runs each of its parsers over the whole text it is given, so the engine
// is given only the windows of an article where a date may be. One scan finds the trigger words
// (month, weekday, unit, deictic, part-of-day and season stems; digits shaped like a year, a
// numeric date or a clock time); each hit opens a window wide enough to hold the longest
// expression it can belong to and the left and right context our parsers read; windows that
// touch are merged.
import { CHRONO_TRIGGER_WORDS } from './lexicon.js';
import { alternation } from './pattern.js';

/**
 * Whole words, or digits shaped like a year ("1998"), a numeric date or
 * time ("12/01", "10:30", "2014-04") or an hour ("22 h", "8h"). No 'u' flag: a plain /i scan
 * of literals is several times faster, and the word-start test is done in code.
 */
const TRIGGER = new RegExp(
  `${alternation(CHRONO_TRIGGER_WORDS)}(?![a-zà-öø-ÿœæ])|\\d{1,4}(?:[/.:-]\\d|\\s?h|\\s?[ap]\\.?m)|[12]\\d{3}`,
  'gi',
);
const LETTER = /\p{L}/u;
const SPACE = /\s/;

/**
 * How far around a trigger a window reaches: the longest expression around its trigger ("le
 * mercredi 6 et le dimanche 10 janvier 2021", about 45 characters) plus the context a parser reads
 * on either side (48 characters at most).
 */
export const WINDOW_REACH = 80;

/** [start, end) windows of `text` the engine must see, in order, not overlapping. */
export function chronoWindows(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    const at = m.index;
    // A word glued to digits still counts ("15SEPT"); one inside a word does not.
    if (at > 0 && LETTER.test(text.charAt(at - 1))) continue;
    const hitEnd = at + m[0].length;
    const last = out[out.length - 1];
    if (last && at - WINDOW_REACH <= last[1]) {
      last[1] = rightEdge(text, hitEnd);
      continue;
    }
    out.push([leftEdge(text, at), rightEdge(text, hitEnd)]);
  }
  return out;
}

/** Start of a window: a line start within reach, else the first word start within reach. */
function leftEdge(text: string, at: number): number {
  const min = Math.max(0, at - WINDOW_REACH);
  const line = text.lastIndexOf('\n', at - 1) + 1;
  if (line >= min) return line;
  let i = min;
  while (i < at && !SPACE.test(text.charAt(i - 1))) i++;
  return i;
}

/** End of a window: a line end within reach, else the last word end within reach. */
function rightEdge(text: string, hitEnd: number): number {
  const max = Math.min(text.length, hitEnd + WINDOW_REACH);
  const nl = text.indexOf('\n', hitEnd);
  if (nl !== -1 && nl <= max) return nl;
  let i = max;
  while (i > hitEnd && i < text.length && !SPACE.test(text.charAt(i))) i--;
  return i;
}
