// Cleaning stage: keeps the article's own blocks, removes site boilerplate.
//
// 1. find: each block gets features (length, stop-word density in the page language, final
//    punctuation, boilerplate lexicon) and an initial class (./classify.ts);
// 2. revise: short and uncertain blocks take their neighbours' class (jusText), and the title,
//    standfirst and byline above the first prose block are kept;
// 3. title: the given title, else the first kept heading, else the first sentence; later copies
//    of the title and repeated blocks are removed;
// 4. every removed block is reported with a stable reason code, in document order.
import type { RemovedBlock, Warning } from '../types.js';
import { classify, isHeadingLike, makeBlock, type Block } from './classify.js';
import type { BlockHint } from './html-blocks.js';
import { COMMENTS_CUT_MIN_SHARE, DUPLICATE_MIN_WORDS, NAVIGATION_MAX_WORDS } from './settings.js';
import { sameTitle, titleFromSentence, titleKey, titleKeys } from './title.js';

export type { BlockHint } from './html-blocks.js';
export { HTML_PARSE_OPTIONS, htmlBlocks, htmlBlocksFromDom } from './html-blocks.js';

export interface CleanInput {
  /** The document as blocks: lines of a text file, or block elements of an HTML page. */
  blocks: string[];
  /** A title already known from metadata (HTML <title>, og:title, JSONL "title"), if any. */
  title: string | null;
  /** HTML only: DOM evidence for each block, `hints[i]` for `blocks[i]` (see ./html-blocks.ts). */
  hints?: readonly BlockHint[];
}

export interface CleanResult {
  /** The kept blocks joined by a blank line ("\n\n"). */
  text: string;
  removed: RemovedBlock[];
  /** The title found in the text when none was given (first heading-like block), else the given one. */
  title: string | null;
  /** The author named by a byline block ("Par Marc Jacob", "juin 2022 par Marc Jacob"), if any. */
  author?: string | null;
  warnings: Warning[];
}

/** A counter of comments ("12 commentaires", "3 comments", "5 Kommentare") opens a comment section too. */
const COMMENT_COUNTER = /\b(?:commentaires?|comments?|reactions?|reponses?|replies|kommentare?)$/u;

/** By its wording: a comment class in the DOM also wraps counters and links beside the article. */
function opensComments(b: Block): boolean {
  if (b.hardFromDom) return false;
  return b.hard === 'comment-form' || (b.hard === 'counter' && COMMENT_COUNTER.test(b.folded));
}

interface Decision {
  block: Block;
  keep: boolean;
  /** Set when a later step overrides the classifier's reason. */
  reason: string | null;
}

/** Reason for a block the classifier dropped, from where it sits relative to the kept text. */
function positionalReason(b: Block, i: number, firstKept: number, lastKept: number): string {
  if (b.hard) return b.hard;
  if (b.foreign) return `lang-${b.foreign}`;
  if (firstKept < 0 || i < firstKept) return b.tokens.length <= NAVIGATION_MAX_WORDS ? 'navigation' : 'header';
  if (i > lastKept) {
    if (b.tokens.length <= NAVIGATION_MAX_WORDS) return 'navigation';
    return isHeadingLike(b) ? 'related-links' : 'footer';
  }
  return 'low-content';
}

/**
 * Comments follow the article: once a comment-section marker ("Laisser un commentaire", "Leave a
 * reply", "12 commentaires") comes after most of the kept text, what follows is readers' prose,
 * forms and the site's footer, however much it reads like an article. A marker near the top
 * (a comment counter beside the title) cuts nothing.
 */
function cutAtComments(decisions: Decision[]): void {
  let total = 0;
  for (const d of decisions) if (d.keep) total += d.block.text.length;
  let before = 0;
  for (let i = 0; i < decisions.length; i++) {
    const d = decisions[i]!;
    if (d.keep) before += d.block.text.length;
    else if (opensComments(d.block) && total > 0 && before >= total * COMMENTS_CUT_MIN_SHARE) {
      for (let j = i + 1; j < decisions.length; j++) {
        const after = decisions[j]!;
        if (after.keep) {
          after.keep = false;
          after.reason = 'comments';
        }
      }
      return;
    }
  }
}

export function cleanBlocks(input: CleanInput): CleanResult {
  const warnings: Warning[] = [];
  const hints = input.hints !== undefined && input.hints.length === input.blocks.length ? input.hints : undefined;
  const blocks: Block[] = [];
  input.blocks.forEach((b, i) => {
    if (b.length > 0) blocks.push(makeBlock(b, hints?.[i]));
  });
  classify(blocks);

  if (!blocks.some((b) => b.cls === 'good')) {
    // Nothing reads like prose (a short text, a caption, a list): keep what the lexicon does not flag.
    for (const b of blocks) b.cls = b.hard || b.foreign ? 'bad' : 'good';
    if (blocks.some((b) => b.cls === 'good')) {
      warnings.push({
        code: 'CLEAN_NO_PROSE',
        message: 'no block looks like article prose; kept every block the boilerplate lexicon does not match',
      });
    }
  }

  const decisions: Decision[] = blocks.map((block) => ({ block, keep: block.cls === 'good', reason: null }));
  const firstGood = decisions.findIndex((d) => d.keep);

  // Title: the given one, found in the header and kept there; else the first kept block.
  let title = input.title;
  let titleAt = -1;
  if (title !== null) {
    const keys = titleKeys(title);
    titleAt = decisions.findIndex((d) => !d.block.hard && sameTitle(d.block.tokens, keys));
    if (titleAt >= 0 && titleAt <= firstGood) decisions[titleAt]!.keep = true;
  } else {
    titleAt = decisions.findIndex((d) => d.keep);
    const first = decisions[titleAt]?.block;
    if (first) {
      if (isHeadingLike(first)) title = first.text;
      else {
        title = titleFromSentence(first.text);
        warnings.push({ code: 'TITLE_FROM_TEXT', message: 'no heading found: the title is the first sentence of the text' });
      }
    }
  }
  if (title !== null && titleAt >= 0) {
    const keys = [titleKey(title), ...titleKeys(title)];
    for (let i = titleAt + 1; i < decisions.length; i++) {
      const d = decisions[i]!;
      if (!d.block.hard && sameTitle(d.block.tokens, keys)) {
        d.keep = false;
        d.reason = 'duplicate-title';
      }
    }
  }

  cutAtComments(decisions);

  // Repeated blocks (pull quotes, a menu printed twice): the first copy stays.
  const seen = new Set<string>();
  for (const d of decisions) {
    if (!d.keep) continue;
    if (d.block.tokens.length >= DUPLICATE_MIN_WORDS && seen.has(d.block.folded)) {
      d.keep = false;
      d.reason = 'duplicate';
    }
    seen.add(d.block.folded);
  }

  const firstKept = decisions.findIndex((d) => d.keep);
  const lastKept = decisions.findLastIndex((d) => d.keep);
  const kept: string[] = [];
  const removed: RemovedBlock[] = [];
  decisions.forEach((d, i) => {
    if (d.keep) kept.push(d.block.text);
    else removed.push({ text: d.block.raw, reason: d.reason ?? positionalReason(d.block, i, firstKept, lastKept) });
  });

  if (kept.length === 0) {
    warnings.push({ code: 'TEXT_EMPTY_AFTER_CLEANING', message: 'every block was classified as boilerplate' });
  }
  return { text: kept.join('\n\n'), removed, title, warnings };
}
