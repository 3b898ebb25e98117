// Clock times: "22 h", "19 h 30", "10h30", "8h10m00s", "15 heures" after "à"/"vers"/"dès",
// "17:30:12", "8:10 PM", "5h16 p.m.", "1230pm", "midi", "minuit", and compact ranges written with
// a hyphen ("13h-15h", "18-22h", "8:10 - 12h32"), one expression whose value is its start.
// "24 heures" with no cue is a duration (finders/durations.ts), not a time.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { endsWord, before, resultAt, startsWord } from './util.js';

/**
 * One clock time; the range's second time is read by the same pattern from the text after the
 * hyphen. Every quantifier is bounded or separated by a literal, so the pattern is linear.
 */
const TIME_SRC =
  '(?:(?<hour>[01]?\\d|2[0-4])\\s?(?<unit>heures?|h)(?:\\s?(?<minute>[0-5]\\d)(?:\\s?(?:min|m)(?:(?<second>[0-5]\\d)s?)?)?)?' +
  '|(?<chour>[01]?\\d|2[0-3])[:.](?<cminute>[0-5]\\d)(?:[:.](?<csecond>[0-5]\\d))?' +
  '|(?<ahour>[01]?\\d)(?<aminute>[0-5]\\d)?(?=\\s?[ap]\\.?m)' +
  '|(?<word>midi|minuit))';
const MERIDIEM_SRC = '(?:\\s?(?<meridiem>[ap]\\.?m\\.?|[ap](?![\\p{L}])))?';
/** "18-22h", "1-3pm": a bare hour whose unit is written once, after the range's end. */
const BARE_START_SRC = '(?<bhour>[01]?\\d|2[0-3])(?=\\s?[-–]\\s?(?:[01]?\\d|2[0-4])\\s?(?:h|heures?|[ap]m)(?![\\p{L}]))';
const PATTERN = new RegExp(`${BARE_START_SRC}|${TIME_SRC}${MERIDIEM_SRC}`, 'iu');
/** The end of a compact range: "-15h", " - 12h32", "-2" after "11pm", "-13" after "11h". */
const RANGE_END = new RegExp(
  `^\\s?[-–]\\s?(?:${TIME_SRC.replace(/\?<(\w+)>/g, '?<r$1>')}${MERIDIEM_SRC.replace('?<meridiem>', '?<rmeridiem>')}|(?<rbare>[01]?\\d|2[0-4])(?![\\p{N}:.h]))`,
  'iu',
);
/** A bare-start range read whole: "18-22h", "1-3pm", "18 - 22 heures". */
const BARE_RANGE = /^(?<hour>[01]?\d|2[0-3])\s?[-–]\s?(?:[01]?\d|2[0-4])\s?(?:(?<meridiem>[ap]m)|h|heures?)(?![\p{L}\p{N}])/iu;
/** "12:30:45:10", "1:23:45.6" (a race time), "10:30-12" : digits go on, not a clock time. */
const COLON_CONTINUES = /^(?::\d|[.,]\d)/;
const COLON_BEFORE = /[\d:.,]$/;
const WORD_CHAR_AFTER = /^[\p{L}\p{N}]/u;
/** A digit and a decimal point or colon right before: the end of another number ("13.12"). */
const DECIMAL_BEFORE = /\d[.:,]$/;
/** "12/03 - 14h", "3,18-22h": the bare first hour would be the end of another number. */
const NUMBER_PART_BEFORE = /[\d:.,/-]$/;

