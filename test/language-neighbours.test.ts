import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../src/language/index.js';
import { evidence, strongestNeighbour, tokens } from '../src/language/neighbours.js';

// Sentences written for these tests (not taken from any evaluation file).
describe('French against its neighbours', () => {
  it.each([
    ['oci', 'Los enfants de la vila an jogat dins lo parc amb lors amics tota la tarda.'],
    ['oci', 'Aquò es pas possible, ieu vòli anar a Tolosa deman amb la mieuna filha.'],
    ['wln', "Dji n' so nén contint: i fåt aler avou lu po vey çou k' i s' passe."],
    ['pcd', "Ch'est eune bielle journée, chés gins is sont aveuc min frère ichi."],
    ['hat', 'Mwen pa konnen kote li ye kounye a, men nou pral chèche li ak zanmi yo.'],
    ['glg', 'Eu non sei onde está a miña casa, pero quero ir agora mesmo.'],
    ['cat', 'Jo no sé on és la meva casa, però vull anar-hi ara mateix amb ells.'],
  ])('%s: %s', (iso, text) => {
    expect(detectLanguage(text).language.iso639_3).toBe(iso);
  });

  it.each([
    ['Je ne sais pas.'],
    ["C'est la vie."],
    ['Il fait beau.'],
    ['Où est la gare ?'],
    ['Nous avons gagné !'],
    ['Merci beaucoup pour tout.'],
    ["Qu'est-ce que tu veux ?"],
    ['Le gouvernement a présenté mardi son projet de loi sur les retraites.'],
    ["Selon l'Insee, le chômage a baissé de 0,2 point au troisième trimestre."],
    ['Les habitants de Toulouse et de Montpellier votent dimanche.'],
  ])('French stays French: %s', (text) => {
    expect(detectLanguage(text).language.iso639_3).toBe('fra');
  });

  it.each([
    ['The president said on Tuesday that the talks would resume next week.', 'eng'],
    ['El presidente dijo el martes que las negociaciones se reanudarían.', 'spa'],
    ['Il presidente ha detto martedì che i negoziati riprenderanno presto.', 'ita'],
    ['Der Präsident sagte am Dienstag, die Gespräche würden fortgesetzt.', 'deu'],
  ])('other languages are not French: %s', (text, iso) => {
    expect(detectLanguage(text).language.iso639_3).toBe(iso);
  });
});

describe('franc for the languages eld lacks', () => {
  it.each([
    ['swh', 'Watoto wengi wanaenda shuleni kila siku asubuhi na kurudi nyumbani jioni baada ya masomo yao ya kila siku.'],
    ['wol', 'Xale yu bari dañuy dem lekool bu nekk suba te ñibbi ci kanam ngoon ginnaaw seeni jàng.'],
  ])('%s', (iso, text) => {
    expect(detectLanguage(text).language.iso639_3).toBe(iso);
  });
});

describe('evidence', () => {
  it('keeps elided forms with their apostrophe', () => {
    expect(tokens("L'homme qu’il a vu ch'est")).toEqual(["l'", 'homme', "qu'", 'il', 'a', 'vu', "ch'", 'est']);
  });

  it('counts shared words for neither side', () => {
    const oci = evidence('la que de se').neighbours.find((n) => n.language.iso639_3 === 'oci')!;
    expect([oci.own, oci.french]).toEqual([0, 0]);
  });

  it('spelling marks count for lower-case words only', () => {
    const lower = evidence('filh');
    const oci = lower.neighbours.find((n) => n.language.iso639_3 === 'oci')!;
    expect(oci.own).toBe(1);
    const name = evidence('selon le juge Delgado Muñoz');
    expect(name.neighbours.every((n) => n.own === 0)).toBe(true);
  });

  it('needs more than one neighbour word in a longer sample', () => {
    const ev = evidence('Le maire a dit dins la soirée que les travaux allaient reprendre bientôt.');
    expect(strongestNeighbour(ev, 2)).toBeNull();
  });
});

describe('spelling marks at the start of a sentence', () => {
  it('count for a capitalised first word, not for a capitalised word inside a sentence', () => {
    const oci = (text: string) => evidence(text).neighbours.find((n) => n.language.iso639_3 === 'oci')!.own;
    expect(oci('Filh')).toBe(1);
    expect(oci('Il est venu. Filh')).toBe(1);
    expect(oci('il a vu Filh')).toBe(0);
  });

  it('composes decomposed accents before reading words', () => {
    const decomposed = 'Aquo\u0300 es pas possible'.normalize('NFD');
    expect(tokens(decomposed)[0]).toBe('aquò');
    expect(evidence(decomposed).neighbours.find((n) => n.language.iso639_3 === 'oci')!.own).toBeGreaterThan(0);
  });
});

