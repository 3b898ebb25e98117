// Dates stage. STUB — to be replaced; the signature is the contract.
import type { DateMention, Published, ReferenceDate } from '../types.js';

/** Every temporal expression of `text`, sorted by start, resolved against `reference` when given. */
export function extractDates(text: string, reference: ReferenceDate | null): DateMention[] {
  void text;
  void reference;
  return [];
}

/**
 * The publication date stated in a byline among the first blocks of an article
 * ("juin 2022 par Marc Jacob", "Publié le 12/01/2021 à 10h30"), or null.
 */
export function findBylineDate(blocks: string[]): Published | null {
  void blocks;
  return null;
}
