// Durations (TIMEX3 DURATION): "72 heures", "ces dernières 72 heures", "sept ans", "quelques
// minutes" (PTXM), "ces dernières années" (PXY), "un demi-siècle" (P50Y), "près de 24 heures",
// "les trois derniers mois" (P3M), "toute la journée" (P1D).
// A modifier of the amount ("près de", "environ") is inside the extent, as TimeML puts it in @mod.
import type { DateMention } from '../../types.js';
import { APPROX_NUMBERS, DURATION_HEADS, DURATION_UNITS, NUMBER_WORDS, VAGUE_COUNT_WORDS, type DurationUnit } from '../lexicon.js';
import { alternation, lookup } from '../pattern.js';
import { startsWord } from '../parsers/util.js';
import type { Finder } from './types.js';

const UNIT_ALT = alternation(DURATION_UNITS);
/**
 * Find, then look left: every duration ends with a unit word, which is cheap to scan for; the
 * words before it (amount, modifier, "ces dernières") are read from a short window by a regex
 * anchored at the window's end, instead of a pattern with optional leading groups tried at every
 * position of the text.
 */
const UNIT_WORD = new RegExp(`${UNIT_ALT}(?![\\p{L}\\p{N}])`, 'giu');
const WINDOW = 64;
const AMOUNT = `${alternation(NUMBER_WORDS)}|${alternation(VAGUE_COUNT_WORDS)}`;
// Unaccented spellings too ("dernieres"): typed without accents on phones and keyboards.
const ADJ = `derni(?:er|ère|ere)s|prochaine?s|premi(?:er|ère|ere)s`;
const LEFT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:` +
    `(?:(?<det>ces|les|des)\\s+(?<adj>${ADJ})\\s+)?` +
    `(?:(?<mod>près\\s+de|environ|plus\\s+de|moins\\s+d['’]|moins\\s+de|au\\s+moins)\\s+)?` +
    `(?<num>\\d+(?:[.,]\\d+)?|${AMOUNT})\\s+` +
    `|(?<det2>ces|les)\\s+(?<adj2>derni(?:er|ère|ere)s|prochaine?s)\\s+` +
    `|une?\\s+(?<frac>demi|quart\\s+de|quart\\s+d['’])\\s*(?:-\\s*)?` +
    `|(?:(?:les|ces)\\s+)?(?<num4>\\d+|${alternation(NUMBER_WORDS)})\\s+(?:${ADJ})\\s+` +
    `|(?<all>toute?\\s+(?:la\\s+|le\\s+|l['’]\\s*))` +
    `|(?:(?<mod5>près\\s+d['’]|environ|plus\\s+d['’]|moins\\s+d['’])\\s*)?une\\s+(?<approx>${alternation(APPROX_NUMBERS)})\\s+d(?:e\\s+|['’]\\s*)` +
    `)$`,
  'iu',
);
/** "les 24 heures passées", "les 30 jours précédents": the adjective after the unit and the article before belong to the expression. */
const POST_ADJ = /^\s+(?:précédente?s|passée?s|suivante?s|derni(?:er|ère)s|prochaine?s|écoulée?s)(?![\p{L}])/iu;
const ARTICLE_BEFORE = /(?<![\p{L}])(?:les|ces)\s+$/iu;
/** Units "toute la …" takes as a whole: one day, one week… */
const WHOLE_UNITS = new Set(['journée', 'nuit', 'semaine', 'mois', 'année']);
/** Ages: "âgé de 24 ans", "à l'âge de 90 ans", "il a 39 ans", "Jean Dupont, 87 ans,". */
const AGE_BEFORE = /(?:âgée?s?|l['’]âge)\s+de\s+$|(?<![\p{L}])(?:a|avait|aura|aurait|ont|avaient|avoir|à)\s+$|,\s*$|\(\s*$/iu;
const AGE_AFTER = /^\s*[,)]/;
/** "condamné à 10 ans de prison": a sentence, not an age. */
const SENTENCE_AFTER = /^\s+(?:de\s+(?:prison|réclusion|détention|travaux|suspension)|d['’](?:emprisonnement|inéligibilité))/iu;
/** "de N ans" after a noun that is not a span-of-time head: an age ("une fillette de 6 ans"). */
const DE_BEFORE = /(?<head>\p{L}+)\s+de\s+$/u;
const DURATION_HEAD_SET = new Set(DURATION_HEADS);
/** "une seconde fois": the ordinal, not a second of time. */
const ORDINAL_SECONDE = /^une\s+seconde(?!s)/i;

function isAge(text: string, start: number, end: number): boolean {
  if (SENTENCE_AFTER.test(text.slice(end, end + 24))) return false;
  const left = text.slice(Math.max(0, start - 24), start);
  if (AGE_BEFORE.test(left) && (!left.trimEnd().endsWith(',') || AGE_AFTER.test(text.slice(end, end + 3)))) return true;
  const head = DE_BEFORE.exec(left)?.groups?.['head'];
  return head !== undefined && !DURATION_HEAD_SET.has(head.toLowerCase());
}

const DIGIT_FIRST = /^\d/;
const ONE = /^une?$/i;
/** Part of a bigger number ("1 500 heures"): the digits before belong to a figure. */
const DIGIT_BEFORE = /\d[\s.,]?$/;

function iso(count: string, unit: DurationUnit): string {
  return `P${unit.time ? 'T' : ''}${count}${unit.letter}`;
}

function amount(word: string): number | null {
  const w = word.toLowerCase();
  if (DIGIT_FIRST.test(w)) return Number(w.replace(',', '.'));
  return lookup(NUMBER_WORDS, w) ?? null;
}

/** What joins the parts of one duration: "1 heure 46 minutes et 28 secondes", "deux ans, six mois". */
const COMPOUND_JOINT = /^(?:\s*,)?\s+(?:et\s+)?$/;
/** A numeric ISO 8601 duration, split into its date and time parts. */
const ISO_DURATION = /^P(?<date>(?:\d+(?:\.\d+)?[YMWD])*)(?:T(?<time>(?:\d+(?:\.\d+)?[HMS])+))?$/;
const DESIGNATOR_ORDER = 'YMWDhms';
const NOT_DESIGNATOR = /[^A-Z]/g;

/** The designators of a duration in one string, time ones in lower case ("1H46M" -> "hm"). */
function designators(value: string): string | null {
  const g = ISO_DURATION.exec(value)?.groups;
  if (!g) return null;
  return (g['date'] ?? '').replace(NOT_DESIGNATOR, '') + (g['time'] ?? '').replace(NOT_DESIGNATOR, '').toLowerCase();
}

/** "PT1H" + "PT46M" -> "PT1H46M", when the second only has smaller units; else null. */
function joinDurations(a: string, b: string): string | null {
  const da = designators(a);
  const db = designators(b);
  if (!da || !db) return null;
  const last = DESIGNATOR_ORDER.indexOf(da.charAt(da.length - 1));
  if (DESIGNATOR_ORDER.indexOf(db.charAt(0)) <= last) return null;
  const ga = ISO_DURATION.exec(a)?.groups ?? {};
  const gb = ISO_DURATION.exec(b)?.groups ?? {};
  const date = (ga['date'] ?? '') + (gb['date'] ?? '');
  const time = (ga['time'] ?? '') + (gb['time'] ?? '');
  return `P${date}${time ? `T${time}` : ''}`;
}

/** Merges adjacent parts of one compound duration into a single mention. */
function mergeCompounds(text: string, parts: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of parts) {
    const prev = out[out.length - 1];
    const joined = prev && COMPOUND_JOINT.test(text.slice(prev.end, m.start)) ? joinDurations(prev.value, m.value) : null;
    if (prev && joined) {
      out[out.length - 1] = { text: text.slice(prev.start, m.end), start: prev.start, end: m.end, value: joined, type: 'DURATION' };
    } else {
      out.push(m);
    }
  }
  return out;
}

export const findDurations: Finder = (text) => {
  const out: DateMention[] = [];
  for (const hit of text.matchAll(UNIT_WORD)) {
    const u = hit.index;
    if (!startsWord(text, u)) continue;
    const unitWord = hit[0];
    const unit = lookup(DURATION_UNITS, unitWord);
    if (!unit) continue;
    const w = Math.max(0, u - WINDOW);
    const m = LEFT.exec(text.slice(w, u));
    const g = m?.groups;
    if (!m || !g) continue;
    let start = w + m.index;
    let end = u + unitWord.length;
    const post = g['num'] !== undefined && !g['det'] ? POST_ADJ.exec(text.slice(end, end + 16)) : null;
    if (post) {
      const article = ARTICLE_BEFORE.exec(text.slice(Math.max(0, start - 5), start));
      if (article) {
        start -= article[0].length;
        end += post[0].length;
      }
    }
    if (start === w && w > 0 && !startsWord(text, w)) continue; // the window cut a word
    if (DIGIT_BEFORE.test(text.slice(Math.max(0, start - 2), start))) continue;
    const span = text.slice(start, end);
    let value: string | null = null;
    if (g['num'] !== undefined) {
      const num = g['num'];
      // "un jour" is mostly "some day"; "une nuit"/"une journée" are not durations either.
      if (ONE.test(num) && unit.letter === 'D') continue;
      if (unit.letter === 'Y' && unit.factor === 1 && DIGIT_FIRST.test(num) && isAge(text, start, end)) continue;
      if (ORDINAL_SECONDE.test(span)) continue;
      const n = amount(num);
      value = n === null ? iso('X', unit) : iso(String(n * unit.factor), unit);
    } else if (g['adj2'] !== undefined) {
      value = iso('X', unit);
    } else if (g['frac'] !== undefined) {
      const lower = unitWord.toLowerCase();
      if (lower !== 'siècle' && lower !== 'heure') continue;
      const frac = g['frac'].toLowerCase().startsWith('demi') ? 0.5 : 0.25;
      value = lower === 'siècle' ? `P${100 * frac}Y` : `PT${60 * frac}M`;
    } else if (g['num4'] !== undefined) {
      const n = amount(g['num4']);
      if (n === null) continue;
      value = iso(String(n * unit.factor), unit);
    } else if (g['approx'] !== undefined) {
      const n = lookup(APPROX_NUMBERS, g['approx']);
      if (n === undefined) continue;
      value = iso(String(n * unit.factor), unit);
    } else if (g['all'] !== undefined) {
      if (!WHOLE_UNITS.has(unitWord.toLowerCase())) continue;
      value = iso('1', unit);
    }
    if (value === null) continue;
    out.push({ text: span, start, end, value, type: 'DURATION' });
  }
  return mergeCompounds(text, out);
};
