// Dates stage: strings that look like dates and are not.
import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/dates/index.js';

const REF = { value: '2024-10-16', from: 'option' as const };
const texts = (text: string): string[] => extractDates(text, REF).map((d) => d.text);

describe('extractDates: nothing to find', () => {
  it.each([
    ['Le réseau Parler a été fermé.'],
    ['La mission vers Mars est reportée.'],
    ['Le groupe compte 1,5 million d’abonnés.'],
    ['La population atteint 20 millions.'],
    ['Les prix ont augmenté de 25 %.'],
    ['La vidéo a été partagée 545.000 fois.'],
    ['Voir page 12 pour le détail.'],
    ['Le texte pose 11 principes.'],
    ['La salle accueille 1234 personnes.'],
    ['Il faut 5000 signatures.'],
    ['La commune compte 2000 habitants.'],
    ['Le budget est de 1500 euros.'],
    ['Ce fut rapidement réglé.'],
    ['Il a été élu sans difficulté.'],
    ['Elle lit le quotidien régional.'],
    ['Il a pris la mer au large de Brest.'],
    ['Appelez le +33 138-2010-2015 pour réserver.'],
    ['Le lot porte la référence 133-03-03-2020.'],
    ['Son numéro est le 2010-2015-86.'],
    ['Le dossier 32-2015 a été classé.'],
    ['Les enfants ont entonné des chants de Noël.'],
    ['Un sapin de Noël a été installé sur la place.'],
    ['Les œufs de Pâques sont en vente.'],
    ['Il est parti en mer. 10 bateaux l’accompagnaient.'],
    ['Le débat a eu lieu en direct.'],
    ['La dernière initiative du groupe a échoué.'],
    ['Une fillette de 6 ans a été secourue.'],
    ['Jean Martin, 87 ans, a été blessé.'],
    ['Elle est décédée à l’âge de 102 ans.'],
    ['Il a tenté sa chance une seconde fois.'],
    ['Les Jeux olympiques d’hiver commencent.'],
    ['Pour tout renseignement, appeler le 03.29.88.43.12.'],
    ['La procession du Vendredi Saint attire les foules.'],
    ['Cette soirée sera animée par un orchestre.'],
    ["L'avenir du cinéma français en débat"],
    ['Il a parcouru 2h de route.'],
    ['Il a fait 3 h 30 de débat.'],
    ['Réf. 12/2023 du dossier'],
    ['Le score est de 3/1 à la mi-temps.'],
    ['Service ouvert 24/7.'],
    ['Il a 39 ans.'],
    ['En maintenant un rythme élevé, il a gagné.'],
    ['Le navire a été placé en quarantaine.'],
    ['Il est devenu préfet à 28 ans.'],
    ['L’astéroïde 2014 UZ224 est loin.'],
  ])('%s', (text) => {
    expect(texts(text)).toEqual([]);
  });
});

describe('extractDates: a date inside a number-rich sentence keeps only the date', () => {
  it.each<[string, string[]]>([
    ['La hausse est de 12 % par rapport à 2023.', ['2023']],
    ['Avec 1,2 milliard de comptes au troisième trimestre 2024.', ['troisième trimestre 2024']],
    ['En 2019, 1234 personnes ont manifesté.', ['2019']],
    ['La saison 2019/2020 a été écourtée.', ['2019', '2020']],
    ['Les attaques du 15 mars ont fait plus de 50 morts.', ['15 mars']],
  ])('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});

describe('extractDates: robustness', () => {
  it('finishes on long texts full of date-like words', () => {
    const unit = 'fin août, mois de juin 2020, le 3 mars, 12/01/2021, à 10h30, mercredi soir, 72 heures, 1234 personnes. ';
    const text = unit.repeat(400);
    const t0 = performance.now();
    const found = extractDates(text, REF);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(found.length).toBeGreaterThan(400 * 5);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it.each([[''], ['   '], ['\n\n'], ['1234'], ['h'], ["l'"]])('handles the degenerate input %j', (text) => {
    expect(() => extractDates(text, null)).not.toThrow();
  });
});
