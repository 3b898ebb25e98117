// jusText-style block classifier: find (features, initial class), then revise by context.
import type { BlockHint } from './html-blocks.js';
import { BYLINE_MAX_CHARS, parseByline, undatedBylineReason, type Byline } from './byline.js';
import { isBio } from './bio.js';
import { lexiconReason } from './matcher.js';
import { fold, words } from './normalize.js';
import * as S from './settings.js';
import { STOPWORDS } from './stopwords.js';

export type BlockClass = 'good' | 'neargood' | 'short' | 'bad';

export interface Block {
  /** The block as given. */
  raw: string;
  /** The block trimmed: what goes into the text. */
  text: string;
  folded: string;
  tokens: string[];
  /** Reason from the lexicon ("newsletter", "counter", "empty"…): such a block is never kept. */
  hard: string | null;
  /** `hard` comes from the DOM (a class or id, a link list), not from the block's wording. */
  hardFromDom: boolean;
  /** Written in another language than the page's: that language's ISO 639-1 code, else null. */
  foreign: string | null;
  endsSentence: boolean;
  /** Class from the block's own features. */
  initial: BlockClass;
  /** Class after context revision. */
  cls: BlockClass;
  /** The author line this block is, if any (./byline.ts). */
  byline: Byline | null;
  /** Stop-word density in the page's language (0 when no language was found). */
  density: number;
  /** HTML only: the block's DOM evidence. */
  hint: BlockHint | undefined;
  /** The step that made the block "good": its own features, or which context rule (for --explain). */
  via: string;
  /** Stop-word hits per language (STOPWORD_LANGUAGES order). */
  hits: ReturnType<typeof stopwordHits>;
}

/** Cheap test before the byline parser: an opener word or a comma. */
const MAY_BE_BYLINE = /(?:^|\s)(?:par|by|von|por|di|door|de)\s|,/u;

