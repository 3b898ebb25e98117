// Durations (TIMEX3 DURATION): "72 heures", "ces dernières 72 heures", "sept ans", "quelques
// minutes" (PTXM), "ces dernières années" (PXY), "un demi-siècle" (P50Y), "près de 24 heures".
// A modifier of the amount ("près de", "environ") is inside the extent, as TimeML puts it in @mod.
import type { DateMention } from '../../types.js';
import { DURATION_HEADS, DURATION_UNITS, NUMBER_WORDS, VAGUE_COUNT_WORDS, type DurationUnit } from '../lexicon.js';
import { alternation, lookup } from '../pattern.js';
import type { Finder } from './types.js';

const UNIT_ALT = alternation(DURATION_UNITS);
const DURATION = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:` +
    `(?:(?<det>ces|les|des)\\s+(?<adj>derni(?:er|ère)s|prochaine?s|premi(?:er|ère)s)\\s+)?` +
    `(?:(?<mod>près\\s+de|environ|plus\\s+de|moins\\s+d['’]|moins\\s+de|au\\s+moins)\\s+)?` +
    `(?<num>\\d+(?:[.,]\\d+)?|${alternation(NUMBER_WORDS)}|${alternation(VAGUE_COUNT_WORDS)})\\s+(?<unit>${UNIT_ALT})` +
    `|(?<det2>ces|les)\\s+(?<adj2>derni(?:er|ère)s|prochaine?s)\\s+(?<unit2>${UNIT_ALT})` +
    `|une?\\s+(?<frac>demi|quart\\s+de|quart\\s+d['’])\\s*-?\\s*(?<unit3>siècle|heure)` +
    `)(?![\\p{L}\\p{N}])`,
  'giu',
);
/** Ages: "âgé de 24 ans", "à l'âge de 90 ans", "Jean Dupont, 87 ans,". */
const AGE_BEFORE = /(?:âgée?s?|l['’]âge)\s+de\s+$|,\s*$|\(\s*$/iu;
const AGE_AFTER = /^\s*[,)]/;
/** "de N ans" after a noun that is not a span-of-time head: an age ("une fillette de 6 ans"). */
const DE_BEFORE = /(?<head>\p{L}+)\s+de\s+$/u;
const DURATION_HEAD_SET = new Set(DURATION_HEADS);
/** "une seconde fois": the ordinal, not a second of time. */
const ORDINAL_SECONDE = /^une\s+seconde(?!s)/i;

function isAge(text: string, start: number, end: number): boolean {
  const left = text.slice(Math.max(0, start - 24), start);
  if (AGE_BEFORE.test(left) && (!left.trimEnd().endsWith(',') || AGE_AFTER.test(text.slice(end, end + 3)))) return true;
  const head = DE_BEFORE.exec(left)?.groups?.['head'];
  return head !== undefined && !DURATION_HEAD_SET.has(head.toLowerCase());
}

/** Part of a bigger number ("1 500 heures"): the digits before belong to a figure. */
const DIGIT_BEFORE = /\d[\s.,]?$/;

function iso(count: string, unit: DurationUnit): string {
  return `P${unit.time ? 'T' : ''}${count}${unit.letter}`;
}

function amount(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return Number(w.replace(',', '.'));
  return lookup(NUMBER_WORDS, w) ?? null;
}

export const findDurations: Finder = (text) => {
  const out: DateMention[] = [];
  for (const m of text.matchAll(DURATION)) {
    const g = m.groups ?? {};
    const start = m.index;
    if (DIGIT_BEFORE.test(text.slice(Math.max(0, start - 2), start))) continue;
    let value: string | null = null;
    if (g['unit']) {
      const unit = lookup(DURATION_UNITS, g['unit']);
      const num = g['num'] ?? '';
      if (!unit) continue;
      // "un jour" is mostly "some day"; "une nuit"/"une journée" are not durations either.
      if (/^une?$/i.test(num) && unit.letter === 'D') continue;
      if (unit.letter === 'Y' && unit.factor === 1 && /^\d/.test(num) && isAge(text, start, start + m[0].length)) continue;
      if (ORDINAL_SECONDE.test(m[0])) continue;
      const n = amount(num);
      value = n === null ? iso('X', unit) : iso(String(n * unit.factor), unit);
    } else if (g['unit2']) {
      const unit = lookup(DURATION_UNITS, g['unit2']);
      if (!unit) continue;
      value = iso('X', unit);
    } else if (g['unit3']) {
      const frac = (g['frac'] ?? '').toLowerCase().startsWith('demi') ? 0.5 : 0.25;
      value = (g['unit3'] ?? '').toLowerCase() === 'siècle' ? `P${100 * frac}Y` : `PT${60 * frac}M`;
    }
    if (value === null) continue;
    out.push({ text: m[0], start, end: start + m[0].length, value, type: 'DURATION' });
  }
  return out;
};
