// Clock times written in letters: "à seize heures", "vers sept heures et demie", "à huit heures
// moins le quart", "il est vingt heures", "demain à sept heures et vingt-sept minutes". Without a
// cue of the time of day before it, "N heures" is a length of time (finders/durations.ts): "à",
// "vers", "dès", "jusqu'à", "avant", "à partir de", "aux alentours de", "il est".
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { CLOCK_NUMBER_WORDS } from '../lexicon.js';
import { alternation, lookup } from '../pattern.js';
import { HALF_DAY_AFTER } from './clockTime.js';
import { endsWord, prefixBefore, resultAt, startsWord } from './util.js';

const NUM = alternation(CLOCK_NUMBER_WORDS);
/**
 * Hour word, "heure(s)", then at most one minute part: "et quart", "et demie", "moins le quart",
 * "moins dix", "dix", "et dix", each optionally followed by "minutes". Each optional part opens
 * with a literal, so the pattern does not backtrack.
 */
const PATTERN = new RegExp(
  `(?<hour>${NUM})\\s+heures?` +
    `(?:\\s+(?:et\\s+(?<half>quart|demie)|moins\\s+(?:le\\s+)?(?<quarter>quart)` +
    `|(?<minus>moins\\s+)?(?:et\\s+)?(?<minute>${NUM})(?:\\s+minutes?)?))?`,
  'i',
);
/** The hour and its unit alone, when the minute part is dropped. */
const HOUR_PART = /^\S+(?:(?:\s+et\s+|-)\S+)?\s+heures?/i;
const MINUTE_WORD = /minute/i;
/** Below this, a bare number word after "heures" is read as a minute only with "minutes" written. */
const BARE_MINUTE_MIN = 5;
const CUE_BEFORE = /(?:^|[^\p{L}])(?:à|vers|dès|jusqu['’]à|avant|à\s+partir\s+de|aux\s+alentours\s+de|il\s+est|il\s+était)\s+$/iu;
/** "à deux heures de Paris", "à une heure de route": a distance in time, not a time of day. */
const DISTANCE_AFTER = /^\s+d(?:e(?![\p{L}])|['’]|u(?![\p{L}]))\s*(?!matin|soir|l['’]après-midi)\p{L}/iu;

export const clockWordsParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpExecArray): ParsingResult | null {
    const g = match.groups ?? {};
    const text = context.text;
    const start = match.index;
    let end = start + match[0].length;
    if (!startsWord(text, start)) return null;
    if (!prefixBefore(text, start, CUE_BEFORE, 24)) return null;
    const hour = lookup(CLOCK_NUMBER_WORDS, g['hour'] ?? '');
    if (hour === undefined || hour > 24) return null;
    let minute = 0;
    let h = hour;
    if (g['half']) minute = g['half'].toLowerCase() === 'quart' ? 15 : 30;
    else if (g['quarter']) { h -= 1; minute = 45; }
    else if (g['minute']) {
      const m = lookup(CLOCK_NUMBER_WORDS, g['minute']);
      if (m === undefined) return null;
      // "à dix heures deux policiers…": a small bare number after the hour counts something else.
      if (!g['minus'] && m < BARE_MINUTE_MIN && !MINUTE_WORD.test(match[0])) end = start + (HOUR_PART.exec(match[0])?.[0].length ?? 0);
      else if (g['minus']) { h -= 1; minute = 60 - m; } else minute = m;
    }
    if (!endsWord(text, end)) return null;
    if (h < 0 || (h === 24 && minute > 0)) return null;
    const half = HALF_DAY_AFTER.exec(text.slice(end, end + 24));
    if (half) {
      end += half[0].length;
      if (half.groups?.['pm'] && h < 12) h += 12;
    } else if (DISTANCE_AFTER.test(text.slice(end, end + 24))) return null;
    const r = resultAt(context, start, end, []);
    r.start.assign('hour', h % 24);
    r.start.assign('minute', minute);
    return r;
  },
};
