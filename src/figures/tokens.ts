// A flat token stream for the figures finder: numbers written with digits (with their French
// and foreign grouping formats), runs of letters, and single other characters. Whitespace is
// not a token; the gap between two tokens is read from the text when it matters.

export type TokenType = 'num' | 'word' | 'sym';

/** How a digit literal is written; decides how its separators are read. */
export type NumberFormat = 'space' | 'dot' | 'apostrophe' | 'english' | 'plain';

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

// One pass over the text. The digit alternatives are tried in order, each group of thousands
// exactly 3 digits long (the lookahead refuses a 4th digit), so "2019 500" stays two numbers
// while "72 000" is one. Separators are single characters: no nested quantifier can backtrack.
const TOKEN_RE = new RegExp(
  [
    // "72 000", "1 234,56" (space, no-break space U+00A0, narrow no-break U+202F, thin U+2009)
    String.raw`(?<space>\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3}(?!\d))+(?:,\d+)?)`,
    // "545.000", "1.234.567,89" (a dot followed by exactly three digits groups thousands)
    String.raw`(?<dot>\d{1,3}(?:\.\d{3}(?!\d))+(?:,\d+)?)`,
    // "1'000'000" (Swiss)
    String.raw`(?<apostrophe>\d{1,3}(?:['’]\d{3}(?!\d))+(?:[.,]\d+)?)`,
    // "1,234,567" or "1,234.5": English grouping, only when it cannot be a French decimal
    String.raw`(?<english>\d{1,3}(?:,\d{3}(?!\d)){2,}(?:\.\d+)?|\d{1,3},\d{3}\.\d+)`,
    // "12", "12,5", "3.5"
    String.raw`(?<plain>\d+(?:[.,]\d+)?)`,
    String.raw`(?<word>[\p{L}\p{M}]+)`,
    String.raw`(?<sym>\S)`,
  ].join('|'),
  'gu',
);

const NUMBER_FORMATS: readonly NumberFormat[] = ['space', 'dot', 'apostrophe', 'english', 'plain'];

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const start = m.index;
    const g = m.groups ?? {};
    if (g.word !== undefined) {
      tokens.push({ type: 'word', start, end: start + t.length, text: t, lower: t.toLowerCase() });
    } else if (g.sym !== undefined) {
      tokens.push({ type: 'sym', start, end: start + t.length, text: t, lower: t });
    } else {
      const format = NUMBER_FORMATS.find((f) => g[f] !== undefined) ?? 'plain';
      tokens.push({ type: 'num', start, end: start + t.length, text: t, lower: t, format });
    }
  }
  return tokens;
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
