// Language stage. STUB — to be replaced; the signature is the contract.
import type { Language, Warning } from '../types.js';

export interface LanguageResult {
  language: Language;
  warnings: Warning[];
}

export function detectLanguage(text: string): LanguageResult {
  return { language: { code: 'fr', iso639_3: 'fra', confidence: text.length > 0 ? 1 : 0 }, warnings: [] };
}
