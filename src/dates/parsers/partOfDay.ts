// Parts of the day: "ce soir", "cette nuit", "la soirée", "cet après-midi", "en fin
// d'après-midi", and bare "soir"/"matin" that the date-time refiner glues to a preceding
// date ("hier soir", "mardi matin"). A bare one left alone is dropped by that refiner.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { PARTS_OF_DAY } from '../lexicon.js';
import { alternation, lookup } from '../pattern.js';
import { TAG } from '../tags.js';
import { APOS } from './patterns.js';
import { endsWord, resultAt, startsWord } from './util.js';

const PATTERN = new RegExp(
  `(?:(?<det>ce|cet|cette|la|le)\\s+|(?<elided>l${APOS})\\s*)?(?:(?<edge>début|fin)\\s+(?:de\\s+|d${APOS}))?(?<pod>${alternation(PARTS_OF_DAY)})` +
    `(?:\\s+(?<meme>même))?`,
  'i',
);

/** Parts of the day a demonstrative makes deictic ("ce soir", "cet aprem"); "cette soirée" names an event. */
const DEICTIC_PODS = new Set(['soir', 'nuit', 'matin', 'après-midi', 'aprem', 'aprèm']);

/** A part of day with neither article nor demonstrative: only meaningful after a date. */
export const BARE_POD = 'extract/pod-bare';

export const partOfDayParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpExecArray): ParsingResult | null {
    const g = match.groups ?? {};
    const text = context.text;
    const start = match.index;
    const end = start + match[0].length;
    // "après-midi" must not be read as "midi"; a hyphen before is part of the word.
    if (!startsWord(text, start) || text.charAt(start - 1) === '-' || !endsWord(text, end)) return null;
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
