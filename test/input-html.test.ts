import { describe, expect, it } from 'vitest';
import { looksLikeHtml, readHtml, siteFromUrl, sniffDeclaredCharset } from '../src/input/html.js';

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

  it.each([
    ['<meta name="author">', '<meta name="author" content=" Marc  Jacob ">', 'Marc Jacob'],
    ['article:author as a name', '<meta property="article:author" content="Marie Curie">', 'Marie Curie'],
    ['not article:author as a profile URL', '<meta property="article:author" content="https://www.facebook.com/lemonde">', null],
    ['JSON-LD author object', '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Jeanne Dupont"}}</script>', 'Jeanne Dupont'],
    ['JSON-LD author list', '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":[{"name":"A. Martin"},"B. Durand"]}]}</script>', 'A. Martin, B. Durand'],
    ['itemprop author name', '<body><span itemprop="author"><span itemprop="name">Paul Roux</span></span><p>x</p></body>', 'Paul Roux'],
    ['nothing', '<body><p>rien</p></body>', null],
  ])('author from %s', (_what, html, author) => {
    expect(readHtml(html).author).toBe(author);
  });

  it.each([
    ['og:site_name', '<meta property="og:site_name" content="Le Monde"><link rel="canonical" href="https://www.lemonde.fr/a">', 'Le Monde'],
    ['JSON-LD publisher', '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Ouest-France"}}</script>', 'Ouest-France'],
    ['the canonical URL\'s host when nothing names the site', '<link rel="canonical" href="https://www.lemonde.fr/international/article/x.html">', 'lemonde.fr'],
    ['nothing', '<body><p>rien</p></body>', null],
  ])('site from %s', (_what, html, site) => {
    expect(readHtml(html).site).toBe(site);
  });

  it.each([
    ['https://www.lemonde.fr/a/b', 'lemonde.fr'],
    ['http://www2.example.org', 'example.org'],
    ['https://actu.fr/x', 'actu.fr'],
    ['pas une URL', null],
    [null, null],
  ])('siteFromUrl(%s)', (url, site) => {
    expect(siteFromUrl(url)).toBe(site);
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
