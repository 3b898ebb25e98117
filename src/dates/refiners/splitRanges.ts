// chrono reads "du 3 au 5 mars" as one range; French TimeBank annotates its two dates. Split the
// range into its start ("3", month and year taken from the end) and its end ("5 mars"). A range
// joined by a hyphen stays one expression whose value is its start.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/** The end of a day number ("3", "1er"): where the first date of the range may end. */
const DAY_END = /\d(?:er)?/g;
/** The separator right after it, before the second date's number. */
const SEPARATOR = /^(?:\s*(?:au|-|–|jusqu['’]au?)\s*|\s+)(?=\d)/i;

/**
 * The range's text cut into its first date, separator and second date, at the first day number
 * followed by a separator. Found by scanning day numbers rather than by a lazy `^(.*?\d)(sep)(\d.*)$`,
 * which backtracks over every split of a long text.
 */
function cut(text: string): { first: string; sep: string; second: string } | null {
  DAY_END.lastIndex = 0;
  for (let m = DAY_END.exec(text); m; m = DAY_END.exec(text)) {
    const end = m.index + m[0].length;
    const sep = SEPARATOR.exec(text.slice(end));
    if (sep) return { first: text.slice(0, end), sep: sep[0], second: text.slice(end + sep[0].length) };
  }
  return null;
}

const HYPHEN = /^\s*[-–]\s*$/;

export const splitRangesRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (const r of results) {
      const g = r.end ? cut(r.text) : null;
      // A range joined by a hyphen ("10-22 août", "10 août - 12 septembre") is written as one
      // expression, as a compact clock range is; one with words ("du 3 au 5") is two dates.
      if (!r.end || !g || HYPHEN.test(g.sep)) {
        out.push(r);
        continue;
      }
      const first = context.createParsingResult(r.index, g.first, r.start.clone());
      first.addTags([...r.tags()]);
      const second = context.createParsingResult(r.index + g.first.length + g.sep.length, g.second, r.end.clone());
      second.addTags([...r.tags()]);
      out.push(first, second);
    }
    return out;
  },
};
