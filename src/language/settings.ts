// Thresholds of the language detector.

/**
 * franc reads at most 2,048 characters (its MAX_LENGTH) and is slow on long input: the sample it
 * gets is at most this long.
 */
export const SAMPLE_MAX_CHARS = 2000;
/** Under franc's own minimum (10 characters) it answers "und". */
export const MIN_LENGTH = 10;
/** Below this many letters a guess is unreliable: LANG_TOO_SHORT, and confidence is scaled down. */
export const SHORT_TEXT_CHARS = 40;
/** Texts with at least this many letters get the full length factor in the confidence. */
export const FULL_CONFIDENCE_CHARS = 200;
/**
 * franc's scores are 1 for the best language and close to 1 for its neighbours; a margin of
 * this much between the first and the second is treated as certain.
 */
export const FULL_CONFIDENCE_MARGIN = 0.1;