// Sentences and words written for these tests (not taken from any evaluation file).
describe('spelling and syntax marks', () => {
  const side = (text: string, iso: string): [number, number] => {
    const n = evidence(text).neighbours.find((x) => x.language.iso639_3 === iso)!;
    return [n.own, n.french];
  };

  it.each([
    // [word, neighbour, own, french]
    ['parlâ', 'frp', 1, 0], // Franco-Provençal infinitive in -â
    ['tsanta', 'frp', 1, 0], // Franco-Provençal ts- for French ch-
    ['tsunami', 'frp', 0, 0], // a French borrowing, left out
    ['tsar', 'frp', 0, 0],
    ['educachon', 'frp', 1, 0], // -achon for French -ation
    ['caffè', 'ita', 1, 0], // a word ending in è is not French
    ['pwoblèm', 'hat', 1, 0], // Haitian pw-
    ['baixo', 'glg', 1, 0], // -xo
    ['darlle', 'glg', 1, 0], // Galician enclitic after a consonant
    ['senyor', 'cat', 1, 0], // Catalan ny
    ['école', 'ita', 0, 1], // é inside a word: French against Italian…
    ['école', 'spa', 0, 0], // …shared with Spanish
    ['sœur', 'oci', 0, 1], // œ is French alone
    ['reçu', 'spa', 0, 1], // ç: not Spanish…
    ['reçu', 'cat', 0, 0], // …but Catalan
    ['chantaient', 'glg', 0, 1], // French imperfect
    ['château', 'wln', 0, 0], // -eau shared with the langues d'oïl
    ['educação', 'por', 1, 0], // a foreign letter wins over a French one
    ['fois', 'oci', 0, 1], // "oi": French, not Occitan…
    ['fois', 'ita', 0, 0], // …shared with Italian
    ['jaloux', 'cat', 0, 1], // -oux
  ])('%s against %s: own %i, French %i', (word, iso, own, french) => {
    expect(side(word, iso)).toEqual([own, french]);
  });

  it.each([
    ['fille', 'glg'], // -lle after a vowel is French
    ['taxe', 'glg'], // -xe is French
    ['père', 'ita'], // è before a consonant is French
    ['bwana', 'eng'], // not Haitian against English
  ])('no foreign mark in %s (against %s)', (word, iso) => {
    expect(side(word, iso)[0]).toBe(0);
  });

  it('reads a hyphenated subject pronoun as French syntax', () => {
    expect(evidence('Viens-tu demain ?').inversions).toBe(1);
    expect(evidence('Que dit-il ?').inversions).toBe(1);
    expect(evidence('Viendra-t-elle ?').inversions).toBe(1);
    expect(evidence('Dis-moi tout.').inversions).toBe(0); // an object pronoun
    expect(evidence('tu viens').inversions).toBe(0); // no hyphen
    expect(side('Viens-tu', 'spa')[1]).toBeGreaterThan(side('Viens tu', 'spa')[1]);
    expect(side('Viens-tu', 'wln')).toEqual(side('Viens tu', 'wln')); // Walloon inverts too
  });

  it('reads "non" before a clitic or a verb as Galician or Italian', () => {
    expect(side('Non me gusta', 'glg')[0]).toBeGreaterThan(side('Non, me dit-il', 'glg')[0]);
    expect(side('non è vero', 'ita')[0]).toBeGreaterThan(0);
    expect(side('non seulement', 'glg')[0]).toBe(0);
    expect(side('non, me dit-il', 'glg')[0]).toBe(0);
  });

  it('reads a sentence-opening "son" before an article as a verb', () => {
    expect(side('Son unha familia grande.', 'glg')[0]).toBeGreaterThan(0);
    expect(side('Son père est venu.', 'glg')[0]).toBe(0);
    expect(side('Il aime le son un peu fort.', 'glg')[0]).toBe(0);
  });

  it.each([
    ['Parles-tu anglais ?'],
    ['Viendra-t-il demain ?'],
    ['Quel désastre !'],
    ['Ils chantaient fort.'],
    ['Le château est beau.'],
    ['Ma sœur est là.'],
    ['Il a reçu un prix.'],
    ['Non, pas ce soir.'],
    ['Son frère est arrivé.'],
    ['Je crois que tu es jaloux.'],
    ['À quelle heure part le dernier train pour Lyon ce soir ?'],
    ['Un tsunami a frappé la côte.'],
  ])('short French lines stay French: %s', (text) => {
    expect(detectLanguage(text).language.iso639_3).toBe('fra');
  });

  it.each([
    ['Non me gusta nada iso.', 'fra'],
    ['Son un bo home.', 'fra'],
    ['Mwen pa konprann pwoblèm nan.', 'fra'],
  ])('neighbour lines are not French: %s', (text, notIso) => {
    expect(detectLanguage(text).language.iso639_3).not.toBe(notIso);
  });
});
