// Builds regular-expression alternations from lexicon entries: every entry escaped, longest
// first (so "juillet" wins over "juil."), and an empty list rejected rather than matching "".

// '-' and '/' are left alone: outside a character class they need no escape, and the 'u' flag rejects one.
const SPECIAL = /[.*+?^${}()|[\]\\]/g;

const SPACE = / /g;
const SPACES = /\s+/g;
const CURLY_APOSTROPHE = /’/g;

/** Escapes `s` for use inside a RegExp source. */
export function escapeRegExp(s: string): string {
  return s.replace(SPECIAL, '\\$&');
}

/** `(?:a|b|c)` from the given words or from the keys of a dictionary, longest first. */
export function alternation(words: readonly string[] | Readonly<Record<string, unknown>>): string {
  const list = Array.isArray(words) ? [...(words as readonly string[])] : Object.keys(words);
  if (list.length === 0) throw new Error('alternation: empty word list');
  const unique = [...new Set(list)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${unique.map((w) => escapeRegExp(w).replace(SPACE, '\\s+')).join('|')})`;
}

/** Looks a matched word up in a dictionary, case-insensitively, with typographic apostrophes folded. */
export function lookup<T>(dict: Readonly<Record<string, T>>, word: string): T | undefined {
  const key = word.toLowerCase().replace(SPACES, ' ');
  return dict[key] ?? dict[key.replace(CURLY_APOSTROPHE, "'")];
}
