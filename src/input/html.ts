// HTML pages: htmlparser2 parses (never executes) the markup; block elements become blocks of text,
// and the page's metadata gives the title and the publication date.
import { parseDocument } from 'htmlparser2';
import { htmlBlocksFromNode, type BlockHint, type DomNode } from '../clean/html-blocks.js';
import { siteFromUrl } from './sniff.js';

// Kept here too for the callers that read an HTML page's helpers from this module.
export { looksLikeHtml, siteFromUrl, sniffDeclaredCharset } from './sniff.js';

export interface HtmlDocument {
  /** Block elements' text; script, style, nav, footer, aside, form… are dropped. */
  blocks: string[];
  /** DOM evidence for the cleaner, `hints[i]` for `blocks[i]` (link density, class/id, main container). */
  hints: BlockHint[];
  title: string | null;
  published: { value: string; text: string } | null;
  url: string | null;
  author: string | null;
  site: string | null;
}

const WHITESPACE_RUN = /\s+/g;

const ISO_DATE = /^(?<date>\d{4}-\d{2}-\d{2})/;

function isoDateOf(value: string | undefined | null): string | null {
  if (!value) return null;
  return ISO_DATE.exec(value.trim())?.groups?.date ?? null;
}

/** The JSON-LD objects of the page's scripts, flattened (arrays and `@graph` unfolded), in document order. */
function jsonLdObjects(scripts: readonly string[]): Array<Record<string, unknown>> {
  const objects: Array<Record<string, unknown>> = [];
  for (const source of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length > 0) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        objects.push(record);
        if (record['@graph']) queue.push(record['@graph']);
      }
    }
  }
  return objects;
}

/** A JSON-LD person or organisation value: "Name", {name}, or a list of those, joined. */
function jsonLdName(value: unknown): string | null {
  const names: string[] = [];
  for (const item of Array.isArray(value) ? value : [value]) {
    if (typeof item === 'string') names.push(item);
    else if (item && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string') {
      names.push((item as { name: string }).name);
    }
  }
  return firstText(names.filter((name) => !LOOKS_LIKE_URL.test(name.trim())).join(', '));
}

interface MetaNode {
  type: string;
  data?: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: MetaNode[];
}

/** What the page says about itself: the first of each kind of element the metadata reads, in document order. */
interface PageMeta {
  /** `<meta>` content by "property:…", "name:…" and "itemprop:…" key, first occurrence. */
  meta: Map<string, string>;
  h1: string | undefined;
  title: string | undefined;
  canonical: string | undefined;
  timeDatetime: string | undefined;
  /** The first `<meta name="date|pubdate|DC.date">` or `<meta itemprop="datePublished">`. */
  metaDate: string | undefined;
  /** The first `[itemprop=author] [itemprop=name]` or `[rel=author]` element's text. */
  authorText: string | undefined;
  ldScripts: string[];
}

const META_DATE_KEYS: ReadonlySet<string> = new Set(['name:date', 'name:pubdate', 'name:DC.date', 'itemprop:datePublished']);

