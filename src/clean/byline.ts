// Author lines in copied text: "Par Marc Jacob", "juin 2022 par Marc Jacob", "Marc Jacob,
// correspondant à Bruxelles", "By John Smith and Ann Lee", "Posted by Anna at 10:12 AM".
//
// The line is read word by word (no pattern with nested repetition): an optional date before the
// opener ("juin 2022", "Publié le 12/01/2021"), the opener ("par", "by", "von"…), one or more
// names joined by "et" / "and" / ",", then optionally a role after a comma, an agency ("- AFP",
// "avec AFP") or a date. Without an opener, a name followed by a role after a comma is a byline
// too. Anything else (a sentence that starts with "Par", a long role with a relative clause) is not.
import { BYLINE_JOINERS, BYLINE_OPENERS, BYLINE_ROLES, DATELINE_WORDS, NAME_PARTICLES, NOT_NAME_WORDS, PHOTO_AGENCIES } from './lexicon.js';
import { fold } from './normalize.js';

export interface Byline {
  /** The names, without opener, date or role, in the order given ("Marc Jacob"). */
  authors: string[];
  /** The line also carries a date ("juin 2022 par Marc Jacob"): the date stage reads it, so it stays in the text. */
  hasDate: boolean;
}

/** Longest line read as a byline (characters). */
export const BYLINE_MAX_CHARS = 120;
/** Most capitalised words in one name ("Jean-Pierre Marie de La Tour" has four). */
const NAME_MAX_WORDS = 4;
/**
 * Fewest capitalised words in a name: a first and a last name. One word after "Par" is more often
 * a menu ("Par Matière", "Par Date") or an organisation than a person.
 */
const NAME_MIN_WORDS = 2;
/** Letters, upper case, short: a credential after a name ("MS", "RDN", "PhD" is mixed) rather than a name. */
const CASE_CHANGE = /(?<=\p{Ll})(?=\p{Lu})/u;
const CREDENTIAL = /^\p{Lu}{1,4}\.?$/u;
/** Most words after a role ("correspondant à Bruxelles", "envoyée spéciale en Ukraine"). */
const ROLE_MAX_TAIL_WORDS = 4;

