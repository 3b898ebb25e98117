// Dates stage: the fast path (chrono only on windows around trigger words), the tense cues read
// word by word, and the hand-written right-to-left scans that replaced backtracking patterns.
import { describe, expect, it } from 'vitest';
import { speaksOfFuture, TenseCache } from '../src/dates/future.js';
import { extractDates } from '../src/dates/index.js';
import { trimmedLength } from '../src/dates/refiners/trailingPunctuation.js';
import { chronoWindows, KIND, WINDOW_REACH } from '../src/dates/windows.js';

const REF = { value: '2024-10-16', from: 'option' as const };
const FILLER = 'Le conseil municipal a débattu longuement des travaux de voirie et du budget. ';

describe('chronoWindows', () => {
  it.each<[string, string]>([
    ['a month name', 'Il viendra en mars.'],
    ['a weekday', 'Il viendra mercredi.'],
    ['a year', 'Il est né en 1987.'],
    ['a numeric date', 'Courrier du 12/01 reçu.'],
    ['a clock time', 'Départ à 8h30.'],
    ['a spaced clock time', 'Départ à 16 h.'],
    ['a deictic word', 'Il viendra demain.'],
    ['a unit word', 'Il reviendra la semaine prochaine.'],
    ['a part of day', 'Il viendra ce soir.'],
    ['a season', 'Il viendra cet été.'],
    ["a word with an apostrophe", "Il vient aujourd'hui."],
  ])('opens a window on %s', (_label, text) => {
    expect(chronoWindows(text).length).toBe(1);
  });

  it.each<[string, string]>([
    ['words only starting like a month', 'La maison du maire, la décision du novateur.'],
    ['plain numbers', 'Il y avait 35 personnes et 12 voitures, soit 3,5 par foyer.'],
    ['a sentence with no time word', FILLER],
  ])('opens none on %s', (_label, text) => {
    expect(chronoWindows(text)).toEqual([]);
  });

  it('keeps windows apart when triggers are far, never cutting a word, and merges close ones', () => {
    const text = `${FILLER.repeat(4)}Il viendra mardi. ${FILLER.repeat(4)}Il partira en mars puis en avril.`;
    const windows = chronoWindows(text);
    expect(windows.length).toBe(2);
    for (const [a, b] of windows) {
      expect(b - a).toBeLessThanOrEqual(2 * WINDOW_REACH + 10);
      expect(a === 0 || /\s/.test(text.charAt(a - 1))).toBe(true);
      expect(b === text.length || /\s/.test(text.charAt(b))).toBe(true);
    }
  });

  it('finds the same dates as a whole-text parse would, at the right offsets', () => {
    const text = `${FILLER.repeat(3)}Le mercredi 6 et le dimanche 10 janvier, puis le 3 mars 2021 à 20 h 30. ${FILLER.repeat(3)}Hier soir, il pleuvait.`;
    const found = extractDates(text, REF);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(found.map((d) => d.text)).toEqual(['Le mercredi 6', 'le dimanche 10 janvier', 'le 3 mars 2021', '20 h 30', 'Hier soir']);
  });
});

describe('speaksOfFuture', () => {
  it.each<[string, boolean]>([
    ['Les enfants pourront venir dimanche.', true],
    ['La fête se déroulera samedi.', true],
    ['Il va signer le contrat.', true],
    ['LE MAIRE FERA UN DISCOURS', true],
    ['Le maire a parlé mardi.', false],
    ['Diawara a marqué mardi.', false],
    ['Les écuries vont « abêtir » la F1, dit-il.', false],
    ['Un extra de la caméra.', false],
  ])('%s -> %s', (sentence, expected) => {
    expect(speaksOfFuture(sentence)).toBe(expected);
  });

  it('answers once per sentence and reads "depuis" before the expression', () => {
    const text = 'Il est là depuis mardi. Il viendra jeudi.';
    const cache = new TenseCache(text);
    expect(cache.isFutureAt(text.indexOf('mardi'), text.indexOf('mardi') + 5)).toBe(false);
    expect(cache.isPastAt(text.indexOf('mardi'), text.indexOf('mardi') + 5)).toBe(true);
    expect(cache.isFutureAt(text.indexOf('jeudi'), text.indexOf('jeudi') + 5)).toBe(true);
  });
});

