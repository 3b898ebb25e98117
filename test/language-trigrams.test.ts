// The compact franc (src/language/trigrams.ts), restricted to our candidate languages, must
// answer exactly as franc 6's francAll(text, { minLength, only }) does. Texts written for this
// test: Latin-script languages franc covers and eld does not, other scripts, and short input.
import { francAll as franc } from 'franc';
import { describe, expect, it } from 'vitest';
import { CANDIDATE_LANGUAGES } from '../src/language/codes.js';
import { francAll } from '../src/language/trigrams.js';

const ONLY = new Set(CANDIDATE_LANGUAGES);
const MIN = 60;

const TEXTS = [
  'Le conseil municipal a voté mardi soir un budget en hausse pour la rénovation des écoles de la ville.',
  'Mwen pa konnen si li pral vini demen, paske li te di m li gen anpil travay pou li fè nan lavil la.',
  'O concello aprobou onte o orzamento para as escolas, e os veciños din que non van aceptar atrasos.',
  'Wax na ne dafa bëgg dem ca dëkk ba ngir gis ay mbokkam, waaye yoon wi dafa gudd lool ci guddi gi.',
  'Serikali imetangaza mpango mpya wa elimu kwa shule za msingi katika mikoa yote ya nchi mwaka huu.',
  'Москва — столица России, крупнейший город страны и важный культурный центр Европы и всего мира.',
  'Η Αθήνα είναι η πρωτεύουσα της Ελλάδας και η μεγαλύτερη πόλη της χώρας, με μακρά ιστορία και πολιτισμό.',
  '東京は日本の首都であり、世界有数の大都市です。東京は日本の首都であり、世界有数の大都市です。',
  'القاهرة هي عاصمة جمهورية مصر العربية وأكبر مدنها، وتقع على ضفاف نهر النيل في شمال البلاد.',
  'trop court',
  '1234567890 1234567890 1234567890 1234567890 1234567890 1234567890 1234567890',
];

describe('francAll (franc 6, compact, candidates only)', () => {
  it.each(TEXTS)('answers as franc: %j', (text) => {
    expect(francAll(text, MIN, ONLY)).toEqual(franc(text, { minLength: MIN, only: [...CANDIDATE_LANGUAGES] }));
  });

  it('answers "und" under the minimum length', () => {
    expect(francAll('Bonjour à tous', MIN, ONLY)).toEqual([['und', 1]]);
  });

  it('does not name a language outside the candidates', () => {
    const names = francAll(TEXTS[0]!, MIN, ONLY).map(([l]) => l);
    expect(names.every((l) => ONLY.has(l))).toBe(true);
    expect(names[0]).toBe('fra');
  });
});
