// French TimeBank puts the article or demonstrative of a date inside its extent ("le 14
// octobre", "ce mardi 12 janvier"), and leaves prepositions out ("en 2019", "au 15 mai").
// chrono's day-month and weekday parsers start at the number or the weekday: widen them.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { WEEKDAY_ALT } from '../parsers/patterns.js';

/** An article right before the result (the left context ends with it). */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?<det>le|ce|cette)\s+$/iu;
/** Results that start like a date a French article can govern: a day number or a weekday. */
const GOVERNABLE_START = new RegExp(`^(?:\\d|1er|${WEEKDAY_ALT})`, 'i');

export const articleExtentRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (!GOVERNABLE_START.test(r.text)) continue;
      const left = context.text.slice(Math.max(0, r.index - 8), r.index);
      const m = ARTICLE_BEFORE.exec(left);
      if (!m?.groups) continue;
      const det = m.groups['det'] ?? '';
      const newIndex = r.index - (left.length - left.lastIndexOf(det));
      r.text = context.text.slice(newIndex, r.index + r.text.length);
      r.index = newIndex;
    }
    return results;
  },
};
