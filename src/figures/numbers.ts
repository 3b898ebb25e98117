// Spelled-out French numbers: a small grammar over word tokens ("vingt-quatre",
// "quatre-vingt-dix-neuf", "deux cent cinquante mille", "un million", "vingt et unième").
// It decides how far a number extends (find) and what it is worth (resolve).
import {
  FRACTION_WORDS,
  HUNDRED_WORDS,
  MAGNITUDE_WORDS,
  ORDINAL_STEMS,
  ORDINAL_SUFFIXES,
  SMALL_NUMBERS,
  THOUSAND_WORDS,
} from './lexicon.js';
import type { Token } from './tokens.js';

export interface WordNumber {
  value: number;
  /** Token index after the last token of the number. */
  end: number;
  /** Number of number words read. */
  words: number;
  /** The last word was an ordinal ("vingt-deuxième"). */
  ordinal: boolean;
  /** The largest multiplier of the last group: 1e6 for "un million", 1 for "vingt". */
  lastScale: number;
}

type Last = 'none' | 'zero' | 'unit' | 'teen' | 'tens' | 'hundred' | 'thousand' | 'large';

/** The cardinal word an ordinal derives from ("neuvième" -> "neuf"), or null. */
export function ordinalStem(lower: string): string | null {
  for (const suffix of ORDINAL_SUFFIXES) {
    if (lower.length > suffix.length && lower.endsWith(suffix)) {
      return ORDINAL_STEMS.get(lower.slice(0, -suffix.length)) ?? null;
    }
  }
  return null;
}

/** Is `t` glued to `u` (no character between)? */
export function glued(t: Token, u: Token): boolean {
  return t.end === u.start;
}

/**
 * Reads the longest spelled-out number starting at token `i`, or null when token `i` does not
 * start one. Words are joined by spaces, hyphens ("vingt-quatre") or "et" ("vingt et un").
 * A word that cannot continue the number (e.g. "deux trois") ends it.
 */
