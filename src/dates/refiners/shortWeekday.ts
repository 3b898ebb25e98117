// A weekday written short with its dot right before a dated day ("mer. 10 juin 2020", "Sam. 12
// mars"): agenda style. chrono reads the weekday and the date apart, the dot keeping its weekday
// merger off; here the two become one expression, valued as the date.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/** What lies between the short weekday and the date: its dot and a space at most. */
const DOT_GAP = /^\.\s?$/;
/** A short weekday: letters only, three or four of them ("mer", "sam", "dim", "jeu"). */
const SHORT = /^\p{L}{3,4}$/u;

export const shortWeekdayRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i]!;
      const b = results[i + 1];
      if (b && SHORT.test(a.text) && a.start.isCertain('weekday') && !a.start.isCertain('day') && b.start.isCertain('day') &&
        DOT_GAP.test(context.text.slice(a.index + a.text.length, b.index))) {
        b.text = context.text.slice(a.index, b.index + b.text.length);
        b.index = a.index;
        if (!b.start.isCertain('weekday')) b.start.assign('weekday', a.start.get('weekday') ?? 0);
        continue;
      }
      out.push(a);
    }
    return out;
  },
};