describe('trimmedLength', () => {
  it.each<[string, number]>([
    ['12 juin.', 7],
    ['mercredi, ', 8],
    ['(mardi)', 6],
    ['2024', 4],
    ['...', 0],
  ])('%j -> %i', (s, n) => expect(trimmedLength(s)).toBe(n));

  it('is linear on a long run of spaces', () => {
    const s = `a${'\t'.repeat(200_000)}\u0000`;
    const t0 = performance.now();
    expect(trimmedLength(s)).toBe(s.length);
    expect(performance.now() - t0).toBeLessThan(200);
  });
});

describe('month after a day number, over a long run of spaces', () => {
  it('returns quickly', () => {
    const text = `0${'\t'.repeat(50_000)}mai`;
    const t0 = performance.now();
    extractDates(text, REF);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('window triggers', () => {
  it('open a window on every word the lexicons and finders start from', async () => {
    const lex = await import('../src/dates/lexicon.js');
    const words = [
      ...Object.keys(lex.MONTH_NAMES), ...Object.keys(lex.WEEKDAYS), ...Object.keys(lex.SET_ADVERBS),
      ...Object.keys(lex.SET_UNITS), ...Object.keys(lex.SEASONS), ...Object.keys(lex.PARTS_OF_DAY),
      ...Object.keys(lex.DURATION_UNITS), ...Object.keys(lex.VAGUE_REFS),
      'hier', 'demain', "aujourd'hui", 'lendemain', 'veille', 'trimestre', 'semestre', 'week-end', 'siècle',
    ];
    expect(words.filter((w) => chronoWindows(`Il a dit ${w} .`).length === 0)).toEqual([]);
  });
});

describe('window kinds', () => {
  it.each<[string, number]>([
    ['Il viendra en mars.', KIND.month],
    ['Il viendra mardi.', KIND.weekday],
    ['Il viendra demain.', KIND.deictic],
    ['Il restera trois semaines.', KIND.unit],
    ['Il viendra ce soir.', KIND.partOfDay],
    ['Il viendra cet hiver.', KIND.season],
    ['Il vient quotidiennement.', KIND.setAdverb],
    ['Il est venu récemment.', KIND.vague],
    ['Il est né en 1987.', KIND.number],
    // The scan goes on after "8 h" of "8 hier": the deictic word is seen.
    ['Entre 3 et 8 hier, il a plu.', KIND.deictic],
  ])('%s holds its kind', (text, kind) => {
    const windows = chronoWindows(text);
    expect(windows.length).toBe(1);
    expect((windows[0]?.[2] ?? 0) & kind).toBe(kind);
  });

  it('gives chrono the window kinds so that parsers of absent kinds are skipped, with the same result', () => {
    const text = 'Le 3 mars 2021, à 20 h 30, hier soir et la semaine dernière.';
    const ref = { value: '2024-10-16', from: 'option' as const };
    expect(extractDates(text, ref).map((d) => d.text)).toEqual(['Le 3 mars 2021', '20 h 30', 'hier soir', 'la semaine dernière']);
  });
});

describe('long texts made of dates', () => {
  it('stay linear: windows are bounded and line breaks are looked for only within reach', () => {
    const unit = 'le 12 mars 2021 à 14 h, ';
    const time = (n: number): number => {
      const text = unit.repeat(n);
      const t0 = performance.now();
      const found = extractDates(text, REF);
      expect(found.length).toBe(2 * n);
      return performance.now() - t0;
    };
    time(500);
    const small = time(2_000);
    const large = time(16_000);
    // Eight times the text: allow for noise, but not for a quadratic (64 times).
    expect(large).toBeLessThan(small * 24);
  });
});
