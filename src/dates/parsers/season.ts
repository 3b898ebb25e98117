// Seasons: "l'été", "cet automne", "l'hiver dernier", "le printemps 2020", "en été". "été" is
// also the participle of "être" ("a été"), so a bare "été" needs an article or "en" before it.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { SEASONS } from '../lexicon.js';
import { alternation, lookup } from '../pattern.js';
import { TAG } from '../tags.js';
import { APOS, NOT_AFTER_LETTER, NOT_BEFORE_LETTER, YEAR_SRC } from './patterns.js';
import { before, endsWord, prefixBefore, resultAt, startsWord } from './util.js';

// "cette été": the demonstrative often written in the feminine before a vowel.
const PREFIX = new RegExp(`(?<![\\p{L}])(?<det>l${APOS}\\s*|le\\s+|cet\\s+|cette\\s+|ce\\s+)$`, 'iu');
/**
 * "a été", "ont été", "avait été": the participle, after a form of "avoir" (checked in the
 * pattern, see NOT_AFTER_LETTER on why). Ends with the participle so that it looks back from the
 * match's end.
 */
const PARTICIPLE_BEFORE = `(?:^|[^A-Za-zÀ-ÿ])(?:a|ai|as|ont|avait|avaient|avais|avions|aviez|aurait|auraient|aura|auront|avoir|ayant|eût|avons|avez|n['’]a|n['’]ont|pas|jamais|déjà|toujours|encore|aussi|souvent|bien|tous|t|y)\\s+été`;
const PATTERN = new RegExp(
  `${NOT_AFTER_LETTER}(?<season>${alternation(SEASONS)})${NOT_BEFORE_LETTER}(?<!${PARTICIPLE_BEFORE})` +
    `(?:\\s+(?<year>${YEAR_SRC})(?!\\d))?(?:\\s+(?<rel>derni(?:er)|prochain))?`,
  'i',
);
// Not "d'": "Jeux d'hiver", "sports d'hiver" qualify a noun.
const EN_BEFORE = /(?:^|[^\p{L}])(?:en|jusqu['’]en)\s*$/iu;

/** A season after "en", without article, year or "dernier": generic in the present tense (timex.ts). */
export const BARE_SEASON = 'extract/season-bare';

export const seasonParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpExecArray): ParsingResult | null {
    const text = context.text;
    const end = match.index + match[0].length;
    if (!startsWord(text, match.index) || !endsWord(text, end)) return null;
    const prefix = prefixBefore(text, match.index, PREFIX, 8);
    const g = { ...match.groups, ...prefix?.groups };
    const start = match.index - (prefix ? prefix[0].length : 0);
    const code = lookup(SEASONS, g['season'] ?? '');
    if (!code) return null;
    const det = (g['det'] ?? '').trim().toLowerCase();
    if (!det && !g['year'] && !EN_BEFORE.test(before(text, match.index, 12))) return null;
    const tags = [`${TAG.seasonPrefix}${code}`];
    const rel = (g['rel'] ?? '').toLowerCase();
    if (rel.startsWith('dern')) tags.push(TAG.relPast);
    if (rel.startsWith('proch')) tags.push(TAG.relFuture);
    if (det.startsWith('c') || rel) tags.push(TAG.deictic);
    // "en été" with neither article nor year: in a present-tense sentence, every summer.
    if (!det && !g['year'] && !rel) tags.push(BARE_SEASON);
    const r = resultAt(context, start, end, tags);
    if (g['year']) r.start.assign('year', Number(g['year']));
    return r;
  },
};
