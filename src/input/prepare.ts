// Turns decoded text or HTML into the blocks and metadata the pipeline works on.
import { readHtml } from './html.js';
import type { PreparedText } from './prepare-text.js';

export { isoDatePart, prepareText, type PreparedText } from './prepare-text.js';

export function prepareHtml(html: string): PreparedText {
  const page = readHtml(html);
  return {
    raw: page.blocks.join('\n\n'),
    blocks: page.blocks,
    hints: page.hints,
    title: page.title,
    published: page.published ? { value: page.published.value, text: page.published.text, from: 'meta' } : null,
    url: page.url,
    author: page.author,
    site: page.site,
    warnings: [],
  };
}
