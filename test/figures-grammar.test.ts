// The number grammar beyond the headline forms: written fractions, exponents, magnitude
// denominators, composed magnitudes, amounts of one, signs in words, contextual counted nouns.
// Own sentences only.
import { describe, it, expect } from 'vitest';
import { extractFigures } from '../src/figures/index.js';
import { countedFromContext } from '../src/figures/context.js';
import type { Figure } from '../src/types.js';
import { figures, only, type Want } from './helpers/figures.js';


describe('digit forms', () => {
  it.each<[string, Want]>([
    ['Il reste 3/4 du stock.', { text: '3/4', value: 0.75 }],
    ['La cote recule de -2/5 ce matin.', { text: '-2/5', value: -0.4 }],
    ['La piste fait 2 1/2 milles de long.', { text: '2 1/2', value: 2.5 }],
    ['La parcelle fait 1/4 hectare.', { text: '1/4', value: 0.25, unit: 'hectare', kind: 'quantity' }],
    ['La constante vaut 6,02e23 environ.', { text: '6,02e23', value: 6.02e23 }],
    ['Le seuil est fixé à 1.5e-3 unité.', { text: '1.5e-3', value: 0.0015 }],
    ['Le facteur vaut 1,5^2 dans ce modèle.', { text: '1,5^2', value: 2.25 }],
    ['Le site a coûté $1,500 au total.', { text: '$1,500', value: 1500, unit: 'USD' }],
  ])('%s', (text, want) => {
    expect(only(text)).toMatchObject(want);
  });

  it.each([
    ['Rendez-vous le 12/06/2024 au siège.'],
    ['Le service est ouvert 24/7 toute l’année.'],
    ['Le 5/12, la séance a été levée.'],
    ['Elle a fini 12e de la course.'],
  ])('not a fraction or exponent: %s', (text) => {
    for (const f of figures(text)) expect(f.text).not.toMatch(/[/^]|\de\d/u);
  });
});

describe('spelled-out composition', () => {
  it.each<[string, Want]>([
    ['La dette atteint mille milliards de dollars.', { text: 'mille milliards de dollars', value: 1e12, unit: 'USD' }],
    ['Il a gagné deux millions et trois cents euros.', { value: 2000300, unit: 'EUR' }],
    ['Le pays compte treize lakhs de diplômés.', { value: 1.3e6, unit: 'diplômés' }],
    ['Le budget dépasse 10 crores de roupies.', { value: 1e8, kind: 'money' }],
    // magnitudes side by side multiply, in either order
    ['Le plan prévoit cinq lakh crore de roupies.', { value: 5e12, kind: 'money' }],
    ['Le total est de trois crore lakh.', { value: 3e12 }],
    ['Le pays a reçu un milliard deux millions de doses.', { value: 1.002e9, unit: 'doses' }],
  ])('%s', (text, want) => {
    expect(only(text)).toMatchObject(want);
  });

  it('"entre un million et deux millions" stays a range of two figures', () => {
    expect(figures('Il faudrait entre un million et deux millions d’euros.').map((f) => f.value)).toEqual([1e6, 2e6]);
  });
});

describe('fractions', () => {
  it.each<[string, number]>([
    ['La précision est d’un millionième.', 1e-6],
    ['Il a gagné de quatre centièmes de seconde.', 0.04],
    ['Le mélange contient cinq-huitièmes d’eau.', 0.625],
    ['On a versé deux tiers de million.', 2e6 / 3],
    ['Le résultat vaut vingt et un cinquième.', 20.2],
    ['Le résultat vaut vingt et un cinquièmes.', 4.2],
    ['Le projet coûte cinq milliards et trois quarts.', 5.75e9],
    ['Ils sont six millions et deux tiers.', 6e6 + 2 / 3 * 1e6],
    ['Le pays compte mille et un villages.', 1001],
  ])('%s = %d', (text, value) => {
    // relative precision: values are rounded to 15 significant digits
    expect(only(text).value / value).toBeCloseTo(1, 12);
  });

  it('"les trois-quarts" hyphenated is a share of a whole', () => {
    expect(only('Les trois-quarts des élus ont voté.')).toMatchObject({ text: 'trois-quarts', value: 75, unit: '%' });
  });

  it('"trois quarts d’heure" is a duration, not a figure', () => {
    expect(figures('Il a attendu trois quarts d’heure.')).toEqual([]);
  });
});

