import { describe, expect, it } from 'vitest';
import { RepeatedLines, repeatKey } from '../src/clean/corpus.js';
import { cleanBlocks } from '../src/clean/index.js';
import { CORPUS_MIN_DOCUMENTS } from '../src/clean/settings.js';

// Article paragraphs of our own: one per document, so they never repeat.
const prose = (n: number) =>
  `Le conseil municipal de la commune numéro ${n} a voté mardi soir un budget en hausse pour la rénovation des écoles, après un débat de plus de trois heures dans une salle comble où les parents d'élèves étaient venus nombreux.`;
const prose2 = (n: number) =>
  `Selon l'adjointe chargée de l'éducation de la commune ${n}, les travaux commenceront dès le mois de juillet et devraient durer deux ans, le temps de remplacer les fenêtres et d'isoler les toitures.`;
const MENU = 'Accueil Actualités Sport Culture';
const NEWS = 'Recevez chaque matin l’essentiel de l’actualité locale';
const QUOTE = '« Nous tiendrons les délais et le budget, quoi qu’il arrive, parce que les enfants de cette ville le méritent », a déclaré la maire.';
const DISCLAIMER = 'Les propos tenus dans les commentaires n’engagent que leurs auteurs et la rédaction se réserve le droit de les supprimer sans préavis.';

function siteWith(docs: string[][], site = 'example.org'): RepeatedLines {
  const r = new RepeatedLines();
  for (const d of docs) r.add(site, d);
  return r;
}

describe('RepeatedLines', () => {
  it('finds a block on most documents of a site, by its normalised key', () => {
    const docs = [0, 1, 2, 3].map((n) => [MENU, `Titre ${n}`, prose(n), n % 2 ? NEWS.toUpperCase() : NEWS]);
    const r = siteWith(docs);
    expect(r.documents('example.org')).toBe(4);
    expect([...r.repeated('example.org')].sort()).toEqual([repeatKey(MENU), repeatKey(NEWS)].sort());
  });

  it('says nothing before the site has enough documents', () => {
    const r = siteWith(Array.from({ length: CORPUS_MIN_DOCUMENTS - 1 }, (_, n) => [MENU, prose(n)]));
    expect(r.repeated('example.org').size).toBe(0);
    expect(r.repeated('unknown.org').size).toBe(0);
  });

  it('keeps the sites apart', () => {
    const r = new RepeatedLines();
    for (let n = 0; n < 5; n++) r.add(n < 3 ? 'a.org' : 'b.org', [MENU, prose(n)]);
    expect(r.repeated('a.org').has(repeatKey(MENU))).toBe(true);
    expect(r.repeated('b.org').size).toBe(0);
  });

  it('counts a block once per document', () => {
    const r = new RepeatedLines();
    r.add('a.org', [MENU, MENU, MENU]);
    r.add('a.org', [prose(1)]);
    r.add('a.org', [prose(2)]);
    expect(r.repeated('a.org').size).toBe(0);
  });

  it('does not call a quote repeated when a few follow-up articles share it', () => {
    // 10 articles; the quote is in 3 of them, a short menu line in all.
    const docs = Array.from({ length: 10 }, (_, n) => [MENU, prose(n), ...(n < 3 ? [QUOTE] : [])]);
    const r = siteWith(docs);
    expect(r.repeated('example.org').has(repeatKey(MENU))).toBe(true);
    expect(r.repeated('example.org').has(repeatKey(QUOTE))).toBe(false);
  });

  it('does not call a subheading repeated when only some articles use it', () => {
    const docs = Array.from({ length: 10 }, (_, n) => [MENU, prose(n), ...(n < 3 ? ['Contexte'] : []), prose2(n)]);
    const r = siteWith(docs);
    expect(r.repeated('example.org').has(repeatKey('Contexte'))).toBe(false);
    expect(r.repeated('example.org').has(repeatKey(MENU))).toBe(true);
  });

  it('calls a prose-like disclaimer repeated when most pages carry it', () => {
    const docs = Array.from({ length: 6 }, (_, n) => [prose(n), DISCLAIMER]);
    expect(siteWith(docs).repeated('example.org').has(repeatKey(DISCLAIMER))).toBe(true);
  });

  it('is deterministic whatever the order of the documents', () => {
    const docs = Array.from({ length: 8 }, (_, n) => [MENU, prose(n), ...(n % 2 ? [NEWS] : [])]);
    const a = [...siteWith(docs).repeated('example.org')].sort();
    const b = [...siteWith([...docs].reverse()).repeated('example.org')].sort();
    expect(a).toEqual(b);
  });
});

describe('cleanBlocks with repeated', () => {
  const docs = Array.from({ length: 5 }, (_, n) => [MENU, `Un budget record pour la commune ${n}`, 'juin 2022 par Marc Jacob', prose(n), NEWS, prose2(n)]);
  const repeated = siteWith(docs).repeated('example.org');

  it('removes the repeated blocks with reason "corpus-repeated" and keeps the article', () => {
    const r = cleanBlocks({ blocks: docs[0]!, title: null, repeated });
    expect(r.removed).toContainEqual({ text: NEWS, reason: 'corpus-repeated' });
    expect(r.text).toContain(prose(0));
    expect(r.text).toContain(prose2(0));
    expect(r.text).not.toContain(NEWS);
  });

  it('keeps a dated byline even when it recurs (the date stage reads it)', () => {
    const r = cleanBlocks({ blocks: docs[0]!, title: null, repeated });
    expect(repeated.has('juin 2022 par marc jacob')).toBe(true);
    expect(r.text.split('\n\n')).toContain('juin 2022 par Marc Jacob');
    expect(r.author).toBe('Marc Jacob');
  });

  it('changes nothing without a repeated set', () => {
    const r = cleanBlocks({ blocks: docs[0]!, title: null });
    expect(r.removed.map((x) => x.reason)).not.toContain('corpus-repeated');
  });
});