/** The text of a subtree, like cheerio's .text(), without recursion (deeply nested pages). */
function textOf(node: MetaNode): string {
  let out = '';
  const stack: MetaNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') out += n.data ?? '';
    const children = n.children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/**
 * One walk over the tree instead of one CSS query per field: each query walks the whole page
 * again, and together they cost more than the parse.
 */
function pageMeta(root: MetaNode): PageMeta {
  const found: PageMeta = {
    meta: new Map(),
    h1: undefined,
    title: undefined,
    canonical: undefined,
    timeDatetime: undefined,
    metaDate: undefined,
    authorText: undefined,
    ldScripts: [],
  };
  const stack: Array<{ node: MetaNode; inAuthor: boolean }> = [{ node: root, inAuthor: false }];
  while (stack.length > 0) {
    const { node, inAuthor } = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style' && node.type !== 'root') continue;
    const a = node.attribs ?? {};
    const name = node.name ?? '';
    if (name === 'meta' && a.content !== undefined) {
      for (const attr of ['property', 'name', 'itemprop'] as const) {
        const value = a[attr];
        if (value === undefined) continue;
        const key = `${attr}:${value}`;
        if (!found.meta.has(key)) found.meta.set(key, a.content);
        if (found.metaDate === undefined && META_DATE_KEYS.has(key)) found.metaDate = a.content;
      }
    } else if (name === 'h1') {
      if (found.h1 === undefined) found.h1 = textOf(node);
    } else if (name === 'title') {
      if (found.title === undefined) found.title = textOf(node);
    } else if (name === 'link') {
      if (found.canonical === undefined && a.rel === 'canonical' && a.href !== undefined) found.canonical = a.href;
    } else if (name === 'time') {
      if (found.timeDatetime === undefined && a.datetime !== undefined) found.timeDatetime = a.datetime;
    } else if (name === 'script') {
      if (a.type === 'application/ld+json') found.ldScripts.push(textOf(node));
      continue;
    }
    if (found.authorText === undefined && ((inAuthor && a.itemprop === 'name') || a.rel === 'author')) {
      found.authorText = textOf(node);
    }
    const childInAuthor = inAuthor || a.itemprop === 'author';
    const children = node.children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, inAuthor: childInAuthor });
  }
  return found;
}

function jsonLdField(objects: ReadonlyArray<Record<string, unknown>>, field: string): unknown {
  for (const object of objects) if (object[field] !== undefined) return object[field];
  return undefined;
}

/** `article:author` is often a profile URL rather than a name: such values are not an author. */
const LOOKS_LIKE_URL = /^(?:https?:)?\/\//i;

function nameUnlessUrl(value: string | undefined): string | undefined {
  return value && !LOOKS_LIKE_URL.test(value.trim()) ? value : undefined;
}

function firstText(...candidates: Array<string | undefined>): string | null {
  for (const c of candidates) {
    const text = c?.replace(WHITESPACE_RUN, ' ').trim();
    if (text) return text;
  }
  return null;
}

/**
 * htmlparser2 (cheerio's own HTML parser when asked for it) straight, without cheerio's wrapper:
 * we walk the tree ourselves, and building a cheerio instance per page cost as much as a third
 * of the parse. Entities are decoded; no script runs, nothing is fetched.
 */
export function readHtml(html: string): HtmlDocument {
  const document = parseDocument(html, { decodeEntities: true }) as unknown as DomNode;
  const page = pageMeta(document as MetaNode);
  const meta = page.meta;
  const title = firstText(meta.get('property:og:title'), page.h1, page.title);
  const ld = jsonLdObjects(page.ldScripts);
  const ldPublished = jsonLdField(ld, 'datePublished');
  const publishedRaw =
    meta.get('property:article:published_time') ??
    (typeof ldPublished === 'string' ? ldPublished : null) ??
    page.timeDatetime ??
    page.metaDate ??
    null;
  const publishedValue = isoDateOf(publishedRaw);
  const url = firstText(page.canonical, meta.get('property:og:url'));
  const author = firstText(
    meta.get('name:author'),
    nameUnlessUrl(meta.get('property:article:author')),
    jsonLdName(jsonLdField(ld, 'author')) ?? undefined,
    page.authorText,
  );
  const site =
    firstText(
      meta.get('property:og:site_name'),
      jsonLdName(jsonLdField(ld, 'publisher')) ?? undefined,
      meta.get('name:application-name'),
    ) ?? siteFromUrl(url);
  // One parse serves both: the cleaning stage cuts the blocks and reads their DOM evidence.
  const { blocks, hints } = htmlBlocksFromNode(document);
  return {
    blocks,
    hints,
    title,
    published: publishedValue && publishedRaw ? { value: publishedValue, text: publishedRaw } : null,
    url,
    author,
    site,
  };
}
