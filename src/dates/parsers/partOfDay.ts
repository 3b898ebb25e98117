// Parts of the day: "ce soir", "cette nuit", "la soirée", "cet après-midi", "en fin
// d'après-midi", and bare "soir"/"matin" that the date-time refiner glues to a preceding
// date ("hier soir", "mardi matin"). A bare one left alone is dropped by that refiner.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { PARTS_OF_DAY } from '../lexicon.js';
import { alternation, lookup } from '../pattern.js';
import { TAG } from '../tags.js';
import { APOS, NOT_AFTER_LETTER, NOT_BEFORE_LETTER } from './patterns.js';
import { endsWord, prefixBefore, resultAt, startsWord } from './util.js';

// The pattern starts at the part of day; the article and "début de"/"fin de" before it are read
// from the left context (an optional "la"/"le" opening the pattern was tried at every article
// of the text).
const PATTERN = new RegExp(`${NOT_AFTER_LETTER}(?<pod>${alternation(PARTS_OF_DAY)})${NOT_BEFORE_LETTER}(?:\\s+(?<meme>même))?`, 'i');
const PREFIX = new RegExp(
  `(?<![\\p{L}])(?:(?<det>ce|cet|cette|la|le)\\s+|(?<elided>l${APOS})\\s*)?(?:(?<edge>début|fin)\\s+(?:de\\s+|d${APOS}))?$`,
  'iu',
);

/** Parts of the day a demonstrative makes deictic ("ce soir", "cet aprem"); "cette soirée" names an event. */
const DEICTIC_PODS = new Set(['soir', 'nuit', 'matin', 'après-midi', 'aprem', 'aprèm']);

/** A part of day with neither article nor demonstrative: only meaningful after a date. */
export const BARE_POD = 'extract/pod-bare';

export const partOfDayParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpExecArray): ParsingResult | null {
    const text = context.text;
    const end = match.index + match[0].length;
    // "après-midi" must not be read as "midi"; a hyphen before is part of the word.
    if (!startsWord(text, match.index) || text.charAt(match.index - 1) === '-' || !endsWord(text, end)) return null;
    const prefix = prefixBefore(text, match.index, PREFIX, 24);
    const g = { ...match.groups, ...prefix?.groups };
    const start = match.index - (prefix ? prefix[0].length : 0);
    const code = lookup(PARTS_OF_DAY, g['pod'] ?? '');
    if (!code) return null;
    const det = (g['det'] ?? g['elided'] ?? '').toLowerCase();
    const word = (g['pod'] ?? '').toLowerCase();
    // "cette soirée", "cette matinée" name an event ("cette soirée sera animée par…").
    if (det.startsWith('c') && !DEICTIC_PODS.has(word)) return null;
    const tags: string[] = [`${TAG.podPrefix}${code}`];
    if (!det && !g['edge']) tags.push(BARE_POD);
    // "ce soir", "cette nuit": the DCT's own evening or night.
    else if (det.startsWith('c')) tags.push(TAG.deictic);
    return resultAt(context, start, end, tags);
  },
};
