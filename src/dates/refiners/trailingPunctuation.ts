// chrono's French dictionaries accept "juin." and "mercredi," as words; a sentence's full stop
// or comma after a date is not part of it.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/** Characters trimmed from the end of a result: spaces and sentence punctuation. */
const TRAILING = new Set([' ', '\t', '\n', '\r', '\u00a0', '\u202f', '.', ',', ';', ':', ')']);
/** An abbreviation keeps its dot: "12 sept." is a month written short, "5 p.m." a time. */
const ABBREVIATION_DOT = /(?:janv|févr|fevr|fév|avr|juil|sept|oct|nov|déc|dec|[ap]\.m)\.$/i;

/**
 * Length of `s` once its trailing punctuation is cut. A loop from the right: a `[…]+$` pattern
 * is tried from every position of a long run and takes quadratic time.
 */
export function trimmedLength(s: string): number {
  let end = s.length;
  while (end > 0 && TRAILING.has(s.charAt(end - 1))) end--;
  return end;
}

export const trailingPunctuationRefiner: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (ABBREVIATION_DOT.test(r.text)) continue;
      const end = trimmedLength(r.text);
      if (end > 0 && end < r.text.length) r.text = r.text.slice(0, end);
    }
    return results;
  },
};
