// "10 août - 12 septembre 2013": two dates joined by a hyphen are written as one expression (as
// "10-22 août" and "13h-15h" are); its value is the first date, which takes the year written
// with the second. Ranges with words ("du 10 août au 12 septembre") stay two dates.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const HYPHEN = /^\s?[-–]\s?$/;
const isDay = (r: ParsingResult): boolean => r.start.isCertain('day') && r.start.isCertain('month') && !r.start.isCertain('hour');

export const hyphenRangeRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const cur = results[i];
      if (!cur) continue;
      const next = results[i + 1];
      const between = next ? context.text.slice(cur.index + cur.text.length, next.index) : '';
      if (next && isDay(cur) && isDay(next) && HYPHEN.test(between)) {
        cur.text = context.text.slice(cur.index, next.index + next.text.length);
        if (!cur.start.isCertain('year') && next.start.isCertain('year')) cur.start.assign('year', next.start.get('year') ?? 0);
        out.push(cur);
        i++;
        continue;
      }
      out.push(cur);
    }
    return out;
  },
};
