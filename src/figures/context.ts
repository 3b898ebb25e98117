// Counted noun from the sentence, for a count with no noun after it: "le nombre d'utilisateurs
// actifs a dépassé 500 millions" counts users; "la population du pays, qui est de 20 millions"
// counts inhabitants. Only the text of the same sentence before the figure is read.
import {
  COLLECTIVE_MEMBERS,
  COUNT_COMPLEMENT_DETERMINERS,
  COUNT_HEAD_NOUNS,
  FUNCTION_WORDS,
  POSTPOSED_ADJECTIVE_SUFFIXES,
} from './lexicon.js';

/** How far back the sentence is searched (characters). */
const CONTEXT_WINDOW = 240;

const alternation = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).join('|');

// "nombre de (ses) utilisateurs (actifs)", "population". Each part is one word and single
// spaces or an apostrophe join them: no nested quantifier.
const HEAD_RE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?<head>${alternation([...COUNT_HEAD_NOUNS, ...COLLECTIVE_MEMBERS.keys()])})(?![\p{L}\p{M}])` +
    String.raw`(?:[ \u00A0](?:de[ \u00A0]+|d['’]|des[ \u00A0]+)(?:(?<det>${alternation(COUNT_COMPLEMENT_DETERMINERS)})[ \u00A0]+)?` +
    String.raw`(?<noun>[\p{Ll}\p{M}]{2,})(?:[ \u00A0](?<adj>[\p{Ll}\p{M}]{4,})(?![\p{L}\p{M}'’-]))?)?`,
  'giu',
);

/** Start of the sentence holding `pos`: after the last ". ", "! ", "? ", ";" or line break. */
function sentenceStart(text: string, pos: number): number {
  const floor = Math.max(0, pos - CONTEXT_WINDOW);
  for (let k = pos - 1; k >= floor; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 59) return k + 1; // line break, ";"
    // ".", "!", "?", "…" followed by a space: "545.000" and "D.C." stay inside
    if ((c === 46 || c === 33 || c === 63 || c === 0x2026) && k + 1 < pos && /\s/u.test(text[k + 1] ?? '')) return k + 1;
  }
  return floor;
}

const isAdjective = (w: string): boolean =>
  !FUNCTION_WORDS.has(w) && POSTPOSED_ADJECTIVE_SUFFIXES.some((s) => w.endsWith(s));

/** The counted noun a preceding "le nombre de X" or "la population" gives the figure at `start`, or null. */
export function countedFromContext(text: string, start: number): string | null {
  const from = sentenceStart(text, start);
  const sentence = text.slice(from, start);
  let found: string | null = null;
  HEAD_RE.lastIndex = 0;
  for (let m = HEAD_RE.exec(sentence); m !== null; m = HEAD_RE.exec(sentence)) {
    const g = m.groups ?? {};
    const head = (g.head ?? '').toLowerCase();
    const member = COLLECTIVE_MEMBERS.get(head);
    if (member !== undefined) {
      found = member;
      continue;
    }
    const noun = g.noun?.toLowerCase();
    if (noun === undefined || FUNCTION_WORDS.has(noun)) continue;
    const adj = g.adj?.toLowerCase();
    found = adj !== undefined && isAdjective(adj) ? `${noun} ${adj}` : noun;
  }
  return found;
}
