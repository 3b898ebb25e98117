// Resolve: from a candidate's parts to a Figure (value, unit, kind, qualifier).
import type { Figure, FigureKind, Qualifier } from '../types.js';
import type { Candidate } from './find.js';
import {
  APPROXIMATION_NOUNS,
  CURRENCY_CODE_ALIASES,
  CURRENCY_CODES,
  CURRENCY_NAMES,
  CURRENCY_SUBUNITS,
  CURRENCY_SYMBOLS,
  DOLLAR_PREFIXES,
  DOLLAR_SUFFIXES_LOWER,
  FRACTION_WORDS,
  MAGNITUDE_ABBREVIATIONS,
  MAGNITUDE_WORDS,
  NEGATIVE_WORDS,
  ORDINAL_STEMS,
  PERCENT_SYMBOLS,
  PERCENT_WORDS,
  QUALIFIER_PHRASES,
  ROUND_ONLY_QUALIFIERS,
  SMALL_NUMBERS,
  THOUSAND_WORDS,
} from './lexicon.js';
import { countedFromContext } from './context.js';
import { ordinalStem } from './numbers.js';


// The qualifier phrase must end right before the figure (only spaces between, or nothing after
// an elided "d'"). Phrases are looked up by their last word, then compared in full, longest
// first, so "pas moins de" wins over "moins de".
const QUALIFIERS_BY_LAST_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const p of [...QUALIFIER_PHRASES.keys()].sort((a, b) => b.length - a.length)) {
    const last = p.slice(p.lastIndexOf(' ') + 1);
    m.set(last, [...(m.get(last) ?? []), p]);
  }
  return m;
})();
const WHITESPACE_RUN_RE = /\s+/gu;
const LETTER_BEFORE_RE = /[\p{L}'-]$/u;
/** A character of a word at a token's end ("(environ" -> "environ"), tested one at a time from the end. */
const LAST_WORD_CHAR_RE = /^[\p{L}'.-]$/u;
const IN_ADDITION_RE = /(?:^|[^\p{L}])en $/u;
/** How far back a qualifier phrase may start. */
const QUALIFIER_WINDOW = 40;

/** The qualifier phrase right before `start` (lower case, spaces collapsed), if any. */
export function qualifierPhraseBefore(text: string, start: number): string | undefined {
  // cheap exit: a qualifier ends with a space or an elided "d'"
  const last = text.charCodeAt(start - 1);
  if (start > 0 && !(last === 32 || last === 0xa0 || last === 39 || last === 0x2019 || last === 10 || last === 0x202f || last === 9)) return undefined;
  // the last word before the figure, read backwards without building the window
  let we = start;
  while (we > 0 && isSpaceCode(text.charCodeAt(we - 1))) we--;
  let ws = we;
  while (ws > 0 && we - ws < QUALIFIER_WINDOW && !isSpaceCode(text.charCodeAt(ws - 1))) ws--;
  if (we === ws) return undefined;
  let token = text.slice(ws, we).toLowerCase();
  if (token.includes('’')) token = token.replace(/’/gu, "'");
  const phrases = QUALIFIERS_BY_LAST_WORD.get(token) ?? QUALIFIERS_BY_LAST_WORD.get(lastWord(token));
  if (phrases === undefined) return undefined;
  const window = text.slice(Math.max(0, we - QUALIFIER_WINDOW), we).toLowerCase().replace(/’/gu, "'").replace(WHITESPACE_RUN_RE, ' ');
  for (const p of phrases) {
    if (!window.endsWith(p)) continue;
    const rest = window.slice(0, window.length - p.length);
    if (LETTER_BEFORE_RE.test(rest)) continue;
    // "en plus de 50 euros" is "in addition to", not "over"
    if (p.startsWith('plus') && IN_ADDITION_RE.test(rest)) return undefined;
    return p;
  }
  return undefined;
}

/**
 * The run of letters, apostrophes, dots and hyphens that ends `token`, read backwards: an
 * end-anchored pattern would retry such a run from each of its characters.
 */
function lastWord(token: string): string {
  let start = token.length;
  while (start > 0) {
    const low = token.charCodeAt(start - 1);
    // a letter outside the BMP is a surrogate pair: step over both halves
    const width = start >= 2 && low >= 0xdc00 && low <= 0xdfff && token.charCodeAt(start - 2) >= 0xd800 && token.charCodeAt(start - 2) <= 0xdbff ? 2 : 1;
    if (!LAST_WORD_CHAR_RE.test(token.slice(start - width, start))) break;
    start -= width;
  }
  return token.slice(start);
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** The qualifier right before `start`, if any. */
export function qualifierBefore(text: string, start: number): Qualifier | undefined {
  const phrase = qualifierPhraseBefore(text, start);
  return phrase === undefined ? undefined : QUALIFIER_PHRASES.get(phrase);
}

/** Multiplier of a magnitude word or abbreviation. */
export function magnitudeFactor(text: string): number {
  const lower = text.toLowerCase();
  return MAGNITUDE_WORDS.get(lower) ?? (THOUSAND_WORDS.has(lower) ? 1000 : undefined) ?? MAGNITUDE_ABBREVIATIONS.get(text) ?? 1;
}

/** Value of a fraction denominator word ("quarts" -> 4, "cinquièmes" -> 5). */
export function denominatorValue(text: string): number {
  const lower = text.toLowerCase();
  const d = FRACTION_WORDS.get(lower);
  if (d !== undefined) return d;
  const stem = ordinalStem(lower);
  if (stem === null) return 1;
  if (stem === 'cent') return 100;
  if (stem === 'mille') return 1000;
  return SMALL_NUMBERS.get(stem) ?? (ORDINAL_STEMS.has(stem) ? 1 : 1);
}

/** ISO 4217 code of a currency as written ("€", "d'euros", "dollars canadiens", "US$", "CHF"), or null. */
export function currencyCode(written: string): string | null {
  const s = written.trim().replace(/’/gu, "'").replace(/^d'|^de\s+/iu, '');
  const sym = [...CURRENCY_SYMBOLS.keys()].find((k) => s.includes(k));
  if (sym !== undefined) {
    if (sym === '$') {
      const letters = s.replace(/\$/gu, '').trim();
      if (letters !== '') return DOLLAR_PREFIXES.get(letters) ?? DOLLAR_SUFFIXES_LOWER.get(letters) ?? 'USD';
    }
    return CURRENCY_SYMBOLS.get(sym) ?? null;
  }
  if (CURRENCY_CODES.has(s)) return CURRENCY_CODE_ALIASES.get(s) ?? s;
  const [name = '', variant] = s.toLowerCase().split(/\s+/u);
  const entry = CURRENCY_NAMES.get(name);
  if (entry === undefined) return null;
  if (variant !== undefined) return entry.variants?.get(variant) ?? entry.code;
  return entry.code;
}

function isSubunit(written: string): boolean {
  return CURRENCY_SUBUNITS.has(written.trim().toLowerCase().split(/\s+/u)[0] ?? '');
}

/** The numeric value of a candidate's number (without range). */
export function candidateValue(c: Candidate): number {
  let v = c.numeral.value;
  if (c.denominator !== undefined) v /= c.denominator.value;
  // "un million et demi", "six millions et deux tiers": the half or fraction is of the last magnitude
  let scale = 1;
  if (c.magnitude !== undefined) {
    scale = magnitudeFactor(c.magnitude.text);
    v *= scale;
  } else if (c.numeral.form === 'words') {
    const lastWord = c.numeral.text.toLowerCase().split(/[\s-]+/u).pop() ?? '';
    scale = MAGNITUDE_WORDS.get(lastWord) ?? (THOUSAND_WORDS.has(lastWord) ? 1000 : 1);
  }
  if (c.tail !== undefined) v += c.tail.value;
  if (c.half !== undefined) v += scale / 2;
  if (c.extra !== undefined) v += c.extra.value * scale;
  if (c.approximation !== undefined) v *= APPROXIMATION_NOUNS.get(c.approximation.text.toLowerCase()) ?? 1;
  if (c.per !== undefined) v /= c.per.value;
  if (c.ofWhole === true) v *= 100;
  if (c.subAmount !== undefined) v += c.subAmount.value;
  if (c.sign !== undefined && (c.sign.text === '-' || c.sign.text === '−' || NEGATIVE_WORDS.has(c.sign.text.toLowerCase()))) v = -v;
  if (c.currency !== undefined && isSubunit(c.currency.text)) v /= 100;
  return roundFloat(v);
}

/** Relative distance under which a value is binary noise around an integer. */
const ROUNDING_EPSILON = 1e-14;

/** Removes binary noise (12.5 * 1e6 is exact, but 8.8 * 1e6 is 8800000.000000001). */
function roundFloat(v: number): number {
  if (Number.isSafeInteger(v)) return v;
  // a scaled decimal a hair off an integer ("8,8 millions"): the integer, without a string round trip
  const r = Math.round(v);
  if (r !== 0 && Math.abs(v - r) <= Math.abs(v) * ROUNDING_EPSILON) return r;
  return Number.parseFloat(v.toPrecision(15));
}

function kindOf(c: Candidate): FigureKind {
  if (c.percent !== undefined || c.ofWhole === true || c.share !== undefined) return 'percent';
  if (c.currency !== undefined) return 'money';
  if (c.unit !== undefined) return 'quantity';
  if (c.ordinal === true) return 'ordinal';
  return 'count';
}

function unitOf(text: string, c: Candidate, kind: FigureKind): string | null {
  switch (kind) {
    case 'percent': {
      const p = c.percent?.text ?? '%';
      return PERCENT_SYMBOLS.get(p) ?? PERCENT_WORDS.get(p.toLowerCase().replace(/\s+/gu, ' ')) ?? '%';
    }
    case 'money':
      return currencyCode(c.currency?.text ?? '');
    case 'quantity':
      return c.unit?.text.replace(/\s+/gu, ' ') ?? null;
    case 'count':
      if (c.counted !== undefined) return c.counted.text.replace(/\s+/gu, ' ').replace(/’/gu, "'");
      // "le nombre d'abonnés a dépassé 500 millions": the noun is earlier in the sentence
      return c.per === undefined && c.denominator === undefined ? countedFromContext(text, c.start) : null;
    default:
      return c.counted?.text.replace(/\s+/gu, ' ').replace(/’/gu, "'") ?? null;
  }
}

/** The multiplier a range's upper bound lends to a bare lower bound ("entre 30 et 180 milliards"). */
function sharedScale(lower: Candidate, upper: Candidate): number {
  if (lower.magnitude !== undefined || lower.approximation !== undefined || lower.denominator !== undefined) return 1;
  if (lower.numeral.form === 'words' && scaleOfWords(lower.numeral.text) > 1) return 1;
  const scale = upper.magnitude !== undefined ? magnitudeFactor(upper.magnitude.text)
    : upper.numeral.form === 'words' ? scaleOfWords(upper.numeral.text) : 1;
  // "entre 500 000 et 1 million" already says the lower bound in full
  const upperBase = upper.numeral.form === 'words' && scale > 1 ? upper.numeral.value / scale : upper.numeral.value;
  return scale > 1 && lower.numeral.value < upperBase ? scale : 1;
}

/** The magnitude that ends a spelled-out number ("trois millions" -> 1e6), or 1. */
function scaleOfWords(words: string): number {
  const last = words.toLowerCase().split(/[\s-]+/u).pop() ?? '';
  return MAGNITUDE_WORDS.get(last) ?? (THOUSAND_WORDS.has(last) ? 1000 : 1);
}

/**
 * Where the number of a quantity ends: the last of its parts before the unit. The unit of a
 * quantity is not in the span (issue 5: "for counts and quantities the counted noun or unit is
 * not in the span"), unlike the sign of a percentage or an amount.
 */
function numberEnd(c: Candidate, unitStart: number): number {
  let end = c.start;
  for (const p of [c.numeral, c.magnitude, c.half, c.denominator, c.extra, c.tail, c.approximation, c.per, c.subAmount]) {
    if (p !== undefined && p.end <= unitStart && p.end > end) end = p.end;
  }
  return end > c.start ? end : c.end;
}

/** A round amount: at least two tens and a whole number of tens ("dans les 50 000"). */
function isRound(v: number): boolean {
  return Math.abs(v) >= 20 && v % 10 === 0;
}

/** The Figure for a candidate found in `text`. */
export function resolveCandidate(text: string, c: Candidate): Figure {
  // The bounds of a range share the upper bound's unit, and its magnitude when the lower bound has none.
  const unitSource: Candidate = c.rangeEnd ?? c.unitFrom ?? c;
  const kind = kindOf(unitSource);
  const unit = unitOf(text, unitSource, kind);
  let value = candidateValue(c);
  if (c.rangeEnd !== undefined) value = roundFloat(value * sharedScale(c, c.rangeEnd));
  const end = kind === 'quantity' && c.unit !== undefined ? numberEnd(c, c.unit.start) : c.end;
  const fig: Figure = { text: text.slice(c.start, end), start: c.start, end, value, unit, kind };
  if (c.rangeEnd !== undefined) {
    fig.min = value;
    fig.max = candidateValue(c.rangeEnd);
  } else if (c.rangeStart !== undefined) {
    fig.min = roundFloat(candidateValue(c.rangeStart) * sharedScale(c.rangeStart, c));
    fig.max = value;
  }
  const phrase = qualifierPhraseBefore(text, c.start);
  // "dans les 2 000 euros" is about; "dans les deux sens", "dans les 27 pays" are not
  const stated = phrase === undefined || (ROUND_ONLY_QUALIFIERS.has(phrase) && !isRound(value)) ? undefined : QUALIFIER_PHRASES.get(phrase);
  const q = stated ?? (c.approximation !== undefined ? 'about' : undefined);
  if (q !== undefined) fig.qualifier = q;
  return fig;
}
