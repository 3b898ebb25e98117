// A flat token stream for the figures finder: numbers written with digits (with their French
// and foreign grouping formats), runs of letters, and single other characters. Whitespace is
// not a token; the gap between two tokens is read from the text when it matters.

import { CURRENCY_NAMES } from './lexicon.js';

export type TokenType = 'num' | 'word' | 'sym';

/** How a digit literal is written; decides how its separators are read. */
export type NumberFormat = 'space' | 'dot' | 'apostrophe' | 'english' | 'scientific' | 'plain';

export interface Token {
  type: TokenType;
  start: number;
  end: number;
  text: string;
  /** Lower-cased text (words only; the text itself otherwise). */
  lower: string;
  /** For `num` tokens. */
  format?: NumberFormat;
}

// Digit literals. The alternatives are tried in order, each group of thousands exactly 3 digits
// long (the lookahead refuses a 4th digit), so "2019 500" stays two numbers while "72 000" is
// one. Separators are single characters: no nested quantifier can backtrack.
const NUMBER_RE = new RegExp(
  [
    // "72 000", "1 234,56" (space, no-break space U+00A0, narrow no-break U+202F, thin U+2009)
    String.raw`(?<space>\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3}(?!\d))+(?:,\d+)?)`,
    // "545.000", "1.234.567,89" (a dot followed by exactly three digits groups thousands)
    String.raw`(?<dot>\d{1,3}(?:\.\d{3}(?!\d))+(?:,\d+)?)`,
    // "1'000'000" (Swiss)
    String.raw`(?<apostrophe>\d{1,3}(?:['’]\d{3}(?!\d))+(?:[.,]\d+)?)`,
    // "1,234,567" or "1,234.5": English grouping, only when it cannot be a French decimal
    String.raw`(?<english>\d{1,3}(?:,\d{3}(?!\d)){2,}(?:\.\d+)?|\d{1,3},\d{3}\.\d+)`,
    // "1e10", "12,32e+14", "-12e-1": scientific notation (an "e" glued to digits and followed by
    // digits; "12e" alone is an ordinal)
    String.raw`(?<scientific>\d+(?:[.,]\d+)?[eE][+-]?\d+(?![\p{L}\d]))`,
    // "12", "12,5", "3.5"
    String.raw`(?<plain>\d+(?:[.,]\d+)?)`,
  ].join('|'),
  'uy',
);
const LETTER_RE = /^[\p{L}\p{M}]/u;
const SPACE_CHAR_RE = /^\s/u;

/**
 * Is the UTF-16 unit at i a letter or a combining mark (non-ASCII)? Latin-1 letters are decided
 * by code (× and ÷ are not letters); other scripts by the Unicode property regex. A low surrogate
 * continues the letter its high surrogate started.
 */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && LETTER_RE.test(text.slice(i - 1, i + 1));
  return LETTER_RE.test(text.slice(i, i + 2));
}

const NUMBER_FORMATS: readonly NumberFormat[] = ['space', 'dot', 'apostrophe', 'english', 'scientific', 'plain'];

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scan(text, 0, text.length, tokens);
  return tokens;
}

