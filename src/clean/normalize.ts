// Text normalisation shared by the lexicon matcher, the block features and the title matcher.

const COMBINING_MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\x00-\x7f]/u;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
/**
 * Whitespace to make one space: runs of two or more, and any single character that is not a plain
 * space. A lone space is left alone: replacing every space by itself cost more than the rest of fold().
 */
const SPACES = /[^\S ]\s*|\s{2,}/g;
const SPACE_BEFORE_COLON = / :/g;

/**
 * Folded form for matching: lower case, diacritics removed, typographic apostrophes as "'",
 * whitespace runs (no-break spaces included) as one space, no space before ":".
 */
export function fold(text: string): string {
  return stripMarks(text)
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(SPACES, ' ')
    .replace(SPACE_BEFORE_COLON, ':')
    .trim();
}

/** Latin letters with diacritics (Latin-1 Supplement and Latin Extended-A) -> their base letters. */
const LATIN_BASE: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (let code = 0xc0; code <= 0x17f; code++) {
    const ch = String.fromCharCode(code);
    const base = ch.normalize('NFD').replace(COMBINING_MARKS, '');
    if (base !== ch && base.length === 1) map.set(ch, base);
  }
  return map;
})();
const LATIN_ACCENTED = /[\u00c0-\u017f]/gu;
/** Characters the table does not cover and that may carry or be marks: decompose those texts fully. */
const BEYOND_LATIN_TABLE = /[\u0180-\u1fff\u0300-\u036f]/u;

/**
 * The text without diacritics. Decomposing (NFD) every block is the costly step; Latin text,
 * almost all of what we read, goes through a lookup table instead.
 */
function stripMarks(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  if (BEYOND_LATIN_TABLE.test(text)) return text.normalize('NFD').replace(COMBINING_MARKS, '');
  return text.replace(LATIN_ACCENTED, (ch) => LATIN_BASE.get(ch) ?? ch);
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
/**
 * A character beyond ASCII that may be a letter or a digit: anything but the no-break space, « »,
 * °, ·, € and the General Punctuation block's dashes, quotes, bullets and ellipsis (U+2010–U+2027,
 * U+2030–U+205E hold no letter or digit). Folded French text keeps only such punctuation once its
 * accents are gone, so the ASCII tokenizer gives the same words, faster.
 */
const NON_ASCII_WORDY = /[^\x00-\x7f\u00a0\u00ab\u00b0\u00b7\u00bb\u2010-\u2027\u2030-\u205e\u20ac]/u;

/** Word tokens of a folded string: runs of letters and digits (apostrophes and hyphens split). */
export function words(folded: string): string[] {
  return folded.match(NON_ASCII_WORDY.test(folded) ? WORD : ASCII_WORD) ?? [];
}
