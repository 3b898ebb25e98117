// Resolution: from a chrono result (stated components, implied components, our tags) and the
// DCT to a TIMEX3 value and type. Stated components are kept; implied ones come from the DCT
// when there is one and become X otherwise; deictic expressions without a DCT are all X.
import type { ParsedResult } from 'chrono-node';
import type { TimexType } from '../types.js';
import { FESTIVALS, type Festival } from './lexicon.js';
import { FESTIVAL_PREFIX, FESTIVAL_SHIFT_PREFIX } from './parsers/festival.js';
import { DAY_OFFSET_PREFIX } from './parsers/relativeDay.js';
import { BARE_SEASON } from './parsers/season.js';
import { RELATIVE_UNIT_PREFIX } from './parsers/relativeUnit.js';
import { WEEK_OF_MONTH_PREFIX } from './parsers/weekOfMonth.js';
import { WEEK_NUMBER_PREFIX } from './parsers/weekNumber.js';
import { WEEKDAY_DAY } from './parsers/weekdayDay.js';
import {
  addDays, addMonths, dctDay, easterSunday, fmtDay, fmtMonth, fmtWeek, fmtYear, fmtYmd, isoWeekday, isValidDay, pad,
  type Dct, type Ymd,
} from './reference.js';
import { TAG, tagValue } from './tags.js';

export interface Timex {
  value: string;
  type: TimexType;
  /** The calendar day the expression points at, when known: anchor for "le lendemain", "22 h". */
  day: Ymd | null;
}

export interface ResolveContext {
  dct: Dct | null;
  /** The last calendar day stated before this expression in the text. */
  anchor: Ymd | null;
  /** The last year written in full before this expression ("2021"), when the document has no DCT. */
  yearHint?: number | null;
  /** Does the expression's sentence speak of the future (a bare weekday then lies after the DCT)? Asked lazily. */
  future: () => boolean;
  /** Does it speak of the past (a month named alone then lies before the DCT)? Asked lazily. */
  past: () => boolean;
}

const CHRONO_DEICTIC = /^(?:casualReference\/|result\/relativeDate)/;
/** Tags of chrono's "il y a …" parser: a day, or a time for units under a day. */
const CHRONO_AGO = 'result/relativeDate';
const CHRONO_AGO_TIME = 'result/relativeDateAndTime';
const HABITUAL_WEEKDAY = /^(?:le|les)\s+\p{L}+s?$/iu;
const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function isDeictic(tags: Set<string>): boolean {
  if (tags.has(TAG.deictic)) return true;
  for (const t of tags) if (CHRONO_DEICTIC.test(t)) return true;
  return false;
}

/** The year of a month named without one: "janvier" in a January article, "mai dernier". */
function monthYear(month: number, dct: Dct, tags: Set<string>, ctx: ResolveContext): number {
  if (tags.has(TAG.relPast)) return month < dct.month ? dct.year : dct.year - 1;
  if (tags.has(TAG.relFuture)) return month > dct.month ? dct.year : dct.year + 1;
  // A month later than the DCT's in a past-tense sentence is last year's ("a signé en mai"
  // said in February); an earlier one in a future sentence is next year's.
  if (month > dct.month && ctx.past()) return dct.year - 1;
  if (month < dct.month && ctx.future()) return dct.year + 1;
  return dct.year;
}

/**
 * The year of a day-month without one: moved by "dernier"/"prochain", else the year that puts
 * the day closest to the DCT ("le 20 décembre" in a January article is last December's).
 */
function dayYear(month: number, day: number, dct: Dct, tags: Set<string>, weekday: number | null): number {
  const d = dctDay(dct);
  const cmp = month * 100 + day - (d.month * 100 + d.day);
  if (tags.has(TAG.relPast)) return cmp <= 0 ? d.year : d.year - 1;
  if (tags.has(TAG.relFuture)) return cmp >= 0 ? d.year : d.year + 1;
  const distance = (y: number): number => Math.abs(Date.UTC(y, month - 1, day) - Date.UTC(d.year, d.month - 1, d.day));
  // A weekday written with the date ("mardi 12 janvier") picks, among the years around the DCT,
  // the nearest one where the day falls on that weekday.
  const fits = (y: number): boolean =>
    weekday === null || !isValidDay(y, month, day) || isoWeekday({ year: y, month, day }) === weekday;
  let best: number | null = null;
  for (const y of [d.year, d.year - 1, d.year + 1]) {
    if (fits(y) && (best === null || distance(y) < distance(best))) best = y;
  }
  if (best !== null) return best;
  best = d.year;
  for (const y of [d.year - 1, d.year + 1]) if (distance(y) < distance(best)) best = y;
  return best;
}

