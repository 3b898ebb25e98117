// Clock times: "22 h", "19 h 30", "10h30", "8h00", "15 heures" after "à"/"vers"/"dès", "midi",
// "minuit". "24 heures" with no such cue is a duration (finders/durations.ts), not a time.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { endsWord, before, resultAt, startsWord } from './util.js';

const PATTERN = new RegExp(
  '(?:(?<hour>[01]?\\d|2[0-4])\\s*(?<unit>heures?|h)(?:\\s*(?<minute>[0-5]\\d)(?:\\s*min)?)?' +
    '|(?<chour>[01]?\\d|2[0-3]):(?<cminute>[0-5]\\d)(?::[0-5]\\d)?|(?<word>midi|minuit))',
  'i',
);
/** "12:30:45:10", "1:23:45.6" (a race time), "10:30-12" : digits go on, not a clock time. */
const COLON_CONTINUES = /^(?::\d|[.,]\d)/;
const COLON_BEFORE = /[\d:.,]$/;

/** The cue that makes "N heures" a time of day rather than a duration. */
const TIME_CUE_BEFORE = /(?:^|[^\p{L}])(?:à|a|vers|dès|jusqu['’]à|avant|après|de|partir\s+de|entre|et|aux\s+alentours\s+de)\s*$/iu;
/** "2 h de route", "3 h 30 de débat": a length of time with its activity, not a time of day. */
const ACTIVITY_AFTER = /^\s+d(?:e(?!\p{L})|['’])\s*(?!l['’]après-midi|la\s+(?:matinée|soirée|nuit))\p{L}/u;
/** "6 h de l'après-midi", "8 heures du soir", "5 h du matin": the half of the day is part of the time. */
const HALF_DAY_AFTER = /^\s+(?:(?<pm>de\s+l['’]après-midi|du\s+soir)|(?<am>du\s+matin))(?![\p{L}])/iu;
/** "les 24 h", "ces dernières 48 h", "1 500 h": counts of hours. */
const DURATION_BEFORE = /(?:^|[^\p{L}])(?:les|des|ces|dernières|premières|prochaines|pendant|durant|plus\s+de|moins\s+de|au\s+moins|au\s+plus|en)\s*$|\d[\s.,]$/iu;

export const clockTimeParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpExecArray): ParsingResult | null {
    const g = match.groups ?? {};
    const text = context.text;
    const start = match.index;
    const end = start + match[0].length;
    if (!startsWord(text, start) || !endsWord(text, end)) return null;
    const left = before(text, start, 24);
    if (g['word']) {
      // "après-midi", "le Midi" (the south of France) are not noon.
      if (text.charAt(start - 1) === '-' || g['word'].charAt(0) === 'M') return null;
      const r = resultAt(context, start, end, []);
      r.start.assign('hour', g['word'].toLowerCase() === 'midi' ? 12 : 0);
      r.start.assign('minute', 0);
      return r;
    }
    if (g['chour']) {
      if (COLON_BEFORE.test(left) || COLON_CONTINUES.test(text.slice(end, end + 2))) return null;
      const r = resultAt(context, start, end, []);
      r.start.assign('hour', Number(g['chour']));
      r.start.assign('minute', Number(g['cminute']));
      return r;
    }
    const hour = Number(g['hour']);
    const longUnit = (g['unit'] ?? '').length > 1;
    if (DURATION_BEFORE.test(left) || ACTIVITY_AFTER.test(text.slice(end, end + 24))) return null;
    if (longUnit && !g['minute'] && !TIME_CUE_BEFORE.test(left)) return null;
    if (hour === 24 && g['minute']) return null;
    const half = HALF_DAY_AFTER.exec(text.slice(end, end + 24));
    const r = resultAt(context, start, end + (half ? half[0].length : 0), []);
    r.start.assign('hour', half?.groups?.['pm'] && hour < 12 ? hour + 12 : hour);
    r.start.assign('minute', g['minute'] ? Number(g['minute']) : 0);
    return r;
  },
};
