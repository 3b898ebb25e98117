// A weekday with a day number and no month: "mardi 12", "le samedi 5, à 20 h 30" (local news
// writes the month once, or not at all). The month is the one, around the DCT, in which that
// day number falls on that weekday (timex.ts).
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { WEEKDAYS } from '../lexicon.js';
import { lookup } from '../pattern.js';
import { DAY_SRC, WEEKDAY_ALT } from './patterns.js';
import { endsWord, prefixBefore, resultAt, startsWord } from './util.js';

const PATTERN = new RegExp(`(?<weekday>${WEEKDAY_ALT})\\s+(?<day>${DAY_SRC})`, 'i');
const ARTICLE = /(?<![\p{L}])(?:le|ce)\s+$/iu;
/** What may not follow the number: a month (chrono's), an hour ("mardi 12 h"), more digits. */
const NOT_AFTER = /^\s*(?:h(?![\p{L}])|heures?|:|[.,/-]?\d|%|(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec))/iu;

/** Tag of a weekday + day-number result: timex.ts looks for the month. */
export const WEEKDAY_DAY = 'extract/weekday-day';

export const weekdayDayParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpExecArray): ParsingResult | null {
    const g = match.groups ?? {};
    const text = context.text;
    const end = match.index + match[0].length;
    if (!startsWord(text, match.index) || !endsWord(text, end)) return null;
    if (NOT_AFTER.test(text.slice(end, end + 8))) return null;
    const weekday = lookup(WEEKDAYS, g['weekday'] ?? '');
    const day = Number.parseInt(g['day'] ?? '', 10);
    if (weekday === undefined || !(day >= 1 && day <= 31)) return null;
    const article = prefixBefore(text, match.index, ARTICLE, 8);
    const r = resultAt(context, match.index - (article ? article[0].length : 0), end, [WEEKDAY_DAY]);
    r.start.assign('weekday', weekday % 7);
    r.start.assign('day', day);
    return r;
  },
};
