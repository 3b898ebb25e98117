// Thresholds of the language detector.

/**
 * The sample the detectors read is at most this long: on the language sets, 1,000 characters
 * decide as well as 2,000, at half the cost (the stage must not dominate the pipeline).
 */
export const SAMPLE_MAX_CHARS = 1000;
/** A text up to this long is flattened whole before its sample is cut… */
export const SAMPLE_SOURCE_MAX_CHARS = 1500;
/** …a longer one only in a stretch this long at its start and another at its middle. */
export const SAMPLE_PART_SOURCE_CHARS = 750;
/** Under this many letters there is no language to tell ("12 345", "—"). */
export const MIN_LETTERS = 3;
/** Below this many letters a guess is unreliable: LANG_TOO_SHORT, and confidence is scaled down. */
export const SHORT_TEXT_CHARS = 40;
/** Texts with at least this many letters get the full length factor in the confidence. */
export const FULL_CONFIDENCE_CHARS = 200;
/** eld: a runner-up this much below the best (share of the best score) means certainty. */
export const ELD_FULL_MARGIN = 0.3;
/**
 * franc is asked (for the languages eld lacks) only on samples this long: its trigram profiles
 * are unreliable on short lines, and it answers "und" under 10 characters anyway.
 */
export const FRANC_MIN_CHARS = 60;
/** franc's scores are 1 for the best and close to 1 for its neighbours: least margin to believe it. */
export const FRANC_MIN_MARGIN = 0.05;
/** A franc margin this large is treated as certain. */
export const FRANC_FULL_MARGIN = 0.1;
/** Samples of at most this many words overturn French on one neighbour word. */
export const SHORT_SAMPLE_TOKENS = 6;
/** Longer samples need this many of a neighbour's own words (and more than French's). */
export const NEIGHBOUR_MIN_WORDS = 2;
/** French function words needed to overturn another answer of the detector. */
export const FRENCH_RESCUE_MIN_WORDS = 1;
/**
 * When eld named another language, French is considered only when eld itself nearly tied it
 * (French's score at least this share of the best): overturning clearer answers on function words
 * alone turned more Galician and Catalan lines into French than it saved French ones.
 */
export const FRENCH_RESCUE_ELD_RATIO = 0.98;
/**
 * …or this share when the text inverts a subject pronoun the French way ("Parles-tu"): on a line
 * of three words eld's scores are close, and the syntax is evidence enough.
 */
export const FRENCH_RESCUE_ELD_RATIO_INVERSION = 0.9;
/**
 * …or this share when, against the named language (one of French's neighbours, whose words we
 * list), at least FRENCH_RESCUE_STRONG_WORDS more French-only words than its own occur.
 */
export const FRENCH_RESCUE_ELD_RATIO_STRONG = 0.95;
export const FRENCH_RESCUE_STRONG_WORDS = 2;
/** Certainty given to French when the function words overturned the detector. */
export const FRENCH_RESCUE_CERTAINTY = 0.5;
/** Samples of at least this many words are expected to show French words a neighbour lacks… */
export const FRENCH_SHARE_MIN_TOKENS = 12;
/** …in at least this share of their words, when they are French… */
export const FRENCH_MIN_SHARE = 0.08;
/**
 * …and, against a language written in many spellings (Occitan), in at least this share even
 * when none of that language's own listed words occurs.
 */
export const FRENCH_MIN_SHARE_VARIED = 0.12;
/**
 * eld is unsure when its runner-up scores at least this share of its best: French against a
 * Romance neighbour it has no model for looks like that (French prose is usually clear-cut).
 */
export const ELD_UNSURE_RATIO = 0.8;
