// Property tests (issue #8) over generated French-like text with numbers, dates, names,
// boilerplate lines and awkward Unicode. CI runs PROPERTY_RUNS cases (default 5,000); the
// nightly-size run is PROPERTY_RUNS=100000 npx vitest run test/properties.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { schemaErrors } from '../src/output/schema.js';
import type { ArticleRecord } from '../src/types.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 5_000);

const WORDS = [
  'le', 'la', 'les', 'de', 'du', 'des', 'un', 'une', 'et', 'à', 'en', 'pour', 'sur', 'avec', 'a', 'annoncé', 'selon',
  'gouvernement', 'ministère', 'société', 'entreprise', 'utilisateurs', 'comptes', 'millions', 'milliard', 'euros',
  'mardi', 'janvier', 'octobre', 'fin', 'août', 'hier', 'semaine', 'dernière', 'environ', 'plus', 'moins', 'près',
  'Paris', 'France', 'Telegram', 'Meta', 'M.', 'Mme', 'Dupont', 'Marie', 'Banque', 'mondiale', 'Nations', 'unies',
  '2023', '2024', '14', '12,5', '1,2', '25 %', '545.000', '72 000', '3,5 Md€', 'trois', 'vingt-quatre', 'troisième',
  'trimestre', '«', '»', '(', ')', ',', '.', ':', '–', '’', "l'", "d'", 'Lire', 'aussi', 'Partager', '©', 'AFP',
];
const ODD = ['\u0301', '\u202f', '\u00a0', '\u200f', '\u200e', '😀', '🇫🇷', '\u2028', '\ufeff', '\t', 'ß', 'İ', 'ﬁ', '\ud800'];

const token = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...ODD) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) });
const line = fc.array(token, { minLength: 1, maxLength: 40 }).map((ts) => ts.join(' '));
const article = fc.array(line, { minLength: 1, maxLength: 8 }).map((ls) => ls.join('\n'));

function spans(record: ArticleRecord) {
  return [
    ...record.dates,
    ...record.figures,
    ...[...record.organizations, ...record.people, ...record.places].flatMap((e) => e.mentions),
  ];
}

describe('properties of every record', () => {
  it(`${RUNS} generated articles: no exception, schema-valid, spans point into the text, deterministic`, () => {
    fc.assert(
      fc.property(article, fc.boolean(), (text, clean) => {
        const record = extract({ text }, { clean });
        expect(schemaErrors(record)).toEqual([]);
        for (const span of spans(record)) expect(record.text.slice(span.start, span.end)).toBe(span.text);
        expect(extract({ text }, { clean })).toEqual(record);
      }),
      { numRuns: RUNS, seed: 20261123 },
    );
  }, 600_000);

  it('with --no-clean the record text is the input itself', () => {
    fc.assert(
      fc.property(article, (text) => {
        expect(extract({ text }, { clean: false }).text).toBe(text);
      }),
      { numRuns: Math.min(RUNS, 1_000), seed: 7 },
    );
  }, 600_000);
});
