import { describe, expect, it } from 'vitest';
import { computeStats, formatStatsTable, StatsAccumulator } from '../src/stats/index.js';
import type { ArticleRecord, DateMention, ErrorRecord } from '../src/types.js';
import { runCli } from './helpers/cli.js';

const m = (text: string, start = 0) => ({ text, start, end: start + text.length });
const date = (value: string, type: DateMention['type'] = 'DATE'): DateMention => ({ ...m('x'), value, type });

function article(id: string, overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id,
    source: { path: id, format: 'text', encoding: 'utf-8', bytes: 1, sha256: '0'.repeat(64) },
    title: null,
    published: null,
    author: null,
    site: null,
    language: { code: 'fr', iso639_3: 'fra', confidence: 1 },
    text: 'x',
    removed: [],
    warnings: [],
    dates: [],
    figures: [],
    organizations: [],
    people: [],
    places: [],
    ...overrides,
  };
}

const RECORDS = [
  article('a', {
    organizations: [{ name: 'Meta', mentions: [m('Meta'), m('Meta')] }, { name: 'Telegram', mentions: [m('Telegram')] }],
    people: [{ name: 'Pavel Durov', mentions: [m('Durov')] }],
    places: [{ name: 'Paris', mentions: [m('Paris')] }],
    dates: [date('2024-10-14'), date('2024-Q3'), date('XXXX-08'), date('PT72H', 'DURATION')],
    figures: [
      { ...m('25 %'), value: 25, unit: '%', kind: 'percent' },
      { ...m('3 euros'), value: 3, unit: 'EUR', kind: 'money' },
    ],
    warnings: [{ code: 'TITLE_FROM_TEXT', message: '' }, { code: 'TITLE_FROM_TEXT', message: '' }],
  }),
  article('b', {
    language: { code: 'en', iso639_3: 'eng', confidence: 0.9 },
    organizations: [{ name: 'Telegram', mentions: [m('Telegram')] }],
    dates: [date('2019-03-15'), date('XXXX-WXX-3')],
    figures: [{ ...m('deux'), value: 2, unit: 'ans', kind: 'count' }],
  }),
  article('c', { organizations: [{ name: 'Apple', mentions: [m('Apple')] }] }),
  { id: 'gone.txt', source: { path: 'gone.txt' }, error: { code: 'NOT_FOUND', message: 'no such file' } } satisfies ErrorRecord,
];

describe('computeStats', () => {
  const stats = computeStats(RECORDS);

  it.each([
    ['articles', stats.articles, 3],
    ['failed inputs', stats.failed, 1],
    ['errors by code', stats.errors, { NOT_FOUND: 1 }],
    ['languages, most frequent first', stats.languages, { fr: 2, en: 1 }],
    ['warnings, counted once per article', stats.warnings, { TITLE_FROM_TEXT: 1 }],
    ['figures by kind, every kind listed', stats.figures, { total: 3, byKind: { count: 1, percent: 1, money: 1, quantity: 0, ordinal: 0 } }],
    ['dates by type', stats.dates.byType, { DATE: 5, TIME: 0, DURATION: 1, SET: 0 }],
    ['dates by year in order, undated last', stats.dates.byYear, { '2019': 1, '2024': 2, undated: 3 }],
    ['people', stats.people, [{ name: 'Pavel Durov', articles: 1, mentions: 1 }]],
    ['places', stats.places, [{ name: 'Paris', articles: 1, mentions: 1 }]],
  ])('%s', (_what, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('ranks names by articles, then mentions, then name', () => {
    expect(stats.organizations).toEqual([
      { name: 'Telegram', articles: 2, mentions: 2 },
      { name: 'Meta', articles: 1, mentions: 2 },
      { name: 'Apple', articles: 1, mentions: 1 },
    ]);
  });

  it('keeps the top N', () => {
    expect(computeStats(RECORDS, 1).organizations.map((o) => o.name)).toEqual(['Telegram']);
  });

  it('does not depend on the order of the records', () => {
    expect(computeStats([...RECORDS].reverse())).toEqual(stats);
  });

  it('gives zeros for an empty corpus', () => {
    const empty = new StatsAccumulator().result();
    expect(empty.articles).toBe(0);
    expect(empty.organizations).toEqual([]);
    expect(empty.dates.byYear).toEqual({});
    expect(formatStatsTable(empty)).toContain('(none)');
  });
});

describe('formatStatsTable', () => {
  const table = formatStatsTable(computeStats(RECORDS));
  it.each([
    ['the headline', '3 articles, 1 failed'],
    ['a names table with right-aligned numbers', 'Telegram         2         2'],
    ['the dates by year', '2024         2'],
    ['the errors', 'NOT_FOUND'],
  ])('shows %s', (_what, fragment) => {
    expect(table).toContain(fragment);
  });
  it('is not JSON and has no colour codes', () => {
    expect(table.startsWith('{')).toBe(false);
    expect(table).not.toContain('\x1b[');
  });
});

describe('extract stats', () => {
  it('prints JSON for the seeds', () => {
    const result = runCli(['stats', '-j', '1', 'fixtures/seeds']);
    expect(result.code).toBe(0);
    const stats = JSON.parse(result.stdout);
    expect(stats.articles).toBe(5);
    expect(stats.languages).toEqual({ fr: 5 });
    expect(stats.organizations.length).toBeGreaterThan(0);
    expect(stats.organizations.length).toBeLessThanOrEqual(10);
    expect(Object.keys(stats.figures.byKind)).toEqual(['count', 'percent', 'money', 'quantity', 'ordinal']);
    expect(result.stderr).toBe('');
  });

  it('--table --top 3 prints tables with three names each at most', () => {
    const result = runCli(['stats', '--table', '--top', '3', '-j', '1', 'fixtures/seeds']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^5 articles\n/);
    const orgs = result.stdout.split('Organisations\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(orgs).toHaveLength(5); // header, rule, three names
  });

  it.each([
    [['stats', '--top', '0', 'fixtures/seeds']],
    [['stats']],
  ])('%j is a usage error', (args) => {
    expect(runCli(args).code).toBe(2);
  });

  it('exits 1 and counts a missing input', () => {
    const result = runCli(['stats', '-j', '1', 'fixtures/seeds/000_db02f81f4d40176f.txt', 'nope.txt']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).errors).toEqual({ NOT_FOUND: 1 });
  });
});