const SPACE_RUN = /\s+/u;
/** A capitalised name word: "Marie", "Jean-Pierre", "O'Neil", "McKay", "D." */
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]{0,30}$/u;
const ALL_CAPS_WORD = /^[\p{Lu}'’.-]{2,31}$/u;
/** A letter at the start of a name part: "jean-pierre" -> J, P. */
const NAME_PART_START = /(^|[-'’])(\p{L})/gu;
/** Punctuation around a word that says nothing about it: "Jacob," "(AFP)" "|". */
const EDGE_PUNCTUATION = ',;:|/·•()[]«»"“”–—-';

/** The word without edge punctuation, by loops from both ends (an end-anchored pattern retries). */
function stripPunctuation(raw: string): string {
  let start = 0;
  while (start < raw.length && EDGE_PUNCTUATION.includes(raw[start]!)) start++;
  let end = raw.length;
  while (end > start && EDGE_PUNCTUATION.includes(raw[end - 1]!)) end--;
  return raw.slice(start, end);
}
/** A date or time number: "12", "2022", "12/01/2021", "10:12", "10h30", "1er", "2019-11-18". */
const DATE_NUMBER = /^\d{1,4}(?:[/.:h-]\d{1,4}){0,2}(?:st|nd|rd|th|er|e)?$/u;

const OPENERS: ReadonlyArray<readonly string[]> = BYLINE_OPENERS.map((o) => fold(o).split(' ')).sort((a, b) => b.length - a.length);
const JOINERS: ReadonlySet<string> = new Set(BYLINE_JOINERS);
const ROLES: ReadonlyArray<readonly string[]> = BYLINE_ROLES.map((r) => r.split(' ')).sort((a, b) => b.length - a.length);
const AGENCIES: ReadonlyArray<readonly string[]> = PHOTO_AGENCIES.map((a) => a.split(' ')).sort((a, b) => b.length - a.length);
/** Words that introduce an agency after the names: "avec AFP", "pour Reuters", "with AP". */
const AGENCY_LINKS: ReadonlySet<string> = new Set(['avec', 'with', 'pour', 'for', 'mit', 'et', 'and']);

interface Word {
  /** As written, edge punctuation removed. */
  text: string;
  folded: string;
  /** Written with a comma (or semicolon) right after it: the name ends there. */
  comma: boolean;
  /** Nothing but punctuation ("-", "|", "·"). */
  punct: boolean;
}

function tokenize(line: string): Word[] {
  return line
    .trim()
    .split(SPACE_RUN)
    .map((raw) => {
      const text = stripPunctuation(raw);
      return { text, folded: fold(text), comma: raw.endsWith(',') || raw.endsWith(';'), punct: text.length === 0 };
    });
}

function isDateWord(w: Word): boolean {
  return w.punct || DATELINE_WORDS.has(w.folded) || DATE_NUMBER.test(w.folded);
}

function hasDateValue(words: readonly Word[]): boolean {
  return words.some((w) => !w.punct && (DATE_NUMBER.test(w.folded) || (DATELINE_WORDS.has(w.folded) && w.folded.length > 3)));
}

/** Length of `phrase` (folded words) at words[at], or 0. */
function matchAt(words: readonly Word[], at: number, phrase: readonly string[]): number {
  for (let k = 0; k < phrase.length; k++) if (words[at + k]?.folded !== phrase[k]) return 0;
  return phrase.length;
}

function matchAny(words: readonly Word[], at: number, phrases: ReadonlyArray<readonly string[]>): number {
  for (const p of phrases) {
    const n = matchAt(words, at, p);
    if (n > 0) return n;
  }
  return 0;
}

/** "MARIE DURAND" -> "Marie Durand"; names written in mixed case stay as they are. */
function nameCase(words: readonly string[]): string {
  if (!words.every((w) => ALL_CAPS_WORD.test(w) || NAME_PARTICLES.has(w.toLowerCase()))) return words.join(' ');
  return words
    .map((w) => (NAME_PARTICLES.has(w.toLowerCase()) ? w.toLowerCase() : w.toLowerCase().replace(NAME_PART_START, (_m, sep: string, c: string) => sep + c.toUpperCase())))
    .join(' ');
}

/** One name from words[at]: capitalised words with particles between them. Returns [name, next index] or null. */
function readName(words: readonly Word[], at: number): [string, number, boolean] | null {
  const first = words[at];
  if (!first || first.punct || !NAME_WORD.test(first.text) || NOT_NAME_WORDS.has(first.folded) || CREDENTIAL.test(first.text)) return null;
  const parts = [first.text];
  let capitalised = 1;
  let i = at + 1;
  let comma = first.comma;
  while (!comma && i < words.length && capitalised < NAME_MAX_WORDS) {
    const w = words[i]!;
    if (w.punct) break;
    if (NAME_WORD.test(w.text) && !JOINERS.has(w.folded) && !CREDENTIAL.test(w.text)) {
      // Copied text glues the name to what followed it on the page: "MillerPublished", "JamesStaff".
      const glued = w.text.split(CASE_CHANGE);
      if (glued.length > 1 && glued[0]!.length > 1) {
        const after = fold(glued[1]!);
        if (DATELINE_WORDS.has(after) || ROLES.some((r) => r[0] === after)) {
          parts.push(glued[0]!);
          capitalised++;
          i = words.length;
          break;
        }
      }
      parts.push(w.text);
      capitalised++;
      comma = w.comma;
      i++;
      continue;
    }
    // A particle belongs to the name only when a capitalised word follows it.
    const next = words[i + 1];
    if (NAME_PARTICLES.has(w.folded) && !w.comma && next && NAME_WORD.test(next.text)) {
      parts.push(w.text);
      i++;
      continue;
    }
    break;
  }
  if (capitalised < NAME_MIN_WORDS) return null;
  return [nameCase(parts), i, comma];
}

/** Names joined by "et", "and", "&" or commas, from words[at]. */
function readNames(words: readonly Word[], at: number): { names: string[]; next: number; comma: boolean; wordCounts: number[] } | null {
  const names: string[] = [];
  const wordCounts: number[] = [];
  let i = at;
  let comma = false;
  for (;;) {
    const name = readName(words, i);
    if (!name) break;
    names.push(name[0]);
    wordCounts.push(name[0].split(' ').length);
    i = name[1];
    comma = name[2];
    const joiner = words[i];
    if (joiner && JOINERS.has(joiner.folded) && readName(words, i + 1)) {
      i++;
      continue;
    }
    // "Marc Jacob, Anne Lee" — but not "Marc Jacob, correspondant", which the caller reads as a role.
    if (comma && readName(words, i) && matchAny(words, i, ROLES) === 0) continue;
    break;
  }
  return names.length > 0 ? { names, next: i, comma, wordCounts } : null;
}

/** What may follow the names: nothing, a role after a comma, an agency, or a date. */
function acceptableTail(words: readonly Word[], at: number, afterComma: boolean): { ok: boolean; role: boolean } {
  const rest = words.slice(at).filter((w) => !w.punct);
  if (rest.length === 0) return { ok: true, role: false };
  if (afterComma) {
    const role = matchAny(words, at, ROLES);
    if (role > 0) return { ok: words.length - at - role <= ROLE_MAX_TAIL_WORDS, role: true };
  }
  let i = 0;
  if (AGENCY_LINKS.has(rest[0]!.folded)) i = 1;
  const agency = matchAny(rest, i, AGENCIES);
  if (agency > 0 && i + agency === rest.length) return { ok: true, role: false };
  if (rest.every(isDateWord)) return { ok: true, role: false };
  // Credentials after a comma: "Ilana Muhlstein, MS, RDN".
  return { ok: afterComma && rest.every((w) => CREDENTIAL.test(w.text) || isDateWord(w)), role: false };
}

/** The byline a block is, or null. `text` is the block as written. */
export function parseByline(text: string): Byline | null {
  if (text.length > BYLINE_MAX_CHARS) return null;
  const words = tokenize(text);
  // With an opener, after an optional date: "juin 2022 par Marc Jacob".
  for (let p = 0; p < words.length; p++) {
    const opener = matchAny(words, p, OPENERS);
    if (opener > 0) {
      const names = readNames(words, p + opener);
      if (names) {
        const tail = acceptableTail(words, names.next, names.comma);
        if (tail.ok) {
          const prefix = words.slice(0, p);
          const suffix = words.slice(names.next);
          return { authors: names.names, hasDate: hasDateValue(prefix) || hasDateValue(suffix) };
        }
      }
    }
    if (!isDateWord(words[p]!)) break;
  }
  // Without one: "Marc Jacob, correspondant à Bruxelles".
  const names = readNames(words, 0);
  if (names && names.comma && names.wordCounts.every((n) => n >= 2)) {
    const tail = acceptableTail(words, names.next, true);
    if (tail.ok && tail.role) return { authors: names.names, hasDate: false };
  }
  return null;
}

/** "byline" for an author line with no date (a dated one stays in the text for the dates), else null. */
export function undatedBylineReason(byline: Byline | null): 'byline' | null {
  return byline !== null && !byline.hasDate ? 'byline' : null;
}
