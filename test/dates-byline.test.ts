// findBylineDate: the publication date of a byline among the first blocks.
import { describe, expect, it } from 'vitest';
import { findBylineDate } from '../src/dates/index.js';

describe('findBylineDate', () => {
  it.each<[string[], { value: string; text: string } | null]>([
    [['Titre de l’article', 'juin 2022 par Marc Jacob', 'Le corps du texte.'], { value: '2022-06', text: 'juin 2022' }],
    [['Publié le 12/01/2021 à 10h30'], { value: '2021-01-12', text: '12/01/2021' }],
    [['Un titre', 'Mis à jour le 3 mars 2023'], { value: '2023-03-03', text: '3 mars 2023' }],
    [['12 janvier 2021 à 14h05'], { value: '2021-01-12', text: '12 janvier 2021' }],
    [['Publié le 1er février 2020'], { value: '2020-02-01', text: '1er février 2020' }],
    [['2023-05-17 · Rédaction'], { value: '2023-05-17', text: '2023-05-17' }],
    [['Publié le 2021-01-12T10:30:00+01:00'], { value: '2021-01-12', text: '2021-01-12' }],
    [['Publié le lundi 3 mars 2023 à 8h'], { value: '2023-03-03', text: '3 mars 2023' }],
  ])('%j', (blocks, expected) => {
    const found = findBylineDate(blocks);
    expect(found).toEqual(expected === null ? null : { ...expected, from: 'byline' });
  });

  it.each<[string[]]>([
    [['Un titre', 'Pas de date ici.']],
    [['Le gouvernement a annoncé le 3 mars 2023 une réforme des retraites qui doit entrer en vigueur progressivement, après une longue concertation avec les syndicats et le patronat.']],
    [['Publié le 31/02/2021']],
    [[]],
  ])('no byline date in %j', (blocks) => {
    expect(findBylineDate(blocks)).toBeNull();
  });

  it('looks further down for a cued line, below a site header', () => {
    const header = Array.from({ length: 10 }, (_, i) => `Rubrique ${i}`);
    expect(findBylineDate([...header, 'juin 2022 par Marc Jacob'])?.value).toBe('2022-06');
    expect(findBylineDate([...header, 'Voir aussi notre dossier sur la réforme de mars 2021'])).toBeNull();
    expect(findBylineDate([...header, 'Le 3 mars 2023, le gouvernement a présenté le texte en Conseil des ministres.'])).toBeNull();
  });

  it('looks only at the first blocks', () => {
    const blocks = [...Array.from({ length: 15 }, (_, i) => `Paragraphe ${i}`), 'juin 2022 par Marc Jacob'];
    expect(findBylineDate(blocks)).toBeNull();
  });
});