/** Among the hint year and the years around it, the nearest where month/day falls on `weekday`; else null. */
function yearOfWeekday(month: number, day: number, weekday: number, hint: number): number | null {
  for (const y of [hint, hint - 1, hint + 1]) {
    if (isValidDay(y, month, day) && isoWeekday({ year: y, month, day }) === weekday) return y;
  }
  return null;
}

/** A weekday alone: the closest such day on or before the DCT, after it for future sentences. */
function weekdayDay(weekday: number, base: Ymd, tags: Set<string>, future: boolean): Ymd {
  const d = base;
  const diff = weekday - isoWeekday(d);
  if (tags.has(TAG.relPast)) return addDays(d, diff < 0 ? diff : diff - 7);
  if (tags.has(TAG.relFuture)) return addDays(d, diff > 0 ? diff : diff + 7);
  if (future) return addDays(d, diff >= 0 ? diff : diff + 7);
  return addDays(d, diff <= 0 ? diff : diff - 7);
}

/** The day numbered `day` that falls on `weekday` in the DCT's month or the one before or after. */
function monthOfWeekdayDay(weekday: number, day: number, dct: Dct): Ymd | null {
  const ref = dctDay(dct);
  let best: Ymd | null = null;
  let bestDistance = Infinity;
  for (const shift of [0, -1, 1]) {
    const m = addMonths(dct.year, dct.month, shift);
    if (!isValidDay(m.year, m.month, day)) continue;
    const d = { year: m.year, month: m.month, day };
    if (isoWeekday(d) !== weekday) continue;
    const distance = Math.abs(Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(ref.year, ref.month - 1, ref.day));
    if (distance < bestDistance) { best = d; bestDistance = distance; }
  }
  return best;
}

function weekOfMonth(year: number, month: number, n: number): Ymd {
  // ISO weeks belong to the month holding their Thursday.
  let first: Ymd = { year, month, day: 1 };
  while (isoWeekday(first) !== 4) first = addDays(first, 1);
  if (n > 0) return addDays(first, 7 * (n - 1));
  let last = first;
  for (let next = addDays(last, 7); next.month === month; next = addDays(next, 7)) last = next;
  return last;
}

/** The day of a festival in a year, moved by `shift` days ("la veille de Noël"). */
function festivalDay(f: Festival, year: number, shift: number): Ymd {
  const base = 'easter' in f ? addDays(easterSunday(year), f.easter) : { year, month: f.month, day: f.day };
  return addDays(base, shift);
}

/**
 * A festival's date: in the year written, else the occurrence nearest the DCT on the side its
 * tense or "dernier"/"prochain" says. Without a DCT a fixed feast keeps its month and day.
 */
function resolveFestival(key: string, shift: number, year: number | null, tags: Set<string>, ctx: ResolveContext): Timex | null {
  const f = FESTIVALS[key];
  if (!f) return null;
  const date = (d: Ymd): Timex => ({ value: fmtYmd(d), type: 'DATE', day: d });
  if (year !== null) return date(festivalDay(f, year, shift));
  const { dct } = ctx;
  if (!dct) {
    if ('easter' in f) return { value: 'XXXX-XX-XX', type: 'DATE', day: null };
    // A leap year, so that "la veille du 1er mars" style shifts stay in the calendar.
    const d = festivalDay(f, 2000, shift);
    return { value: fmtDay(null, d.month, d.day), type: 'DATE', day: null };
  }
  const ref = dctDay(dct);
  const t = (d: Ymd): number => Date.UTC(d.year, d.month - 1, d.day);
  const now = t(ref);
  const days = [dct.year - 1, dct.year, dct.year + 1].map((y) => festivalDay(f, y, shift));
  const before = days.filter((d) => t(d) <= now);
  const after = days.filter((d) => t(d) >= now);
  const last = before[before.length - 1];
  const next = after[0];
  if (tags.has(TAG.relPast) && last) return date(last);
  if (tags.has(TAG.relFuture) && next) return date(next);
  if (ctx.future() && next) return date(next);
  if (ctx.past() && last) return date(last);
  let best = days[0]!;
  for (const d of days) if (Math.abs(t(d) - now) < Math.abs(t(best) - now)) best = d;
  return date(best);
}

