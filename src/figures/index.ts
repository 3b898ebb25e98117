// Figures stage. STUB — to be replaced; the signature is the contract.
import type { DateMention, Figure } from '../types.js';

export interface FigureOptions {
  /** Dates already found in the same text: numbers inside them are not figures. */
  dates?: readonly DateMention[];
}

/** Every figure of `text`, sorted by start. */
export function extractFigures(text: string, options: FigureOptions = {}): Figure[] {
  void text;
  void options;
  return [];
}
