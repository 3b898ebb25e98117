// Figures stage: numbers with their magnitude, unit, kind and qualifier.
// Find (find.ts) then resolve (resolve.ts), as Recognizers-Text does; word lists in lexicon.ts.
import type { DateMention, Figure } from '../types.js';
import { findCandidates, type Candidate } from './find.js';
import { resolveCandidate } from './resolve.js';

export { findCandidates, type Candidate, type Part } from './find.js';
export { resolveCandidate, qualifierBefore, currencyCode } from './resolve.js';
export { parseDigits, tokenize } from './tokens.js';
export { parseWordNumber } from './numbers.js';
export { countedFromContext } from './context.js';

export interface FigureOptions {
  /** Dates already found in the same text: numbers inside them are not figures. */
  dates?: readonly DateMention[];
}

/** Every figure of `text`, sorted by start. */
export function extractFigures(text: string, options: FigureOptions = {}): Figure[] {
  // No prefilter here: the finder's trigger regex (tokens.ts) is the prefilter, and a text
  // without a trigger yields no token at all.
  const dates = [...(options.dates ?? [])].sort((a, b) => a.start - b.start);
  const index = dateIndex(dates);
  const out: Figure[] = [];
  for (const c of findCandidates(text)) {
    if (insideDate(c, index)) continue;
    out.push(resolveCandidate(text, c));
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

interface DateIndex {
  dates: readonly DateMention[];
  /** maxEnd[k] = the largest end among dates[0..k]. */
  maxEnd: number[];
}

function dateIndex(dates: readonly DateMention[]): DateIndex {
  const maxEnd: number[] = [];
  let m = -1;
  for (const d of dates) {
    m = Math.max(m, d.end);
    maxEnd.push(m);
  }
  return { dates, maxEnd };
}

/**
 * The candidate's number overlaps a date ("12" of "12 janvier", "72" of "72 heures"). An age
 * ("âgé de 45 ans") stays a figure even when the dates stage read "45 ans" as a duration.
 */
function insideDate(c: Candidate, index: DateIndex): boolean {
  const { dates, maxEnd } = index;
  if (dates.length === 0) return false;
  const s = c.numeral.start;
  const e = c.magnitude?.end ?? c.numeral.end;
  // first date starting at or after e: every date before it may overlap
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const d = dates[mid];
    if (d !== undefined && d.start < e) lo = mid + 1;
    else hi = mid;
  }
  // walk back while some earlier date may still reach s
  for (let k = lo - 1; k >= 0 && (maxEnd[k] ?? -1) > s; k--) {
    const d = dates[k];
    if (d === undefined || d.end <= s) continue;
    if (c.age === true && d.type === 'DURATION') continue;
    // a number with a currency or a percent sign is never a year ("1000 EUR", "2024 %")
    if (c.currency !== undefined || c.percent !== undefined) continue;
    return true;
  }
  return false;
}
