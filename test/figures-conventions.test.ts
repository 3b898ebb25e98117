// Issue 5's list of forms and conventions, one own sentence per form (no gold sentence).
import { describe, it, expect } from 'vitest';
import { extractFigures } from '../src/figures/index.js';
import type { Figure } from '../src/types.js';
import { figures, only, type Want } from './helpers/figures.js';


describe('digits with every French separator, magnitudes and abbreviations', () => {
  it.each<[string, Want]>([
    ['On compte 48 500 adhérents.', { text: '48 500', value: 48500, unit: 'adhérents' }],
    ['On compte 48\u00A0500 adhérents.', { text: '48\u00A0500', value: 48500 }],
    ['On compte 48\u202F500 adhérents.', { text: '48\u202F500', value: 48500 }],
    ['On compte 48.500 adhérents.', { text: '48.500', value: 48500 }],
    ['On compte 48’500 adhérents.', { text: '48’500', value: 48500 }],
    ['Le taux atteint 3,75 points.', { text: '3,75', value: 3.75 }],
    ['Le club compte 2,3 millions de supporters.', { text: '2,3 millions', value: 2300000, unit: 'supporters' }],
    ['Le déficit atteint 7 milliards.', { text: '7 milliards', value: 7e9 }],
    ['La dette dépasse 3 billions.', { text: '3 billions', value: 3e12, qualifier: 'over' }],
    ['Le rachat coûte 45 M€.', { text: '45 M€', value: 45e6, unit: 'EUR', kind: 'money' }],
    ['Une levée de 2,4 Md$ est prévue.', { text: '2,4 Md$', value: 2.4e9, unit: 'USD' }],
    ['Une aide de 150 k€ a été votée.', { text: '150 k€', value: 150000, unit: 'EUR' }],
  ])('%s', (text, want) => {
    expect(only(text)).toMatchObject(want);
  });
});

describe('spelled-out numbers, both spellings and regional forms', () => {
  it.each<[string, Want]>([
    ['Ils ont planté deux cent cinquante mille arbres.', { value: 250000, unit: 'arbres' }],
    ['Ils ont planté deux-cent-cinquante-mille arbres.', { value: 250000, unit: 'arbres' }],
    ['Le village compte soixante-dix maisons.', { value: 70, unit: 'maisons' }],
    ['Le village compte quatre-vingt-dix-neuf maisons.', { value: 99 }],
    ['Le village compte quatre-vingts maisons.', { value: 80 }],
    ['Le village compte vingt et une maisons.', { value: 21 }],
    ['Le village compte septante-trois maisons.', { value: 73 }],
    ['Le village compte huitante maisons.', { value: 80 }],
    ['Le village compte nonante-deux maisons.', { value: 92 }],
    ['Le fichier contient trois millions de lignes.', { text: 'trois millions', value: 3e6, unit: 'lignes' }],
  ])('%s', (text, want) => {
    expect(only(text)).toMatchObject(want);
  });
});

describe('fractions and halves', () => {
  it.each<[string, Want]>([
    ['Avec un demi-milliard de lecteurs, le site domine.', { text: 'un demi-milliard', value: 5e8, unit: 'lecteurs', kind: 'count' }],
    ['Un million et demi de touristes sont attendus.', { text: 'Un million et demi', value: 1.5e6, unit: 'touristes' }],
    ['Il faut 2 millions et demi de doses.', { text: '2 millions et demi', value: 2.5e6 }],
    ['Il a bu trois quarts du verre.', { text: 'trois quarts', value: 75, unit: '%', kind: 'percent' }],
    ['Les deux tiers des salariés ont voté.', { text: 'deux tiers', value: 200 / 3, unit: '%', kind: 'percent' }],
    ['Un tiers de la récolte est perdu.', { text: 'Un tiers', value: 100 / 3, unit: '%', kind: 'percent' }],
    ['Plus de la moitié des élèves sont absents.', { text: 'la moitié', value: 50, unit: '%', qualifier: 'over' }],
    ['Le score final vaut trois quarts.', { text: 'trois quarts', value: 0.75, kind: 'count' }],
  ])('%s', (text, want) => {
    const f = only(text);
    expect(f).toMatchObject({ ...want, value: expect.closeTo(want.value ?? 0, 9) });
  });
});

