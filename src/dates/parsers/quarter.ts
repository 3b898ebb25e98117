// Quarters and half-years: "troisième trimestre 2024", "T3 2024", "le premier semestre",
// "S1 2023". The preposition before ("au", "du") stays outside; an article ("le") is kept.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { ORDINAL_WORDS } from '../lexicon.js';
import { lookup } from '../pattern.js';
import { TAG } from '../tags.js';
import { RELATIVE_UNIT_PREFIX } from './relativeUnit.js';
import { APOS, ORDINAL_ALT, YEAR_SRC } from './patterns.js';
import { resultAt, wholeWordSpan } from './util.js';

const PATTERN = new RegExp(
  `(?:(?:(?<det>le|ce)\\s+)?(?<ord>${ORDINAL_ALT})\\s+(?<unit>trimestre|semestre)|(?<abbr>[TQS])(?<num>[1-4]))` +
    `(?:(?:\\s+|\\s+de\\s+|\\s+d${APOS})(?<year>${YEAR_SRC})(?!\\d))?`,
  'i',
);

export const quarterParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpExecArray): ParsingResult | null {
    const g = match.groups ?? {};
    const span = wholeWordSpan(context.text, match);
    if (!span) return null;
    const { start, end } = span;
    let n: number;
    let half: boolean;
    if (g['abbr']) {
      // "T3" alone is too ambiguous (a flat, a tram line): require the year.
      if (!g['year'] || g['abbr'] !== g['abbr'].toUpperCase()) return null;
      n = Number(g['num']);
      half = g['abbr'] === 'S';
      if (half && n > 2) return null;
    } else {
      const ord = lookup(ORDINAL_WORDS, g['ord'] ?? '');
      if (ord === undefined) return null;
      half = (g['unit'] ?? '').toLowerCase() === 'semestre';
      // "le dernier trimestre" with no year is the latest one before the DCT, not Q4.
      if (ord === -1 && !g['year']) {
        return resultAt(context, start, end, [TAG.deictic, `${RELATIVE_UNIT_PREFIX}${half ? 'half' : 'quarter'}:-1`]);
      }
      n = ord === -1 ? (half ? 2 : 4) : ord;
      if (n > (half ? 2 : 4)) return null;
    }
    const r = resultAt(context, start, end, [half ? `${TAG.halfPrefix}${n}` : `${TAG.quarterPrefix}${n}`]);
    if (g['year']) r.start.assign('year', Number(g['year']));
    return r;
  },
};
