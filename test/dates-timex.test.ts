// Calendar arithmetic under the TIMEX3 values: ISO weeks, weekdays, reference parsing.
import { describe, expect, it } from 'vitest';
import { addDays, fmtWeek, isoWeek, isoWeekday, parseReference } from '../src/dates/reference.js';
import { alternation } from '../src/dates/pattern.js';

describe('ISO weeks', () => {
  it.each<[number, number, number, string]>([
    [2021, 1, 3, '2020-W53'],
    [2021, 1, 4, '2021-W01'],
    [2019, 4, 24, '2019-W17'],
    [2024, 12, 30, '2025-W01'],
    [2024, 10, 14, '2024-W42'],
  ])('%i-%i-%i is %s', (year, month, day, week) => {
    expect(fmtWeek({ year, month, day })).toBe(week);
  });

  it('counts weekdays from Monday = 1', () => {
    expect(isoWeekday({ year: 2024, month: 10, day: 14 })).toBe(1);
    expect(isoWeekday({ year: 2024, month: 10, day: 20 })).toBe(7);
    expect(isoWeek(addDays({ year: 2020, month: 12, day: 31 }, 1))).toEqual({ year: 2020, week: 53 });
  });
});

describe('parseReference', () => {
  it.each<[string, object | null]>([
    ['2024-10-14', { year: 2024, month: 10, day: 14 }],
    ['2022-06', { year: 2022, month: 6, day: null }],
    ['2022-13-01', null],
    ['juin 2022', null],
  ])('%s', (value, expected) => {
    expect(parseReference({ value, from: 'option' })).toEqual(expected);
  });
  it('is null without a reference', () => expect(parseReference(null)).toBeNull());
});

describe('alternation', () => {
  it('puts longer words first and escapes dots', () => {
    expect(alternation(['juil.', 'juillet'])).toBe('(?:juillet|juil\\.)');
  });
  it('rejects an empty list', () => expect(() => alternation([])).toThrow());
});

describe('prefilter', () => {
  it('lets through every word the lexicons can start an expression with', async () => {
    const { PREFILTER } = await import('../src/dates/prefilter.js');
    const lex = await import('../src/dates/lexicon.js');
    const words = [
      ...Object.keys(lex.MONTHS), ...Object.keys(lex.WEEKDAYS), ...Object.keys(lex.VAGUE_REFS),
      ...Object.keys(lex.SET_ADVERBS), ...Object.keys(lex.SET_UNITS), ...Object.keys(lex.SEASONS),
      ...Object.keys(lex.PARTS_OF_DAY), ...Object.keys(lex.DURATION_UNITS),
      'hier', 'demain', "aujourd'hui", 'lendemain', 'veille', 'trimestre', 'semestre', 'week-end',
    ];
    expect(words.filter((w) => !PREFILTER.test(w))).toEqual([]);
  });
});

describe('chrono configuration', () => {
  it('still names the French parsers and refiners the engine drops (a chrono upgrade must not silently keep them)', async () => {
    const chrono = await import('chrono-node');
    const config = chrono.fr.createCasualConfiguration(true);
    const parsers = config.parsers.map((p) => p.constructor.name);
    const refiners = config.refiners.map((r) => r.constructor.name);
    for (const name of ['FRTimeExpressionParser', 'FRSpecificTimeExpressionParser', 'FRTimeUnitWithinFormatParser', 'FRCasualTimeParser']) {
      expect(parsers).toContain(name);
    }
    for (const name of ['FRMergeDateRangeRefiner', 'FRMergeDateTimeRefiner', 'UnlikelyFormatFilter']) {
      expect(refiners).toContain(name);
    }
  });
});