describe('signs, ranges, percentages', () => {
  it.each<[string, Want]>([
    ['Le titre perd -4,5 % en séance.', { text: '-4,5 %', value: -4.5, kind: 'percent' }],
    ['La croissance est de +1,2 % ce mois.', { text: '+1,2 %', value: 1.2 }],
    ['Les loyers ont pris 12 pour cent.', { text: '12 pour cent', value: 12, unit: '%' }],
    ['Le chômage a reculé de 0,4 point de pourcentage.', { text: '0,4 point de pourcentage', value: 0.4, unit: 'points de pourcentage', kind: 'percent' }],
  ])('%s', (text, want) => {
    expect(only(text)).toMatchObject(want);
  });
});

describe('ranges: two figures sharing unit and magnitude, each with min and max', () => {
  it.each<[string, [string, number][], Omit<Want, 'text' | 'value'>]>([
    ['Le billet coûte entre 15 et 25 euros.', [['15', 15], ['25 euros', 25]], { min: 15, max: 25, unit: 'EUR', kind: 'money' }],
    ['Les prix montent de 3 à 5 %.', [['3', 3], ['5 %', 5]], { min: 3, max: 5, unit: '%', kind: 'percent' }],
    ['Le coût serait entre 30 et 180 milliards d’euros.', [['30', 3e10], ['180 milliards d’euros', 1.8e11]], { min: 3e10, max: 1.8e11, unit: 'EUR' }],
    ['Ils seraient entre deux et trois millions de fidèles.', [['deux', 2e6], ['trois millions', 3e6]], { min: 2e6, max: 3e6, unit: 'fidèles', kind: 'count' }],
    ['On attend entre 500 000 et 1 million de visiteurs.', [['500 000', 5e5], ['1 million', 1e6]], { min: 5e5, max: 1e6, unit: 'visiteurs' }],
    ['Le groupe compte de 40 à 60 salariés.', [['40', 40], ['60', 60]], { min: 40, max: 60, unit: 'salariés', kind: 'count' }],
  ])('%s', (text, bounds, shared) => {
    const figs = figures(text);
    expect(figs.map((f) => [f.text, f.value])).toEqual(bounds);
    for (const f of figs) expect(f).toMatchObject(shared);
  });

  it.each([['Il a couru de 5 km et nagé.'], ['Le match de 10 et 20 heures.']])('no range without its opener and joiner: %s', (text) => {
    for (const f of figures(text)) expect(f.min).toBeUndefined();
  });
});

describe('money: symbols and names before or after, ISO codes', () => {
  it.each<[string, Want]>([
    ['Le ticket vaut 12 € désormais.', { value: 12, unit: 'EUR' }],
    ['Le ticket vaut €12 désormais.', { value: 12, unit: 'EUR' }],
    ['Le livre vaut $15 aux États-Unis.', { value: 15, unit: 'USD' }],
    ['Le livre vaut £9 à Londres.', { value: 9, unit: 'GBP' }],
    ['Le forfait coûte CHF 80 par mois.', { text: 'CHF 80', value: 80, unit: 'CHF' }],
    ['Le forfait coûte 80 CHF par mois.', { text: '80 CHF', value: 80, unit: 'CHF' }],
    ['Le contrat vaut USD 40 millions.', { text: 'USD 40 millions', value: 4e7, unit: 'USD' }],
    ['Il a payé 300 dollars canadiens.', { value: 300, unit: 'CAD' }],
    ['Un repas coûte 2 000 francs CFA.', { value: 2000, unit: 'XOF' }],
    ['Pékin investit 50 milliards de yuans.', { value: 5e10, unit: 'CNY' }],
    ['Le site a coûté $2,500 au total.', { value: 2500, unit: 'USD' }],
    ['Le pain coûte 50 kopecks.', { value: 0.5, unit: 'RUB' }],
    ['Le pays a emprunté 300 millions de cedis.', { value: 3e8, unit: 'GHS' }],
    ['Le ticket vaut 2 sols péruviens.', { value: 2, unit: 'PEN' }],
    ['La facture atteint 2 750 000 F CFA.', { text: '2 750 000 F CFA', value: 2.75e6, unit: 'XOF' }],
  ])('%s', (text, want) => {
    expect(only(text)).toMatchObject({ ...want, kind: 'money' });
  });
});

