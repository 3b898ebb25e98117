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
import {
  AUTHOR_BOX_BIO_MAX_CHARS,
  AUTHOR_BOX_NAME_LINES,
  AUTHOR_BOX_NAME_MAX_WORDS,
  COMMENTS_CUT_MIN_SHARE,
  DUPLICATE_MIN_WORDS,
  NAVIGATION_MAX_WORDS,
  RELATED_HEADING_MAX_WORDS,
  RELATED_TEASER_MAX_CHARS,
} from './settings.js';
import { sameTitle, titleFromSentence, titleKey, titleKeys } from './title.js';

export type { BlockHint } from './html-blocks.js';
// The HTML helpers (./html-blocks.ts) are imported from their module: this one stays free of the HTML parser.
export { RepeatedLines, repeatKey, type RepeatedLinesOptions } from './corpus.js';
export { parseByline, type Byline } from './byline.js';

export interface CleanInput {
  /** The document as blocks: lines of a text file, or block elements of an HTML page. */
  blocks: string[];
  /** A title already known from metadata (HTML <title>, og:title, JSONL "title"), if any. */
  title: string | null;
  /** HTML only: DOM evidence for each block, `hints[i]` for `blocks[i]` (see ./html-blocks.ts). */
  hints?: readonly BlockHint[];
  /**
   * Corpus mode: keys (./corpus.ts repeatKey) of blocks that recur across the site's documents
   * (RepeatedLines.repeated(site)); such blocks are removed with the reason "corpus-repeated".
   */
  repeated?: ReadonlySet<string>;
  /** Also return one row per block with its features and verdict (`--explain`). */
  explain?: boolean;
}

/** One block's verdict and the features behind it, for `--explain`. */
export interface ExplainRow {
  /** The block as given. */
  text: string;
  keep: boolean;
  /** The removal reason, null for a kept block. */
  reason: string | null;
  features: Record<string, number | string | boolean>;
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
  /** Only when `explain` was asked: one row per input block, in order. */
  explain?: ExplainRow[];
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
function cutAtComments(decisions: Decision[]): number {
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
      return i;
    }
  }
  return decisions.length;
}

/**
 * Calls `cut(i)` for each removed block `i` that `isHeading` accepts once most of the kept text
 * is above it (COMMENTS_CUT_MIN_SHARE): `cut` removes what belongs to that heading below it and
 * returns the index to go on from.
 */
function afterLateHeadings(decisions: Decision[], isHeading: (b: Block) => boolean, cut: (i: number) => number): void {
  let total = 0;
  for (const d of decisions) if (d.keep) total += d.block.text.length;
  if (total === 0) return;
  let before = 0;
  for (let i = 0; i < decisions.length; i++) {
    const d = decisions[i]!;
    if (d.keep) {
      before += d.block.text.length;
      continue;
    }
    if (isHeading(d.block) && before >= total * COMMENTS_CUT_MIN_SHARE) i = cut(i);
  }
}

/**
 * Teasers under a related-articles heading: once a heading such as "Articles en relation" comes
 * after most of the kept text, the short kept blocks that follow it (headlines and their one-line
 * teasers, which read like prose) are removed up to the first block long enough to be the
 * article's own paragraph again.
 */
function cutRelatedTeasers(decisions: Decision[]): void {
  const isHeading = (b: Block) => b.hard === 'related-links' && !b.hardFromDom && b.tokens.length <= RELATED_HEADING_MAX_WORDS;
  afterLateHeadings(decisions, isHeading, (i) => {
    let j = i + 1;
    for (; j < decisions.length; j++) {
      const after = decisions[j]!;
      if (!after.keep) continue;
      if (after.block.text.length >= RELATED_TEASER_MAX_CHARS) break;
      after.keep = false;
      after.reason = 'related-links';
    }
    return j - 1;
  });
}

