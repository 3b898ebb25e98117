// Language stage: franc 6 on a bounded sample of the cleaned text.
import { francAll } from 'franc';
import type { Language, Warning } from '../types.js';
import { CANDIDATE_LANGUAGES, ISO639_3_TO_1 } from './codes.js';
import { FULL_CONFIDENCE_CHARS, FULL_CONFIDENCE_MARGIN, MIN_LENGTH, SAMPLE_MAX_CHARS, SHORT_TEXT_CHARS } from './settings.js';

export interface LanguageResult {
  language: Language;
  warnings: Warning[];
}

/** URLs, e-mail addresses and @handles carry no language but plenty of trigrams. */
const NOISE = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+|@\w+/gu;
const SPACES = /\s+/gu;
const LETTER = /\p{L}/gu;

/** `text.slice(from, from + length)` moved to word boundaries (never longer). */
function window(text: string, from: number, length: number): string {
  let start = from;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space < 0 ? text.length : space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  return text.slice(start, end);
}

/**
 * A bounded sample: the whole text when it fits, else half from the start and half from the
 * middle (a long article's start may be a title and a byline; its middle is plain prose).
 */
export function sampleText(text: string): string {
  const flat = text.replace(NOISE, ' ').replace(SPACES, ' ').trim();
  if (flat.length <= SAMPLE_MAX_CHARS) return flat;
  const half = Math.floor(SAMPLE_MAX_CHARS / 2);
  return `${window(flat, 0, half)} ${window(flat, Math.floor(flat.length / 2) - Math.floor(half / 2), half)}`.trim();
}

const FRANC_OPTIONS = { minLength: MIN_LENGTH, only: [...CANDIDATE_LANGUAGES] };

const UNDETERMINED: Language = { code: 'und', iso639_3: 'und', confidence: 0 };

export function detectLanguage(text: string): LanguageResult {
  const sample = sampleText(text);
  const letters = sample.match(LETTER)?.length ?? 0;
  const ranked = francAll(sample, FRANC_OPTIONS);
  const [best, second] = ranked;
  if (!best || best[0] === 'und') {
    return {
      language: UNDETERMINED,
      warnings: [{ code: 'LANG_TOO_SHORT', message: `too little text to tell the language (${letters} letters)` }],
    };
  }
  const iso639_3 = best[0];
  const margin = second ? best[1] - second[1] : 1;
  const lengthFactor = Math.min(1, letters / FULL_CONFIDENCE_CHARS);
  const confidence = Math.round(Math.min(1, margin / FULL_CONFIDENCE_MARGIN) * lengthFactor * 1000) / 1000;
  const language: Language = { code: ISO639_3_TO_1.get(iso639_3) ?? iso639_3, iso639_3, confidence };
  const warnings: Warning[] = [];
  if (letters < SHORT_TEXT_CHARS) {
    warnings.push({ code: 'LANG_TOO_SHORT', message: `only ${letters} letters: the language is a guess` });
  }
  if (iso639_3 !== 'fra') {
    warnings.push({ code: 'LANG_NOT_FRENCH', message: `the text looks ${language.code}, not French` });
  }
  return { language, warnings };
}
