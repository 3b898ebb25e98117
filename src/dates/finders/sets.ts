// Recurring times (TIMEX3 SET): "par jour" (P1D), "par mois" (P1M), "chaque année", "tous
// les deux jours" (P2D), "chaque mardi" / "tous les mardis" (XXXX-WXX-2), "quotidiennement".
import type { DateMention } from '../../types.js';
import { NUMBER_WORDS, SET_ADVERBS, SET_UNITS, WEEKDAYS } from '../lexicon.js';
import { alternation, lookup } from '../pattern.js';
import { startsWord } from '../parsers/util.js';
import type { Finder } from './types.js';

const SET = new RegExp(
  `(?:(?<q>par|chaque|tous\\s+les|toutes\\s+les)\\s+(?:(?<num>\\d+|${alternation(NUMBER_WORDS)})\\s+)?` +
    `(?:(?<unit>${alternation(SET_UNITS)})|(?<weekday>${alternation(WEEKDAYS)})s?)` +
    `|(?<adverb>${alternation(SET_ADVERBS)}))(?![\\p{L}\\p{N}])`,
  'giu',
);

/** "quotidiennement", not "quotidien" (an adjective, or a newspaper). */
const ADVERB = /ment$/i;
const DIGIT_FIRST = /^\d/;
/** The count of an ISO period: "P3M" -> 3. */
const PERIOD = /^PT?(?<n>\d+)/;

export const findSets: Finder = (text) => {
  const out: DateMention[] = [];
  for (const m of text.matchAll(SET)) {
    // The left word boundary is checked here, not by a lookbehind that would run at every position.
    if (!startsWord(text, m.index)) continue;
    const g = m.groups ?? {};
    const q = (g['q'] ?? '').toLowerCase();
    let value: string | undefined;
    if (g['adverb']) {
      // Only the adverbs: "quotidien" as an adjective or a noun ("le quotidien Le Monde") is not a SET.
      if (!ADVERB.test(g['adverb'])) continue;
      value = lookup(SET_ADVERBS, g['adverb']);
    } else if (g['weekday']) {
      // "tous les deux vendredis": every other Friday, still a Friday of any week.
      if (q === 'par' || (g['num'] && !q.startsWith('tou'))) continue;
      value = `XXXX-WXX-${lookup(WEEKDAYS, g['weekday']) ?? 'X'}`;
    } else {
      const unit = lookup(SET_UNITS, g['unit'] ?? '');
      if (!unit) continue;
      const word = (g['unit'] ?? '').toLowerCase();
      // "tous les jours" / "chaque jour": the number agrees with the quantifier ("mois" has one form).
      if (word !== 'mois' && q.startsWith('tou') !== word.endsWith('s')) continue;
      if (q === 'par' && g['num']) continue;
      const n = g['num'] ? (DIGIT_FIRST.test(g['num']) ? Number(g['num']) : lookup(NUMBER_WORDS, g['num'])) : 1;
      // "tous les deux trimestres": the count multiplies the unit's own length (P3M -> P6M).
      const period = PERIOD.exec(unit)?.groups;
      value = period && n !== undefined ? unit.replace(period['n'] ?? '1', String(Number(period['n']) * n)) : unit;
    }
    if (!value) continue;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, value, type: 'SET' });
  }
  return out;
};