/** The name and bio under an author-box heading near the end of the page (see AUTHOR_BOX_* settings). */
function cutAuthorBoxes(decisions: Decision[]): void {
  const isHeading = (b: Block) => b.hard === 'author-box' && b.tokens.length <= RELATED_HEADING_MAX_WORDS;
  afterLateHeadings(decisions, isHeading, (i) => {
    let names = 0;
    for (let j = i + 1; j < decisions.length; j++) {
      const after = decisions[j]!;
      if (!after.keep) continue;
      const short = after.block.tokens.length <= AUTHOR_BOX_NAME_MAX_WORDS;
      if (short) {
        if (names >= AUTHOR_BOX_NAME_LINES) break;
        names++;
      } else if (after.block.text.length > AUTHOR_BOX_BIO_MAX_CHARS) break;
      after.keep = false;
      after.reason = 'author-box';
      if (!short) break;
    }
    return i;
  });
}

/** The first byline above the comment section: its names, joined by ", ". */
function bylineAuthor(decisions: readonly Decision[], end: number): string | null {
  for (let i = 0; i < end; i++) {
    const byline = decisions[i]!.block.byline;
    if (byline) return byline.authors.join(', ');
  }
  return null;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

function explainRow(d: Decision, reason: string | null, hint: BlockHint | undefined): ExplainRow {
  const b = d.block;
  const features: Record<string, number | string | boolean> = {
    chars: b.text.length,
    words: b.tokens.length,
    stopwords: round3(b.density),
    sentence: b.endsSentence,
    heading: isHeadingLike(b),
    lexicon: b.hard ?? '',
    foreign: b.foreign ?? '',
    initial: b.initial,
    context: b.cls,
    via: b.cls === 'good' ? b.via : '',
    byline: b.byline ? b.byline.authors.join(', ') : '',
  };
  if (hint) {
    features.tag = hint.tag;
    features.linkDensity = round3(hint.linkDensity);
    features.inMain = hint.inMain;
    features.container = hint.container ?? '';
  }
  return { text: b.raw, keep: d.keep, reason, features };
}

export function cleanBlocks(input: CleanInput): CleanResult {
  const warnings: Warning[] = [];
  const hints = input.hints !== undefined && input.hints.length === input.blocks.length ? input.hints : undefined;
  const blocks: Block[] = [];
  /** For each input block, its index in `blocks` (-1: empty string, skipped). */
  const at: number[] = [];
  input.blocks.forEach((b, i) => {
    if (b.length === 0) {
      at.push(-1);
      return;
    }
    const block = makeBlock(b, hints?.[i]);
    // A byline's date is the date stage's evidence even when the line recurs across the site.
    if (input.repeated && !block.hard && !block.byline?.hasDate && input.repeated.has(block.folded)) {
      block.hard = 'corpus-repeated';
      block.hardFromDom = false;
    }
    at.push(blocks.length);
    blocks.push(block);
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

  const commentsAt = cutAtComments(decisions);
  cutRelatedTeasers(decisions);
  cutAuthorBoxes(decisions);
  const author = bylineAuthor(decisions, commentsAt);

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
  const reasons: Array<string | null> = [];
  decisions.forEach((d, i) => {
    if (d.keep) {
      kept.push(d.block.text);
      reasons.push(null);
    } else {
      const reason = d.reason ?? positionalReason(d.block, i, firstKept, lastKept);
      removed.push({ text: d.block.raw, reason });
      reasons.push(reason);
    }
  });

  if (kept.length === 0) {
    warnings.push({ code: 'TEXT_EMPTY_AFTER_CLEANING', message: 'every block was classified as boilerplate' });
  }
  const result: CleanResult = { text: kept.join('\n\n'), removed, title, author, warnings };
  if (input.explain) {
    result.explain = input.blocks.map((text, i) => {
      const k = at[i]!;
      if (k < 0) return { text, keep: false, reason: 'empty', features: { chars: 0 } };
      return explainRow(decisions[k]!, reasons[k]!, hints?.[i]);
    });
  }
  return result;
}
