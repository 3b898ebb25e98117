// HTML pages as blocks WITH the DOM evidence the text classifier cannot see: link density, class
// and id hints (comment, share, related, newsletter, cookie…), and whether a block lies inside the
// page's main article container (<article>, <main>, itemprop="articleBody", "entry-content"…).
//
// The blocks are cut exactly as the input stage cuts them (block-level elements and <br> end a
// block; script, style, nav, footer, aside, form… are dropped), so `blocks` can replace the input
// stage's list one for one; `hints[i]` describes `blocks[i]`.
import type { CheerioAPI } from 'cheerio';
import { parseDocument } from 'htmlparser2';
import { BOILERPLATE_ATTRIBUTE_TOKENS, MAIN_ATTRIBUTE_TOKENS } from './dom-lexicon.js';
import * as S from './settings.js';

export interface BlockHint {
  /** Share of the block's characters inside links (0..1). */
  linkDensity: number;
  /** Reason code from a boilerplate class or id on an enclosing element ("share-bar"…), or null. */
  container: string | null;
  /** Inside the page's main article container, when the page has one. */
  inMain: boolean;
  /** The page has a main article container holding most of its text. */
  pageHasMain: boolean;
  /** The enclosing block element's tag name ("p", "h2", "li"…). */
  tag: string;
}

export interface HtmlBlocks {
  blocks: string[];
  hints: BlockHint[];
}

const DROPPED_ELEMENTS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'footer', 'aside', 'form', 'button',
  'select', 'textarea', 'head', 'title',
]);

/** Block-level and table elements (HTML Living Standard, "flow content" that starts a box). */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'html',
]);

/** Containers never judged by their class: they hold the whole page. */
const NEVER_BOILERPLATE = new Set(['html', 'body', 'main', 'article']);

const WHITESPACE_RUN = /\s+/gu;
/** Splits class and id values into words: "post-share_bar" -> post, share, bar. */
const ATTRIBUTE_SEPARATORS = /[\s_-]+/u;
const ATTRIBUTE_CAMEL = /(?<=\p{Ll})(?=\p{Lu})/u;

export interface DomNode {
  type: string;
  data?: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

interface Context {
  container: string | null;
  inMain: boolean;
  inLink: boolean;
  tag: string;
}

/** The words of an element's class and id, lower case. */
function attributeWords(node: DomNode): string[] {
  const a = node.attribs;
  if (!a) return [];
  const value = `${a.class ?? ''} ${a.id ?? ''}`.trim();
  if (!value) return [];
  return value.split(ATTRIBUTE_SEPARATORS).flatMap((w) => w.split(ATTRIBUTE_CAMEL)).map((w) => w.toLowerCase());
}

function boilerplateReason(words: readonly string[]): string | null {
  for (const w of words) {
    const reason = BOILERPLATE_ATTRIBUTE_TOKENS.get(w);
    if (reason) return reason;
  }
  return null;
}

function isMainContainer(node: DomNode, words: readonly string[]): boolean {
  const name = node.name ?? '';
  if (name === 'article' || name === 'main') return true;
  const a = node.attribs ?? {};
  if ((a.itemprop ?? '').toLowerCase() === 'articlebody' || (a.role ?? '').toLowerCase() === 'main') return true;
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
    if (MAIN_ATTRIBUTE_TOKENS.has(words[i]!) || (pair && MAIN_ATTRIBUTE_TOKENS.has(pair))) return true;
  }
  return false;
}

/** Text length of every element's subtree, by an iterative post-order walk. */
function textLengths(root: DomNode): Map<DomNode, number> {
  const lengths = new Map<DomNode, number>();
  const stack: Array<{ node: DomNode; done: boolean }> = [{ node: root, done: false }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { node } = frame;
    if (node.type === 'text') continue;
    if (node.type !== 'tag' && node.type !== 'root') continue;
    if (DROPPED_ELEMENTS.has(node.name ?? '')) {
      lengths.set(node, 0);
      continue;
    }
    if (frame.done) {
      let n = 0;
      for (const c of node.children ?? []) n += c.type === 'text' ? (c.data ?? '').trim().length : (lengths.get(c) ?? 0);
      lengths.set(node, n);
      continue;
    }
    stack.push({ node, done: true });
    for (const c of node.children ?? []) stack.push({ node: c, done: false });
  }
  return lengths;
}