describe('ratios, signs, amounts of one, approximations', () => {
  it.each<[string, Want]>([
    ['Un salarié sur trois est concerné.', { text: 'Un salarié sur trois', unit: 'salarié' }],
    ['Un Français sur deux est inquiet.', { text: 'Un Français sur deux', value: 0.5, unit: 'Français' }],
    ['Le vote a été de négatif cinq points.', { text: 'négatif cinq', value: -5 }],
    ['Il a racheté le club pour un euro symbolique.', { text: 'un euro', value: 1, unit: 'EUR', kind: 'money' }],
    ['La police les estimait à une centaine.', { text: 'une centaine', value: 100, qualifier: 'about' }],
    ['Le fichier pèse 2,3 k.', { text: '2,3 k', value: 2300 }],
    ['Le millionième visiteur a été reçu.', { text: 'millionième', value: 1e6, kind: 'ordinal' }],
    ['Des patients âgés de plus de 3 mois.', { text: '3', value: 3, kind: 'quantity' }],
  ])('%s', (text, want) => {
    expect(only(text)).toMatchObject(want);
  });

  it.each([['Il a posé un mur sur deux mètres.'], ['Il vit à Paris sur deux étages, un Paris sur deux.']])('no proportion: %s', (text) => {
    for (const f of figures(text)) expect(f.text).not.toMatch(/ sur /u);
  });

  it('"89 sièges sur 577" is two counts', () => {
    expect(figures('Le parti a remporté 89 sièges sur 577.').map((f) => [f.text, f.value])).toEqual([['89', 89], ['577', 577]]);
  });

  it('"huit sur cinq" is two numbers, not a proportion', () => {
    expect(figures('Le juge a noté huit sur cinq.').map((f) => f.value)).toEqual([8, 5]);
  });

  it('an age range gives two quantities', () => {
    expect(figures('Des patients âgés de 40 à 50 ans.').map((f) => [f.text, f.value, f.unit, f.min, f.max])).toEqual([
      ['40', 40, 'ans', 40, 50],
      ['50', 50, 'ans', 40, 50],
    ]);
  });

  it.each([
    ['Une livre de beurre suffit.'],
    ['Il a un chien et une maison.'],
    ['Le mot tolérance zéro revient souvent.'],
    ['C’est la une des journaux.'],
  ])('no amount of one nor sign word: %s', (text) => {
    expect(figures(text)).toEqual([]);
  });
});

describe('counted noun from the sentence', () => {
  it.each<[string, number, string | null]>([
    ['Le nombre de votants a atteint 3 millions.', 'Le nombre de votants a atteint '.length, 'votants'],
    ['Le nombre de ses clients fidèles passe à 40 000.', 'Le nombre de ses clients fidèles passe à '.length, 'clients'],
    ['La population du canton est de 8 000.', 'La population du canton est de '.length, 'habitants'],
    ['Le nombre de morts recule. Il reste 4 blessés.', 'Le nombre de morts recule. Il reste '.length, null],
    ['Le chiffre atteint 12.', 'Le chiffre atteint '.length, null],
  ])('%s', (text, start, unit) => {
    expect(countedFromContext(text, start)).toBe(unit);
  });
});

describe('enumerations, footnotes, locutions', () => {
  it('bare numbers of an enumeration share the sign of its last member', () => {
    expect(figures('Ils ont obtenu respectivement 36 et 31 % des voix.').map((f) => [f.text, f.unit, f.kind])).toEqual([
      ['36', '%', 'percent'],
      ['31 %', '%', 'percent'],
    ]);
    expect(figures('Les menus coûtent 10, 20 et 30 euros.').map((f) => f.unit)).toEqual(['EUR', 'EUR', 'EUR']);
  });

  it('a counted number keeps its own unit in an enumeration', () => {
    expect(figures('Il a 3 enfants et 12 % des parts.').map((f) => f.unit)).toEqual(['enfants', '%']);
  });

  it('a dollar prefix after "de" is a currency', () => {
    expect(only('Chaque avion coûte 70 millions de US$ environ.')).toMatchObject({ value: 7e7, unit: 'USD', kind: 'money' });
  });

  it('a footnote reference is no figure', () => {
    expect(figures('Le navire a coulé en 1905 [1]. Le reste est perdu.')).toEqual([]);
  });

  it('"en plus de" is "in addition to", not a bound', () => {
    expect(figures('Il paiera une amende en plus d’une peine de prison.')).toEqual([]);
    expect(figures('Il paiera en plus de 20 euros de frais.')[0]?.qualifier).toBeUndefined();
  });
});