/** Converts one result; null when it says nothing we can write. */
export function resolve(r: ParsedResult, ctx: ResolveContext): Timex | null {
  const tags = r.tags();
  const s = r.start;
  const { dct } = ctx;
  const deictic = isDeictic(tags);
  const known = (c: 'year' | 'month' | 'day' | 'weekday'): number | null => (s.isCertain(c) ? (s.get(c) ?? null) : null);
  const date = (v: string, day: Ymd | null = null): Timex => ({ value: v, type: 'DATE', day });

  const relUnit = tagValue(tags, RELATIVE_UNIT_PREFIX);
  if (relUnit !== null) {
    const [unit, off] = relUnit.split(':');
    const offset = Number(off);
    if (!dct) {
      const masked: Record<string, string> = { year: 'XXXX', month: 'XXXX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', quarter: 'XXXX-QX', half: 'XXXX-HX' };
      return date(masked[unit ?? ''] ?? 'XXXX');
    }
    switch (unit) {
      case 'year': return date(fmtYear(dct.year + offset));
      case 'month': { const m = addMonths(dct.year, dct.month, offset); return date(fmtMonth(m.year, m.month)); }
      case 'week': return date(fmtWeek(addDays(dctDay(dct), 7 * offset)));
      case 'weekend': {
        // "ce week-end" early in the week, in a past-tense sentence, is the one just gone.
        const back = offset === 0 && dct.day !== null && isoWeekday(dctDay(dct)) <= 3 && !ctx.future() ? -7 : 0;
        return date(`${fmtWeek(addDays(dctDay(dct), 7 * offset + back))}-WE`);
      }
      case 'quarter': {
        const q = Math.floor((dct.month - 1) / 3) + offset;
        const y = dct.year + Math.floor(q / 4);
        return date(`${fmtYear(y)}-Q${(((q % 4) + 4) % 4) + 1}`);
      }
      default: {
        const h = Math.floor((dct.month - 1) / 6) + offset;
        return date(`${fmtYear(dct.year + Math.floor(h / 2))}-H${(((h % 2) + 2) % 2) + 1}`);
      }
    }
  }

  const festival = tagValue(tags, FESTIVAL_PREFIX);
  if (festival !== null) return resolveFestival(festival, Number(tagValue(tags, FESTIVAL_SHIFT_PREFIX) ?? 0), known('year'), tags, ctx);

  // "il y a trois ans", "il y a une semaine": a day counted back from the DCT (French TimeBank
  // writes "il y a une semaine" as a day, not a week; chrono and Recognizers-Text write the day
  // for every unit); "il y a 2 heures" is left to the clock-time path.
  if (tags.has(CHRONO_AGO) && !tags.has(CHRONO_AGO_TIME)) {
    if (!dct || dct.day === null) return date('XXXX-XX-XX');
    const d = { year: s.get('year') ?? dct.year, month: s.get('month') ?? dct.month, day: s.get('day') ?? dct.day };
    return date(fmtYmd(d), d);
  }

  const pod = tagValue(tags, TAG.podPrefix);
  const withTime = (day: Ymd | null, dayValue: string | null): Timex | null => {
    const hour = s.isCertain('hour') ? s.get('hour') : null;
    const prefix = dayValue ?? (day ? fmtYmd(day) : 'XXXX-XX-XX');
    if (hour !== null && hour !== undefined) {
      const second = s.isCertain('second') ? (s.get('second') ?? 0) : 0;
      const seconds = second ? `:${pad(second)}` : '';
      return { value: `${prefix}T${pad(hour)}:${pad(s.get('minute') ?? 0)}${seconds}`, type: 'TIME', day };
    }
    if (pod) return { value: `${prefix}T${pod}`, type: 'TIME', day };
    return dayValue ? { value: dayValue, type: 'DATE', day } : null;
  };

  const dayOffset = tagValue(tags, DAY_OFFSET_PREFIX);
  if (dayOffset !== null) {
    const anaphoric = tagValue(tags, TAG.anchorPrefix) !== null;
    const base = anaphoric ? (ctx.anchor ?? (dct ? dctDay(dct) : null)) : dct ? dctDay(dct) : null;
    if (!base) return withTime(null, 'XXXX-XX-XX');
    const d = addDays(base, Number(dayOffset));
    return withTime(d, fmtYmd(d));
  }

  const weekNumber = tagValue(tags, WEEK_NUMBER_PREFIX);
  if (weekNumber !== null) return date(`${fmtYear(known('year') ?? dct?.year ?? null)}-W${pad(Number(weekNumber))}`);

  const wom = tagValue(tags, WEEK_OF_MONTH_PREFIX);
  const month = known('month');
  if (wom !== null && month !== null) {
    const y = known('year') ?? dct?.year ?? null;
    if (y === null) return date(fmtMonth(null, month));
    return date(fmtWeek(weekOfMonth(y, month, Number(wom))));
  }

  const quarter = tagValue(tags, TAG.quarterPrefix);
  const half = tagValue(tags, TAG.halfPrefix);
  if (quarter !== null || half !== null) {
    const y = known('year') ?? (dct ? dct.year : null);
    return date(`${fmtYear(y)}-${quarter !== null ? `Q${quarter}` : `H${half}`}`);
  }

  const season = tagValue(tags, TAG.seasonPrefix);
  if (season !== null) {
    let y = known('year');
    // "le camping affiche complet en été": present tense, no anchor, a season of every year.
    if (y === null && tags.has(BARE_SEASON) && !ctx.past() && !ctx.future()) return date(`XXXX-${season}`);
    if (y === null && dct) {
      const startMonth = SEASON_START[season] ?? 1;
      y = dct.year;
      if (tags.has(TAG.relPast) && startMonth >= dct.month) y -= 1;
      else if (tags.has(TAG.relFuture) && startMonth <= dct.month) y += 1;
      // Without "dernier"/"prochain", the tense says which side of the DCT, as for a month.
      else if (!tags.has(TAG.deictic) && startMonth + 2 < dct.month && ctx.future()) y += 1;
      else if (!tags.has(TAG.deictic) && startMonth > dct.month && ctx.past()) y -= 1;
    }
    return date(`${fmtYear(y)}-${season}`);
  }

  const decade = tagValue(tags, TAG.decadePrefix);
  if (decade !== null) return date(decade);

  if (tags.has(TAG.grainYear)) return date(fmtYear(known('year')));

  if (tags.has(TAG.grainMonth) && month !== null) {
    const y = known('year') ?? (dct ? monthYear(month, dct, tags, ctx) : null);
    return date(fmtMonth(y, month));
  }

  // chrono's own results and our day-grain ones.
  const day = known('day');
  if (day !== null && month !== null) {
    if (deictic && !dct) return withTime(null, 'XXXX-XX-XX');
    let y = known('year');
    const wd = known('weekday');
    if (y === null && dct) y = dayYear(month, day, dct, tags, wd === null ? null : wd === 0 ? 7 : wd);
    // No DCT, but a weekday and a year written elsewhere: the year near it where the weekday is true.
    if (y === null && !dct && wd !== null && ctx.yearHint) y = yearOfWeekday(month, day, wd === 0 ? 7 : wd, ctx.yearHint);
    if (y !== null && !isValidDay(y, month, day)) return null;
    return withTime(y !== null ? { year: y, month, day } : null, fmtDay(y, month, day));
  }
  const weekday = known('weekday');
  if (day !== null && weekday !== null && tags.has(WEEKDAY_DAY)) {
    if (!dct) return withTime(null, fmtDay(null, null, day));
    const d = monthOfWeekdayDay(weekday === 0 ? 7 : weekday, day, dct);
    return d ? withTime(d, fmtYmd(d)) : withTime(null, fmtDay(null, null, day));
  }
  if (weekday !== null) {
    const iso = weekday === 0 ? 7 : weekday;
    // "le mercredi" with no day number is habitual in French ("le mercredi, le marché…").
    if (HABITUAL_WEEKDAY.test(r.text) && !pod && !s.isCertain('hour')) return { value: `XXXX-WXX-${iso}`, type: 'SET', day: null };
    if (!dct) return withTime(null, `XXXX-WXX-${iso}`);
    const base = tags.has(TAG.anaphoric) && ctx.anchor ? ctx.anchor : dctDay(dct);
    const d = weekdayDay(iso, base, tags, tags.has(TAG.relPast) || tags.has(TAG.relFuture) ? false : ctx.future());
    return withTime(d, fmtYmd(d));
  }
  if (month !== null) {
    const y = known('year') ?? (dct ? monthYear(month, dct, tags, ctx) : null);
    return date(fmtMonth(y, month));
  }
  if (known('year') !== null) return date(fmtYear(known('year')));
  if (tags.has(TAG.deictic) || pod) {
    // "ce soir", "cette nuit": the DCT's day; "la nuit" after a date: that date's.
    const base = tags.has(TAG.deictic) ? (dct ? dctDay(dct) : null) : (ctx.anchor ?? (dct ? dctDay(dct) : null));
    return withTime(base, null);
  }
  if (s.isCertain('hour')) {
    const base = ctx.anchor ?? (dct?.day ? dctDay(dct) : null);
    return withTime(base, null);
  }
  return null;
}
