// Word tokens of a text, with their shape. One regex pass over the text; hyphenated compounds
// ("États-Unis", "Jean-Pierre", "néo-zélandaise") are rejoined in code rather than by a nested
// pattern, so the scan stays linear.
import { DOTTED_ORG_SUFFIXES, GLUED_HONORIFICS } from './lexicon.js';

/** upper: "JAKARTA", "CNN"; initial: "M", "D"; title: "Telegram"; mixed: "hCaptcha", "eBay"; lower; other: "2016". */
export type Shape = 'upper' | 'initial' | 'title' | 'mixed' | 'lower' | 'other';

export interface Token {
  text: string;
  /** Lower-case text. */
  lower: string;
  start: number;
  end: number;
  shape: Shape;
  /** First word of a sentence, a line or a quotation: its capital says nothing. */
  sentenceStart: boolean;
}

/** Non-ASCII characters that start a word, and that continue one (combining marks too). */
const WORD_START_CHAR = /^[\p{L}\p{N}]$/u;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const SPACE = 0x20;
const APOSTROPHES = new Set(["'", '\u2019']);
const UPPER_LETTER = /^\p{Lu}/u;
const LOWER_LETTER = /^\p{Ll}/u;
/** A capital inside a word, not right after a hyphen: "hCaptcha", "eBay". */
const INNER_UPPER = /[\p{L}\p{N}]\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
/** A gap that ends a sentence or opens a quotation or a line. */
const SENTENCE_BREAK = /[.!?…\n\r«»"“”:;|•]/u;
const DOTTED_ABBREVIATIONS: ReadonlySet<string> = new Set([...GLUED_HONORIFICS, ...DOTTED_ORG_SUFFIXES]);
/** Imperatives and inversions with a pronoun ("Contactez-nous", "Suivez-nous", "Dit-il"): verbs, never names. */
const VERB_PRONOUN = /-(?:nous|vous|moi|toi|le|la|les|lui|leur|en|y|il|elle|ils|elles|on|je|tu|t-il|t-elle|ce)$/u;
/** A lone dot after an abbreviation such as "M." does not end a sentence. */
const LONE_DOT = /^\.\s*$/u;

export function shapeOf(word: string): Shape {
  // ASCII fast path: most tokens are plain lower-case words
  const c0 = word.charCodeAt(0);
  if (c0 >= 97 && c0 <= 122) {
    for (let i = 1; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if ((c >= 65 && c <= 90) || c > 127) return INNER_UPPER.test(word) ? 'mixed' : 'lower';
    }
    return 'lower';
  }
  // ASCII capital first: the regexes below only ask whether a lower-case letter follows
  if (c0 >= 65 && c0 <= 90) {
    let hasLower = false;
    let ascii = true;
    for (let i = 1; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c > 127) {
        ascii = false;
        break;
      }
      if (c >= 97 && c <= 122) hasLower = true;
    }
    if (ascii) return hasLower ? 'title' : word.length === 1 ? 'initial' : 'upper';
  }
  // any other ASCII first character is neither letter case: a number
  if (c0 < 128 && !(c0 >= 65 && c0 <= 90) && !(c0 >= 97 && c0 <= 122)) return 'other';
  if (UPPER_LETTER.test(word)) {
    if (!HAS_LOWER.test(word)) return word.length === 1 ? 'initial' : 'upper';
    return 'title';
  }
  // "démocratie-Forces", "super-G": a capital after a hyphen does not make a brand name
  if (LOWER_LETTER.test(word)) return INNER_UPPER.test(word) ? 'mixed' : 'lower';
  return 'other';
}

/** A token that can start or continue a name. */
export function isCapitalised(t: Token): boolean {
  return t.shape === 'upper' || t.shape === 'title' || t.shape === 'mixed' || t.shape === 'initial';
}

/** Whether the code unit at i continues a word (letters, marks, digits; surrogate pairs as letters). */
function isWordUnit(text: string, i: number, c: number, first: boolean): boolean {
  // ASCII fast path
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return true;
  // the class of a code unit never changes: the two tests are run once per code unit seen
  let cls = unitClass[c] as number;
  if (cls === 0) {
    const ch = String.fromCharCode(c);
    cls = 1 | (WORD_START_CHAR.test(ch) ? STARTS_WORD : 0) | (WORD_CHAR.test(ch) ? CONTINUES_WORD : 0);
    unitClass[c] = cls;
  }
  return (cls & (first ? STARTS_WORD : CONTINUES_WORD)) !== 0;
}
/** Per BMP code unit: 0 not yet tested, else 1 | STARTS_WORD | CONTINUES_WORD. */
const unitClass = new Uint8Array(0x10000);
const STARTS_WORD = 2;
const CONTINUES_WORD = 4;

/** A word with no ASCII capital and nothing beyond ASCII: its own lower case, without the runtime call. */
function isAsciiLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  let prevWord = '';
  const push = (start: number, end: number): void => {
    const word = text.slice(start, end);
    let sentenceStart = tokens.length === 0;
    // a single space, the common case, neither ends a sentence nor follows an abbreviation
    if (!sentenceStart && !(start - prevEnd === 1 && text.charCodeAt(prevEnd) === SPACE)) {
      const gap = text.slice(prevEnd, start);
      // "M.Dourov", "D.C.": a dot right after an initial or an honorific is not a full stop
      const abbrevDot = LONE_DOT.test(gap) && (prevWord.length === 1 || DOTTED_ABBREVIATIONS.has(prevWord.toLowerCase()));
      sentenceStart = SENTENCE_BREAK.test(gap) && !abbrevDot;
    }
    const lower = isAsciiLower(word) ? word : word.toLowerCase();
    const shape = word.includes('-') && VERB_PRONOUN.test(lower) ? 'lower' : shapeOf(word);
    tokens.push({ text: word, lower, start, end, shape, sentenceStart });
    prevEnd = end;
    prevWord = word;
  };
  // A hand-written scan (no match objects): words are letter/digit runs, and hyphenated
  // compounds are one token ("États-Unis", "néo-zélandaise").
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordUnit(text, i, text.charCodeAt(i), true)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < n && isWordUnit(text, i, text.charCodeAt(i), false)) i++;
      if (i + 1 < n && HYPHENS.has(text[i] as string) && isWordUnit(text, i + 1, text.charCodeAt(i + 1), true)) {
        i += 2;
        continue;
      }
      // "Côtes-d'Armor", "Val-d'Oise": an elided article inside a hyphenated name
      if (i + 1 < n && APOSTROPHES.has(text[i] as string) && i - start >= 3 && HYPHENS.has(text[i - 2] as string)) {
        const elided = text[i - 1];
        if ((elided === 'd' || elided === 'l') && isWordUnit(text, i + 1, text.charCodeAt(i + 1), true)) {
          i += 2;
          continue;
        }
      }
      break;
    }
    push(start, i);
  }
  return tokens;
}

/** Index of the first token starting at or after `offset` (bisection: tokens are sorted by start). */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
