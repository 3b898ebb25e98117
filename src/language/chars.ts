// Character classes of the language stage, by UTF-16 code unit, looked up in a table filled on
// first sight of each code unit: the stage tests every character of its samples, and a table
// read is several times cheaper than a Unicode-property regular expression per character.

const LETTER = /\p{L}/u;
const LOWER_CASE_LETTER = /\p{Ll}/u;

/** 0: not yet seen; 1: lower-case letter; 2: other letter; 3: not a letter. */
const classes = new Uint8Array(0x10000);

function classOf(c: number): number {
  let k = classes[c]!;
  if (k === 0) {
    // A lone surrogate half is no letter on its own (astral letters are left out: the word
    // lists and the detectors' data hold none).
    const ch = String.fromCharCode(c);
    k = c >= 0xd800 && c < 0xe000 ? 3 : LOWER_CASE_LETTER.test(ch) ? 1 : LETTER.test(ch) ? 2 : 3;
    classes[c] = k;
  }
  return k;
}

export function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return classOf(c) !== 3;
}

export function isLowerCaseLetter(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return classOf(c) === 1;
}

/** JavaScript's \s (white space and line terminators). */
export function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
