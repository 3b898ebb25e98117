// What can be told of an input without parsing it as HTML: whether it is a page, the charset it
// declares, the site of its URL. Kept apart from ./html.ts so that reading text files never loads
// an HTML parser (cheerio cost ~140 ms of start-up).

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
