// A year written alone: "en 2006", "d'ici 2020", "par rapport à 2023", "la saison 1998-1999",
// "les années 1990" (a decade). A four-digit number is a year only in a year context: a cue
// before it, or nothing after it that shows it counts things ("1234 personnes", "2000 euros").
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { COUNTED_NOUNS, DECADE_WORDS, YEAR_CUES } from '../lexicon.js';
import { alternation, lookup } from '../pattern.js';
import { TAG } from '../tags.js';
import { NOT_BEFORE_LETTER, YEAR_SRC } from './patterns.js';
import { before, prefixBefore, resultAt, wholeWordSpan } from './util.js';

// The decade's article ("les années 90") is read from the left context: an optional "les"/"des"
// opening the pattern was tried at every article of the text.
const DECADE_ARTICLE = /(?<![\p{L}])(?:les|des)\s+$/iu;
const PATTERN = new RegExp(
  `(?:(?<decade>années)\\s+(?:(?<dyear>1\\d{2}0|20[0-9]0|[2-9]0)(?!\\d)|(?<dword>${alternation(DECADE_WORDS)})(?!-)${NOT_BEFORE_LETTER})|(?<year>${YEAR_SRC})(?!\\d))`,
  'i',
);

/** A cue word right before the year (the match is at the end of the left context). */
const CUE_BEFORE = new RegExp(`(?:^|[^\\p{L}])${alternation(YEAR_CUES)}\\s*$`, 'iu');
const PART_BEFORE = /(?<![\p{L}])(?:fin|début|mi|courant)(?:\s*-\s*|\s+)$/iu;
/** A counted noun right after the number. */
const COUNTED_AFTER = new RegExp(`^\\s*${alternation(COUNTED_NOUNS)}(?![\\p{L}])`, 'iu');
/** Part of a larger number or a reference: "1 500", "n° 2010", "page 1999", "2,5". */
const NUMBER_BEFORE = /(?:\d[\s.,/]?|n°\s*|no\s|p\.\s*|pages?\s+|numéro\s+|art(?:icle|\.)\s*|tél\.?\s*|\+|€\s*|\$\s*)$/i;
const NUMBER_AFTER = /^(?:[.,]\d|\s\d{3}(?!\d)|\s*%|\s*€)/;
/** Second year of a range "1998-1999" / "1998/99" or the first: always years. */
const YEAR_RANGE_BEFORE = new RegExp(`${YEAR_SRC}\\s*[-/–]\\s*$`);
const YEAR_RANGE_AFTER = /^\s*[-/–]\s*\d{2,4}(?!\d)/;
/**
 * A year in a chain of numbers joined by hyphens: a phone number or a code ("138-2010-2015",
 * "133-03-03-2020", "32-2015"). A year range has two members only, both years.
 */
/** A month number before the year, "12-2015", "03/2016": a month written the administrative way. */
const MONTH_NUMBER_BEFORE = /(?<![\d.,/-])(?<month>0?[1-9]|1[0-2])[-/]$/;
/** A reference number, not a month: "n° 12-2015", "décret 12/2015". */
const REFERENCE_BEFORE = /(?:n°|no\.?|numéro|décret|loi|arrêté|dossier|affaire|référence|réf\.?)\s*$/i;
const HYPHEN_NUMBER_BEFORE = /\d\s?[-–]\s?$/;
const HYPHEN_NUMBER_AFTER = /^\s?[-–]\s?\d/;
const CHAIN_BEFORE = /\d\s?[-–]\s?\d+\s?[-–]\s?$/;
const CHAIN_AFTER = /^\s?[-–]\s?\d+\s?[-–]\s?\d/;
/** Lowercase word after the number: news prose rarely writes a year right before a common noun. */
const WORD_AFTER = /^\s+(?<word>\p{Ll}[\p{L}-]*)/u;
/** A designation code right after: "2014 UZ224" (an asteroid), "2000 GT". */
const CODE_AFTER = /^\s+\p{Lu}{1,4}\d/u;
/** Words that may follow a year in running text. */
const FOLLOWERS = new Set([
  'et', 'ou', 'à', 'a', 'au', 'aux', 'le', 'la', 'les', 'l', 'un', 'une', 'de', 'des', 'du', 'en', 'dans', 'par',
  'pour', 'sur', 'avec', 'sans', 'qui', 'que', 'où', 'est', 'était', 'sera', 'ont', 'avait', 'aura', 'fut',
  'puis', 'mais', 'alors', 'déjà', 'avant', 'après', 'jusqu', 'contre', 'dont', 'se', 'il', 'elle', 'ils',
  'elles', 'on', 'ce', 'cette', 'marque', 'marquera', 'verra', 'devrait', 'pourrait', 'reste', 'restera',
  'dernier', 'dernière', 'prochain', 'prochaine', 'même', 'inclus', 'compris', 'seulement', 'encore',
]);