/** The cue that makes "N heures" a time of day rather than a duration. */
const TIME_CUE_BEFORE = /(?:^|[^\p{L}])(?:à|a|vers|dès|jusqu['’]à|avant|après|de|partir\s+de|entre|et|aux\s+alentours\s+de)\s*$/iu;
/** "2 h de route", "3 h 30 de débat": a length of time with its activity, not a time of day. */
const ACTIVITY_AFTER = /^\s+d(?:e(?!\p{L})|['’])\s*(?!l['’]après-midi|la\s+(?:matinée|soirée|nuit))\p{L}/u;
/** "6 h de l'après-midi", "8 heures du soir", "5 h du matin": the half of the day is part of the time. */
export const HALF_DAY_AFTER = /^\s+(?:(?<pm>de\s+l['’]après-midi|du\s+soir)|(?<am>du\s+matin))(?![\p{L}])/iu;
/** "les 24 h", "ces dernières 48 h", "une durée de 3 heures", "1 500 h": counts of hours. */
const DURATION_BEFORE = /(?:^|[^\p{L}])(?:les|des|ces|dernières|premières|prochaines|pendant|durant|durée\s+de|plus\s+de|moins\s+de|au\s+moins|au\s+plus|en)\s*$|\d[\s.,]$/iu;

interface Clock {
  hour: number;
  minute: number;
  second: number | null;
}

/** 12-hour clock to 24-hour: "8:10 PM" is 20:10, "12 am" is midnight. */
function withMeridiem(hour: number, meridiem: string | undefined): number | null {
  if (!meridiem) return hour;
  if (hour > 12 || hour === 0) return null;
  const pm = meridiem.charAt(0).toLowerCase() === 'p';
  if (pm) return hour === 12 ? 12 : hour + 12;
  return hour === 12 ? 0 : hour;
}

/** The clock a match names, from groups named with `p` before them ("" or "r" for the range's end). */
function clockOf(g: Record<string, string | undefined>, p: string): Clock | null {
  const meridiem = g[`${p}meridiem`];
  if (g[`${p}word`]) return { hour: g[`${p}word`]!.toLowerCase() === 'midi' ? 12 : 0, minute: 0, second: null };
  const h = g[`${p}hour`] ?? g[`${p}chour`] ?? g[`${p}ahour`];
  if (h === undefined) return null;
  const hour = withMeridiem(Number(h), meridiem);
  if (hour === null) return null;
  const minute = Number(g[`${p}minute`] ?? g[`${p}cminute`] ?? g[`${p}aminute`] ?? 0);
  const s = g[`${p}second`] ?? g[`${p}csecond`];
  return { hour, minute, second: s === undefined ? null : Number(s) };
}

function assignClock(r: ParsingResult, c: Clock): ParsingResult {
  r.start.assign('hour', c.hour);
  r.start.assign('minute', c.minute);
  if (c.second !== null) r.start.assign('second', c.second);
  return r;
}

export const clockTimeParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpExecArray): ParsingResult | null {
    const g = match.groups ?? {};
    const text = context.text;
    const start = match.index;
    let end = start + match[0].length;
    if (!startsWord(text, start)) return null;
    const left = before(text, start, 24);
    if (g['bhour'] !== undefined) {
      const range = BARE_RANGE.exec(text.slice(start, start + 20));
      if (!range || NUMBER_PART_BEFORE.test(left) || DURATION_BEFORE.test(left)) return null;
      const hour = withMeridiem(Number(range.groups?.['hour']), range.groups?.['meridiem']);
      if (hour === null) return null;
      return assignClock(resultAt(context, start, start + range[0].length, []), { hour, minute: 0, second: null });
    }
    // A meridiem may be followed by its dot or a hyphen ("5pm-7pm"), not by letters or digits ("~3am3ioY", a token).
    if (!endsWord(text, end) && (!g['meridiem'] || WORD_CHAR_AFTER.test(text.charAt(end)))) return null;
    if (g['word']) {
      // "après-midi", "le Midi" (the south of France) are not noon.
      if (text.charAt(start - 1) === '-' || g['word'].charAt(0) === 'M') return null;
      return assignClock(resultAt(context, start, end, []), { hour: g['word'].toLowerCase() === 'midi' ? 12 : 0, minute: 0, second: null });
    }
    const clock = clockOf(g, '');
    if (!clock) return null;
    // "13.12 PM", "12h12:99s": digits glued before or after belong to another number.
    if (DECIMAL_BEFORE.test(left) || COLON_CONTINUES.test(text.slice(end, end + 2))) return null;
    if (g['chour']) {
      if (COLON_BEFORE.test(left) || COLON_CONTINUES.test(text.slice(end, end + 2))) return null;
      // "6.13" is a decimal number unless a meridiem says it is a time.
      if (match[0].includes('.') && !g['meridiem']) return null;
    } else if (g['hour']) {
      const longUnit = (g['unit'] ?? '').length > 1;
      if (DURATION_BEFORE.test(left) || ACTIVITY_AFTER.test(text.slice(end, end + 24))) return null;
      if (longUnit && !g['minute'] && !TIME_CUE_BEFORE.test(left)) return null;
      if (clock.hour === 24 && g['minute']) return null;
      const half = HALF_DAY_AFTER.exec(text.slice(end, end + 24));
      if (half) {
        end += half[0].length;
        if (half.groups?.['pm'] && clock.hour < 12) clock.hour += 12;
      }
    }
    const range = RANGE_END.exec(text.slice(end, end + 24));
    if (range && (range.groups?.['rbare'] !== undefined || clockOf(range.groups ?? {}, 'r')) && endsWord(text, end + range[0].length)) {
      end += range[0].length;
    }
    return assignClock(resultAt(context, start, end, []), clock);
  },
};
