// Golden figures of the five seed articles, after the whole pipeline (cleaning and dates run
// first): every "must" and "ok" figure of ../shared/seeds/EXPECTED-dates-figures.md with its value,
// kind, unit and qualifier, in order, and nothing else — so every NOT-figure of that file (day
// numbers, years, "72 heures", "sept ans", ordinals of dates, articles, "une quarantaine",
// "Five Eyes", "des millions de dollars", the comment counter "0", "Premier ministre"...) is
// checked by the exact list.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import type { Figure } from '../src/types.js';

function figuresOf(name: string): Figure[] {
  const text = readFileSync(new URL(`../fixtures/seeds/${name}.txt`, import.meta.url), 'utf8');
  return extract({ id: name, text }).figures;
}

type Row = [text: string, value: number, kind: Figure['kind'], unit: string | RegExp | null, qualifier?: Figure['qualifier']];

const EXPECTED: Record<string, Row[]> = {
  '000_db02f81f4d40176f': [
    ['12,5 millions', 12.5e6, 'count', 'utilisateurs', 'about'],
    ['la moitié', 50, 'percent', '%', 'over'], // "ok" tier
    ['20 millions', 20e6, 'count', 'habitants'], // counted noun from "la population"
    ['25 %', 25, 'percent', '%'],
    ['1,2 milliard', 1.2e9, 'count', 'faux comptes', 'at-least'],
  ],
  '001_1e10293603a2d6cb': [
    ['vingt-quatre', 24, 'count', /^engagements/u],
  ],
  '002_d957d97b46065a7f': [
    ['25 millions', 25e6, 'count', 'utilisateurs'], // from "le nombre de ses utilisateurs"
    ['25 millions', 25e6, 'count', 'personnes', 'about'],
    ['38%', 38, 'percent', '%'],
    ['27%', 27, 'percent', '%'],
    ['21%', 21, 'percent', '%'],
    ['8%', 8, 'percent', '%'],
    ['500 millions', 500e6, 'count', 'utilisateurs actifs', 'over'], // from "le nombre d'utilisateurs actifs"
    ['1,5 million', 1.5e6, 'count', 'nouveaux utilisateurs', 'about'],
    ['un demi-milliard', 500e6, 'count', 'utilisateurs actifs'],
    ['deuxième', 2, 'ordinal', 'application'],
    ['545.000', 545000, 'count', 'fois', 'about'],
    ['trois', 3, 'count', 'fois', 'about'], // "ok" tier: a multiplier
    ['72.000', 72000, 'count', 'abonnés', 'over'],
  ],
  '003_6dc9c2d6638d55dd': [
    ['4,5 milliards', 4.5e9, 'count', 'personnes', 'over'], // from "le nombre de personnes"
    ['11', 11, 'count', 'principes'],
    ['8,8 millions', 8.8e6, 'count', "tentatives d'accès"],
  ],
  '004_cec3a274c3eddf67': [
    ['50', 50, 'count', 'personnes', 'over'],
    ['un million', 1e6, 'count', 'exemplaires', 'over'],
    ['1,5 million', 1.5e6, 'count', 'exemplaires', 'about'],
    ['1,5 million', 1.5e6, 'count', 'copies'],
    ['95%', 95, 'percent', '%'],
  ],
};

describe('seed figures, exactly', () => {
  it.each(Object.keys(EXPECTED))('%s', (name) => {
    const got = figuresOf(name);
    const want = EXPECTED[name] ?? [];
    expect(got.map((f) => f.text)).toEqual(want.map((r) => r[0]));
    got.forEach((f, k) => {
      const [, value, kind, unit, qualifier] = want[k] as Row;
      expect(f.value).toBeCloseTo(value, 6);
      expect(f.kind).toBe(kind);
      if (unit instanceof RegExp) expect(f.unit).toMatch(unit);
      else expect(f.unit).toBe(unit);
      expect(f.qualifier).toBe(qualifier);
    });
  });

  it.each<[string, string]>([
    ['000_db02f81f4d40176f', '14'],
    ['000_db02f81f4d40176f', '2023'],
    ['000_db02f81f4d40176f', 'troisième'],
    ['002_d957d97b46065a7f', '72'],
    ['002_d957d97b46065a7f', '12'],
    ['002_d957d97b46065a7f', 'sept'],
    ['002_d957d97b46065a7f', 'première'],
    ['003_6dc9c2d6638d55dd', 'une quarantaine'],
    ['003_6dc9c2d6638d55dd', 'Five'],
    ['003_6dc9c2d6638d55dd', 'dernière'],
    ['004_cec3a274c3eddf67', '0'],
    ['004_cec3a274c3eddf67', '24'],
    ['004_cec3a274c3eddf67', 'Premier'],
  ])('%s: %j is not a figure', (name, text) => {
    expect(figuresOf(name).map((f) => f.text)).not.toContain(text);
  });
});
