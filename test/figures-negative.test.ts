import { describe, it, expect } from 'vitest';
import { extractFigures } from '../src/figures/index.js';
import type { DateMention } from '../src/types.js';

const texts = (t: string, dates?: DateMention[]) => extractFigures(t, dates ? { dates } : {}).map((f) => f.text);

describe('not figures', () => {
  it.each([
    ['Le groupe va ouvrir un bureau à Lyon et nommer un directeur.'],
    ['Une enquête a été ouverte après une plainte.'],
    ['Il a investi des millions de dollars dans le projet.'],
    ['Des centaines de personnes ont manifesté.'],
    ['Des milliers de fichiers ont fuité.'],
    ['Plusieurs mises à jour sont prévues.'],
    ['De nombreux utilisateurs ont quitté le réseau.'],
    ['Le pays a imposé une quarantaine dans la région.'],
    ['La Première ministre a répondu.'],
    ['Le Premier ministre Dupont a parlé.'],
    ['La dernière initiative de la coalition a échoué.'],
    ['L’alliance Five Eyes a publié un rapport.'],
    ['Le siège est à Washington D.C. depuis longtemps.'],
    ['Les actions de Twitter (TWTR) ont chuté.'],
    ['Le réseau a été lancé en 2019 par une entreprise.'],
    ['Par rapport à 2023, la hausse est nette.'],
    ['La réunion du 15 mars a été reportée.'],
    ['Il a parlé ce mardi 12 janvier au soir.'],
    ['Les inscriptions ont bondi ces dernières 72 heures.'],
    ['Nous avons sept ans d’histoire commune.'],
    ['Le réseau existe depuis 80 ans.'],
    ['Au troisième trimestre, les ventes ont chuté.'],
    ['Au cours de la première semaine de janvier, le site a planté.'],
    ['Le 1er janvier, la loi entre en vigueur.'],
    ['Il a été retiré dans les 24 heures.'],
    ['Rendez-vous à 14h30 devant la mairie.'],
    ['Le virus du COVID-19 circule encore.'],
    ['L’Airbus A320 a atterri.'],
    ['Le réseau 5G arrive en ville.'],
    ['Lisez l’article 12 du règlement.'],
    ['Il habite au 12 rue de la Paix.'],
    ['La chaîne France 2 a diffusé le reportage.'],
    ['1. Introduction du rapport'],
    ['2) Les conclusions'],
    ['Il a acheté un appartement neuf.'],
    ['Il a attendu une seconde avant de répondre.'],
    ['C’était entre le mercredi 6 et le dimanche 10 janvier.'],
    ['Ils l’ont fait un à un.'],
    ['Le quart de finale aura lieu demain.'],
    ['Une demi-heure plus tard, il est parti.'],
    ['Elle parle du XXe siècle.'],
  ])('%s', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('drops numbers inside the dates given by the dates stage', () => {
    const text = 'Il a attendu quatre jours et 3 semaines, puis 12 personnes sont venues.';
    const dates: DateMention[] = [
      { text: 'quatre jours', start: 13, end: 25, value: 'P4D', type: 'DURATION' },
      { text: '3 semaines', start: 29, end: 39, value: 'P3W', type: 'DURATION' },
    ];
    expect(texts(text, dates)).toEqual(['12']);
  });

  it('drops an ordinal inside a date span even without a time noun after it', () => {
    const text = 'Le deuxième jeudi du mois, 5 élèves sont venus.';
    const dates: DateMention[] = [{ text: 'deuxième jeudi du mois', start: 3, end: 25, value: 'XXXX', type: 'DATE' }];
    expect(texts(text, dates)).toEqual(['5']);
  });

  it('keeps an age even when the dates stage read it as a duration', () => {
    const text = 'Un homme âgé de 45 ans a été arrêté.';
    const dates: DateMention[] = [{ text: '45 ans', start: 16, end: 22, value: 'P45Y', type: 'DURATION' }];
    expect(texts(text, dates)).toEqual(['45']);
  });

  it.each([
    ['La population, qui est de 20 millions, a voté en 2024.', ['20 millions']],
    ['En 2000 exemplaires ou plus.', []],
    ['Ils étaient 2000 manifestants.', ['2000']],
    ['Le 14 octobre, 300 salariés ont fait grève.', ['300']],
    ['Telegram a fait un bond de 25 %.', ['25 %']],
  ])('keeps only the figures in: %s', (text, want) => {
    expect(texts(text)).toEqual(want);
  });
});

describe('output contract', () => {
  it('spans slice the text and are sorted by start', () => {
    const text = 'Environ 3 millions de personnes, 25 %, 12 M€ et la deuxième place, avec 72 000 abonnés.';
    const figs = extractFigures(text);
    expect(figs.length).toBe(5);
    for (const f of figs) expect(text.slice(f.start, f.end)).toBe(f.text);
    const starts = figs.map((f) => f.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('is deterministic', () => {
    const text = 'Plus de 1,5 million de copies et 95% du contenu.';
    expect(extractFigures(text)).toEqual(extractFigures(text));
  });

  it('returns nothing for text without numbers', () => {
    expect(extractFigures('Le ciel est bleu.')).toEqual([]);
    expect(extractFigures('')).toEqual([]);
  });
});

describe('parts of times, markers and day lists (news text)', () => {
  it.each([
    ['Il remporte le titre en 2 h 53 min 17 s au total.'],
    ['Il termine à 1 minute 20 du vainqueur.'],
    ['Un accident est survenu au kilomètre 68 de la spéciale.'],
    ['Le deuil national est fixé aux 16, 17 et 18 juillet.'],
    ['La saison a duré (163 jours) cette année.'],
    ['Il portait une arme de calibre 7,65 sur lui.'],
  ])('%s', (text) => {
    expect(extractFigures(text)).toEqual([]);
  });

  it('an age in apposition is still a figure', () => {
    expect(extractFigures('La victime (23 ans) est décédée.').map((f) => f.text)).toEqual(['23']);
  });
});
