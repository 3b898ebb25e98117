// An ISO week by its number: "la semaine 12", "en semaine 31 de 2018", "semaine 1": how planning,
// health bulletins and retail write a week. The year is the one written after it, else the DCT's.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { APOS, YEAR_SRC } from './patterns.js';
import { prefixBefore, resultAt, wholeWordSpan } from './util.js';

const PATTERN = new RegExp(`semaine\\s+(?<week>[1-9]|[1-4]\\d|5[0-3])(?:\\s+(?:de\\s+|d${APOS}\\s*)?(?<year>${YEAR_SRC}))?(?![\\d:/h%-]|[,.]\\d)`, 'i');
const ARTICLE = /(?<![\p{L}])(?:la|cette)\s+$/iu;
/** "semaine 10 jours", "semaine 3 fois": a count, not a week number. */
const COUNT_AFTER = /^\s+(?:jours?|fois|heures?|ans?|mois|semaines?|€|euros?|%)(?![\p{L}])/iu;

/** Followed by the ISO week number. */
export const WEEK_NUMBER_PREFIX = 'extract/weeknumber:';

export const weekNumberParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpExecArray): ParsingResult | null {
    const g = match.groups ?? {};
    const text = context.text;
    const span = wholeWordSpan(text, match);
    if (!span) return null;
    if (COUNT_AFTER.test(text.slice(span.end, span.end + 12))) return null;
    const article = prefixBefore(text, span.start, ARTICLE, 8);
    const r = resultAt(context, span.start - (article ? article[0].length : 0), span.end, [`${WEEK_NUMBER_PREFIX}${Number(g['week'])}`]);
    if (g['year']) r.start.assign('year', Number(g['year']));
    return r;
  },
};
