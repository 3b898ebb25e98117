// Author bios: the paragraph of an author box ("Jane Doe is a personal finance writer who has
// covered…", "Marie Durand est journaliste…", "Anna Berg ist Redakteurin…"). They read like
// prose, so the length and stop-word features keep them; their shape gives them away: the block
// opens on a person's name, then a verb of being, then a role of the trade within a few words.
// First-person introductions ("Ich bin Jan Berg, …", "Hi, I'm Jane") are left alone: blog posts
// open that way too, and on a one-page site the introduction is the page's only prose.
import { BIO_ROLES, BIO_VERBS } from './lexicon.js';

/** Longest block read as a bio (characters). */
const BIO_MAX_CHARS = 700;
/** The role must come within this many words after the verb ("is a personal finance expert"). */
const ROLE_WINDOW = 8;
/** Capitalised words of the name at the start. */
const NAME_MIN_WORDS = 2;
const NAME_MAX_WORDS = 4;

const STARTS_UPPER = /^\p{Lu}/u;
const WORD_EDGES = ',;:.!?()«»"“”';
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]{0,30}$/u;
const SPACE_RUN = /\s+/u;

/** True when the block is an author bio. `text` is the block trimmed, `folded` its folded form. */
export function isBio(text: string, folded: string): boolean {
  if (text.length > BIO_MAX_CHARS || !STARTS_UPPER.test(text)) return false;
  // The second word must be capitalised too (a two-word name at least): most blocks stop here.
  const space = text.indexOf(' ');
  if (space < 0 || !STARTS_UPPER.test(text.slice(space + 1, space + 2))) return false;
  const raw = text.split(SPACE_RUN, NAME_MAX_WORDS + ROLE_WINDOW + 2);
  const words = folded.split(SPACE_RUN, NAME_MAX_WORDS + ROLE_WINDOW + 2);
  // "Jane Doe is a … writer"
  let n = 0;
  while (n < NAME_MAX_WORDS && n < raw.length && NAME_WORD.test(raw[n]!) && !raw[n]!.endsWith(',')) n++;
  if (n >= NAME_MIN_WORDS && BIO_VERBS.has(words[n] ?? '')) {
    for (let k = n + 1; k <= n + ROLE_WINDOW && k < words.length; k++) {
      if (BIO_ROLES.has(stripWord(words[k]!))) return true;
    }
  }
  return false;
}

function stripWord(w: string): string {
  let start = 0;
  while (start < w.length && WORD_EDGES.includes(w[start]!)) start++;
  let end = w.length;
  while (end > start && WORD_EDGES.includes(w[end - 1]!)) end--;
  return w.slice(start, end);
}