describe('groups said aloud after a magnitude, hundreds with digits', () => {
  it.each<[string, Want]>([
    ['Le pays compte 1 million 500 000 chômeurs.', { text: '1 million 500 000', value: 1.5e6, unit: 'chômeurs' }],
    ['Le budget est de 2 milliards 300 millions d’euros.', { value: 2.3e9, unit: 'EUR', kind: 'money' }],
    ['On en a compté 4 mille 3 cents et 21 au total.', { text: '4 mille 3 cents et 21', value: 4321 }],
    ['Le registre en compte 3 cent un.', { text: '3 cent un', value: 301 }],
  ])('%s', (text, want) => {
    expect(only(text)).toMatchObject(want);
  });

  it.each<[string, number[]]>([
    // a year, a date or a percentage after the magnitude is a figure of its own
    ['Il y avait 3 millions 20 % de plus.', [3e6, 20]],
    // "3 cents" alone is money; two amounts stay two
    ['La pièce vaut 3 cents et celle-ci 2 cents.', [0.03, 0.02]],
  ])('stays apart: %s', (text, values) => {
    expect(figures(text).map((f) => f.value)).toEqual(values);
  });

  it('a year after the magnitude is not added to it', () => {
    expect(figures('Il a touché 2 millions 2019 compris.')[0]).toMatchObject({ text: '2 millions', value: 2e6 });
  });
});

describe('one hundred-and-fifth, bare fractions of a magnitude, leading-comma decimals', () => {
  it.each<[string, Want]>([
    ['La part vaut un cent cinquième, pas plus.', { text: 'un cent cinquième', value: Number((1 / 105).toPrecision(15)) }],
    ['Un quart de million de visiteurs sont venus.', { value: 250000, unit: 'visiteurs' }],
    ['Le quart de million de visiteurs est atteint.', { text: 'quart de million', value: 250000 }],
    ['Taux : ,08 seulement.', { text: ',08', value: 0.08 }],
  ])('%s', (text, want) => {
    expect(only(text)).toMatchObject(want);
  });

  it.each([
    ['Les pays tiers de l’Union ont voté.'],
    ['Le quart des élèves est absent.'],
  ])('no figure: %s', (text) => {
    expect(figures(text).filter((f) => f.kind === 'count')).toEqual([]);
  });

  it('a misplaced comma after a word is no decimal mark', () => {
    expect(only('Ils sont venus de Paris ,23 personnes en tout.')).toMatchObject({ text: '23', value: 23 });
  });
});

describe('signs before rates and amounts, rates named before the number', () => {
  it.each<[string, Want]>([
    ['Le CAC 40 perd - 1,2 % à la clôture.', { text: '- 1,2 %', value: -1.2, unit: '%' }],
    ['Le bilan : - 3 millions d’euros.', { text: '- 3 millions d’euros', value: -3e6, unit: 'EUR' }],
    ['Le groupe affiche un pourcentage de 75 chez les femmes.', { text: 'pourcentage de 75', value: 75, kind: 'percent' }],
    ['La production recule (- 0,2 %) ce trimestre.', { text: '- 0,2 %', value: -0.2, unit: '%' }],
    ['La consommation progresse (+ 0,3 %) ce trimestre.', { text: '+ 0,3 %', value: 0.3, unit: '%' }],
  ])('%s', (text, want) => {
    expect(only(text)).toMatchObject(want);
  });

  it.each<[string, number[]]>([
    // a dash opening a line is a list bullet, a dash between two numbers a range
    ['Soldes :\n- 25 % sur tout.', [25]],
    ['La baisse est de 10 - 20 % selon les cas.', [10, 20]],
  ])('unsigned: %s', (text, values) => {
    expect(figures(text).map((f) => f.value)).toEqual(values);
  });

  it('a number after "le pourcentage de" that counts something stays a count', () => {
    expect(only('Le pourcentage de 20 élèves a baissé.')).toMatchObject({ value: 20, unit: 'élèves', kind: 'count' });
  });
});

