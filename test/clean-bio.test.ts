import { describe, expect, it } from 'vitest';
import { isBio } from '../src/clean/bio.js';
import { lexiconReason } from '../src/clean/matcher.js';
import { fold } from '../src/clean/normalize.js';

const bio = (text: string) => isBio(text, fold(text));

describe('author bios', () => {
  it.each([
    ['Jane Doe is a personal finance writer who has covered banking and insurance for a decade. She lives in Ohio with her two dogs.'],
    ['Marie Durand est journaliste au service économie depuis 2015, après dix ans passés en agence.'],
    ['Anna Berg ist Redakteurin im Ressort Reise und schreibt am liebsten über die Berge.'],
    ['Paul Martin has covered politics for twenty years and was previously a correspondent in Rome.'],
  ])('%s is a bio', (text) => {
    expect(bio(text)).toBe(true);
  });

  it.each([
    ['Jean Dupont est arrivé en tête du premier tour avec 34 % des voix, devant la maire sortante.'],
    ['Le journaliste Jean Dupont est accusé par la justice d’avoir diffusé de fausses informations.'],
    ['John Smith is a farmer in Iowa who lost half of his harvest to the drought this summer.'],
    ['Je suis allé à Lyon pour rencontrer les organisateurs du festival, qui ont tout annulé.'],
    ['I am not sure the council will approve the budget, said the mayor.'],
    // First-person introductions open blog posts too: left to the other features.
    ["Hi, I'm Jane, a mom of three who loves easy weeknight recipes."],
  ])('%s is not a bio', (text) => {
    expect(bio(text)).toBe(false);
  });
});

describe('editorial-independence notices', () => {
  it.each([
    ['We recommend the best products through an independent review process, and advertisers do not influence our picks. We may receive compensation if you visit partners we recommend. Read our advertiser disclosure for more info, and learn how we test products and why readers trust our reviews and guides every day.'],
    ['This site participates in affiliate programs and earns revenue from qualifying purchases made through the links on this page, at no extra cost to you; the opinions expressed are our own and are never paid for by the brands that we review in our articles and buying guides.'],
  ])('%s is an affiliate disclosure', (text) => {
    expect(lexiconReason(fold(text))).toBe('affiliate-disclosure');
  });

  it('a long article paragraph about commissions is not', () => {
    const text =
      "La Commission européenne a ouvert mardi une enquête sur les pratiques de la plateforme, soupçonnée d'avoir favorisé ses propres produits dans les résultats de recherche au détriment des vendeurs indépendants, qui dénoncent depuis des années des frais en hausse et des règles opaques.";
    expect(lexiconReason(fold(text))).toBeNull();
  });
});
