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

function jsonLdDatePublished($: cheerio.CheerioAPI): string | null {
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
        if (typeof record.datePublished === 'string') return record.datePublished;
        if (record['@graph']) queue.push(record['@graph']);
      }
    }
  }
  return null;
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
  const publishedRaw =
    $('meta[property="article:published_time"]').attr('content') ??
    jsonLdDatePublished($) ??
    $('time[datetime]').first().attr('datetime') ??
    $('meta[name="date"], meta[name="pubdate"], meta[name="DC.date"], meta[itemprop="datePublished"]').first().attr('content') ??
    null;
  const publishedValue = isoDateOf(publishedRaw);
  const url = firstText($('link[rel="canonical"]').attr('href'), $('meta[property="og:url"]').attr('content'));
  // One parse serves both: the cleaning stage cuts the blocks and reads their DOM evidence.
  const { blocks, hints } = htmlBlocksFromDom($);
  return {
    blocks,
    hints,
    title,
    published: publishedValue && publishedRaw ? { value: publishedValue, text: publishedRaw } : null,
    url,
  };
}
