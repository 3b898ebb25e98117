// Text normalisation shared by the lexicon matcher, the block features and the title matcher.

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const SPACES = /\s+/gu;
const SPACE_BEFORE_COLON = / :/g;
/** Leading and trailing punctuation and symbols, except "©" and "(" which open credits. */
const EDGE_PUNCTUATION_START = /^(?:(?![©(])[\s\p{P}\p{S}])+/u;
const EDGE_PUNCTUATION_END = /[\s\p{P}\p{S}]+$/u;

/**
 * Folded form for matching: lower case, diacritics removed, typographic apostrophes as "'",
 * whitespace runs (no-break spaces included) as one space, no space before ":".
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(SPACES, ' ')
    .replace(SPACE_BEFORE_COLON, ':')
    .trim();
}

/** A folded string without the punctuation and symbols around it ("Partager :" -> "partager"). */
export function stripEdges(folded: string): string {
  return folded.replace(EDGE_PUNCTUATION_START, '').replace(EDGE_PUNCTUATION_END, '');
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Word tokens of a folded string: runs of letters and digits (apostrophes and hyphens split). */
export function words(folded: string): string[] {
  return folded.match(WORD) ?? [];
}
