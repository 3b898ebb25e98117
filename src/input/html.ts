// HTML pages: cheerio parses (never executes) the markup; block elements become blocks of text,
// and the page's metadata gives the title and the publication date.
import * as cheerio from 'cheerio';
import { htmlBlocksFromDom, type BlockHint } from '../clean/index.js';

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

/** Reads the charset a page declares in its first bytes (`<meta charset>` or http-equiv). */
const META_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?(?<charset>[\w.:-]{1,40})/i;

export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return META_CHARSET.exec(head)?.groups?.charset ?? null;
}

const HTML_START = /^<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)[\s>]/i;

/** True when a text looks like an HTML page, whatever its file name. */
export function looksLikeHtml(text: string): boolean {
  // Leading comments are skipped with indexOf: a regex for "comments then a tag" can backtrack.
  let head = text.slice(0, 2048).trimStart();
  while (head.startsWith('<!--')) {
    const end = head.indexOf('-->');
    if (end < 0) return false;
    head = head.slice(end + 3).trimStart();
  }
  return HTML_START.test(head);
}

const ISO_DATE = /^(?<date>\d{4}-\d{2}-\d{2})/;

function isoDateOf(value: string | undefined | null): string | null {
  if (!value) return null;
  return ISO_DATE.exec(value.trim())?.groups?.date ?? null;
}

/** The JSON-LD objects of a page, flattened (arrays and `@graph` unfolded), in document order. */
function jsonLdObjects($: cheerio.CheerioAPI): Array<Record<string, unknown>> {
  const objects: Array<Record<string, unknown>> = [];
  for (const el of $('script[type="application/ld+json"]').toArray()) {
    let data: unknown;
    try {
      data = JSON.parse($(el).text());
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

function jsonLdField(objects: ReadonlyArray<Record<string, unknown>>, field: string): unknown {
  for (const object of objects) if (object[field] !== undefined) return object[field];
  return undefined;
}

/** `article:author` is often a profile URL rather than a name: such values are not an author. */
const LOOKS_LIKE_URL = /^(?:https?:)?\/\//i;

function nameUnlessUrl(value: string | undefined): string | undefined {
  return value && !LOOKS_LIKE_URL.test(value.trim()) ? value : undefined;
}

const LEADING_WWW = /^www\d?\./i;

/** "https://www.lemonde.fr/x" → "lemonde.fr": the site a page belongs to, when nothing names it. */
export function siteFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname;
    return host ? host.replace(LEADING_WWW, '') : null;
  } catch {
    return null;
  }
}

function firstText(...candidates: Array<string | undefined>): string | null {
  for (const c of candidates) {
    const text = c?.replace(WHITESPACE_RUN, ' ').trim();
    if (text) return text;
  }
  return null;
}

export function readHtml(html: string): HtmlDocument {
  const $ = cheerio.load(html);
  const title = firstText(
    $('meta[property="og:title"]').attr('content'),
    $('h1').first().text(),
    $('title').first().text(),
  );
  const ld = jsonLdObjects($);
  const ldPublished = jsonLdField(ld, 'datePublished');
  const publishedRaw =
    $('meta[property="article:published_time"]').attr('content') ??
    (typeof ldPublished === 'string' ? ldPublished : null) ??
    $('time[datetime]').first().attr('datetime') ??
    $('meta[name="date"], meta[name="pubdate"], meta[name="DC.date"], meta[itemprop="datePublished"]').first().attr('content') ??
    null;
  const publishedValue = isoDateOf(publishedRaw);
  const url = firstText($('link[rel="canonical"]').attr('href'), $('meta[property="og:url"]').attr('content'));
  const author = firstText(
    $('meta[name="author"]').attr('content'),
    nameUnlessUrl($('meta[property="article:author"]').attr('content')),
    jsonLdName(jsonLdField(ld, 'author')) ?? undefined,
    $('[itemprop="author"] [itemprop="name"], [rel="author"]').first().text(),
  );
  const site =
    firstText(
      $('meta[property="og:site_name"]').attr('content'),
      jsonLdName(jsonLdField(ld, 'publisher')) ?? undefined,
      $('meta[name="application-name"]').attr('content'),
    ) ?? siteFromUrl(url);
  // One parse serves both: the cleaning stage cuts the blocks and reads their DOM evidence.
  const { blocks, hints } = htmlBlocksFromDom($);
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
