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

const WORD_PIECE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const UPPER_LETTER = /^\p{Lu}/u;
const LOWER_LETTER = /^\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
/** A gap that ends a sentence or opens a quotation or a line. */
const SENTENCE_BREAK = /[.!?…\n\r«»"“”:;|•]/u;
const DOTTED_ABBREVIATIONS: ReadonlySet<string> = new Set([...GLUED_HONORIFICS, ...DOTTED_ORG_SUFFIXES]);
/** Imperatives and inversions with a pronoun ("Contactez-nous", "Suivez-nous", "Dit-il"): verbs, never names. */
const VERB_PRONOUN = /-(?:nous|vous|moi|toi|le|la|les|lui|leur|en|y|il|elle|ils|elles|on|je|tu|t-il|t-elle|ce)$/u;
/** A lone dot after an abbreviation such as "M." does not end a sentence. */
const LONE_DOT = /^\.\s*$/u;

export function shapeOf(word: string): Shape {
  if (UPPER_LETTER.test(word)) {
    if (!HAS_LOWER.test(word)) return word.length === 1 ? 'initial' : 'upper';
    return 'title';
  }
  if (LOWER_LETTER.test(word)) return HAS_UPPER.test(word) ? 'mixed' : 'lower';
  return 'other';
}

/** A token that can start or continue a name. */
export function isCapitalised(t: Token): boolean {
  return t.shape === 'upper' || t.shape === 'title' || t.shape === 'mixed' || t.shape === 'initial';
}

export function tokenize(text: string): Token[] {
  const pieces: { start: number; end: number }[] = [];
  WORD_PIECE.lastIndex = 0;
  for (let m = WORD_PIECE.exec(text); m !== null; m = WORD_PIECE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const prev = pieces[pieces.length - 1];
    if (prev && prev.end + 1 === start && HYPHENS.has(text[prev.end] ?? '')) prev.end = end;
    else pieces.push({ start, end });
  }
  const tokens: Token[] = [];
  let prevEnd = 0;
  let prevWord = '';
  for (const p of pieces) {
    const word = text.slice(p.start, p.end);
    const gap = text.slice(prevEnd, p.start);
    // "M.Dourov", "D.C.": a dot right after a one- or two-letter abbreviation is not a full stop.
    const abbrevDot = LONE_DOT.test(gap) && (prevWord.length === 1 || DOTTED_ABBREVIATIONS.has(prevWord.toLowerCase()));
    const sentenceStart = tokens.length === 0 || (SENTENCE_BREAK.test(gap) && !abbrevDot);
    const lower = word.toLowerCase();
    const shape = VERB_PRONOUN.test(lower) ? 'lower' : shapeOf(word);
    tokens.push({ text: word, lower, start: p.start, end: p.end, shape, sentenceStart });
    prevEnd = p.end;
    prevWord = word;
  }
  return tokens;
}
