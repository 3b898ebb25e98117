// chrono reads "du 3 au 5 mars" as one range; French TimeBank annotates its two dates. Split the
// range into its start ("3", month and year taken from the end) and its end ("5 mars"). A range
// joined by a hyphen stays one expression whose value is its start.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const SEPARATOR = /^(?<first>.*?\d(?:er)?)(?<sep>\s*(?:au|-|–|jusqu['’]au?)\s*|\s+)(?<second>\d.*)$/iu;

const HYPHEN = /^\s*[-–]\s*$/;

export const splitRangesRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (const r of results) {
      const m = r.end ? SEPARATOR.exec(r.text) : null;
      const g = m?.groups;
      // A range joined by a hyphen ("10-22 août", "10 août - 12 septembre") is written as one
      // expression, as a compact clock range is; one with words ("du 3 au 5") is two dates.
      const hyphen = g?.['sep'] !== undefined && HYPHEN.test(g['sep']);
      if (!r.end || !g || g['first'] === undefined || g['sep'] === undefined || g['second'] === undefined || hyphen) {
        out.push(r);
        continue;
      }
      const first = context.createParsingResult(r.index, g['first'], r.start.clone());
      first.addTags([...r.tags()]);
      const second = context.createParsingResult(r.index + g['first'].length + g['sep'].length, g['second'], r.end.clone());
      second.addTags([...r.tags()]);
      out.push(first, second);
    }
    return out;
  },
};
