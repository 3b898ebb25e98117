// Does the sentence around an expression speak of the future, or of the past? A bare weekday in a
// future sentence ("Dès dimanche, petits et grands pourront venir") lies after the DCT; in
// past-tense news it lies on or before it. Cues: a simple-future verb form, "aller" + infinitive;
// a compound past, "dernier".
// The sentence is cut into words by one linear scan and the words are looked up in sets: an
// alternation of endings after a letter run ("\p{Ll}{2,}(?:era|ra)") backtracks over every
// letter of a long word.
import {
  FUTURE_AUXILIARIES, FUTURE_CUE_WORDS, FUTURE_ENDINGS, INFINITIVE_ENDINGS, NEAR_FUTURE_AUXILIARIES, NOT_FUTURE_VERBS,
} from './lexicon.js';

const WORD = /\p{L}+/gu;
const AUXILIARIES = new Set(FUTURE_AUXILIARIES);
const CUES = new Set(FUTURE_CUE_WORDS);
/** "rendez-vous" is two words for the scan; its first half is read with the hyphen after it. */
const HYPHENATED_CUE = /^rendez-vous/i;
const NEAR_FUTURE = new Set(NEAR_FUTURE_AUXILIARIES);
const NOT_VERBS = new Set(NOT_FUTURE_VERBS);
/** Letters a future form needs before its ending ("pourront": at least "po" before "-ront"). */
const MIN_STEM = 2;

/** Character codes that end a sentence: . ! ? and a line break. */
const SENTENCE_END = new Set(['.', '!', '?', '\n'].map((c) => c.charCodeAt(0)));
const MAX_REACH = 300;

/** Start and end of the sentence holding text[start, end), cut at . ! ? or a line break. */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && start - a < MAX_REACH && !SENTENCE_END.has(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < text.length && b - end < MAX_REACH && !SENTENCE_END.has(text.charCodeAt(b))) b++;
  return [a, b];
}

const endsWithAny = (word: string, endings: readonly string[], minStem: number): boolean =>
  endings.some((e) => word.length >= e.length + minStem && word.endsWith(e));

/** A simple-future form: lower case, or an all-capitals headline ("FERA"); a title-case word is a name ("Diawara"). */
function isFutureVerb(word: string): boolean {
  const lower = word.toLowerCase();
  if (AUXILIARIES.has(lower)) return true;
  if (word !== lower && word !== word.toUpperCase()) return false;
  return !NOT_VERBS.has(lower) && endsWithAny(lower, FUTURE_ENDINGS, MIN_STEM);
}

export function speaksOfFuture(sentence: string): boolean {
  // End of the previous word when it was a form of "aller": the infinitive must follow after spaces only.
  let nearFutureEnd = -1;
  for (const m of sentence.matchAll(WORD)) {
    const word = m[0];
    const lower = word.toLowerCase();
    if (nearFutureEnd >= 0 && endsWithAny(lower, INFINITIVE_ENDINGS, 1) && m.index > nearFutureEnd &&
      sentence.slice(nearFutureEnd, m.index).trim() === '') return true;
    if (isFutureVerb(word) || CUES.has(lower)) return true;
    if (lower === 'rendez' && HYPHENATED_CUE.test(sentence.slice(m.index, m.index + 11))) return true;
    nearFutureEnd = NEAR_FUTURE.has(lower) ? m.index + word.length : -1;
  }
  return false;
}

/** "depuis janvier", "depuis mardi": the expression lies in the past whatever the verb. */
const SINCE_BEFORE = /(?<![\p{L}])depuis\s$/iu;

function sinceBefore(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && start - i < 4 && /\s/.test(text.charAt(i - 1))) i--;
  return i < start && SINCE_BEFORE.test(text.slice(Math.max(0, i - 7), i + 1));
}

/**
 * Past tenses: a compound past or pluperfect ("a annoncé", "avaient signé", "a été élu"), or
 * "dernier(s)" anywhere in the sentence ("en mai et juin derniers").
 */
const PAST_VERB = /(?<![\p{L}])(?:(?:a|ont|avait|avaient|avons|avez|eut|eurent|était|étaient|fut|furent)\s+(?:(?:déjà|été|pas|plus|jamais|bien|encore|tous|toutes)\s+)*\p{L}+(?:é|ée|és|ées|i|is|ie|ies|it|u|us|ue|ues|ert|erte|erts)|derni(?:er|ère)s?)(?![\p{L}])/iu;

/**
 * Answers "future?" and "past?" for expressions of one text, once per sentence: a text's dates
 * cluster in a few sentences, and each answer is a scan of the whole sentence.
 */
export class TenseCache {
  private readonly future = new Map<number, boolean>();
  private readonly past = new Map<number, boolean>();
  constructor(private readonly text: string) {}

  isFutureAt(start: number, end: number): boolean {
    if (sinceBefore(this.text, start)) return false;
    const [a, b] = sentenceBounds(this.text, start, end);
    let v = this.future.get(a);
    if (v === undefined) {
      v = speaksOfFuture(this.text.slice(a, b));
      this.future.set(a, v);
    }
    return v;
  }

  isPastAt(start: number, end: number): boolean {
    if (sinceBefore(this.text, start)) return true;
    const [a, b] = sentenceBounds(this.text, start, end);
    let v = this.past.get(a);
    if (v === undefined) {
      v = PAST_VERB.test(this.text.slice(a, b));
      this.past.set(a, v);
    }
    return v;
  }
}
