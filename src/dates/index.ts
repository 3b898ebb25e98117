// Dates stage: every temporal expression of a text, with its TIMEX3 value and type.
// Find, then resolve: chrono (French configuration + our parsers and refiners, engine.ts) and
// plain finders (durations, sets, vague references, finders/) find the spans, only in the
// windows of text around a trigger word (windows.ts); timex.ts writes the values against the
// DCT; overlaps are settled last, the longer span winning.
import type { DateMention, ReferenceDate } from '../types.js';
import { engine } from './engine.js';
import { findDurations } from './finders/durations.js';
import { findSets } from './finders/sets.js';
import type { Finder } from './finders/types.js';
import { findVague } from './finders/vague.js';
import { withinToDate } from './finders/within.js';
import { TenseCache } from './future.js';
import { parseReference, type Ymd } from './reference.js';
import { PREFILTER } from './prefilter.js';
import { chronoWindows, KIND } from './windows.js';
import type { WindowOption } from './parsers/util.js';
import { resolve } from './timex.js';
import { TAG } from './tags.js';

export { findBylineDate } from './byline.js';

/**
 * The finders, each with the kinds of trigger (windows.ts) a window needs for it to find
 * anything; and kinds that may serve only with a keyword: the vague finder's two expressions
 * without a vague word of their own, "de nos jours", "à ce jour" and "aujourd'hui même".
 */
const FINDERS: ReadonlyArray<[Finder, number, number, RegExp | null]> = [
  [findDurations, KIND.unit, 0, null],
  [findSets, KIND.unit | KIND.weekday | KIND.setAdverb, 0, null],
  [findVague, KIND.vague, KIND.unit | KIND.deictic, /nos\s+jours|ce\s+jour|hui\s+même/i],
];

/**
 * chrono needs a reference instant even when the document has none; a fixed one keeps the
 * output independent of the day the tool runs (every component it implies is then written X).
 */
const NO_REFERENCE = new Date(2000, 0, 1, 12);
/** A value that starts with a year written in full ("2021-01", "2021"). */
const FULL_YEAR = /^\d{4}(?=-|$)/;

/** What may stand between a clock time and the day it belongs to, written after it: "vers 15 h 30, hier". */
const CLOCK_DAY_GAP = /^\s*,?\s*$/;
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_OF_DAY = /T.+$/;

/**
 * A clock time written before its day ("à 10 h hier", "vers 15 h 30, hier", "à 22 h le 3 mars")
 * falls on that day, not on the last day mentioned before it.
 */
function anchorClocksForward(text: string, mentions: DateMention[], bareClocks: Set<DateMention>): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const clock = mentions[i]!;
    const day = mentions[i + 1]!;
    if (!bareClocks.has(clock) || !DAY_VALUE.test(day.value) || !CLOCK_DAY_GAP.test(text.slice(clock.end, day.start))) continue;
    const time = TIME_OF_DAY.exec(clock.value);
    if (time) clock.value = `${day.value}${time[0]}`;
  }
}

/** Keeps, among overlapping mentions, the longest (the earlier one on a tie). */
function removeOverlaps(mentions: DateMention[]): DateMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Every temporal expression of `text`, sorted by start, resolved against `reference` when given. */
export function extractDates(text: string, reference: ReferenceDate | null): DateMention[] {
  if (!PREFILTER.test(text)) return [];
  const dct = parseReference(reference);
  const chronoRef = dct ? new Date(dct.year, dct.month - 1, dct.day ?? 15, 12) : NO_REFERENCE;
  const found: DateMention[] = [];
  const bareClocks = new Set<DateMention>();
  const tense = new TenseCache(text);
  let anchor: Ymd | null = null;
  let yearHint: number | null = null;
  // chrono and the finders run only on the windows of text around a trigger word; offsets are
  // mapped back to the whole text.
  for (const [from, to, kinds] of chronoWindows(text)) {
    const window = text.slice(from, to);
    const option: WindowOption = { kinds };
    for (const r of engine.parse(window, chronoRef, option)) {
      const start = from + r.index;
      const end = start + r.text.length;
      const future = (): boolean => tense.isFutureAt(start, end);
      const past = (): boolean => tense.isPastAt(start, end);
      const t = resolve(r, { dct, anchor, future, past, yearHint });
      if (!t) continue;
      if (t.day) anchor = t.day;
      const year = FULL_YEAR.exec(t.value);
      if (year) yearHint = Number(year[0]);
      const mention: DateMention = { text: r.text, start, end, value: t.value, type: t.type };
      if (t.type === 'TIME' && r.start.isCertain('hour') && !r.start.isCertain('day') && !r.start.isCertain('weekday') && !r.tags().has(TAG.deictic)) bareClocks.add(mention);
      found.push(mention);
    }
    for (const [finder, needs, withKeyword, keyword] of FINDERS) {
      if ((kinds & needs) === 0 && ((kinds & withKeyword) === 0 || !keyword?.test(window))) continue;
      for (const m of finder(window)) found.push(withinToDate(text, { ...m, start: from + m.start, end: from + m.end }, dct));
    }
  }
  const out = removeOverlaps(found);
  if (bareClocks.size > 0) anchorClocksForward(text, out, bareClocks);
  return out;
}
