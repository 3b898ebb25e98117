// "juin 2022", "fin août", "début mars 2023", "mi-juillet", "mois de juin", "septembre dernier",
// "janvier": a month, with or without its year. chrono's French month parser needs a day number.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { MONTHS, MONTH_PART_WORDS } from '../lexicon.js';
import { alternation, lookup } from '../pattern.js';
import { TAG } from '../tags.js';
import { APOS, MONTH_ALT, YEAR_SRC } from './patterns.js';
import { before, endsWord, resultAt, startsWord } from './util.js';

const PATTERN = new RegExp(
  `(?:(?<part>${alternation(MONTH_PART_WORDS)})(?:\\s*-\\s*|\\s+)(?:d${APOS}|de\\s+)?|(?<moisde>mois\\s+d(?:e\\s+|${APOS})))?` +
    `(?<month>${MONTH_ALT})` +
    `(?:(?:\\s+|\\s*,\\s*|\\s+de\\s+|\\s+d${APOS})(?<year>${YEAR_SRC})(?!\\d))?` +
    `(?:\\s+(?<rel>derniers?|dernières?|prochains?|prochaines?))?`,
  'i',
);

/** A day number right before the month: chrono's day-month parser owns that span. */
const DAY_BEFORE = /\d\s*(?:er)?\s*$/;
/** The end of a sentence or of a block: a capitalised month after it is not a name. */
const SENTENCE_START = /(?:^|[.!?:;«"“(\n]\s*)$/;

export const monthYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpExecArray): ParsingResult | null {
    const g = match.groups ?? {};
    const text = context.text;
    const start = match.index;
    const end = start + match[0].length;
    if (!startsWord(text, start) || !endsWord(text, end)) return null;
    const monthWord = g['month'] ?? '';
    const month = lookup(MONTHS, monthWord);
    if (month === undefined) return null;
    if (!g['part'] && !g['moisde'] && DAY_BEFORE.test(before(text, start, 6))) return null;
    const bare = !g['part'] && !g['moisde'] && !g['year'] && !g['rel'];
    if (bare) {
      // An abbreviation alone ("sept.", "mar.") is too ambiguous; a capitalised month
      // mid-sentence is a name ("Mars", "Mai" as a brand or a planet).
      if (monthWord.endsWith('.')) return null;
      const cap = monthWord.charAt(0) !== monthWord.charAt(0).toLowerCase();
      if (cap && !SENTENCE_START.test(before(text, start, 4))) return null;
    }
    const tags: string[] = [TAG.grainMonth];
    const rel = (g['rel'] ?? '').toLowerCase();
    if (rel.startsWith('dern')) tags.push(TAG.relPast);
    if (rel.startsWith('proch')) tags.push(TAG.relFuture);
    const r = resultAt(context, start, end, tags);
    r.start.assign('month', month);
    if (g['year']) r.start.assign('year', Number(g['year']));
    return r;
  },
};
