import { describe, expect, it } from 'vitest';
import { escapeHtml, highlightsOf, highlightText, renderReport, type Highlight } from '../src/report/index.js';
import type { ArticleRecord, ErrorRecord } from '../src/types.js';

const TEXT = 'Le 14 octobre, Meta a bloqué 1,2 milliard de faux comptes à Paris, dit Marc Dupont.';

function span(text: string, needle: string) {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`no ${needle}`);
  return { text: needle, start, end: start + needle.length };
}

function article(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  const text = overrides.text ?? TEXT;
  return {
    id: 'a.txt',
    source: { path: 'a.txt', format: 'text', encoding: 'utf-8', bytes: 90, sha256: '0'.repeat(64) },
    title: 'Meta bloque des comptes',
    published: { value: '2024-10-20', from: 'input' },
    author: 'Marc Dupont',
    site: 'exemple.fr',
    language: { code: 'fr', iso639_3: 'fra', confidence: 0.98 },
    text,
    removed: [{ text: 'Partager sur Facebook', reason: 'boilerplate-phrase' }],
    warnings: [{ code: 'TITLE_FROM_TEXT', message: 'the title is the first line' }],
    dates: overrides.dates ?? [{ ...span(text, 'Le 14 octobre'), value: '2024-10-14', type: 'DATE' }],
    figures: overrides.figures ?? [{ ...span(text, '1,2 milliard'), value: 1_200_000_000, unit: 'faux comptes', kind: 'count', qualifier: 'about' }],
    organizations: overrides.organizations ?? [{ name: 'Meta', mentions: [span(text, 'Meta')] }],
    people: overrides.people ?? [{ name: 'Marc Dupont', mentions: [span(text, 'Marc Dupont')] }],
    places: overrides.places ?? [{ name: 'Paris', mentions: [span(text, 'Paris')] }],
    ...overrides,
  };
}

const failed: ErrorRecord = { id: 'missing.txt', source: { path: 'missing.txt' }, error: { code: 'NOT_FOUND', message: 'no such file <missing.txt>' } };

describe('renderReport', () => {
  const html = renderReport([article(), failed]);

  it.each([
    ['date', 'Le 14 octobre', 'date DATE 2024-10-14'],
    ['figure', '1,2 milliard', 'count 1200000000 faux comptes (about)'],
    ['org', 'Meta', 'organisation: Meta'],
    ['person', 'Marc Dupont', 'person: Marc Dupont'],
    ['place', 'Paris', 'place: Paris'],
  ])('highlights the %s %j as a focusable mark with its value', (kind, text, value) => {
    expect(html).toContain(`<mark class="k-${kind}" tabindex="0" data-v="${value}" title="${value}">${text}</mark>`);
  });

  it.each([
    ['a document with a charset and a title', '<!doctype html><html lang="fr"><head><meta charset="utf-8">'],
    ['light and dark schemes', '@media (prefers-color-scheme:dark)'],
    ['removed boilerplate struck through with its reason', '<del>Partager sur Facebook</del><span class="reason">boilerplate-phrase</span>'],
    ['the warnings', '<code>TITLE_FROM_TEXT</code>'],
    ['the failed input and its code, escaped', '<strong>NOT_FOUND</strong> no such file &lt;missing.txt&gt;'],
    ['a summary row linking to the article', '<a href="#a0">Meta bloque des comptes</a>'],
    ['the publication date', 'published 2024-10-20 (from input)'],
    ['a live status bar for the focused value', 'role="status" aria-live="polite"'],
  ])('shows %s', (_what, fragment) => {
    expect(html).toContain(fragment);
  });

  it.each([
    ['no external stylesheet', /<link\b/i],
    ['no external script', /<script[^>]*\bsrc=/i],
    ['no image or frame', /<(?:img|iframe)\b/i],
    ['no network address in an attribute', /(?:href|src)="(?:https?:)?\/\//i],
  ])('is self-contained: %s', (_what, pattern) => {
    expect(html).not.toMatch(pattern);
  });

  it('keeps the text exactly once the tags are taken out', () => {
    const record = article();
    const body = highlightText(record.text, highlightsOf(record)).html;
    const unescaped = body.replace(/<[^>]*>/g, '').replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
    expect(unescaped).toBe(record.text);
  });

  it('escapes markup in the article text and values (no injection)', () => {
    const text = 'Le <script>alert(1)</script> de Meta & "Cie"';
    const record = article({ text, dates: [], figures: [], people: [], places: [], organizations: [{ name: 'Meta & "Cie"', mentions: [span(text, 'Meta')] }] });
    const out = renderReport([record]);
    expect(out).not.toContain('<script>alert(1)');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('data-v="organisation: Meta &amp; &quot;Cie&quot;"');
  });

  it('gives a report of no records', () => {
    const out = renderReport([]);
    expect(out).toContain('0 articles.');
    expect(out).not.toContain('<mark');
  });

  it('is deterministic', () => {
    expect(renderReport([article(), failed])).toBe(html);
  });

  it('renders 1,000 articles quickly and with one section each', () => {
    const records = Array.from({ length: 1000 }, (_, i) => article({ id: `a${i}` }));
    const t = performance.now();
    const out = renderReport(records);
    const ms = performance.now() - t;
    expect(out.split('<article ').length - 1).toBe(1000);
    expect(ms).toBeLessThan(3000); // ~0.1 s alone; room for a loaded CI machine
  });
});

describe('highlightText', () => {
  const h = (kind: Highlight['kind'], start: number, end: number): Highlight => ({ kind, start, end, value: kind });

  it.each([
    ['nests a span inside another', 'abcdef', [h('org', 0, 6), h('place', 2, 4)], '<mark class="k-org" tabindex="0" data-v="org" title="org">ab<mark class="k-place" tabindex="0" data-v="place" title="place">cd</mark>ef</mark>', 0],
    ['leaves out a span crossing another', 'abcdef', [h('org', 0, 4), h('place', 2, 6)], '<mark class="k-org" tabindex="0" data-v="org" title="org">abcd</mark>ef', 1],
    ['leaves out a span past the text', 'abc', [h('date', 1, 9)], 'abc', 1],
    ['leaves out an empty span', 'abc', [h('date', 1, 1)], 'abc', 1],
    ['draws adjacent spans one after the other', 'abcd', [h('date', 0, 2), h('figure', 2, 4)], '<mark class="k-date" tabindex="0" data-v="date" title="date">ab</mark><mark class="k-figure" tabindex="0" data-v="figure" title="figure">cd</mark>', 0],
  ])('%s', (_what, text, highlights, expected, hidden) => {
    expect(highlightText(text, highlights)).toEqual({ html: expected, hidden });
  });
});

describe('escapeHtml', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<b>', '&lt;b&gt;'],
    [`"l'an"`, '&quot;l&#39;an&quot;'],
    ['rien', 'rien'],
  ])('%j → %j', (input, output) => {
    expect(escapeHtml(input)).toBe(output);
  });
});