const SENTENCE_END = /[.!?…][\s"'’”»)\]]*$/u;
const STARTS_UPPER_OR_DIGIT = /^[\s"'«“(\[]*[\p{Lu}\p{N}]/u;

/**
 * Stop-word hits of the tokens in every language at once (one lookup per token): of all tokens,
 * and of the tokens longer than one letter (for the foreign-language test).
 */
function stopwordHits(tokens: readonly string[]): { all: number[]; long: number[]; longTokens: number } {
  const all = new Array<number>(STOPWORD_LANGUAGES.length).fill(0);
  const long = new Array<number>(STOPWORD_LANGUAGES.length).fill(0);
  let longTokens = 0;
  for (const t of tokens) {
    const isLong = t.length > 1;
    if (isLong) longTokens++;
    const langs = STOPWORD_INDEX.get(t);
    if (!langs) continue;
    for (const i of langs) {
      all[i]!++;
      if (isLong) long[i]!++;
    }
  }
  return { all, long, longTokens };
}

/** For each stop word, the languages (indices into STOPWORD_LANGUAGES) that list it. */
const STOPWORD_LANGUAGES: readonly string[] = [...STOPWORDS.keys()];
const STOPWORD_INDEX: ReadonlyMap<string, readonly number[]> = (() => {
  const index = new Map<string, number[]>();
  STOPWORD_LANGUAGES.forEach((lang, i) => {
    for (const w of STOPWORDS.get(lang)!) index.set(w, [...(index.get(w) ?? []), i]);
  });
  return index;
})();

/** The language whose stop words are densest over the whole page, or null when none is clear. */
export function pageLanguage(blocks: readonly Block[]): string | null {
  let total = 0;
  const hits = new Array<number>(STOPWORD_LANGUAGES.length).fill(0);
  for (const b of blocks) {
    if (b.hard) continue;
    total += b.tokens.length;
    const own = b.hits.all;
    for (let i = 0; i < own.length; i++) hits[i]! += own[i]!;
  }
  let best = -1;
  let bestHits = 0;
  hits.forEach((n, i) => {
    if (n > bestHits) {
      best = i;
      bestHits = n;
    }
  });
  return total > 0 && best >= 0 && bestHits / total >= S.PAGE_LANGUAGE_MIN_DENSITY ? STOPWORD_LANGUAGES[best]! : null;
}

const PROSE_TAGS: ReadonlySet<string> = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);

/** The DOM's verdict on a block: a boilerplate container, or a list of links. */
function domReason(text: string, hint: BlockHint | undefined): string | null {
  if (!hint) return null;
  if (hint.container !== null) return hint.container;
  // A linked paragraph or heading inside the article's own container is part of it; link lists
  // there are list items, and anywhere else link-dense blocks are menus and teasers.
  const linkedProse = hint.inMain && PROSE_TAGS.has(hint.tag);
  if (hint.linkDensity >= S.LINK_DENSITY_HIGH && text.length < S.LINK_LIST_MAX_CHARS && hint.tag !== 'h1' && !linkedProse) {
    return 'link-list';
  }
  return null;
}

export function makeBlock(raw: string, hint?: BlockHint): Block {
  const text = raw.trim();
  const folded = fold(text);
  const tokens = words(folded);
  const byline = text.length <= BYLINE_MAX_CHARS && MAY_BE_BYLINE.test(folded) ? parseByline(text) : null;
  const worded =
    lexiconReason(folded) ?? undatedBylineReason(byline) ?? (isBio(text, folded) ? 'author-box' : null);
  const dom = worded === null ? domReason(text, hint) : null;
  return {
    raw,
    text,
    folded,
    tokens,
    hard: worded ?? dom,
    hardFromDom: dom !== null,
    foreign: null,
    endsSentence: SENTENCE_END.test(text),
    initial: 'bad',
    cls: 'bad',
    byline,
    density: 0,
    hint,
    via: '',
    hits: stopwordHits(tokens),
  };
}

/** Heading-like: a short line that starts like a title and does not end like a sentence. */
export function isHeadingLike(b: Block): boolean {
  return (
    !b.endsSentence && b.text.length <= S.TITLE_MAX_CHARS && b.tokens.length >= 2 && STARTS_UPPER_OR_DIGIT.test(b.text)
  );
}

/** Sets `initial` (and `foreign`) from the block's own features. */
function initialClass(b: Block, lang: string | null): BlockClass {
  if (b.hard) return 'bad';
  const chars = b.text.length;
  if (lang === null) {
    // No stop-word list fits the page: length and sentence shape only.
    if (chars > S.LENGTH_SENTENCE_GOOD && b.endsSentence) return 'good';
    if (chars >= S.LENGTH_LOW) return 'neargood';
    return b.endsSentence && b.tokens.length >= S.SENTENCE_MIN_WORDS ? 'neargood' : 'short';
  }
  const langIndex = STOPWORD_LANGUAGES.indexOf(lang);
  const n = Math.max(1, b.tokens.length);
  const d = b.hits.all[langIndex]! / n;
  b.density = d;
  if (b.tokens.length >= S.FOREIGN_MIN_WORDS) {
    // Single letters ("s" of "GB/s", "l" of an elision) say little about a block's language.
    const wordHits = b.hits.long;
    const wn = Math.max(1, b.hits.longTokens);
    const wd = wordHits[langIndex]! / wn;
    for (let i = 0; i < STOPWORD_LANGUAGES.length; i++) {
      const other = STOPWORD_LANGUAGES[i]!;
      if (other === lang) continue;
      const od = wordHits[i]! / wn;
      if (b.hits.longTokens >= S.FOREIGN_MIN_WORDS && od >= S.STOPWORDS_LOW && od >= wd * S.FOREIGN_DENSITY_RATIO) {
        b.foreign = other;
        return 'bad';
      }
    }
  }
  if (chars < S.LENGTH_LOW) {
    return b.endsSentence && b.tokens.length >= S.SENTENCE_MIN_WORDS && d >= S.STOPWORDS_HIGH ? 'neargood' : 'short';
  }
  if (d >= S.STOPWORDS_HIGH) {
    return chars > S.LENGTH_HIGH || (b.endsSentence && chars > S.LENGTH_SENTENCE_GOOD) ? 'good' : 'neargood';
  }
  if (d >= S.STOPWORDS_LOW) return 'neargood';
  return 'bad';
}

/**
 * For every block, the class of the nearest block before (step -1) or after (step 1) it that is
 * "good" or "bad" (or "neargood" unless ignored); short blocks and empty separators are looked
 * through, and the page's edges count as "bad" (jusText's _get_neighbour). One pass per
 * direction: runs of short blocks (long menus) would make a scan per block quadratic.
 */
/**
 * Blocks that do not vote on their neighbours' class: separators, and calls to action that
 * interrupt the article in the middle ("Click here to get our app") rather than bound it.
 */
const TRANSPARENT_REASONS: ReadonlySet<string> = new Set(['empty', 'call-to-action']);

function neighbours(blocks: readonly Block[], step: 1 | -1, ignoreNeargood: boolean): BlockClass[] {
  const out = new Array<BlockClass>(blocks.length);
  let last: BlockClass = 'bad';
  const first = step === 1 ? blocks.length - 1 : 0;
  for (let k = 0, i = first; k < blocks.length; k++, i -= step) {
    out[i] = last;
    const b = blocks[i]!;
    if (b.hard !== null && TRANSPARENT_REASONS.has(b.hard)) continue;
    if (b.cls === 'good' || b.cls === 'bad' || (b.cls === 'neargood' && !ignoreNeargood)) last = b.cls;
  }
  return out;
}

function reviseShort(blocks: Block[]): void {
  const prevStrict = neighbours(blocks, -1, true);
  const nextStrict = neighbours(blocks, 1, true);
  const prevAny = neighbours(blocks, -1, false);
  const nextAny = neighbours(blocks, 1, false);
  const next: BlockClass[] = blocks.map((b) => b.cls);
  blocks.forEach((b, i) => {
    if (b.cls !== 'short') return;
    if (inMainProse(b)) {
      next[i] = 'good';
      b.via = 'main-paragraph';
      return;
    }
    const prev = prevStrict[i]!;
    const after = nextStrict[i]!;
    b.via = 'short-between-good';
    if (prev === 'good' && after === 'good') next[i] = 'good';
    else if (prev === 'bad' && after === 'bad') next[i] = 'bad';
    else if ((prev === 'bad' && prevAny[i] === 'neargood') || (after === 'bad' && nextAny[i] === 'neargood')) {
      next[i] = 'good';
      b.via = 'short-near-neargood';
    } else next[i] = 'bad';
  });
  blocks.forEach((b, i) => (b.cls = next[i]!));
}

/** HTML: a paragraph inside the page's main article container. */
function inMainProse(b: Block): boolean {
  return b.hint !== undefined && b.hint.inMain && b.endsSentence && MAIN_PROSE_TAGS.has(b.hint.tag) && b.hint.linkDensity < S.LINK_DENSITY_HIGH;
}
const MAIN_PROSE_TAGS: ReadonlySet<string> = new Set(['p', 'blockquote', 'li']);

function reviseNeargood(blocks: Block[]): void {
  const prevStrict = neighbours(blocks, -1, true);
  const nextStrict = neighbours(blocks, 1, true);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.cls !== 'neargood') continue;
    if (inMainProse(b)) {
      // The page's own markup puts this paragraph in the article: no neighbour vote needed.
      b.cls = 'good';
      b.via = 'main-paragraph';
      continue;
    }
    b.cls = prevStrict[i] === 'bad' && nextStrict[i] === 'bad' ? 'bad' : 'good';
    b.via = 'neargood-near-good';
  }
}