/** A year that needs no cue: in the 20th or 21st century, followed by nothing that counts or codes. */
function looksLikeYear(year: number, right: string): boolean {
  if (year < 1900 || year > 2100) return false;
  if (CODE_AFTER.test(right)) return false;
  const w = WORD_AFTER.exec(right)?.groups?.['word'];
  return w === undefined || FOLLOWERS.has(w.toLowerCase());
}

export const yearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpExecArray): ParsingResult | null {
    const g = match.groups ?? {};
    const text = context.text;
    const span = wholeWordSpan(text, match);
    if (!span) return null;
    const { start, end } = span;
    if (g['decade']) {
      const d = g['dyear'] ?? String(lookup(DECADE_WORDS, g['dword'] ?? '') ?? '');
      const full = d.length === 2 ? `19${d}` : d;
      const article = prefixBefore(text, start, DECADE_ARTICLE, 8);
      const r = resultAt(context, start - (article ? article[0].length : 0), end, [`${TAG.decadePrefix}${full.slice(0, 3)}`]);
      r.start.assign('year', Number(full));
      return r;
    }
    const year = Number(g['year']);
    const left = before(text, start, 30);
    const right = text.slice(end, end + 30);
    const monthBefore = MONTH_NUMBER_BEFORE.exec(left);
    if (monthBefore?.groups && !HYPHEN_NUMBER_AFTER.test(right) && !NUMBER_AFTER.test(right)) {
      const mStart = start - monthBefore[0].length;
      if (REFERENCE_BEFORE.test(left.slice(0, left.length - monthBefore[0].length))) return null;
      const r = resultAt(context, mStart, end, [TAG.grainMonth]);
      r.start.assign('month', Number(monthBefore.groups['month']));
      r.start.assign('year', year);
      return r;
    }
    const rangeBefore = YEAR_RANGE_BEFORE.test(left);
    if (HYPHEN_NUMBER_BEFORE.test(left) && (!rangeBefore || HYPHEN_NUMBER_AFTER.test(right) || CHAIN_BEFORE.test(left))) return null;
    if (CHAIN_AFTER.test(right)) return null;
    const inRange = rangeBefore || YEAR_RANGE_AFTER.test(right);
    if (!inRange && (NUMBER_BEFORE.test(left) || NUMBER_AFTER.test(right))) return null;
    if (COUNTED_AFTER.test(right)) return null;
    // Without a cue a year must look like one on its own; the cue (a long alternation read at the
    // end of the left context) is only looked for when it does not.
    if (!inRange && !looksLikeYear(year, right) && !CUE_BEFORE.test(left)) return null;
    // "fin 2019", "mi-2020", "début 2021": the part of the year belongs to the expression.
    const part = PART_BEFORE.exec(left);
    const r = resultAt(context, part ? start - part[0].length : start, end, [TAG.grainYear]);
    r.start.assign('year', year);
    return r;
  },
};
