// Centuries: "le XIXe siècle", "au XXIe siècle", "le 20e siècle". TimeML writes a century as its
// first two digits ("18" for the nineteenth century).
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { TAG } from '../tags.js';
import { endsWord, prefixBefore, resultAt, startsWord } from './util.js';

const PATTERN = /(?:(?<roman>[IVX]{1,5})|(?<digits>[1-9]\d?))(?:e|ème|è|eme)\s+siècle/i;
const ARTICLE = /(?<![\p{L}])le\s+$/iu;
const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

function fromRoman(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s.charAt(i)] ?? 0;
    const next = ROMAN[s.charAt(i + 1)] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export const centuryParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpExecArray): ParsingResult | null {
    const g = match.groups ?? {};
    const end = match.index + match[0].length;
    if (!startsWord(context.text, match.index) || !endsWord(context.text, end)) return null;
    const article = prefixBefore(context.text, match.index, ARTICLE, 6);
    const start = match.index - (article ? article[0].length : 0);
    // Roman numerals are written in capitals; "xixe" is not a century.
    if (g['roman'] && g['roman'] !== g['roman'].toUpperCase()) return null;
    const n = g['roman'] ? fromRoman(g['roman']) : Number(g['digits']);
    if (n < 1 || n > 22) return null;
    return resultAt(context, start, end, [`${TAG.decadePrefix}${String(n - 1).padStart(2, '0')}`]);
  },
};
