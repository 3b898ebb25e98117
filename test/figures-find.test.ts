import { describe, it, expect } from 'vitest';
import { parseDigits, tokenize, tokenizeAround } from '../src/figures/tokens.js';
import { parseWordNumber } from '../src/figures/numbers.js';
import { findCandidates } from '../src/figures/find.js';

describe('tokenize: digit literals keep their grouping', () => {
  it.each([
    ['72 000 abonnés', '72 000', 'space', 72000],
    ['72\u00A0000 abonnés', '72\u00A0000', 'space', 72000],
    ['72\u202F000 abonnés', '72\u202F000', 'space', 72000],
    ['1 234,56 euros', '1 234,56', 'space', 1234.56],
    ['545.000 fois', '545.000', 'dot', 545000],
    ['1.234.567,89 €', '1.234.567,89', 'dot', 1234567.89],
    ["1'000'000 de francs", "1'000'000", 'apostrophe', 1000000],
    ['1,234.5 dollars', '1,234.5', 'english', 1234.5],
    ['1,234,567 people', '1,234,567', 'english', 1234567],
    ['12,5 millions', '12,5', 'plain', 12.5],
    ['3.5 points', '3.5', 'plain', 3.5],
  ])('%s', (text, literal, format, value) => {
    const t = tokenize(text)[0];
    expect(t?.text).toBe(literal);
    expect(t?.format).toBe(format);
    expect(parseDigits(t?.text ?? '', t?.format ?? 'plain')).toBe(value);
  });

  it.each([
    ['en 2019 500 personnes', ['2019', '500']],
    ['de 1,2 à 3', ['1,2', '3']],
    ['le 1 2019', ['1', '2019']],
  ])('does not glue separate numbers: %s', (text, nums) => {
    expect(tokenize(text).filter((t) => t.type === 'num').map((t) => t.text)).toEqual(nums);
  });
});

describe('parseWordNumber', () => {
  it.each([
    ['vingt-quatre', 24],
    ['soixante-dix', 70],
    ['soixante et onze', 71],
    ['quatre-vingts', 80],
    ['quatre-vingt-dix-neuf', 99],
    ['vingt et un', 21],
    ['trente-et-un', 31],
    ['deux cent cinquante mille', 250000],
    ['deux-cent-cinquante', 250],
    ['septante-cinq', 75],
    ['huitante', 80],
    ['nonante-neuf', 99],
    ['cent', 100],
    ['trois cents', 300],
    ['mille deux cent trente-quatre', 1234],
    ['deux millions trois cent mille', 2300000],
    ['un million', 1000000],
    ['dix-sept', 17],
  ])('%s = %d', (text, value) => {
    const toks = tokenize(text);
    const wn = parseWordNumber(toks, 0, text);
    expect(wn?.value).toBe(value);
    expect(wn?.end).toBe(toks.length);
  });

  it.each([
    ['deux trois', 2],
    ['vingt personnes', 20],
    ['cinq cinq', 5],
  ])('stops where the number ends: %s', (text, value) => {
    expect(parseWordNumber(tokenize(text), 0, text)?.value).toBe(value);
  });

  it.each([['vingt-deuxième', 22, true], ['troisième', 3, true], ['vingt et unième', 21, true]])(
    'ordinal %s',
    (text, value, ordinal) => {
      const wn = parseWordNumber(tokenize(text), 0, text);
      expect(wn?.value).toBe(value);
      expect(wn?.ordinal).toBe(ordinal);
    },
  );

  it('is null on a non-number word', () => {
    expect(parseWordNumber(tokenize('maison'), 0, 'maison')).toBeNull();
    expect(parseWordNumber(tokenize('millions'), 0, 'millions')).toBeNull();
  });
});

describe('findCandidates: parts', () => {
  it.each([
    ['avec 3,5 milliards d’euros investis', '3,5 milliards d’euros', { magnitude: 'milliards', currency: 'euros' }],
    ['un budget de 12 M€ cette année', '12 M€', { magnitude: 'M', currency: '€' }],
    ['il a levé 300 k€ auprès', '300 k€', { magnitude: 'k', currency: '€' }],
    ['soit 1,2 Md$ de pertes', '1,2 Md$', { magnitude: 'Md', currency: '$' }],
    ['un prix de €12 seulement', '€12', { currency: '€' }],
    ['la hausse de 25 % des ventes', '25 %', { percent: '%' }],
    ['on a gagné 3 pour cent', '3 pour cent', { percent: 'pour cent' }],
    ['une route de 75 km environ', '75 km', { unit: 'km' }],
    ['il fait 30 °C dehors', '30 °C', { unit: '°C' }],
    ['un homme âgé de 45 ans', '45 ans', { unit: 'ans' }],
    ['plus de 72.000 abonnés', '72.000', { counted: 'abonnés' }],
    ['1,2 milliard de faux comptes bloqués', '1,2 milliard', { counted: 'faux comptes' }],
    ['la troisième étape du tour', 'troisième', { counted: 'étape' }],
  ])('%s', (text, span, parts) => {
    const c = findCandidates(text)[0];
    expect(c).toBeDefined();
    expect(text.slice(c?.start, c?.end)).toBe(span);
    for (const [k, v] of Object.entries(parts)) {
      const p = (c as unknown as Record<string, { text: string } | undefined>)[k];
      expect(p?.text).toBe(v);
    }
  });
});

describe('tokenizeAround', () => {
  it('tokenises only around possible figures, with the same tokens as a full pass', () => {
    const filler = 'Le ciel est bleu et la mer est calme ce matin. '.repeat(20);
    const text = `${filler}Environ 12,5 millions d’utilisateurs. ${filler}`;
    const all = tokenize(text);
    const some = tokenizeAround(text);
    expect(some.length).toBeGreaterThan(0);
    expect(some.length).toBeLessThan(all.length / 4);
    const byStart = new Map(all.map((t) => [t.start, t]));
    for (const t of some) expect(byStart.get(t.start)).toEqual(t);
    expect(some.some((t) => t.text === '12,5')).toBe(true);
  });

  it('returns nothing for text without a trigger', () => {
    expect(tokenizeAround('Le ciel est bleu, un nuage passe.')).toEqual([]);
  });
});
