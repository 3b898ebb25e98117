import { describe, expect, it } from 'vitest';
import { parseByline } from '../src/clean/byline.js';
import { cleanBlocks } from '../src/clean/index.js';
import { P1, P2 } from './helpers/prose.js';

const TITLE = 'Un budget record pour les écoles';

describe('parseByline: author lines', () => {
  it.each([
    ['Par Marc Jacob', ['Marc Jacob'], false],
    ['juin 2022 par Marc Jacob', ['Marc Jacob'], true],
    ['Publié le 12/01/2021 à 10h30 par Marie Durand', ['Marie Durand'], true],
    ['Marc Jacob, correspondant à Bruxelles', ['Marc Jacob'], false],
    ['Anne-Sophie Leroy, envoyée spéciale en Ukraine', ['Anne-Sophie Leroy'], false],
    ['By John Smith', ['John Smith'], false],
    ['By John Smith, Staff Writer', ['John Smith'], false],
    ['PAR MARIE DURAND', ['Marie Durand'], false],
    ['Par Jean-Pierre Martin et Anne Lee', ['Jean-Pierre Martin', 'Anne Lee'], false],
    ['Par Charles de Gaulle', ['Charles de Gaulle'], false],
    ['Par Marc Jacob avec AFP', ['Marc Jacob'], false],
    ['By Ann Lee - Reuters', ['Ann Lee'], false],
    ['Von Jan Berg', ['Jan Berg'], false],
    ['by Karina Cohen | May 19, 2024', ['Karina Cohen'], true],
    ['par Florence Audier , le 15 septembre 2009', ['Florence Audier'], true],
    ['March 3, 2021 | BY: Ann Lee, MS, RDN', ['Ann Lee'], true],
    ['By Meg JonesStaff Writer', ['Meg Jones'], false],
  ])('%s -> %j', (text, authors, hasDate) => {
    expect(parseByline(text)).toEqual({ authors, hasDate });
  });

  it.each([
    ['Par ailleurs, la mairie a promis une concertation.'],
    ['Par Marie Durand, envoyée spéciale à Kiev, qui raconte la vie sous les bombes depuis trois semaines'],
    ['by the way'],
    ['Par exemple'],
    ['Par Matière'],
    ['Par La Rédaction'],
    ['Par Le Monde avec AFP'],
    ['Emmanuel Macron, président de la République'],
    ['Jean Dupont, Marie Durand et Paul Roux'],
    ['© Sputnik . Kirill Kallinikov'],
    ['Photo : AFP'],
    ['JAKARTA - Les abus sur mineurs circulent toujours.'],
    ['Par Marc Jacob qui a enquêté pendant deux ans sur les finances de la ville'],
  ])('%s is not a byline', (text) => {
    expect(parseByline(text)).toBeNull();
  });
});

describe('cleanBlocks: byline metadata', () => {
  it.each([
    ['a dated byline: author, and the line stays (the date stage reads it)', 'juin 2022 par Marc Jacob', 'Marc Jacob', true],
    ['a name-only byline: author, and the line is removed', 'Par Marc Jacob', 'Marc Jacob', false],
    ['a name and a role: author, line removed', 'Marc Jacob, correspondant à Bruxelles', 'Marc Jacob', false],
    ['an English byline', 'By John Smith', 'John Smith', false],
  ])('%s', (_what, line, author, kept) => {
    const r = cleanBlocks({ blocks: ['Accueil', TITLE, line, P1, P2], title: null });
    expect(r.author).toBe(author);
    expect(r.text.split('\n\n').includes(line)).toBe(kept);
    if (!kept) expect(r.removed).toContainEqual({ text: line, reason: 'byline' });
  });

  it('gives no author when no line is a byline', () => {
    const r = cleanBlocks({ blocks: [TITLE, 'Par ailleurs, la mairie a promis une concertation.', P1, P2], title: null });
    expect(r.author).toBeNull();
  });

  it('takes the first byline, not a commenter below the comment marker', () => {
    const r = cleanBlocks({ blocks: [TITLE, 'Par Marc Jacob', P1, P2, 'Laisser un commentaire', 'Par Anne Lee'], title: null });
    expect(r.author).toBe('Marc Jacob');
    const r2 = cleanBlocks({ blocks: [TITLE, P1, P2, 'Laisser un commentaire', 'Par Anne Lee'], title: null });
    expect(r2.author).toBeNull();
  });

  it.each([
    ['© Agence Kirill Martin . Jean Dupont'],
    ['Photo : AFP'],
    ['Crédit photo : Jean Martin'],
  ])('removes the credit line %s with reason "credit"', (line) => {
    const r = cleanBlocks({ blocks: [line, P1, P2], title: null });
    expect(r.removed).toContainEqual({ text: line, reason: 'credit' });
    expect(r.author).toBeNull();
  });

  it('keeps a dateline prefix in the text', () => {
    const lead = 'NAIROBI - Les pluies torrentielles qui frappent le pays depuis une semaine ont fait au moins quarante morts, selon un bilan provisoire publié jeudi par les autorités.';
    const r = cleanBlocks({ blocks: [TITLE, lead, P1, P2], title: null });
    expect(r.text).toContain(lead);
  });
});
