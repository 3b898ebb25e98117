// Dates stage: days counted from the DCT ("dans cinq jours", "il y a trois ans"), weekdays
// with "prochain"/"dernier", the weekday that picks the year, dates written short. Our sentences.
import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/dates/index.js';
import type { ReferenceDate } from '../src/types.js';

const REF: ReferenceDate = { value: '2024-10-16', from: 'option' }; // a Wednesday
const rows = (text: string, ref: ReferenceDate | null = REF): [string, string, string][] =>
  extractDates(text, ref).map((d) => [d.text, d.value, d.type]);

describe('counted from the DCT', () => {
  it.each<[string, [string, string, string][]]>([
    ['Les résultats seront connus dans cinq jours.', [['dans cinq jours', '2024-10-21', 'DATE']]],
    ['Le chantier reprendra dans deux semaines.', [['dans deux semaines', '2024-10-30', 'DATE']]],
    ['Le verdict tombera dans un mois.', [['dans un mois', '2024-11-16', 'DATE']]],
    ['La loi entrera en vigueur dans 2 ans.', [['dans 2 ans', '2026-10-16', 'DATE']]],
    ['Il a quitté la ville il y a trois ans.', [['il y a trois ans', '2021-10-16', 'DATE']]],
    ['Il a déménagé il y a cinq mois.', [['il y a cinq mois', '2024-05-16', 'DATE']]],
    ['Il est parti il y a trois jours.', [['il y a trois jours', '2024-10-13', 'DATE']]],
    ['Le magasin a fermé il y a une semaine.', [['il y a une semaine', '2024-10-09', 'DATE']]],
    // chrono's own "il y a" parser knows only the plural "ans".
    ['Il a quitté le club il y a un an.', [['il y a un an', '2023-10-16', 'DATE']]],
    ['Il y a 1 an, la ville votait.', [['Il y a 1 an', '2023-10-16', 'DATE']]],
    ['Le projet est né il y a près d’un an.', [['il y a près d’un an', '2023-10-16', 'DATE']]],
    // Units under a day and vague counts stay durations.
    ['Le train part dans 10 minutes.', [['10 minutes', 'PT10M', 'DURATION']]],
    ['Les travaux reprendront dans quelques mois.', [['quelques mois', 'PXM', 'DURATION']]],
    ['Il a été opéré il y a quelques mois.', [['quelques mois', 'PXM', 'DURATION']]],
    ['Il a signé pour un an.', [['un an', 'P1Y', 'DURATION']]],
    // "dans" that is not "in N days from now" is not there: "dans les 24 heures" stays a duration.
    ['La réponse doit venir dans les 24 heures.', [['24 heures', 'PT24H', 'DURATION']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('keeps the day unknown without a reference', () => {
    expect(rows('Les résultats seront connus dans cinq jours.', null)).toEqual([['dans cinq jours', 'XXXX-XX-XX', 'DATE']]);
  });
});

describe('weekdays and short dates', () => {
  it.each<[string, string, [string, string, string][]]>([
    ['Rendez-vous vendredi prochain.', '2024-10-16', [['vendredi prochain', '2024-10-18', 'DATE']]],
    ['Il a démissionné lundi dernier.', '2024-10-16', [['lundi dernier', '2024-10-14', 'DATE']]],
    // The weekday says which year: 12 January 2021 was a Tuesday.
    ['Le conseil se réunit ce mardi 12 janvier.', '2020-12-20', [['ce mardi 12 janvier', '2021-01-12', 'DATE']]],
    ['Le conseil s’est réuni le mardi 12 janvier.', '2021-03-01', [['le mardi 12 janvier', '2021-01-12', 'DATE']]],
    ['Agenda : Dim 15 Sept, marché aux puces.', '2024-08-01', [['Dim 15 Sept', '2024-09-15', 'DATE']]],
    ['Clôture des inscriptions le 10 jan.', '2024-12-20', [['le 10 jan', '2025-01-10', 'DATE']]],
  ])('%s', (text, ref, expected) => {
    expect(rows(text, { value: ref, from: 'option' })).toEqual(expected);
  });

  it.each([
    ['La mer est calme ce matin-là, dit le marin.'],
    ['Il a pris le bus de la ligne Mar.'],
  ])('no weekday in %s', (text) => {
    expect(rows(text).filter(([t]) => /^(?:mar|mer|dim)$/i.test(t))).toEqual([]);
  });
});

describe('ranges written with a hyphen, and day/month with slashes', () => {
  it.each<[string, [string, string, string][]]>([
    ['La foire a lieu 4-23 mai.', [['4-23 mai', '2025-05-04', 'DATE']]],
    ['Exposition 10 août - 12 septembre 2025.', [['10 août - 12 septembre 2025', '2025-08-10', 'DATE']]],
    // With words, TimeBank's two dates.
    ['Le procès se tiendra du 3 au 5 mars 2025.', [['3', '2025-03-03', 'DATE'], ['5 mars 2025', '2025-03-05', 'DATE']]],
    ['Rendez-vous le 22/04 devant la mairie.', [['le 22/04', '2025-04-22', 'DATE']]],
    ['Match le 12/03 - 14h au stade.', [['le 12/03', '2025-03-12', 'DATE'], ['14h', '2025-03-12T14:00', 'TIME']]],
  ])('%s', (text, expected) => {
    expect(rows(text, { value: '2025-02-01', from: 'option' })).toEqual(expected);
  });

  it.each([['Le score est de 3/1 à la mi-temps.'], ['Service ouvert 24/7.'], ['Il a obtenu 12/20 en maths.']])('no date in %s', (text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('scheduled events and unaccented spellings', () => {
  it.each<[string, [string, string, string][]]>([
    ['Rendez-vous est fixé samedi devant la mairie.', [['samedi', '2024-10-19', 'DATE']]],
    ['Le texte doit être voté mardi.', [['mardi', '2024-10-22', 'DATE']]],
    ['Le texte a été voté mardi.', [['mardi', '2024-10-15', 'DATE']]],
    ['On s’est vus la semaine derniere.', [['la semaine derniere', '2024-W41', 'DATE']]],
    ['Je viendrai dans la soiree.', [['la soiree', '2024-10-16TEV', 'TIME']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('units after a fused article, and quarterly sets', () => {
  it.each<[string, [string, string, string][]]>([
    ['Les ventes du trimestre en cours progressent.', [['trimestre en cours', '2024-Q4', 'DATE']]],
    ['Le budget du mois prochain sera serré.', [['mois prochain', '2024-11', 'DATE']]],
    ['Les comptes sont publiés chaque trimestre.', [['chaque trimestre', 'P3M', 'SET']]],
    ['Le bilan est fait tous les deux trimestres.', [['tous les deux trimestres', 'P6M', 'SET']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each([['Il parle du mois.'], ['Le prix du trimestre.']])('no date in %s', (text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('seasons of every year', () => {
  it.each<[string, string]>([
    ['Les campings affichent complet en été.', 'XXXX-SU'],
    ['Le festival aura lieu en été.', '2025-SU'],
    ['Le festival a eu lieu en été.', '2024-SU'],
    ['Cet été, la ville a changé.', '2024-SU'],
  ])('%s -> %s', (text, value) => {
    expect(rows(text).map(([, v]) => v)).toEqual([value]);
  });
});

describe('without a reference, a year written elsewhere and the weekday pick the year', () => {
  it.each<[string, string]>([
    ['Le budget 2021 a été voté. La séance de ce mardi 12 janvier a été houleuse.', '2021-01-12'],
    ['En 2021, puis le mercredi 12 janvier.', '2022-01-12'],
    // No written year: nothing is invented.
    ['La séance de ce mardi 12 janvier a été houleuse.', 'XXXX-01-12'],
    // The weekday is false for the years around 2021: nothing is invented either.
    ['Le budget 2021 a été voté. La séance du jeudi 12 janvier a été houleuse.', 'XXXX-01-12'],
  ])('%s', (text, value) => {
    expect(rows(text, null).at(-1)?.[1]).toBe(value);
  });
});

describe('two-digit years and lengths of time', () => {
  it.each<[string, [string, string, string][]]>([
    ['En juillet 98, la France a gagné.', [['juillet 98', '1998-07', 'DATE']]],
    ['Les événements de Mai 68.', [['Mai 68', '1968-05', 'DATE']]],
    ['Il a parlé pour une durée de 3 heures.', [['3 heures', 'PT3H', 'DURATION']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('reads no two-digit year before a word', () => {
    expect(rows('Le 3 juin 12 personnes ont manifesté.').map(([t]) => t)).toEqual(['Le 3 juin']);
  });
});