/** Appends the tokens of text[from, to) (a token may run past `to`). */
function scan(text: string, from: number, to: number, tokens: Token[]): void {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // whitespace (ASCII and the Unicode spaces used in typography)
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 12) {
      i++;
      continue;
    }
    if (c >= 48 && c <= 57) {
      // fast path: a digit run followed by a character that cannot continue a literal
      let e = i + 1;
      while (e < text.length && isDigitCode(text.charCodeAt(e))) e++;
      if (!mayContinueLiteral(text.charCodeAt(e))) {
        const t = text.slice(i, e);
        tokens.push({ type: 'num', start: i, end: e, text: t, lower: t, format: 'plain' });
        i = e;
        continue;
      }
      NUMBER_RE.lastIndex = i;
      const m = NUMBER_RE.exec(text);
      if (m !== null) {
        const g = m.groups ?? {};
        const format = NUMBER_FORMATS.find((f) => g[f] !== undefined) ?? 'plain';
        const t = m[0];
        tokens.push({ type: 'num', start: i, end: i + t.length, text: t, lower: t, format });
        i += t.length;
        continue;
      }
    }
    if (c > 64 && (c < 128 ? ((c | 32) >= 97 && (c | 32) <= 122) : isLetterAt(text, i))) {
      // A run of letters: ASCII and Latin-1 letters are decided by code, the rest by the regex.
      let e = i + 1;
      // upper case seen: only then is a lower-case copy made
      let upper = c < 91 || c >= 0xc0;
      while (e < text.length) {
        const d = text.charCodeAt(e);
        if (d < 128 ? ((d | 32) >= 97 && (d | 32) <= 122) : isLetterAt(text, e)) {
          if (d < 91 || d >= 0xc0) upper = upper || d < 91 || (d >= 0xc0 && d <= 0xde) || d > 0xff;
          e++;
        } else break;
      }
      const t = text.slice(i, e);
      tokens.push({ type: 'word', start: i, end: e, text: t, lower: upper ? t.toLowerCase() : t });
      i = e;
      continue;
    }
    if (c < 0x80) {
      // ASCII punctuation (ASCII spaces were skipped above; other controls count as space)
      if (c > 32 && c !== 127) tokens.push({ type: 'sym', start: i, end: i + 1, text: text[i] ?? '', lower: text[i] ?? '' });
      i++;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
    if (SPACE_CHAR_RE.test(ch)) {
      i += ch.length;
      continue;
    }
    tokens.push({ type: 'sym', start: i, end: i + ch.length, text: ch, lower: ch });
    i += ch.length;
  }
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Can the character after a digit run continue a digit literal (a group separator, a decimal
 * mark, an exponent)? NaN (end of text) cannot.
 */
function mayContinueLiteral(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 46 || c === 44 || c === 39 || c === 0x2019
    || c === 101 || c === 69;
}

