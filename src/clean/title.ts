// Title finding and title duplicates.
import { fold, words } from './normalize.js';
import { TITLE_FROM_TEXT_MAX_CHARS, TITLE_SIMILARITY } from './settings.js';

/**
 * Separators between a headline and a site name in <title>: "Headline | Site", "Headline - Site",
 * with whitespace on both sides. Only the mark is matched (the whitespace is tested around it, then
 * taken in by loops): a pattern starting with a whitespace run retries that run at every position.
 */
const TITLE_SEPARATOR_MARK = /(?<=\s)(?:::|[|\-–—·•:])(?=\s)/gu;
const WHITESPACE_CHAR = /^\s$/u;
/** A title segment shorter than this (words) is a site or section name, not a headline. */
const MIN_SEGMENT_WORDS = 3;
/**
 * End of the first sentence: final punctuation followed by a capitalised word. Not after a lone
 * capital ("M. Dupont", "J. Biden"), which is an initial.
 */
const FINAL_PUNCTUATION_RUN = /[.!?…]+/gu;
/** What may come before an initial's capital: the start, a space, a dot, an apostrophe, a bracket. */
const BEFORE_INITIAL = /^[\s.'’(]$/u;
const UPPER_CASE = /^\p{Lu}$/u;
const SENTENCE_OPENING_QUOTES = '"«“';
const SENTENCE_OPENER = /^[\p{Lu}\p{N}]$/u;
/** Dangling separators left at the end of a title cut at a word boundary. */
const DANGLING_SEPARATORS = /^[\s,;:–—-]$/u;

export type TitleKey = string[];

/** The words of a title, folded: what two spellings of one title share. */
export function titleKey(text: string): TitleKey {
  return words(fold(text));
}

/** Keys to compare blocks against: the whole title and each headline-sized segment of it. */
export function titleKeys(title: string): TitleKey[] {
  const keys = [titleKey(title)];
  const parts = splitAtSeparators(title);
  if (parts.length > 1) {
    for (const p of parts) {
      const k = titleKey(p);
      if (k.length >= MIN_SEGMENT_WORDS) keys.push(k);
    }
  }
  return keys.filter((k) => k.length > 0);
}

/** `title` split at TITLE_SEPARATOR_MARKs, each with all the whitespace around it. */
function splitAtSeparators(title: string): string[] {
  const parts: string[] = [];
  let from = 0;
  TITLE_SEPARATOR_MARK.lastIndex = 0;
  for (let m = TITLE_SEPARATOR_MARK.exec(title); m !== null; m = TITLE_SEPARATOR_MARK.exec(title)) {
    let start = m.index;
    while (start > from && WHITESPACE_CHAR.test(title[start - 1]!)) start--;
    // the whitespace before this mark was taken by the previous separator
    if (start === m.index) continue;
    let end = m.index + m[0].length;
    while (end < title.length && WHITESPACE_CHAR.test(title[end]!)) end++;
    parts.push(title.slice(from, start));
    from = end;
    TITLE_SEPARATOR_MARK.lastIndex = end;
  }
  parts.push(title.slice(from));
  return parts;
}

/** The code point that ends at `end` (a surrogate pair read as one character). */
function codePointBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  if (end >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(end - 2, end);
  }
  return text.slice(end - 1, end);
}

/** A lone capital ends at `end` ("M" in "M. Dupont", "J" in "J. Biden"). */
function initialEndsAt(text: string, end: number): boolean {
  if (end === 0) return false;
  const capital = codePointBefore(text, end);
  if (!UPPER_CASE.test(capital)) return false;
  const before = end - capital.length;
  return before === 0 || BEFORE_INITIAL.test(text[before - 1]!);
}

/** Whitespace, an optional opening quote, then a capital or a digit from `at` on. */
function sentenceStartsAfter(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && WHITESPACE_CHAR.test(text[i]!)) i++;
  if (i === at) return false;
  if (i < text.length && SENTENCE_OPENING_QUOTES.includes(text[i]!)) i++;
  if (i >= text.length) return false;
  return SENTENCE_OPENER.test(String.fromCodePoint(text.codePointAt(i)!));
}

/**
 * End of the first sentence: a run of final punctuation followed by a capitalised word, not
 * after a lone capital (an initial). When an initial's dot is the first of several marks, the
 * sentence ends with the others ("J.. Suite" -> "J.."), as the first mark belongs to the initial.
 */
function firstSentenceEnd(text: string): number | null {
  FINAL_PUNCTUATION_RUN.lastIndex = 0;
  for (let m = FINAL_PUNCTUATION_RUN.exec(text); m !== null; m = FINAL_PUNCTUATION_RUN.exec(text)) {
    const end = m.index + m[0].length;
    if (!sentenceStartsAfter(text, end)) continue;
    if (!initialEndsAt(text, m.index) || m[0].length > 1) return end;
  }
  return null;
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let inter = 0;
  for (const t of sa) if (sb.has(t)) inter++;
  const union = sa.size + sb.size - inter;
  return union === 0 ? 0 : inter / union;
}

/** Same title: same words in the same order, or nearly the same set of words. */
export function sameTitle(block: TitleKey, keys: readonly TitleKey[]): boolean {
  if (block.length === 0) return false;
  return keys.some((k) => {
    // Jaccard >= s needs word counts within a ratio s of each other: most blocks stop here.
    const ratio = Math.min(block.length, k.length) / Math.max(block.length, k.length);
    if (ratio < TITLE_SIMILARITY) return false;
    if (block.length === k.length && block.every((w, i) => w === k[i])) return true;
    return k.length >= MIN_SEGMENT_WORDS && jaccard(block, k) >= TITLE_SIMILARITY;
  });
}

/** The first sentence of a block, cut at a word boundary near TITLE_FROM_TEXT_MAX_CHARS. */
export function titleFromSentence(text: string): string {
  const end = firstSentenceEnd(text);
  let s = end === null ? text : text.slice(0, end);
  if (s.length > TITLE_FROM_TEXT_MAX_CHARS) {
    const cut = s.lastIndexOf(' ', TITLE_FROM_TEXT_MAX_CHARS);
    s = s.slice(0, cut > 0 ? cut : TITLE_FROM_TEXT_MAX_CHARS);
    let keep = s.length;
    while (keep > 0 && DANGLING_SEPARATORS.test(s[keep - 1]!)) keep--;
    s = s.slice(0, keep);
  }
  return s.trim();
}
