// The document creation time (DCT) against which deictic expressions are resolved, and the
// calendar arithmetic they need. Pure functions on (year, month, day) triples in UTC, so the
// output never depends on the machine's time zone or on the day the tool runs.
import type { ReferenceDate } from '../types.js';

export interface Dct {
  year: number;
  month: number;
  /** null when the reference only gives a month ("2022-06"). */
  day: number | null;
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const REF_PATTERN = /^(?<year>\d{4})-(?<month>\d{2})(?:-(?<day>\d{2}))?/;

/** Reads a ReferenceDate ("YYYY-MM-DD" or "YYYY-MM"); null when absent or malformed. */
export function parseReference(reference: ReferenceDate | null): Dct | null {
  if (!reference) return null;
  const m = REF_PATTERN.exec(reference.value);
  if (!m?.groups) return null;
  const year = Number(m.groups['year']);
  const month = Number(m.groups['month']);
  const day = m.groups['day'] ? Number(m.groups['day']) : null;
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
  return { year, month, day };
}

/** The day used when the DCT gives only a month: mid-month keeps week/day arithmetic sensible. */
export function dctDay(dct: Dct): Ymd {
  return { year: dct.year, month: dct.month, day: dct.day ?? 15 };
}

const toUtc = (d: Ymd): number => Date.UTC(d.year, d.month - 1, d.day);
const fromUtc = (t: number): Ymd => {
  const x = new Date(t);
  return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() };
};
const DAY_MS = 86_400_000;

export function addDays(d: Ymd, n: number): Ymd {
  return fromUtc(toUtc(d) + n * DAY_MS);
}

export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const k = year * 12 + (month - 1) + n;
  return { year: Math.floor(k / 12), month: (k % 12) + 1 };
}

/** ISO weekday: Monday = 1 … Sunday = 7. Day arithmetic, no Date object: 1970-01-01 was a Thursday. */
export function isoWeekday(d: Ymd): number {
  const days = Math.floor(toUtc(d) / DAY_MS);
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week of a day: the week-year may differ from the calendar year (2021-01-03 is 2020-W53). */
export function isoWeek(d: Ymd): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = Date.UTC(thursday.year, 0, 1);
  const week = Math.floor((toUtc(thursday) - jan1) / DAY_MS / 7) + 1;
  return { year: thursday.year, week };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 31));
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function fmtYear(year: number | null): string {
  if (year === null) return 'XXXX';
  // A year before the era keeps four digits after its sign, as ISO 8601 writes it ("-0234").
  return year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
}
export function fmtMonth(year: number | null, month: number): string {
  return `${fmtYear(year)}-${pad(month)}`;
}
export function fmtDay(year: number | null, month: number | null, day: number): string {
  return `${fmtYear(year)}-${month === null ? 'XX' : pad(month)}-${pad(day)}`;
}
export function fmtYmd(d: Ymd): string {
  return fmtDay(d.year, d.month, d.day);
}
export function fmtWeek(d: Ymd): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}
export { pad };

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}
