// "la première semaine de janvier", "la dernière semaine d'août 2023": an ISO week counted in a month.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { MONTHS, ORDINAL_WORDS } from '../lexicon.js';
import { lookup } from '../pattern.js';
import { APOS, MONTH_ALT, ORDINAL_ALT, YEAR_SRC } from './patterns.js';
import { resultAt, wholeWordSpan } from './util.js';

const PATTERN = new RegExp(
  `(?:la\\s+)?(?<ord>${ORDINAL_ALT})\\s+semaine\\s+(?:de\\s+|d${APOS}\\s*)(?<month>${MONTH_ALT})(?:\\s+(?<year>${YEAR_SRC})(?!\\d))?`,
  'i',
);

/** Followed by "<n>" (1-5, or -1 for the last week). */
export const WEEK_OF_MONTH_PREFIX = 'extract/weekofmonth:';

export const weekOfMonthParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpExecArray): ParsingResult | null {
    const g = match.groups ?? {};
    const span = wholeWordSpan(context.text, match);
    if (!span) return null;
    const { start, end } = span;
    const ord = lookup(ORDINAL_WORDS, g['ord'] ?? '');
    const month = lookup(MONTHS, g['month'] ?? '');
    if (ord === undefined || month === undefined) return null;
    const r = resultAt(context, start, end, [`${WEEK_OF_MONTH_PREFIX}${ord}`]);
    r.start.assign('month', month);
    if (g['year']) r.start.assign('year', Number(g['year']));
    return r;
  },
};
