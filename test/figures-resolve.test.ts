import { describe, it, expect } from 'vitest';
import { extractFigures } from '../src/figures/index.js';
import { currencyCode, qualifierBefore } from '../src/figures/resolve.js';
import type { Figure } from '../src/types.js';
import { figures, only, type Want } from './helpers/figures.js';


describe('acceptance constructions (own sentences)', () => {
  it.each<[string, Want]>([
    ['La plateforme revendique environ 3,5 millions d’abonnés en Belgique.', { text: '3,5 millions', value: 3500000, unit: 'abonnés', kind: 'count', qualifier: 'about' }],
    ['La police a saisi pas moins de 2,4 milliards de faux billets.', { text: '2,4 milliards', value: 2400000000, unit: 'faux billets', qualifier: 'at-least' }],
    ['Les ventes ont progressé de 17 % sur un an.', { text: '17 %', value: 17, unit: '%', kind: 'percent' }],
    ['Le clip a été vu environ 312.000 fois en un jour.', { text: '312.000', value: 312000, unit: 'fois', qualifier: 'about' }],
    ['La page compte plus de 48.000 membres.', { text: '48.000', value: 48000, unit: 'membres', qualifier: 'over' }],
    ['Le fonds pèse 7,5 milliards.', { text: '7,5 milliards', value: 7500000000, kind: 'count' }],
    ['Avec un demi-milliard de lecteurs actifs, le site domine.', { text: 'un demi-milliard', value: 500000000, unit: 'lecteurs actifs' }],
    ['Le service a gagné 2,5 millions de membres.', { text: '2,5 millions', value: 2500000 }],
    ['Le texte comporte trente-deux mesures concrètes.', { text: 'trente-deux', value: 32, unit: 'mesures' }],
    ['Ils ont vendu plus d’un million de disques.', { text: 'un million', value: 1000000, unit: 'disques', qualifier: 'over' }],
    ['Près de 40 millions de foyers sont concernés.', { text: '40 millions', value: 40000000, unit: 'foyers', qualifier: 'about' }],
    ['C’est la cinquième ville la plus peuplée.', { text: 'cinquième', value: 5, kind: 'ordinal', unit: 'ville' }],
    ['Il a dépassé 300 millions par an.', { value: 300000000, qualifier: 'over' }],
    ['On a recensé 8,3 millions de tentatives d’intrusion.', { value: 8300000, unit: "tentatives d'intrusion" }],
  ])('%s', (text, want) => {
    expect(only(text)).toMatchObject(want);
  });
});

describe('number formats and magnitudes', () => {
  it.each<[string, Want]>([
    ['Il y avait 12 000 personnes.', { value: 12000 }],
    ['Il y avait 12\u00A0000 personnes.', { value: 12000 }],
    ['Il y avait 12\u202F000 personnes.', { value: 12000 }],
    ["La ville a reçu 1'000'000 de francs suisses.", { value: 1000000, unit: 'CHF', kind: 'money' }],
    ['Le total atteint 1 234,56 euros.', { value: 1234.56, unit: 'EUR', kind: 'money' }],
    ['Le total atteint 1.234.567,89 euros.', { value: 1234567.89, unit: 'EUR' }],
    ['The total was 1,234.5 dollars.', { value: 1234.5, unit: 'USD' }],
    ['Un million et demi de visiteurs sont venus.', { text: 'Un million et demi', value: 1500000 }],
    // a fraction of a whole is a percentage (issue 5 convention)
    ['Les deux tiers des électeurs ont voté.', { text: 'deux tiers', value: expect.closeTo(200 / 3, 10) as unknown as number, unit: '%', kind: 'percent' }],
    ['Les trois quarts des sondés approuvent.', { text: 'trois quarts', value: 75, unit: '%', kind: 'percent' }],
    ['Il a écrit deux cent cinquante mille mots.', { value: 250000, unit: 'mots' }],
    ['On compte quatre-vingt-dix-neuf candidats.', { value: 99 }],
    ['On compte septante-cinq candidats.', { value: 75 }],
    ['On compte deux-cent-cinquante candidats.', { value: 250 }],
    ['La dette atteint 2 billions de dollars.', { value: 2e12, unit: 'USD', kind: 'money' }],
    ['Le chiffre d’affaires recule de -3,5 % cette année.', { text: '-3,5 %', value: -3.5 }],
    ['Les prix montent de +2 % par an.', { text: '+2 %', value: 2 }],
    ['Le chômage a baissé de 0,4 point de pourcentage.', { value: 0.4, unit: 'points de pourcentage', kind: 'percent' }],
    ['Le taux est de 12 pour cent.', { text: '12 pour cent', value: 12, unit: '%' }],
    ['Une quarantaine de personnes ont manifesté.', { text: 'Une quarantaine', value: 40, qualifier: 'about', unit: 'personnes' }],
    ['Un millier de soldats sont arrivés.', { value: 1000, qualifier: 'about' }],
    ['La grève a touché 12M de voyageurs.', { text: '12M', value: 12000000 }],
  ])('%s', (text, want) => {
    expect(only(text)).toMatchObject(want);
  });
});

