// Pattern fragments compiled from the lexicon, shared by several parsers.
import { MONTHS, WEEKDAYS, ORDINAL_WORDS } from '../lexicon.js';
import { alternation } from '../pattern.js';

export const MONTH_ALT = alternation(MONTHS);
export const WEEKDAY_ALT = alternation(WEEKDAYS);
export const ORDINAL_ALT = alternation(ORDINAL_WORDS);
/** A plausible year written in full: 1000-2199. */
export const YEAR_SRC = '(?:1\\d{3}|2[01]\\d{2})';
/** A day number, "1er" included. */
export const DAY_SRC = '(?:1er|[12]\\d|3[01]|0?[1-9])';
/** Both apostrophes. */
export const APOS = "['’]";
