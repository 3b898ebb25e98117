import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../src/clean/index.js';
import * as cheerio from 'cheerio';
import { htmlBlocks, htmlBlocksFromDom } from '../src/clean/html-blocks.js';
import { P1, P2 } from './helpers/prose.js';

const page = readFileSync(new URL('../fixtures/boilerplate/article-with-furniture.html', import.meta.url), 'utf8');
const { blocks, hints } = htmlBlocks(page);
const hintOf = (start: string) => {
  const i = blocks.findIndex((b) => b.startsWith(start));
  if (i < 0) throw new Error(`no block starts with ${start}`);
  return hints[i]!;
};
const result = cleanBlocks({ blocks, hints, title: 'Le conseil municipal vote le budget des écoles' });
const reasonOf = (start: string) => result.removed.find((r) => r.text.startsWith(start))?.reason;

describe('htmlBlocks', () => {
  it('gives one hint per block', () => {
    expect(hints).toHaveLength(blocks.length);
    expect(blocks.length).toBeGreaterThan(10);
  });

  it.each([
    ['Ce site dépose des traceurs', 'cookie-notice'],
    ['Accueil Politique', null],
    ['Faites circuler cet article', 'share-bar'],
    ["Chaque matin, l'essentiel", 'newsletter'],
    ['Les cantines scolaires', 'related-links'],
    ['Jean-Pierre, le 12 mars', 'comment-form'],
    ['Le conseil municipal a voté', null],
    ['Un chantier de deux ans', null],
  ])('container of %j is %j', (start, container) => {
    if (start === 'Accueil Politique') {
      // list items are blocks of their own: each carries the menu's reason
      expect(hintOf('Politique').container).toBe('navigation');
      return;
    }
    expect(hintOf(start).container).toBe(container);
  });

  it('marks the article container and link density', () => {
    expect(hintOf('Le conseil municipal a voté').inMain).toBe(true);
    expect(hintOf("Chaque matin, l'essentiel").inMain).toBe(false);
    expect(hintOf('Mairie').linkDensity).toBeGreaterThan(0.5);
    expect(hintOf("L'opposition a dénoncé").linkDensity).toBeLessThan(0.3);
  });

  it('a linked heading inside the article is kept', () => {
    expect(hintOf('Un chantier de deux ans').linkDensity).toBeGreaterThan(0.5);
    expect(result.text).toContain('Un chantier de deux ans');
  });

  it('does not read a class on the body (a wrapper of the whole page) as boilerplate', () => {
    expect(hints.filter((h) => h.container === 'sidebar' || h.container === 'comment-form').length).toBe(1);
  });
});

describe('cleanBlocks with DOM hints', () => {
  it.each([
    ['Le conseil municipal a voté'],
    ['Un chantier de deux ans'],
    ["Selon l'adjointe"],
    ["L'opposition a dénoncé"],
  ])('keeps the article: %s', (start) => {
    expect(result.text).toContain(start);
  });

  it.each([
    ['Ce site dépose des traceurs', 'cookie-notice'],
    ['Faites circuler cet article', 'share-bar'],
    ["Chaque matin, l'essentiel", 'newsletter'],
    ['Les cantines scolaires', 'related-links'],
    ['Jean-Pierre, le 12 mars', 'comment-form'],
    ['Mairie · Écoles', 'link-list'],
  ])('removes %j as %s', (start, reason) => {
    expect(result.text).not.toContain(start);
    expect(reasonOf(start)).toBe(reason);
  });

  it('ignores hints that do not line up with the blocks', () => {
    const r = cleanBlocks({ blocks, hints: hints.slice(1), title: null });
    expect(r.removed.some((x) => x.reason === 'link-list')).toBe(false);
    expect(result.removed.some((x) => x.reason === 'link-list')).toBe(true);
  });
});

describe('paragraphs of the main container', () => {
  const run = (html: string) => {
    const page = htmlBlocks(html);
    return cleanBlocks({ blocks: page.blocks, hints: page.hints, title: null });
  };
  const menu = '<div><a href="/a">Politique</a></div><div><a href="/b">Économie</a></div><div><a href="/c">Sport</a></div>';

  it('keeps a short sentence paragraph inside <article> whatever its neighbours', () => {
    const r = run(`<body>${menu}<article><p>${P1}</p><p>${P2}</p><p>Portions : 2 cuillères d’huile, 1 oignon.</p></article>${menu}</body>`);
    expect(r.text).toContain('Portions : 2 cuillères d’huile, 1 oignon.');
  });

  it('keeps a sentence list item inside <article> (recipe steps)', () => {
    const r = run(`<body>${menu}<article><p>${P1}</p><p>${P2}</p><ol><li>Faire revenir l’ail dans l’huile.</li><li>Ajouter les nouilles.</li></ol></article>${menu}</body>`);
    expect(r.text).toContain('Ajouter les nouilles.');
  });

  it.each([
    ['a heading-like teaser (no final punctuation)', `<p>Les cantines scolaires passent au bio dès la rentrée prochaine</p>`, 'Les cantines scolaires'],
  ])('does not rescue %s at the end of the article', (_what, tail, start) => {
    const r = run(`<body>${menu}<article><p>${P1}</p><p>${P2}</p>${tail}</article>${menu}</body>`);
    expect(r.text).not.toContain(start);
  });

  it('does not take a link-dense paragraph for article prose', () => {
    const page = htmlBlocks(`<body>${menu}<article><p>${P1}</p><p>${P2}</p><p><a href="/x">Les cantines passent au bio.</a></p></article></body>`);
    const rows = cleanBlocks({ blocks: page.blocks, hints: page.hints, title: null, explain: true }).explain!;
    expect(rows.find((row) => row.text.startsWith('Les cantines'))?.features.via).not.toBe('main-paragraph');
  });

  it('does not rescue a short sentence outside the main container', () => {
    const r = run(`<body><article><p>${P1}</p><p>${P2}</p></article>${menu}<div><p>Merci de votre visite.</p></div>${menu}</body>`);
    expect(r.text).not.toContain('Merci de votre visite.');
  });
});

describe('boilerplate classes on inline elements', () => {
  it('a <span class="comment"> inside a block does not make it a comment section', () => {
    const page = htmlBlocks('<body><article><pre><code><span class="hljs-comment">// config</span> {"name": "docs"}</code></pre></article></body>');
    expect(page.hints[0]!.container).toBeNull();
  });

  it('a <div class="comments"> still does', () => {
    const article = 'Le conseil municipal a voté mardi soir un budget en hausse pour la rénovation des écoles de la ville.';
    const page = htmlBlocks(`<body><article><p>${article}</p><p>${article}</p></article><div class="comments"><p>Bravo.</p></div></body>`);
    expect(page.hints.at(-1)!.container).not.toBeNull();
  });
});

describe('htmlBlocksFromDom', () => {
  it('gives the same blocks and hints from a page a caller holds in cheerio', () => {
    expect(htmlBlocksFromDom(cheerio.load(page, { xml: { xmlMode: false, decodeEntities: true } }))).toEqual(htmlBlocks(page));
  });
});
