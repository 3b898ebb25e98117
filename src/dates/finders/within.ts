// "dans cinq jours", "dans deux semaines", "dans un mois": a duration counted forward from the
// DCT names the day it ends on (a DATE, "dans" inside the extent, as chrono and Recognizers-Text
// write it). Units under a day stay durations: their end needs a time of day the DCT lacks, and a
// vague count ("dans quelques mois") stays a vague duration.
import type { DateMention } from '../../types.js';
import { addDays, addMonths, fmtYmd, isValidDay, type Dct, type Ymd } from '../reference.js';

/** "dans " right before the duration (the left context ends with it). */
const DANS_BEFORE = /(?<![\p{L}])dans\s$/iu;
/** A definite count of one calendar unit: "P5D", "P2W", "P1M", "P3Y". */
const CALENDAR_DURATION = /^P(?<n>\d+)(?<unit>[DWMY])$/;

function endDay(dct: Dct, n: number, unit: string): Ymd {
  const base: Ymd = { year: dct.year, month: dct.month, day: dct.day ?? 15 };
  if (unit === 'D') return addDays(base, n);
  if (unit === 'W') return addDays(base, 7 * n);
  const m = addMonths(base.year, base.month, unit === 'Y' ? 12 * n : n);
  // "dans un mois" from 31 January: the month's last day.
  let day = base.day;
  while (!isValidDay(m.year, m.month, day)) day--;
  return { year: m.year, month: m.month, day };
}

/** The DATE a "dans N <unit>" duration points at, or the mention unchanged. */
export function withinToDate(text: string, m: DateMention, dct: Dct | null): DateMention {
  if (m.type !== 'DURATION') return m;
  const g = CALENDAR_DURATION.exec(m.value)?.groups;
  if (!g) return m;
  // The duration may carry a modifier ("près de", "environ"): "dans" must come right before it.
  const left = text.slice(Math.max(0, m.start - 6), m.start);
  const cue = left.length >= 5 && DANS_BEFORE.test(left) ? left.slice(left.length - 5) : null;
  if (!cue) return m;
  const start = m.start - cue.length;
  const value = dct ? fmtYmd(endDay(dct, Number(g['n']), g['unit'] ?? 'D')) : 'XXXX-XX-XX';
  return { text: text.slice(start, m.end), start, end: m.end, value, type: 'DATE' };
}