/** The value of a digit literal, read according to its format. */
export function parseDigits(text: string, format: NumberFormat): number {
  let s: string;
  switch (format) {
    case 'space':
      s = text.replace(/[ \u00A0\u202F\u2009]/gu, '').replace(',', '.');
      break;
    case 'dot':
      s = text.replace(/\./gu, '').replace(',', '.');
      break;
    case 'apostrophe':
      s = text.replace(/['’]/gu, '').replace(',', '.');
      break;
    case 'english':
      s = text.replace(/,/gu, '');
      break;
    case 'scientific':
    case 'plain':
      s = text.replace(',', '.');
      break;
  }
  return Number(s);
}

/** True when the literal has no separator at all ("2019", not "2 019" or "20,19"). */
export function isPlainInteger(token: Token): boolean {
  return token.format === 'plain' && !token.text.includes(',') && !token.text.includes('.');
}

// Where a figure may start: a digit, a currency sign, a vulgar fraction, a number word other than
// the article, or "un"/"une" before a magnitude, fraction, approximation noun, "sur" or "et".
// Only the text around these points is tokenised, which keeps long number-free stretches cheap.
// Case-sensitive on purpose (an /i regex is several times slower): capitalised forms are
// spelled out for the first letter only, as a sentence can start with a number word.
/** Lower-case letters of French words, for the trigger regex (which has no "u" flag: faster). */
const FRENCH_LETTERS = 'a-zàâäéèêëîïôöùûüÿçœæ';
const CURRENCY_NAME_ALTERNATION = [...CURRENCY_NAMES.keys()].filter((k) => k.length > 2).sort((a, b) => b.length - a.length).join('|');
const TRIGGER_RE = new RegExp(
  // digits, currency signs, vulgar fractions
  String.raw`[0-9€$£¥₹₽₺₩₪₿½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|\b(?:` +
    // number-word stems, grouped by first letter so the regex engine dispatches on one character:
    // zéro deux dix douze trois treize trente quatre quatorze quinze quarante cinq cent six sept
    // seize soixante second huit neuf nonante négatif onze octante vingt mille moitié premier,
    // billion(ième) trillion(ième)
    // ("quart de million", "tiers de milliard", "demi de million": a fraction word alone before a magnitude)
    String.raw`[Zz][ée]ro|[Dd](?:eux|ix|ouz|emi[ \u00A0]+de[ \u00A0]+mil)|[Tt](?:rois|reiz|rent|rill|iers[ \u00A0]+de[ \u00A0]+mil)|[Bb]ill` +
    String.raw`|[Qq]u(?:atr|atorz|inz|arant|art[ \u00A0]+de[ \u00A0]+mil)|[Cc](?:inq|ent)` +
    String.raw`|[Ss](?:ix|ept|eiz|oixant|econd)|[Hh]uit|[Nn](?:eu[fv]|onant|[ée]gati)|[Oo](?:nz|ctant)|[Vv]ingt` +
    String.raw`|[Mm](?:ill|oiti)|[Pp]remi` +
    // "un"/"une" before a magnitude, fraction, ordinal, approximation noun, "sur", "et", "seul" or
    // a currency name ("un million", "un tiers", "une dizaine", "un sur trois", "un euro")
    String.raw`|[Uu]ne?[ \u00A0]+(?:mil|bil|tril|lakh|crore|demi|tiers|quart|seul|[${FRENCH_LETTERS}]+i[eè]me|[${FRENCH_LETTERS}]+aine` +
    String.raw`|(?:sur|et|${CURRENCY_NAME_ALTERNATION})\b)` +
    // "au moins un", "plus d'une fois": "un" after a bound (ONE_QUALIFIER_PHRASES)
    String.raw`|(?:moins|plus|minimum|maximum)[ \u00A0]+(?:d['’]|de[ \u00A0]+)?une?\b)`,
  'g',
);
/**
 * Characters tokenised before and after a trigger (currency prefixes, age and score cues, units,
 * counted nouns; qualifiers and range openers are read from the text itself). Every number word
 * is a trigger of its own, so a window only has to reach past the last one. Checked equal to a
 * full tokenisation on about 2,000 documents of news text.
 */
const WINDOW_BEFORE = 24;
const WINDOW_AFTER = 48;

/** Whitespace as the window edges see it (ASCII and typographic spaces). */
function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 12 || c === 11;
}

/** Tokens of the parts of `text` that may hold a figure, in order. */
export function tokenizeAround(text: string): Token[] {
  const windows: [number, number][] = [];
  TRIGGER_RE.lastIndex = 0;
  for (let m = TRIGGER_RE.exec(text); m !== null; m = TRIGGER_RE.exec(text)) {
    let s = Math.max(0, m.index - WINDOW_BEFORE);
    let e = Math.min(text.length, m.index + m[0].length + WINDOW_AFTER);
    while (s > 0 && !isSpaceCode(text.charCodeAt(s - 1))) s--;
    while (e < text.length && !isSpaceCode(text.charCodeAt(e))) e++;
    const last = windows[windows.length - 1];
    if (last !== undefined && s <= last[1]) last[1] = Math.max(last[1], e);
    else windows.push([s, e]);
    // skip ahead: everything up to the window's end is already covered
    if (TRIGGER_RE.lastIndex < e - WINDOW_AFTER) TRIGGER_RE.lastIndex = e - WINDOW_AFTER;
  }
  const tokens: Token[] = [];
  let done = 0;
  for (const [s, e] of windows) {
    const from = Math.max(s, done);
    scan(text, from, e, tokens);
    const lastTok = tokens[tokens.length - 1];
    done = lastTok !== undefined ? Math.max(e, lastTok.end) : e;
  }
  return tokens;
}
