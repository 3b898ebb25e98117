// Cleaning stage: keeps the article's own blocks, removes site boilerplate.
// STUB — to be replaced by the real classifier; the signature is the contract.
import type { RemovedBlock, Warning } from '../types.js';

export interface CleanInput {
  /** The document as blocks: lines of a text file, or block elements of an HTML page. */
  blocks: string[];
  /** A title already known from metadata (HTML <title>, og:title, JSONL "title"), if any. */
  title: string | null;
}

export interface CleanResult {
  /** The kept blocks joined by a blank line ("\n\n"). */
  text: string;
  removed: RemovedBlock[];
  /** The title found in the text when none was given (first heading-like block), else the given one. */
  title: string | null;
  warnings: Warning[];
}

export function cleanBlocks(input: CleanInput): CleanResult {
  const kept = input.blocks.map((b) => b.trim()).filter((b) => b.length > 0);
  return { text: kept.join('\n\n'), removed: [], title: input.title ?? kept[0] ?? null, warnings: [] };
}
