// Drops chrono hits that are not temporal expressions in French news: weekday and month
// abbreviations that are common words ("mer", "sam", "mar"), "maintenant" (a vague reference
// handled by finders/vague.ts), a lone number.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { MONTHS, WEEKDAYS } from '../lexicon.js';
import { alternation } from '../pattern.js';

/** A result must contain a full weekday or month name, or be written with digits and separators. */
const FULL_NAME = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(WEEKDAYS)}|${alternation(MONTHS)})(?![\\p{L}])`, 'iu');
const NUMERIC_DATE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}/;
const OURS = /^extract\//;
const CASUAL = /^(?:casualReference|result\/relativeDate)/;

export const falseHitsRefiner: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      const tags = [...r.tags()];
      if (/^maintenant$/i.test(r.text)) return false;
      if (tags.some((t) => OURS.test(t) || CASUAL.test(t))) return true;
      if (r.start.isCertain('hour') && !r.start.isCertain('day')) return tags.length > 0 || /h|midi|minuit/i.test(r.text);
      return FULL_NAME.test(r.text) || NUMERIC_DATE.test(r.text);
    });
  },
};
