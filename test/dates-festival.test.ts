// Dates stage: festivals and named days whose date a rule fixes. Our own sentences.
import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/dates/index.js';
import { easterSunday } from '../src/dates/reference.js';
import type { ReferenceDate } from '../src/types.js';

const rows = (text: string, ref: ReferenceDate | null): [string, string, string][] =>
  extractDates(text, ref).map((d) => [d.text, d.value, d.type]);
const at = (value: string): ReferenceDate => ({ value, from: 'option' });

describe('easterSunday', () => {
  it.each<[number, string]>([
    [1999, '1999-04-04'], [2018, '2018-04-01'], [2019, '2019-04-21'], [2024, '2024-03-31'], [2025, '2025-04-20'],
  ])('%i -> %s', (year, iso) => {
    const d = easterSunday(year);
    expect(`${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`).toBe(iso);
  });
});

describe('festivals', () => {
  it.each<[string, string, [string, string, string][]]>([
    ['Les marchés de Noël ouvriront bientôt.', '2024-11-20', [['Noël', '2024-12-25', 'DATE'], ['bientôt', 'FUTURE_REF', 'DATE']]],
    ['Noël dernier, il a neigé.', '2024-03-01', [['Noël dernier', '2023-12-25', 'DATE']]],
    ["C'est en cette fête de Pentecôte que se déroulera le tournoi.", '2024-05-10', [['cette fête de Pentecôte', '2024-05-19', 'DATE']]],
    ['Le magasin sera fermé le lundi de Pâques.', '2024-03-01', [['le lundi de Pâques', '2024-04-01', 'DATE']]],
    ['Il reviendra à Pâques 2026.', '2024-03-01', [['Pâques 2026', '2026-04-05', 'DATE']]],
    ['Les cadeaux ont été livrés la veille de Noël.', '2025-01-10', [['la veille de Noël', '2024-12-24', 'DATE']]],
    ['Les écoles ferment pour la Toussaint.', '2024-10-16', [['la Toussaint', '2024-11-01', 'DATE']]],
    ['Le feu d’artifice du Nouvel An a été annulé.', '2025-01-03', [['Nouvel An', '2025-01-01', 'DATE']]],
  ])('%s', (text, ref, expected) => {
    expect(rows(text, at(ref))).toEqual(expected);
  });

  it('keeps a fixed feast without a year when there is no reference', () => {
    expect(rows('Les marchés de Noël ouvriront.', null)).toEqual([['Noël', 'XXXX-12-25', 'DATE']]);
  });

  it.each([
    ["L'ascension du Mont-Blanc a duré des heures."],
    ['Le comité des fêtes organise un bal.'],
    ['Une assomption risquée, dit-il.'],
  ])('no festival in %s', (text) => {
    expect(rows(text, at('2024-10-16')).filter(([, , type]) => type === 'DATE')).toEqual([]);
  });
});
