// The first day of a range whose month is written only once: "le mercredi 6 et le dimanche
// 10 janvier", "du 6 au 10 mai 2021", "les 6 et 13 avril". The first day takes the month and
// year of the second (TimeBank annotates the two dates separately); the second is chrono's.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { MONTHS, WEEKDAYS } from '../lexicon.js';
import { lookup } from '../pattern.js';
import { DAY_SRC, MONTH_ALT, WEEKDAY_ALT, YEAR_SRC } from './patterns.js';
import { endsWord, prefixBefore, resultAt, startsWord } from './util.js';

// The day number starts the pattern; the weekday and article before it are read from the left.
const PREFIX = new RegExp(`(?<![\\p{L}])(?:(?<det>le|les)\\s+)?(?:(?<weekday>${WEEKDAY_ALT})\\s+)?$`, 'iu');
const PATTERN = new RegExp(
  `(?<day>${DAY_SRC})` +
    `(?=\\s*(?:et|au|à|-|–|ou)\\s+(?:le\\s+)?(?:${WEEKDAY_ALT}\\s+)?${DAY_SRC}\\s+(?<month>${MONTH_ALT})(?:\\s+(?<year>${YEAR_SRC})(?!\\d))?)`,
  'i',
);

export const rangeFirstDayParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpExecArray): ParsingResult | null {
    const end = match.index + match[0].length;
    if (!startsWord(context.text, match.index) || !endsWord(context.text, end)) return null;
    const prefix = prefixBefore(context.text, match.index, PREFIX, 16);
    const g = { ...match.groups, ...prefix?.groups };
    const start = match.index - (prefix ? prefix[0].length : 0);
    const month = lookup(MONTHS, g['month'] ?? '');
    const day = Number.parseInt(g['day'] ?? '', 10);
    if (month === undefined || !(day >= 1 && day <= 31)) return null;
    const r = resultAt(context, start, end, []);
    r.start.assign('day', day);
    r.start.assign('month', month);
    if (g['year']) r.start.assign('year', Number(g['year']));
    const wd = g['weekday'] ? lookup(WEEKDAYS, g['weekday']) : undefined;
    if (wd !== undefined) r.start.assign('weekday', wd % 7);
    return r;
  },
};
