// Title finding and title duplicates.
import { fold, words } from './normalize.js';
import { TITLE_FROM_TEXT_MAX_CHARS, TITLE_SIMILARITY } from './settings.js';

/** Separators between a headline and a site name in <title>: "Headline | Site", "Headline - Site". */
const TITLE_SEPARATOR = /\s+[|\-–—·•:]\s+|\s+::\s+/u;
/** A title segment shorter than this (words) is a site or section name, not a headline. */
const MIN_SEGMENT_WORDS = 3;
/**
 * End of the first sentence: final punctuation followed by a capitalised word. Not after a lone
 * capital ("M. Dupont", "J. Biden"), which is an initial.
 */
const SENTENCE_BOUNDARY = /(?<!(?:^|[\s.'’(])\p{Lu})[.!?…]+(?=\s+["«“]?[\p{Lu}\p{N}])/u;

export type TitleKey = string[];

/** The words of a title, folded: what two spellings of one title share. */
export function titleKey(text: string): TitleKey {
  return words(fold(text));
}

/** Keys to compare blocks against: the whole title and each headline-sized segment of it. */
export function titleKeys(title: string): TitleKey[] {
  const keys = [titleKey(title)];
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length > 1) {
    for (const p of parts) {
      const k = titleKey(p);
      if (k.length >= MIN_SEGMENT_WORDS) keys.push(k);
    }
  }
  return keys.filter((k) => k.length > 0);
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
  const m = SENTENCE_BOUNDARY.exec(text);
  let s = m ? text.slice(0, m.index + m[0].length) : text;
  if (s.length > TITLE_FROM_TEXT_MAX_CHARS) {
    const cut = s.lastIndexOf(' ', TITLE_FROM_TEXT_MAX_CHARS);
    s = s.slice(0, cut > 0 ? cut : TITLE_FROM_TEXT_MAX_CHARS);
    s = s.replace(/[\s,;:–—-]+$/u, '');
  }
  return s.trim();
}