describe('"livres": pounds in a sentence about money, a weight or books otherwise', () => {
  it.each<[string, Want]>([
    ['Son bénéfice trimestriel atteint 361 millions de livres.', { value: 3.61e8, unit: 'GBP', kind: 'money' }],
    ['Le club a payé 80 millions de livres pour le joueur.', { value: 8e7, unit: 'GBP', kind: 'money' }],
    ['Le colis pèse 25 livres.', { value: 25, kind: 'quantity' }],
    ['Le prix a fait vendre 400 000 livres vendus en un an.', { value: 4e5, kind: 'quantity' }],
  ])('%s', (text, want) => {
    expect(only(text)).toMatchObject(want);
  });
});

describe('multi-word and hyphen-joined units', () => {
  it.each<[string, Want]>([
    ['Le gisement contient 0,9 billion de pieds cubes.', { value: 9e11, unit: 'pieds cubes' }],
    ['Le port a reçu 34 500 tonnes métriques de blé.', { value: 34500, unit: 'tonnes métriques' }],
    ['La voiture a roulé à 188 miles à l’heure.', { value: 188, unit: 'miles à l’heure' }],
    ['Une section 2,5-km de l’autoroute sera élargie.', { value: 2.5, unit: 'km' }],
    ['Il conduit un camion trois-tonnes.', { value: 3, unit: 'tonnes' }],
    ['La couronne de l’étoile atteint 200k K en surface.', { text: '200k', value: 2e5, unit: 'K' }],
    ['Le joueur mesure 1m80 depuis peu.', { text: '1m80', value: 1.8, unit: 'm' }],
  ])('%s', (text, want) => {
    expect(only(text)).toMatchObject({ kind: 'quantity', ...want });
  });

  it('a hyphen before a word that is no unit makes a code', () => {
    expect(figures('Le modèle 3-D est prêt.')).toEqual([]);
  });
});

describe('ordinal adjectives, elided ordinals, miles', () => {
  it('"les cinq premières places" counts places; "premières" stays an ordinal of its own', () => {
    expect(figures('Ils ont tenu les cinq premières places.').map((f) => [f.text, f.kind, f.unit])).toEqual([
      ['cinq', 'count', 'premières places'],
      ['premières', 'ordinal', 'places'],
    ]);
  });

  it.each<[string, Want]>([
    ['Une bombe a explosé, puis une troisième au niveau du métro.', { text: 'troisième', value: 3, kind: 'ordinal' }],
    ['Il a couru une course de 300 milles en Alaska.', { text: '300', value: 300, unit: 'milles', kind: 'quantity' }],
    ['Le pays compte 2 000 000 d’habitants.', { text: '2 000 000', value: 2e6, unit: 'habitants', kind: 'count' }],
    ['Il a payé 3 M d’euros.', { text: '3 M d’euros', value: 3e6, unit: 'EUR', kind: 'money' }],
  ])('%s', (text, want) => {
    expect(only(text)).toMatchObject(want);
  });

  it('a masculine "un" before an ordinal is still a fraction', () => {
    expect(only('Il a reçu un cinquième, pas plus.')).toMatchObject({ value: 0.2, kind: 'count' });
  });
});

describe('fractions after contracted articles, seconds spelled out', () => {
  it.each<[string, number]>([
    ['Le texte exige la majorité des deux tiers.', 200 / 3],
    ['La salle était remplie aux trois quarts.', 75],
  ])('%s', (text, value) => {
    const f = only(text);
    expect(f.kind).toBe('percent');
    expect(f.value).toBeCloseTo(value, 9);
  });

  it.each([['Il compte une avance de deux minutes trente sur le peloton.'], ['Elle arrive à une minute quinze du podium.']])(
    'the seconds of a time are no count: %s',
    (text) => {
      expect(figures(text).filter((f) => f.kind === 'count')).toEqual([]);
    },
  );
});
