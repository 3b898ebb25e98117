// Text normalisation shared by the lexicon matcher, the block features and the title matcher.

const COMBINING_MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\x00-\x7f]/u;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const SPACES = /\s+/gu;
const SPACE_BEFORE_COLON = / :/g;

/**
 * Folded form for matching: lower case, diacritics removed, typographic apostrophes as "'",
 * whitespace runs (no-break spaces included) as one space, no space before ":".
 */
export function fold(text: string): string {
  // Decomposition is the costly step, and pure-ASCII text (most English pages) has nothing to decompose.
  const decomposed = NON_ASCII.test(text) ? text.normalize('NFD').replace(COMBINING_MARKS, '') : text;
  return decomposed
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(SPACES, ' ')
    .replace(SPACE_BEFORE_COLON, ':')
    .trim();
}

const EDGE_CHAR = /[\s\p{P}\p{S}]/u;
const CREDIT_OPENERS = '©(';

/** A folded string without the punctuation and symbols around it ("Partager :" -> "partager"). */
export function stripEdges(folded: string): string {
  // Character loops from both ends: an end-anchored regex retries at every punctuation run.
  let start = 0;
  while (start < folded.length && !CREDIT_OPENERS.includes(folded[start]!) && EDGE_CHAR.test(folded[start]!)) start++;
  let end = folded.length;
  while (end > start && EDGE_CHAR.test(folded[end - 1]!)) end--;
  return folded.slice(start, end);
}

const WORD = /[\p{L}\p{N}]+/gu;
/** The same on ASCII text, without Unicode property lookups. */
const ASCII_WORD = /[a-z0-9]+/g;

/** Word tokens of a folded string: runs of letters and digits (apostrophes and hyphens split). */
export function words(folded: string): string[] {
  return folded.match(NON_ASCII.test(folded) ? WORD : ASCII_WORD) ?? [];
}