describe('quantities with the unit as written, outside the span', () => {
  it.each<[string, Want]>([
    ['Un homme âgé de 52 ans a été interpellé.', { text: '52', value: 52, unit: 'ans', kind: 'quantity' }],
    ['Marie, 45 ans, témoigne.', { text: '45', value: 45, unit: 'ans' }],
    ['La victime (23 ans) est décédée.', { text: '23', value: 23, unit: 'ans' }],
    ['Le tunnel mesure 57 kilomètres.', { value: 57, unit: 'kilomètres' }],
    ['La charge pèse 12 kg.', { value: 12, unit: 'kg' }],
    ['La parcelle couvre 300 m².', { value: 300, unit: 'm²' }],
    ['Le train roule à 320 km/h.', { value: 320, unit: 'km/h' }],
    ['Il fera 38 °C demain.', { text: '38', value: 38, unit: '°C' }],
    ['Le flacon contient 75ml de sirop.', { text: '75', value: 75, unit: 'ml' }],
    ['Le pays a produit 2,4 milliards de gallons.', { text: '2,4 milliards', value: 2.4e9, unit: 'gallons' }],
    ['Le thermomètre affiche -12 °C.', { value: -12, unit: '°C' }],
    ['On attend des minimales de - 8 °C.', { text: '- 8', value: -8, unit: '°C' }],
  ])('%s', (text, want) => {
    expect(only(text)).toMatchObject({ kind: 'quantity', ...want });
  });
});

describe('counts: the counted noun, from after or from the sentence', () => {
  it.each<[string, Want]>([
    ['Le réseau a supprimé 3 millions de faux profils.', { unit: 'faux profils' }],
    ['On dénombre 14 sapeurs-pompiers blessés.', { unit: 'sapeurs-pompiers' }],
    ['Le nombre d’abonnés payants a franchi 2 millions.', { unit: 'abonnés payants', qualifier: 'over' }],
    ['Le nombre de ses lecteurs a grimpé de 30 000.', { unit: 'lecteurs' }],
    ['La population de la région, qui est de 5 millions, vieillit.', { unit: 'habitants' }],
    ['Une dizaine de blessés ont été soignés.', { text: 'Une dizaine', value: 10, unit: 'blessés', qualifier: 'about' }],
    ['Une centaine de manifestants étaient là.', { text: 'Une centaine', value: 100, qualifier: 'about' }],
    ['Les 27 États membres ont voté.', { text: '27', unit: 'États' }],
    ['Quelque 3 000 Parisiens ont défilé.', { text: '3 000', unit: 'Parisiens', qualifier: 'about' }],
  ])('%s', (text, want) => {
    expect(only(text)).toMatchObject({ kind: 'count', ...want });
  });

  it('takes no noun from an earlier sentence', () => {
    expect(only('Le nombre de clients baisse. Le chiffre tombe à 4 millions.').unit).toBeNull();
  });
});

describe('qualifiers stay outside the span', () => {
  it.each<[string, string, Figure['qualifier']]>([
    ['Environ 400 élèves sont inscrits.', '400', 'about'],
    ['Près de 400 élèves sont inscrits.', '400', 'about'],
    ['Quelque 400 élèves sont inscrits.', '400', 'about'],
    ['Autour de 400 élèves sont inscrits.', '400', 'about'],
    ['Plus de 400 élèves sont inscrits.', '400', 'over'],
    ['Au-delà de 400 élèves sont inscrits.', '400', 'over'],
    ['Moins de 400 élèves sont inscrits.', '400', 'under'],
    ['Au moins 400 élèves sont inscrits.', '400', 'at-least'],
    ['Pas moins de 400 élèves sont inscrits.', '400', 'at-least'],
    ['Au plus 400 élèves sont inscrits.', '400', 'at-most'],
    ['Jusqu’à 400 élèves sont inscrits.', '400', 'at-most'],
  ])('%s', (text, span, qualifier) => {
    expect(only(text)).toMatchObject({ text: span, qualifier });
  });
});

describe('"un"/"une" only where the quantity is explicit', () => {
  it.each<[string, Want]>([
    ['Un seul candidat s’est présenté.', { text: 'Un seul', value: 1, unit: 'candidat' }],
    ['Au moins un gendarme a été blessé.', { text: 'un', value: 1, unit: 'gendarme', qualifier: 'at-least' }],
    ['Il a menti plus d’une fois.', { text: 'une', value: 1, unit: 'fois', qualifier: 'over' }],
    ['Le disque s’est vendu à un million d’exemplaires.', { text: 'un million', value: 1e6, unit: 'exemplaires' }],
  ])('%s', (text, want) => {
    expect(only(text)).toMatchObject(want);
  });

  it.each([
    ['Un passant a appelé une ambulance.'],
    ['L’un d’eux a pris la fuite.'],
    ['L’une des victimes a porté plainte.'],
    ['Il attend depuis plus d’un an.'],
    ['Elle a obtenu un rendez-vous en moins d’une heure.'],
    ['C’est vrai jusqu’à un certain point.'],
  ])('no figure: %s', (text) => {
    expect(figures(text)).toEqual([]);
  });
});

