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
/**
 * Word edges inside a pattern, without the 'u' flag (Latin letters, accented ones and the
 * ligatures): chrono re-runs a parser's pattern on a fresh substring after every match its
 * extract() turns down, so a keyword that also matches inside words ("an" in "dans", "mai" in
 * "maison") costs a copy of the rest of the window each time. Rejected by the pattern itself, it
 * costs nothing.
 */
export const NOT_AFTER_LETTER = '(?<![A-Za-zÀ-ÖØ-öø-ÿŒœÆæ])';
export const NOT_BEFORE_LETTER = '(?![A-Za-zÀ-ÖØ-öø-ÿŒœÆæ])';
/** Both apostrophes. */
export const APOS = "['’]";
