// Festivals and named days whose date a rule fixes: "Noël", "la Toussaint", "le lundi de
// Pâques", "cette fête de Pentecôte", "Pâques 2018", "la veille de Noël", "Noël dernier". The
// article or "fête de" before belongs to the expression (French TimeBank); the year is resolved
// in timex.ts (written, or the occurrence nearest the DCT on the side the sentence's tense says).
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { FESTIVAL_KIND_NOUNS, FESTIVALS } from '../lexicon.js';
import { alternation, lookup } from '../pattern.js';
import { TAG } from '../tags.js';
import { APOS, YEAR_SRC } from './patterns.js';
import { endsWord, prefixBefore, resultAt, startsWord } from './util.js';

const PATTERN = new RegExp(`(?<name>${alternation(FESTIVALS)})`, 'i');
/**
 * "la", "le", "l'", "cette fête de", "la fête de", "la veille de", "le lendemain de", "dernière",
 * "prochaine": read from the left context.
 */
const PREFIX = new RegExp(
  `(?<![\\p{L}])(?:(?<det>la|le|l${APOS}|cette|ce|cet)\\s*)?(?:(?<shift>veille|lendemain)\\s+(?:de\\s+|d${APOS})` +
    `|(?<fete>fête|jour|week-end)\\s+(?:de\\s+(?:la\\s+|l${APOS})?|du\\s+|d${APOS}))?(?<rel>dernière\\s+|dernier\\s+|prochaine\\s+|prochain\\s+)?$`,
  'iu',
);
const SUFFIX = new RegExp(`^\\s+(?:(?<year>${YEAR_SRC})(?!\\d)|(?<rel>derni(?:er|ère)|prochaine?|précédente?|suivante?)(?![\\p{L}]))`, 'iu');
/** A name needs a capital in running text ("l'ascension du Mont-Blanc" is not a day), but for the commonest. */
const CAPITALISED = /\p{Lu}/u;
const LOWER_OK = /^(?:noël|noel|pâques|paques|nouvel an|jour de l|fête nationale|fête du travail|mardi gras|lundi de)/i;

/**
 * "les chants de Noël", "le marché de Noël", "un sapin de Noël": the feast names a kind of
 * thing, not a time (FESTIVAL_KIND_NOUNS).
 */
const KIND_NOUN_BEFORE = new RegExp(`(?<![\\p{L}])${alternation(FESTIVAL_KIND_NOUNS)}\\s+(?:de|d${APOS})\\s*$`, 'iu');

/** Followed by the festival's key in FESTIVALS. */
const CURLY_APOSTROPHE = /’/g;
const SPACES = /\s+/g;

export const FESTIVAL_PREFIX = 'extract/festival:';
/** Followed by a day offset: "la veille de Noël" is -1. */
export const FESTIVAL_SHIFT_PREFIX = 'extract/festival-shift:';

export const festivalParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpExecArray): ParsingResult | null {
    const text = context.text;
    const name = match.groups?.['name'] ?? '';
    let end = match.index + name.length;
    if (!startsWord(text, match.index) || !endsWord(text, end)) return null;
    if (lookup(FESTIVALS, name) === undefined) return null;
    const key = name.toLowerCase().replace(CURLY_APOSTROPHE, "'").replace(SPACES, ' ');
    if (!CAPITALISED.test(name) && !LOWER_OK.test(name)) return null;
    if (prefixBefore(text, match.index, KIND_NOUN_BEFORE, 24)) return null;
    const prefix = prefixBefore(text, match.index, PREFIX, 40);
    const suffix = SUFFIX.exec(text.slice(end, end + 16));
    const p = prefix?.groups ?? {};
    const shift = (p['shift'] ?? '').toLowerCase();
    const start = match.index - (prefix ? prefix[0].length : 0);
    if (suffix) end += suffix[0].length;
    const tags = [`${FESTIVAL_PREFIX}${key}`];
    if (shift) tags.push(`${FESTIVAL_SHIFT_PREFIX}${shift === 'veille' ? -1 : 1}`);
    const rel = ((p['rel'] ?? '') + (suffix?.groups?.['rel'] ?? '')).toLowerCase();
    if (rel.includes('dern') || rel.includes('préc')) tags.push(TAG.relPast);
    if (rel.includes('proch') || rel.includes('suiv')) tags.push(TAG.relFuture);
    const r = resultAt(context, start, end, tags);
    if (suffix?.groups?.['year']) r.start.assign('year', Number(suffix.groups['year']));
    return r;
  },
};