describe('money, percent, quantities', () => {
  it.each<[string, Want]>([
    ['Le contrat vaut 3,5 milliards d’euros.', { text: '3,5 milliards d’euros', value: 3.5e9, unit: 'EUR', kind: 'money' }],
    ['Un budget de 12 M€ a été voté.', { text: '12 M€', value: 12e6, unit: 'EUR' }],
    ['La start-up a levé 300 k€.', { text: '300 k€', value: 300000, unit: 'EUR' }],
    ['La perte est de 1,2 Md$.', { text: '1,2 Md$', value: 1.2e9, unit: 'USD' }],
    ['Le billet coûte $15.', { text: '$15', value: 15, unit: 'USD' }],
    ['Il a payé 40 £ de frais.', { text: '40 £', value: 40, unit: 'GBP' }],
    ['La Chine a investi 50 milliards de yuans.', { value: 5e10, unit: 'CNY' }],
    ['Le salaire est de 150 000 francs CFA.', { value: 150000, unit: 'XOF' }],
    ['Le prix est de 200 dollars canadiens.', { value: 200, unit: 'CAD' }],
    ['Il a reçu 20 000 yens.', { value: 20000, unit: 'JPY' }],
    ['Le fonds a reçu 10 millions de livres sterling.', { value: 1e7, unit: 'GBP' }],
    ['Il a payé 50 USD.', { value: 50, unit: 'USD', kind: 'money' }],
    ['La course fait 42 kilomètres.', { text: '42', value: 42, unit: 'kilomètres', kind: 'quantity' }],
    ['Le colis pèse 3,2 kg.', { value: 3.2, unit: 'kg', kind: 'quantity' }],
    ['Il a fait -5 °C cette nuit.', { value: -5, unit: '°C' }],
    ['La victime, âgée de 32 ans, a été blessée.', { text: '32', value: 32, unit: 'ans', kind: 'quantity' }],
    ['Un garçon de 12 ans a été retrouvé.', { value: 12, unit: 'ans', kind: 'quantity' }],
    ['La ferme couvre 120 hectares.', { value: 120, unit: 'hectares' }],
  ])('%s', (text, want) => {
    expect(only(text)).toMatchObject(want);
  });
});

describe('qualifierBefore', () => {
  it.each([
    ['environ ', 'about'], ['Environ ', 'about'], ['près de ', 'about'], ["près d'", 'about'], ['presque ', 'about'],
    ['quelque ', 'about'], ['autour de ', 'about'], ['aux alentours de ', 'about'],
    ['plus de ', 'over'], ["plus d'", 'over'], ['plus d’', 'over'], ['au-delà de ', 'over'], ['a dépassé ', 'over'], ['dépasse ', 'over'],
    ['moins de ', 'under'], ['au moins ', 'at-least'], ['pas moins de ', 'at-least'], ['au minimum ', 'at-least'],
    ['au plus ', 'at-most'], ['au maximum ', 'at-most'], ["jusqu'à ", 'at-most'],
  ])('%s', (before, q) => {
    expect(qualifierBefore(`Il y a ${before}12`, `Il y a ${before}`.length)).toBe(q);
  });

  it.each(['de ', 'les ', 'plusieurs ', 'la '])('none after %s', (before) => {
    expect(qualifierBefore(`Il y a ${before}12`, `Il y a ${before}`.length)).toBeUndefined();
  });
});

describe('currencyCode', () => {
  it.each([
    ['€', 'EUR'], ['euros', 'EUR'], ["d'euros", 'EUR'], ['de dollars', 'USD'], ['$US', 'USD'], ['US$', 'USD'],
    ['C$', 'CAD'], ['dollars australiens', 'AUD'], ['livres sterling', 'GBP'], ['francs suisses', 'CHF'],
    ['francs CFA', 'XOF'], ['yuans', 'CNY'], ['CHF', 'CHF'], ['£', 'GBP'], ['francs', null],
  ])('%s -> %s', (w, code) => {
    expect(currencyCode(w)).toBe(code);
  });
});
