// chrono's French dictionaries accept "juin." and "mercredi," as words; a sentence's full stop
// or comma after a date is not part of it.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const TRAILING = /[\s.,;:)]+$/;
/** An abbreviation keeps its dot: "12 sept." is a month written short. */
const ABBREVIATION_DOT = /(?:janv|févr|fevr|fév|avr|juil|sept|oct|nov|déc|dec)\.$/i;

export const trailingPunctuationRefiner: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (ABBREVIATION_DOT.test(r.text)) continue;
      const m = TRAILING.exec(r.text);
      if (m && m[0].length < r.text.length) r.text = r.text.slice(0, m.index);
    }
    return results;
  },
};
