// Does the sentence around an expression speak of the future? A bare weekday in a future
// sentence ("Dès dimanche, petits et grands pourront venir") lies after the DCT; in past-tense
// news it lies on or before it. Cues: a simple-future verb form, "aller" + infinitive.

/**
 * Simple-future endings of French verbs ("pourront", "se déroulera", "aura"), in lower case or
 * in an all-capitals headline ("FERA"); a title-case word is a name ("Diawara"), not a verb.
 */
const FUTURE_VERBS = /(?<![\p{L}])(?:\p{Ll}{2,}(?:era|eront|erons|erez|ira|iront|ront|ra)|\p{Lu}{2,}(?:ERA|ERONT|ERONS|EREZ|IRA|IRONT|RONT|RA))(?![\p{L}])|(?<![\p{L}])(?:va|vont|allons|allez)\s+\p{L}+(?:er|ir|re)(?![\p{L}])|(?<![\p{L}])(?:aura|auront|sera|seront|fera|feront|ira|iront|pourra|pourront|devra|devront)(?![\p{L}])/giu;
/** Words ending like a future but that are not verbs. */
const NOT_VERBS = new Set(['extra', 'opéra', 'caméra', 'séra', 'contra', 'ultra', 'tiara', 'mantra', 'sierra', 'terra', 'hydra', 'cobra', 'zebra', 'samsara']);
const SENTENCE_END = /[.!?\n]/;

/** The sentence holding text[start, end), cut at . ! ? or a line break. */
export function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && start - a < 300 && !SENTENCE_END.test(text.charAt(a - 1))) a--;
  let b = end;
  while (b < text.length && b - end < 300 && !SENTENCE_END.test(text.charAt(b))) b++;
  return text.slice(a, b);
}

/** "depuis janvier", "depuis mardi": the expression lies in the past whatever the verb. */
const SINCE_BEFORE = /(?<![\p{L}])depuis\s+$/iu;

/** Is the expression at text[start, end) in a sentence about the future? */
export function isFutureAt(text: string, start: number, end: number): boolean {
  if (SINCE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return false;
  return speaksOfFuture(sentenceAround(text, start, end));
}

/**
 * Past tenses: a compound past or pluperfect ("a annoncé", "avaient signé", "a été élu"), or
 * "dernier(s)" anywhere in the sentence ("en mai et juin derniers").
 */
const PAST_VERB = /(?<![\p{L}])(?:(?:a|ont|avait|avaient|avons|avez|eut|eurent|était|étaient|fut|furent)\s+(?:(?:déjà|été|pas|plus|jamais|bien|encore|tous|toutes)\s+)*\p{L}+(?:é|ée|és|ées|i|is|ie|ies|it|u|us|ue|ues|ert|erte|erts)|derni(?:er|ère)s?)(?![\p{L}])/iu;

/** Is the expression at text[start, end) in a sentence about the past? */
export function isPastAt(text: string, start: number, end: number): boolean {
  if (SINCE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return true;
  return PAST_VERB.test(sentenceAround(text, start, end));
}

export function speaksOfFuture(sentence: string): boolean {
  for (const m of sentence.matchAll(FUTURE_VERBS)) if (!NOT_VERBS.has(m[0].toLowerCase())) return true;
  return false;
}