/** The main container: the <article>/<main>/articleBody element with the most text, if it holds enough of the page. */
function findMain(root: DomNode, lengths: Map<DomNode, number>): DomNode | null {
  const total = lengths.get(root) ?? 0;
  let best: DomNode | null = null;
  let bestLength = 0;
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'root') continue;
    if (node.type === 'tag' && DROPPED_ELEMENTS.has(node.name ?? '')) continue;
    const length = lengths.get(node) ?? 0;
    // The innermost container wins a tie with its parent: fewer boilerplate blocks around the text.
    if (node.type === 'tag' && length >= bestLength && isMainContainer(node, attributeWords(node))) {
      best = node;
      bestLength = length;
    }
    for (const c of node.children ?? []) stack.push(c);
  }
  return best && total > 0 && bestLength >= total * S.MAIN_MIN_SHARE ? best : null;
}

/**
 * Blocks and hints of an HTML page, parsed by htmlparser2 (cheerio's own HTML parser when asked
 * for it, used directly): several times faster than cheerio's default parse5 and far less garbage
 * for the same blocks (parse5's spec-exact tree repair matters for rendering, not for reading
 * text), and without loading cheerio (~140 ms) for a run over pages.
 */
export function htmlBlocks(html: string): HtmlBlocks {
  return htmlBlocksFromNode(parseDocument(html, { decodeEntities: true }) as unknown as DomNode);
}

/** The same from a page a caller already holds in cheerio (its tree is htmlparser2's nodes too). */
export function htmlBlocksFromDom($: CheerioAPI): HtmlBlocks {
  const root = $.root().get(0) as unknown as DomNode | undefined;
  return root ? htmlBlocksFromNode(root) : { blocks: [], hints: [] };
}

/** The first <body> element under the document, found without recursion. */
function findBody(document: DomNode): DomNode | null {
  const stack: DomNode[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'tag' && node.name === 'body') return node;
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return null;
}

/**
 * The same from a parsed document (htmlparser2/domhandler nodes, as the input stage parses once):
 * the <body>, or the whole document when the page has none.
 */
export function htmlBlocksFromNode(document: DomNode): HtmlBlocks {
  const root = findBody(document) ?? document;
  const lengths = textLengths(root);
  const total = lengths.get(root) ?? 0;
  const main = findMain(root, lengths);

  const blocks: string[] = [];
  const hints: BlockHint[] = [];
  let text = '';
  let linkChars = 0;
  let blockContext: Context | null = null;
  const flush = () => {
    const block = text.replace(WHITESPACE_RUN, ' ').trim();
    if (block && blockContext) {
      const raw = text.replace(WHITESPACE_RUN, ' ').length;
      blocks.push(block);
      hints.push({
        linkDensity: raw > 0 ? Math.min(1, linkChars / raw) : 0,
        container: blockContext.container,
        inMain: blockContext.inMain,
        pageHasMain: main !== null,
        tag: blockContext.tag,
      });
    }
    text = '';
    linkChars = 0;
    blockContext = null;
  };

  const start: Context = { container: null, inMain: main === root, inLink: false, tag: 'body' };
  const stack: Array<{ node: DomNode; ctx: Context } | 'flush'> = [{ node: root, ctx: start }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === 'flush') {
      flush();
      continue;
    }
    const { node, ctx } = item;
    if (node.type === 'text') {
      const data = node.data ?? '';
      if (blockContext === null && data.trim()) blockContext = ctx;
      text += data;
      if (ctx.inLink) linkChars += data.replace(WHITESPACE_RUN, ' ').length;
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const name = node.type === 'tag' ? (node.name ?? '').toLowerCase() : 'body';
    if (DROPPED_ELEMENTS.has(name)) continue;
    if (name === 'br') {
      flush();
      continue;
    }
    let container = ctx.container;
    const isBlock = BLOCK_ELEMENTS.has(name);
    // Only block elements wrap page furniture: an inline <span class="comment"> is a word of the
    // text (syntax highlighting, a quoted remark), not a comment section.
    if (container === null && isBlock && !NEVER_BOILERPLATE.has(name)) {
      const reason = boilerplateReason(attributeWords(node));
      // A class on a wrapper of most of the page ("has-sidebar", "with-comments") says nothing.
      if (reason !== null && (lengths.get(node) ?? 0) <= total * S.BOILERPLATE_CONTAINER_MAX_SHARE) container = reason;
    }
    const child: Context = {
      container,
      inMain: ctx.inMain || node === main,
      inLink: ctx.inLink || name === 'a',
      tag: isBlock ? name : ctx.tag,
    };
    if (isBlock) {
      flush();
      stack.push('flush');
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, ctx: child });
  }
  flush();
  return { blocks, hints };
}