describe('scores and ordinals', () => {
  it('a score is two counts', () => {
    expect(figures('Lyon s’est imposé sur le score de 34-27 à domicile.').map((f) => [f.text, f.value, f.kind])).toEqual([
      ['34', 34, 'count'],
      ['27', 27, 'count'],
    ]);
  });

  it.each<[string, Want]>([
    ['Elle a fini troisième de la course.', { text: 'troisième', value: 3, kind: 'ordinal' }],
    ['C’est la 4e fois cette année.', { text: '4e', value: 4, kind: 'ordinal' }],
    ['Il a pris la 5 e place du classement.', { text: '5 e', value: 5, kind: 'ordinal', unit: 'place' }],
    ['Une cinquième victime a été identifiée.', { text: 'cinquième', value: 5, kind: 'ordinal', unit: 'victime' }],
  ])('ordinal in running text: %s', (text, want) => {
    expect(only(text)).toMatchObject(want);
  });
});

describe('not figures (issue 5 list)', () => {
  it.each([
    ['Elle a été élue dans la septième circonscription du Rhône.'],
    ['Le club est éliminé en 8e de finale.'],
    ['Le club est éliminé en huitième de finale.'],
    ['Il habite dans le 15e arrondissement.'],
    ['Sous la Ve République, le Parlement a changé.'],
    ['Il conduit une Peugeot 307 depuis des années.'],
    ['Le championnat du monde 2016 fera étape à Paris.'],
    ['Le CAC 40 a terminé en baisse.'],
    ['Le gouvernement a utilisé le 49.3 hier.'],
    ['Appelez le 01 44 55 66 77 pour réserver.'],
    ['Écrivez au 8 rue Lafayette, 69003 Lyon.'],
    ['La séance reprend à 14 h 30.'],
    ['Le Premier ministre a parlé.'],
    ['Le numéro deux du parti a démissionné.'],
    ['En 2019 Emmanuel Macron a parlé.'],
    ['L’accident a eu lieu sur l’A 10 hier.'],
    ['Le drame du 10 novembre 93 reste dans les mémoires.'],
    ['Les pompiers sont arrivés devant le 10, rue Pasteur.'],
    ['Des dizaines de blessés ont été évacués.'],
    ['Des millions de dollars ont disparu.'],
    ['Le siège a été transféré en 2019.'],
    ['Le procès s’ouvre le 3 mars.'],
    ['Les négociations durent depuis 80 ans.'],
  ])('%s', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it('a lone counter on its own line is page furniture', () => {
    expect(figures('Un titre\n0\nLe texte de l’article commence ici.')).toEqual([]);
    expect(figures('Commentaires 0\nLe texte de l’article.')).toEqual([]);
  });
});

describe('ranges without "de", round approximations', () => {
  it.each<[string, [string, number, string | null][]]>([
    ['Il obtiendrait 57 à 60 % des voix.', [['57', 57, '%'], ['60 %', 60, '%']]],
    ['Trois à quatre personnes sont entrées.', [['Trois', 3, 'personnes'], ['quatre', 4, 'personnes']]],
  ])('%s', (text, want) => {
    const figs = figures(text);
    expect(figs.map((f) => [f.text, f.value, f.unit])).toEqual(want);
    expect(figs[0]).toMatchObject({ min: want[0]?.[1], max: want[1]?.[1] });
  });

  it('a score "3 à 0" is no range', () => {
    expect(figures('Le club a gagné 3 à 0 hier.').map((f) => f.min)).toEqual([undefined, undefined]);
  });

  it.each<[string, string | undefined]>([
    ['Il touchera dans les 2 000 euros.', 'about'],
    ['La route est fermée dans les deux sens.', undefined],
    ['La règle vaut dans les 27 pays membres.', undefined],
  ])('"dans les" approximates round amounts only: %s', (text, q) => {
    expect(figures(text)[0]?.qualifier).toBe(q);
  });
});
