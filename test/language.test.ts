import { describe, expect, it } from 'vitest';
import { detectLanguage, sampleText } from '../src/language/index.js';

const codes = (text: string) => detectLanguage(text).warnings.map((w) => w.code);

describe('detectLanguage', () => {
  it.each([
    ['fr', 'fra', 'Le conseil municipal a voté mardi soir un budget en hausse pour la rénovation des écoles de la ville.'],
    ['fr', 'fra', "Les travaux commenceront dès le mois de juillet et devraient durer deux ans, selon l'adjointe au maire."],
    ['en', 'eng', 'The city council voted on Tuesday evening for a larger budget to renovate the schools of the town.'],
    ['es', 'spa', 'El ayuntamiento aprobó el martes por la noche un presupuesto mayor para renovar las escuelas de la ciudad.'],
    ['it', 'ita', 'Il consiglio comunale ha approvato martedì sera un bilancio più alto per rinnovare le scuole della città.'],
    ['de', 'deu', 'Der Stadtrat hat am Dienstagabend einen höheren Haushalt für die Renovierung der Schulen der Stadt beschlossen.'],
    ['pt', 'por', 'A câmara municipal aprovou ontem à noite um orçamento maior, e os vereadores disseram que não vão aceitar atrasos nas obras das escolas.'],
  ])('%s: %s', (code, iso, text) => {
    const r = detectLanguage(text);
    expect(r.language.code).toBe(code);
    expect(r.language.iso639_3).toBe(iso);
    expect(r.language.confidence).toBeGreaterThan(0);
    expect(r.language.confidence).toBeLessThanOrEqual(1);
  });

  it.each([
    ['The city council voted on Tuesday evening for a larger budget to renovate the schools.', ['LANG_NOT_FRENCH']],
    ['Le conseil municipal a voté mardi soir un budget en hausse pour la rénovation des écoles de la ville.', []],
    ['Bonjour', ['LANG_TOO_SHORT']],
    ['', ['LANG_TOO_SHORT']],
    ['12 345 678 / 90', ['LANG_TOO_SHORT']],
  ])('warnings for %j', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it('answers "und" with confidence 0 when it cannot tell', () => {
    expect(detectLanguage('ok').language).toEqual({ code: 'und', iso639_3: 'und', confidence: 0 });
  });

  it('is more confident on a paragraph than on a sentence', () => {
    const sentence = 'Le conseil municipal a voté un budget.';
    const paragraph = Array(5).fill('Le conseil municipal a voté mardi soir un budget en hausse pour les écoles de la ville.').join(' ');
    expect(detectLanguage(paragraph).language.confidence).toBeGreaterThan(detectLanguage(sentence).language.confidence);
  });

  it('reads a long text within franc limits, and still finds French', () => {
    const para =
      "Le conseil municipal a voté mardi soir un budget en hausse pour la rénovation des écoles, après un débat de plus de trois heures. Selon l'adjointe chargée de l'éducation, les travaux commenceront dès le mois de juillet et devraient durer deux ans.";
    const long = 'Intro in English for a start. ' + Array(40).fill(para).join(' ');
    expect(sampleText(long).length).toBeLessThanOrEqual(2001);
    expect(detectLanguage(long).language.code).toBe('fr');
  });
});

describe('sampleText', () => {
  it('keeps a short text whole, without URLs', () => {
    expect(sampleText('Voir https://example.org/page et   écrire à a@b.fr')).toBe('Voir et écrire à');
  });
  it('cuts a long text at word boundaries', () => {
    const s = sampleText(Array(1000).fill('mot').join(' '));
    expect(s.length).toBeLessThanOrEqual(2001);
    expect(s.split(' ').every((w) => w === 'mot')).toBe(true);
  });
});
