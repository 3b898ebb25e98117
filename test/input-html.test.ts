import { describe, expect, it } from 'vitest';
import { looksLikeHtml, readHtml, sniffDeclaredCharset } from '../src/input/html.js';

describe('readHtml', () => {
  it('turns block elements into blocks and drops scripts, navigation, footers, asides and forms', () => {
    const page = readHtml(`<html><body>
      <nav><a href="/">Accueil</a></nav><script>var x = "caché";</script><style>p{}</style>
      <div><h2>Sous-titre</h2><p>Un <em>paragraphe</em>   avec
      des espaces.</p><ul><li>premier</li><li>second</li></ul>texte libre<br>après</div>
      <aside>Lire aussi</aside><form><input> S'abonner</form><footer>© Journal</footer></body></html>`);
    expect(page.blocks).toEqual(['Sous-titre', 'Un paragraphe avec des espaces.', 'premier', 'second', 'texte libre', 'après']);
  });

  it.each([
    ['og:title first', '<meta property="og:title" content="OG"><title>T</title><body><h1>H</h1></body>', 'OG'],
    ['then h1', '<title>T</title><body><h1>H  1</h1></body>', 'H 1'],
    ['then <title>', '<title> T </title><body><p>x</p></body>', 'T'],
    ['none', '<body><p>x</p></body>', null],
  ])('title: %s', (_what, html, title) => {
    expect(readHtml(html).title).toBe(title);
  });

  it.each([
    ['article:published_time', '<meta property="article:published_time" content="2021-01-12T10:30:00Z">', '2021-01-12'],
    ['JSON-LD datePublished in @graph', '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2020-06-12"}]}</script>', '2020-06-12'],
    ['<time datetime>', '<body><time datetime="2019-04-24">mercredi</time></body>', '2019-04-24'],
    ['nothing', '<body><p>rien</p></body>', undefined],
  ])('publication date from %s', (_what, html, value) => {
    expect(readHtml(html).published?.value).toBe(value);
  });

  it('survives deeply nested markup without overflowing the stack', () => {
    const depth = 3000;
    const html = '<div>'.repeat(depth) + 'profond' + '</div>'.repeat(depth);
    expect(readHtml(html).blocks).toEqual(['profond']);
  });

  it('sniffs HTML and declared charsets', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('  <p>bonjour</p>')).toBe(true);
    expect(looksLikeHtml('Le <b> seul ne fait pas une page')).toBe(false);
    expect(sniffDeclaredCharset(Buffer.from('<meta charset="iso-8859-1">'))).toBe('iso-8859-1');
    expect(sniffDeclaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'))).toBe('windows-1252');
    expect(sniffDeclaredCharset(Buffer.from('<p>none</p>'))).toBeNull();
  });
});
