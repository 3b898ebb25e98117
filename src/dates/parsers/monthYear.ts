// "juin 2022", "fin août", "début mars 2023", "mi-juillet", "mois de juin", "septembre dernier",
// "janvier": a month, with or without its year. chrono's French month parser needs a day number.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { MONTH_NAMES, MONTHS, MONTH_PART_WORDS } from '../lexicon.js';
import { alternation, lookup } from '../pattern.js';
import { TAG } from '../tags.js';
import { APOS, MONTH_ALT, NOT_AFTER_LETTER, NOT_BEFORE_LETTER, YEAR_SRC } from './patterns.js';
import { before, endsWord, resultAt, startsWord } from './util.js';

// The month comes first in the pattern and the words before it ("fin", "mois de") are read from
// the left context: a pattern opening with an optional group is tried at every position.
/** A day number right before ("12 mai", "1er mai"): chrono's day-month parser owns that span (see dayNumberBefore). */
const NO_DAY_BEFORE = '(?<!\\d\\s{0,8}(?:er)?\\s{0,6})';
const PATTERN = new RegExp(
  `${NOT_AFTER_LETTER}${NO_DAY_BEFORE}(?<month>${MONTH_ALT})${NOT_BEFORE_LETTER}` +
    `(?:(?:\\s+|\\s*,\\s*|\\s+de\\s+|\\s+d${APOS})(?<year>${YEAR_SRC})(?!\\d))?` +
    `(?:\\s+(?<rel>derniers?|derni[èe]res?|prochains?|prochaines?))?`,
  'i',
);

const PREFIX = new RegExp(
  `(?<![\\p{L}])(?:(?<part>${alternation(MONTH_PART_WORDS)})(?:\\s*-\\s*|\\s+)(?:d${APOS}|de\\s+)?|(?<moisde>mois\\s+d(?:e\\s+|${APOS})))$`,
  'iu',
);
const PREFIX_WINDOW = 24;

/**
 * "entre janvier et juillet 2016", "de mars à mai 2020", "les mois de janvier et de février
 * 2016": a month written without its year takes the year of the month it is paired with.
 */
const PAIRED_YEAR_AFTER = new RegExp(
  `^\\s*(?:et|à|au|ou|-|–)\\s+(?:de\\s+|d${APOS})?(?:(?:la\\s+)?(?:fin|début|mi)\\s*(?:-\\s*)?(?:de\\s+|d${APOS})?)?${MONTH_ALT}\\s+(?<year>${YEAR_SRC})(?!\\d)`,
  'iu',
);
const PAIRED_WINDOW = 48;

/** Two digits after the month, then punctuation or the end: "en juillet 98,", "Mai 68.". */
const SHORT_YEAR_AFTER = /^\s['’]?(?<yy>\d{2})(?=[.,;:!?)»]|\s[.,;:!?)»–-]|$)/u;
/** "98" is 1998, "12" is 2012: two-digit years from 30 on are read in the twentieth century. */
const SHORT_YEAR_PIVOT = 30;

const SPACE = /\s/;
const DIGIT = /\d/;

/**
 * A day number right before `index` ("12 mai", "1er mai"): chrono's day-month parser owns that
 * span. Read right to left by hand: `\d\s*(?:er)?\s*$` is tried from every position of a run
 * of spaces and takes quadratic time.
 */
function dayNumberBefore(text: string, index: number): boolean {
  let i = index;
  while (i > 0 && index - i < 6 && SPACE.test(text.charAt(i - 1))) i--;
  if (i >= 2 && text.slice(i - 2, i) === 'er') i -= 2;
  while (i > 0 && index - i < 8 && SPACE.test(text.charAt(i - 1))) i--;
  return i > 0 && DIGIT.test(text.charAt(i - 1));
}
/** The end of a sentence or of a block: a capitalised month after it is not a name. */
const SENTENCE_START = /(?:^|[.!?:;«"“(\n]\s*)$/;

export const monthYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpExecArray): ParsingResult | null {
    const text = context.text;
    // The month itself starts a word whatever the prefix: most matches ("déc" in "décision") stop here.
    if (!startsWord(text, match.index)) return null;
    const prefix = PREFIX.exec(before(text, match.index, PREFIX_WINDOW));
    const g = { ...match.groups, ...prefix?.groups };
    const start = match.index - (prefix ? prefix[0].length : 0);
    let end = match.index + match[0].length;
    if (!startsWord(text, start) || !endsWord(text, end)) return null;
    // "juillet 98", "Mai 68,": a year written with two digits, only before punctuation.
    const short = !g['year'] && !g['rel'] ? SHORT_YEAR_AFTER.exec(text.slice(end, end + 8)) : null;
    if (short?.groups) {
      const yy = Number(short.groups['yy']);
      g['year'] = String(yy >= SHORT_YEAR_PIVOT ? 1900 + yy : 2000 + yy);
      end += short[0].length;
    }
    const monthWord = g['month'] ?? '';
    const month = lookup(MONTHS, monthWord);
    if (month === undefined) return null;
    if (!g['part'] && !g['moisde'] && dayNumberBefore(text, start)) return null;
    if (!g['year'] && lookup(MONTH_NAMES, monthWord) === undefined) return null; // "fin oct" is too terse
    const bare = !g['part'] && !g['moisde'] && !g['year'] && !g['rel'];
    if (bare) {
      // An abbreviation alone ("sept.", "mar.") is too ambiguous; a capitalised month
      // mid-sentence is a name ("Mars", "Mai" as a brand or a planet).
      if (lookup(MONTH_NAMES, monthWord) === undefined) return null;
      const cap = monthWord.charAt(0) !== monthWord.charAt(0).toLowerCase();
      if (cap && !SENTENCE_START.test(before(text, start, 4))) return null;
    }
    const tags: string[] = [TAG.grainMonth];
    const rel = (g['rel'] ?? '').toLowerCase();
    if (rel.startsWith('dern')) tags.push(TAG.relPast);
    if (rel.startsWith('proch')) tags.push(TAG.relFuture);
    const r = resultAt(context, start, end, tags);
    r.start.assign('month', month);
    const paired = g['year'] ? undefined : PAIRED_YEAR_AFTER.exec(text.slice(end, end + PAIRED_WINDOW))?.groups?.['year'];
    const year = g['year'] ?? paired;
    if (year) r.start.assign('year', Number(year));
    return r;
  },
};
