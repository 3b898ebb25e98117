// The compact n-gram detector (src/language/ngrams.ts) must answer exactly as eld 2.1 'small',
// whose database it copies: same language, same scaled scores in the same order, same
// isReliable(). Sentences written for this test, in the languages and the edge cases (elisions,
// apostrophes, digits, long words, other scripts, emoji, empty text) the stage meets.
import eld from 'eld/small';
import { describe, expect, it } from 'vitest';
import { detectNgrams, ngramScores, normalise } from '../src/language/ngrams.js';

const SENTENCES = [
  'Le conseil municipal a voté mardi soir un budget en hausse.',
  "L'adjointe au maire l'a confirmé aujourd'hui : « les travaux dureront deux ans ».",
  'Partager :',
  'Newsletter EN',
  'Lire aussi',
  'The council voted on Tuesday; they don’t expect delays.',
  "Don't stop ''' now `quoted` text",
  'El ayuntamiento aprobó el presupuesto para las escuelas.',
  'Il consiglio comunale ha approvato il bilancio.',
  'Der Stadtrat hat den Haushalt beschlossen.',
  'A câmara municipal aprovou o orçamento.',
  'O concello aprobou onte o orzamento das escolas.',
  'Lo conselh municipal a votat lo budgèt de las escòlas.',
  'Mwen pa konnen si li vini demen.',
  'Москва — столица России.',
  'Η Αθήνα είναι η πρωτεύουσα της Ελλάδας.',
  'القاهرة هي عاصمة مصر',
  '東京は日本の首都です',
  '서울은 한국의 수도입니다',
  'İstanbul ÇAĞ ŞEHİR',
  '😀 emoji 😀 text 𝒳 astral',
  `${'anticonstitutionnellement'.repeat(4)} est un mot long`,
  'a b c d',
  '12 345 678,90 € — 3 %',
  '',
  'x',
  'Ça été',
  'eé\u0301 décomposé',
];

function eldAnswer(text: string) {
  const r = eld.detect(text);
  return { language: r.language, scores: Object.entries(r.getScores()), reliable: r.isReliable() };
}

function ourAnswer(text: string) {
  const r = detectNgrams(text);
  const scores = ngramScores(text).map((s) => [s.language, s.score]);
  expect([r.top, r.second]).toEqual([scores[0]?.[1] ?? 0, scores[1]?.[1] ?? 0]);
  return { language: r.language, scores, reliable: r.reliable };
}

describe('detectNgrams (eld small, compact)', () => {
  it.each(SENTENCES)('answers as eld: %j', (text) => {
    expect(ourAnswer(text)).toEqual(eldAnswer(text));
  });

  it('answers as eld past its 1,000-character and 380-byte cuts', () => {
    const long = Array(40).fill('Le gouvernement a présenté mercredi un projet de loi sur les retraites.').join(' ');
    expect(ourAnswer(long)).toEqual(eldAnswer(long));
    const accented = Array(200).fill('éàè').join(' ');
    expect(ourAnswer(accented)).toEqual(eldAnswer(accented));
  });

  it('has no answer for text without letters', () => {
    expect(detectNgrams('12 345 — 67')).toEqual({ language: '', top: 0, second: 0, french: 0, reliable: false });
    expect(detectNgrams('').language).toBe('');
  });

  it.each([
    ['Bonjour, le monde !', 'bonjour le monde'],
    ["l'homme d’État", "l'homme d’état"],
    ["mot ''' mot", 'mot mot'],
    ["mot '''mot", "mot '''mot"],
    ['12abc34', 'abc'],
    ['a😀b', 'a b'],
  ])('normalises %j as eld does', (text, expected) => {
    expect(normalise(text)).toBe(expected);
  });
});