/** A subheading inside the article, followed closely by prose, is kept (jusText's "good headings"). */
function rescueHeadings(blocks: Block[]): void {
  let seenGood = false;
  blocks.forEach((b, i) => {
    if (b.cls === 'good') seenGood = true;
    if (!seenGood || b.cls !== 'bad' || b.hard || b.foreign || b.initial !== 'short' || !isHeadingLike(b)) return;
    let distance = 0;
    for (let j = i + 1; j < blocks.length && distance <= S.MAX_HEADING_DISTANCE; j++) {
      const c = blocks[j]!;
      if (c.cls === 'good') {
        b.cls = 'good';
        b.via = 'heading';
        return;
      }
      distance += c.text.length;
    }
  });
}

/**
 * Title, standfirst and byline sit just above the first prose block, among short blocks that the
 * context rules drop: walk back from the first good block and keep them, stopping at the first
 * menu-like block (fewer than HEADER_MIN_WORDS words). Lexicon blocks ("0", "Partager") are
 * stepped over and stay removed.
 */
function rescueHeader(blocks: Block[]): void {
  const first = blocks.findIndex((b) => b.cls === 'good');
  if (first < 0) return;
  let kept = 0;
  let distance = 0;
  for (let i = first - 1; i >= 0 && kept < S.HEADER_MAX_BLOCKS && distance <= S.HEADER_MAX_CHARS; i--) {
    const b = blocks[i]!;
    distance += b.text.length;
    if (b.hard) continue;
    if (b.foreign || b.tokens.length < S.HEADER_MIN_WORDS) return;
    b.cls = 'good';
    b.via = 'header';
    kept++;
  }
}

/**
 * Lists, table rows and captions inside the article have few function words and fail the prose
 * test, yet sit between prose blocks: a run of dropped blocks (none flagged by the lexicon or
 * foreign, each short, all together not too long) with kept blocks on both sides is kept too.
 */
function rescueEnclosed(blocks: Block[]): void {
  let i = 0;
  while (i < blocks.length) {
    if (blocks[i]!.cls !== 'good') {
      i++;
      continue;
    }
    // i is kept: look for the next kept block j, with only rescuable blocks in between.
    let j = i + 1;
    let chars = 0;
    let rescuable = true;
    while (j < blocks.length && blocks[j]!.cls !== 'good') {
      const b = blocks[j]!;
      if (b.hard !== 'empty') {
        if (b.hard || b.foreign || b.text.length > S.ENCLOSED_MAX_CHARS) rescuable = false;
        chars += b.text.length;
      }
      j++;
    }
    if (j < blocks.length && rescuable && chars <= S.ENCLOSED_RUN_MAX_CHARS) {
      for (let k = i + 1; k < j; k++) {
        if (blocks[k]!.hard !== 'empty') {
          blocks[k]!.cls = 'good';
          blocks[k]!.via = 'enclosed';
        }
      }
    }
    i = j;
  }
}

/** Runs the classifier over the blocks, setting `initial`, `foreign` and `cls`. */
export function classify(blocks: Block[]): void {
  const lang = pageLanguage(blocks);
  for (const b of blocks) {
    b.initial = initialClass(b, lang);
    b.cls = b.initial;
    b.via = b.initial === 'good' ? 'features' : '';
  }
  reviseShort(blocks);
  reviseNeargood(blocks);
  rescueHeadings(blocks);
  rescueEnclosed(blocks);
  rescueHeader(blocks);
}