export function parseWordNumber(
  tokens: readonly Token[],
  i: number,
  text: string,
  denominator = false,
): WordNumber | null {
  let total = 0;
  let cur = 0;
  let last: Last = 'none';
  let words = 0;
  let end = i;
  let ordinal = false;
  let lastLarge = Infinity;
  let lastScale = 1;
  /** Value of the last "mille" group ("vingt et un mille" = 21000). */
  let thousands = 0;
  /** Value of the last magnitude group ("trois crore" = 3e7), which a magnitude right after multiplies. */
  let lastGroup = 0;
  let j = i;
  while (j < tokens.length) {
    let k = j;
    let joinedBy: 'space' | 'hyphen' | 'et' = 'space';
    const t = tokens[j];
    if (t === undefined) break;
    if (words > 0) {
      const prev = tokens[j - 1];
      if (t.type === 'sym' && (t.text === '-' || t.text === '‑') && prev !== undefined && glued(prev, t)) {
        k = j + 1;
        joinedBy = 'hyphen';
        const nxt = tokens[k];
        if (nxt === undefined || !glued(t, nxt)) break;
        const hy2 = tokens[k + 1];
        if (nxt.type === 'word' && nxt.lower === 'et' && last === 'tens' && hy2 !== undefined && hy2.text === '-' && glued(nxt, hy2)) {
          k += 2; // "trente-et-un"
          joinedBy = 'et';
        }
      } else if (t.type === 'word' && t.lower === 'et' && (last === 'large' || last === 'thousand') && !denominator) {
        // "mille et une nuits", "deux millions et trois cents": a smaller number added after "et",
        // complete in itself (not "entre un million et deux millions")
        const sub = prevSpaced(tokens, j, text) ? parseWordNumber(tokens, j + 1, text) : null;
        const after = sub === null ? undefined : tokens[sub.end];
        // "cinq milliards et trois quarts" is a mixed fraction, read by the caller
        const scaleAfter = after !== undefined && after.type === 'word'
          && (MAGNITUDE_WORDS.has(after.lower) || THOUSAND_WORDS.has(after.lower) || FRACTION_WORDS.has(after.lower) || ordinalStem(after.lower) !== null);
        if (sub === null || sub.ordinal || sub.value <= 0 || sub.value >= lastScale || scaleAfter) break;
        total += cur + sub.value;
        cur = 0;
        words += sub.words;
        end = sub.end;
        break;
      } else if (t.type === 'word' && t.lower === 'et' && last === 'tens') {
        k = j + 1;
        joinedBy = 'et';
        const nxt = tokens[k];
        if (nxt !== undefined && nxt.type === 'sym' && nxt.text === '-' && glued(t, nxt)) k += 1; // "vingt-et-un"
      } else if (prev !== undefined && !onlySpaces(text, prev.end, t.start)) {
        break;
      }
    }
    const w = tokens[k];
    if (w === undefined || w.type !== 'word') break;
    let lw = w.lower;
    let isOrdinal = false;
    const stem = ordinalStem(lw);
    if (stem !== null) {
      // "trois cinquièmes" and "un cinquième" are fractions, read by the caller; a singular
      // spaced ordinal continues the number ("deux centième", "cent vingt cinquième").
      if (!denominator && words > 0 && joinedBy === 'space' && (lw.endsWith('s') || total + cur === 1)) break;
      lw = stem;
      isOrdinal = true;
    }
    if (joinedBy === 'et' && !(lw === 'un' || lw === 'une' || lw === 'onze')) break;
    const small = SMALL_NUMBERS.get(lw);
    const r = cur % 100;
    const fresh = last === 'none' || last === 'hundred' || last === 'thousand' || last === 'large';
    if (small !== undefined) {
      if (small === 0) {
        if (words > 0) break;
        last = 'zero';
      } else if (small < 10) {
        const afterTens = (last === 'tens' || last === 'teen') && r % 10 === 0 && r > 0;
        if (!(fresh || afterTens)) break;
        if ((lw === 'un' || lw === 'une') && last === 'tens' && joinedBy === 'space') break; // "vingt un" is not a number
        cur += small;
        last = 'unit';
      } else if (small < 20) {
        if (!(fresh || (last === 'tens' && (r === 60 || r === 80)))) break;
        cur += small;
        last = 'teen';
      } else if (lw === 'vingt' || lw === 'vingts') {
        if (last === 'unit' && r === 4) {
          cur += 76; // "quatre-vingt(s)"
        } else if (fresh && lw === 'vingt') {
          cur += 20;
        } else break;
        last = 'tens';
      } else {
        if (!fresh) break;
        cur += small;
        last = 'tens';
      }
      lastScale = 1;
    } else if (HUNDRED_WORDS.has(lw)) {
      if (!(cur < 10 && (fresh || last === 'unit'))) break;
      // "cent" alone is a hundred: "un cent cinquième" is one hundred-and-fifth (1/105), "un cent" a coin
      if (last === 'unit' && cur === 1 && total === 0) break;
      if (last === 'hundred') break;
      cur = (cur || 1) * 100;
      last = 'hundred';
      lastScale = 100;
    } else if (THOUSAND_WORDS.has(lw)) {
      if (last === 'thousand' || last === 'zero' || total % 1e6 !== 0 || lastLarge <= 1000) break;
      thousands = (cur || 1) * 1000;
      total += thousands;
      cur = 0;
      last = 'thousand';
      lastScale = 1000;
    } else {
      const mag = MAGNITUDE_WORDS.get(lw);
      if (mag === undefined || last === 'zero') break;
      if (words === 0 && !isOrdinal) break; // "le millionième visiteur", "un millionième"
      if (last === 'large' && cur === 0 && joinedBy === 'space') {
        // "trois crore lakh", "cinq lakh crore": magnitudes side by side multiply
        total += lastGroup * (mag - 1);
        lastGroup *= mag;
        lastLarge = lastGroup;
        lastScale *= mag;
      } else {
        if (mag >= lastLarge) break;
        if (last === 'thousand' && cur === 0) {
          // "mille milliards" = 10^12: the thousand multiplies the magnitude
          total += thousands * (mag - 1);
          lastGroup = thousands * mag;
        } else {
          lastGroup = (cur || 1) * mag;
          total += lastGroup;
        }
        lastLarge = mag;
        lastScale = mag;
      }
      cur = 0;
      last = 'large';
    }
    words += 1;
    end = k + 1;
    j = k + 1;
    if (isOrdinal) {
      ordinal = true;
      break;
    }
  }
  if (words === 0) return null;
  return { value: total + cur, end, words, ordinal, lastScale };
}

/** Token j is separated from the one before by spaces only. */
function prevSpaced(tokens: readonly Token[], j: number, text: string): boolean {
  const a = tokens[j - 1];
  const b = tokens[j];
  const c = tokens[j + 1];
  return a !== undefined && b !== undefined && c !== undefined && onlySpaces(text, a.end, b.start) && onlySpaces(text, b.end, c.start);
}

/** The gap is one to three horizontal spaces (no line break, no punctuation). */
export function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (!(c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009)) return false;
  }
  return true;
}
