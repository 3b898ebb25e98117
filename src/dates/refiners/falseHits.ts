// Drops chrono hits that are not temporal expressions in French news: weekday and month
// abbreviations that are common words ("mer", "sam", "mar"), "maintenant" (a vague reference
// handled by finders/vague.ts), "il y a quelques mois" (a vague duration), phone numbers read as
// dotted dates, weekdays inside names ("Vendredi Saint").
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { MONTHS, WEEKDAYS } from '../lexicon.js';
import { alternation } from '../pattern.js';

/** A result must contain a full weekday or month name, or be written with digits and separators. */
const FULL_NAME = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(WEEKDAYS)}|${alternation(MONTHS)})(?![\\p{L}])`, 'iu');
const NUMERIC_DATE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}/;
/** A day number with a month written short ("15 sept", "10 jan", "15SEPT"): a date, as in agendas. */
const DAY_SHORT_MONTH = /\d\s?(?:janv?|f[ée]vr?|mars|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c)\.?(?![\p{L}])/iu;
/**
 * "12/03" without a year is a date only after a word that governs one ("le 12/03", "du 3/1 au
 * 5/1"); alone it is as often a score, a ratio or a reference ("3/1", "24/7").
 */
const DAY_SLASH_MONTH = /^\d{1,2}\/\d{1,2}$/;
const DATE_CUE_BEFORE = /(?<![\p{L}])(?:le|du|au|dès|depuis|jusqu['’]au)\s$/iu;
/** A weekday written short ("Dim", "Mar.") stands for a weekday only right before such a date. */
const SHORT_WEEKDAY_BEFORE_DATE = /^\.?\s?\d{1,2}(?:er)?\s?(?:janv?|f[ée]vr?|mars|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c)/iu;
const OURS = /^extract\//;
const CASUAL = /^(?:casualReference|result\/relativeDate)/;

/** Digits and dots around a numeric date: a phone number ("03.29.88.43.12") or a version. */
const DOTTED_BEFORE = /\d[./-]$/;
const DOTTED_AFTER = /^[./-]\d/;
/** A capitalised word right after: "Vendredi Saint", "Mardi Gras". */
const NAME_AFTER = /^[\s-]\p{Lu}/u;
/** A weekday in title case mid-sentence is a name ("le Vendredi Saint", "Mardi Gras"). */
const SENTENCE_START = /(?:^|[.!?:;«"“(\n]\s*|^\s*)$/;
/** "il y a quelques mois": chrono counts three; TimeML writes a vague duration (finders/durations.ts). */
const LEADING_WORD = /^\p{L}+/u;
const MAINTENANT = /^maintenant$/i;
/** What a clock time is written with. */
const CLOCK_TEXT = /h|midi|minuit|\d:\d/i;
const VAGUE_AGO = /^il\s+y\s+a\s+(?:quelques|plusieurs)/i;

function isTitleCaseWeekday(text: string, r: ParsingResult): boolean {
  const first = LEADING_WORD.exec(r.text)?.[0] ?? '';
  if (first.length < 2 || first !== first.charAt(0) + first.slice(1).toLowerCase() || first === first.toLowerCase()) return false;
  if (!(first.toLowerCase() in WEEKDAYS)) return false;
  if (SENTENCE_START.test(text.slice(Math.max(0, r.index - 4), r.index))) return false;
  return NAME_AFTER.test(text.slice(r.index + first.length, r.index + first.length + 3));
}

export const falseHitsRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const text = context.text;
    return results.filter((r) => {
      const tags = [...r.tags()];
      if (MAINTENANT.test(r.text)) return false;
      if (VAGUE_AGO.test(r.text)) return false;
      if (isTitleCaseWeekday(text, r)) return false;
      const end = r.index + r.text.length;
      if (NUMERIC_DATE.test(r.text) && (DOTTED_BEFORE.test(text.slice(Math.max(0, r.index - 2), r.index)) || DOTTED_AFTER.test(text.slice(end, end + 2)))) return false;
      if (tags.some((t) => OURS.test(t) || CASUAL.test(t))) return true;
      if (r.start.isCertain('hour') && !r.start.isCertain('day')) return tags.length > 0 || CLOCK_TEXT.test(r.text);
      if (FULL_NAME.test(r.text) || NUMERIC_DATE.test(r.text) || DAY_SHORT_MONTH.test(r.text)) return true;
      if (DAY_SLASH_MONTH.test(r.text) && DATE_CUE_BEFORE.test(text.slice(Math.max(0, r.index - 10), r.index))) return true;
      return r.start.isCertain('weekday') && !r.start.isCertain('day') && SHORT_WEEKDAY_BEFORE_DATE.test(text.slice(end, end + 12));
    });
  },
};
