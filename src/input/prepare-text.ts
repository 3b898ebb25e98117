// Plain text into the blocks and metadata the pipeline works on. HTML pages go through
// ./prepare.ts, which needs the HTML parser: reading text never loads it.
import type { BlockHint } from '../clean/html-blocks.js';
import type { Published, Warning } from '../types.js';
import { normalizeLineBreaks } from './decode.js';

export interface PreparedText {
  /** The text exactly as given (decoded, byte-order mark removed): what `--no-clean` keeps. */
  raw: string;
  /** The document as blocks for the cleaning stage. */
  blocks: string[];
  /** HTML only: DOM evidence for each block, for the cleaning stage. */
  hints?: BlockHint[];
  title: string | null;
  published: Published | null;
  url: string | null;
  /** From the page's metadata or the JSONL line; a byline in the text is the cleaner's to find. */
  author: string | null;
  site: string | null;
  /** Corpus mode: the keys of the blocks the article's site repeats across its documents. */
  repeated?: ReadonlySet<string>;
  warnings: Warning[];
}

const LINE_SPLIT = /\n/;

/** Plain text: every non-blank line is a block (copied pages put one block per line). */
export function prepareText(text: string): PreparedText {
  const blocks = normalizeLineBreaks(text)
    .split(LINE_SPLIT)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return { raw: text, blocks, title: null, published: null, url: null, author: null, site: null, warnings: [] };
}

const ISO_DAY_OR_MONTH = /^(?<value>\d{4}-\d{2}(?:-\d{2})?)(?:$|[T ])/;

/** "2021-01-12", "2021-01-12T10:30:00Z" or "2021-01" → the date part; anything else → null. */
export function isoDatePart(value: string): string | null {
  return ISO_DAY_OR_MONTH.exec(value.trim())?.groups?.value ?? null;
}
