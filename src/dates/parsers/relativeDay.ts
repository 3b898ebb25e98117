// Days counted from the DCT or from the previous date of the text: "avant-hier", "après-demain"
// (DCT), "le lendemain", "la veille", "le surlendemain" (anaphoric: the date last mentioned).
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { TAG } from '../tags.js';
import { resultAt, wholeWordSpan } from './util.js';

const PATTERN = /(?:(?<det>le|la)\s+)?(?<word>avant-hier|après-demain|lendemain|surlendemain|veille)/i;

const OFFSETS: Readonly<Record<string, { offset: number; anaphoric: boolean }>> = {
  'avant-hier': { offset: -2, anaphoric: false },
  'après-demain': { offset: 2, anaphoric: false },
  lendemain: { offset: 1, anaphoric: true },
  surlendemain: { offset: 2, anaphoric: true },
  veille: { offset: -1, anaphoric: true },
};

/** Followed by the day offset; the day counts from the DCT (deictic) or from the previous date. */
export const DAY_OFFSET_PREFIX = 'extract/dayoffset:';

export const relativeDayParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpExecArray): ParsingResult | null {
    const g = match.groups ?? {};
    const span = wholeWordSpan(context.text, match);
    if (!span) return null;
    const { start, end } = span;
    const info = OFFSETS[(g['word'] ?? '').toLowerCase()];
    if (!info) return null;
    const tags = [`${DAY_OFFSET_PREFIX}${info.offset}`, info.anaphoric ? `${TAG.anchorPrefix}${info.offset}` : TAG.deictic];
    return resultAt(context, start, end, tags);
  },
};
