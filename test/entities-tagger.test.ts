import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { extractEntities, ruleMentions, typedMentions } from '../src/entities/index.js';
import { activeTokens, contextFeatureStrings, gapSymbol, governingNoun, tokenKey, wordFeatures, wordShape, type WordKnowledge } from '../src/entities/tagger/features.js';
import { goldTags, ruleTags, spansOf, taggerInput, taggerModel, useTaggerModel } from '../src/entities/tagger/index.js';
import { averageModels, deserialise, serialise, TAGS, TaggerModel, train, trainingDoc, type TrainingDoc } from '../src/entities/tagger/model.js';
import { tokenize } from '../src/entities/tokens.js';

// Sentences written for these tests; none is taken from the seeds, the training or the
// evaluation data.

const NO_KNOWLEDGE: WordKnowledge = {
  isFirstName: (w) => w === 'Camille',
  isCommon: (w) => w === 'le' || w === 'la',
  isCapitalisedCommon: () => false,
  knownType: (w) => (w === 'Lyon' ? 'LOC' : undefined),
};
const tag = (name: string): number => TAGS.indexOf(name as (typeof TAGS)[number]);

describe('features', () => {
  it.each([
    ['Telegram', 'Xx'],
    ['JAKARTA', 'X'],
    ['Jean-Pierre', 'Xx-Xx'],
    ['2016', 'd'],
    ['hCaptcha', 'xXx'],
    ['société', 'x'],
  ])('shape of %s is %s', (word, shape) => {
    expect(wordShape(word)).toBe(shape);
  });

  it.each([
    ['a b', 1, 2, '_'],
    ['a, b', 1, 3, ','],
    ['a\n\nb', 1, 3, '¶¶'],
    ["l'Est", 1, 2, "'"],
    ['a (b', 1, 3, '('],
  ])('gap in %j is %j', (text, from, to, symbol) => {
    expect(gapSymbol(text, from, to)).toBe(symbol);
  });

  it('gives word features that carry to unseen words: shape, affixes, word lists', () => {
    const [t] = tokenize('Camille');
    const f = wordFeatures(t!, NO_KNOWLEDGE);
    expect(f).toEqual(expect.arrayContaining(['w=camille', 's=Xx', 'ss=1Xx', 'p3=cam', 's3=lle', 'W=Camille', 'fn']));
    // a lower-case word has no capitalised form feature and asks no list
    expect(wordFeatures(tokenize('maison')[0]!, NO_KNOWLEDGE)).not.toContain('W=maison');
  });

  it('gives context features: neighbours, punctuation, cue words and the rules reading', () => {
    const text = 'selon le ministre Camille Durand, à Lyon';
    const tokens = tokenize(text);
    const rules = tokens.map((t) => (t.text === 'Camille' ? 'B-PER/cue' : t.text === 'Durand' ? 'I-PER/cue' : ''));
    const f = contextFeatureStrings(text, tokens, 3, rules, NO_KNOWLEDGE);
    expect(f).toEqual(expect.arrayContaining(['w-1=ministre', 'w+1=durand', 'title-1', 'r=B-PER/cue', 'rt=B-PER', 'r+1=I-PER', 'g+=_']));
    expect(contextFeatureStrings(text, tokens, 4, rules, NO_KNOWLEDGE)).toContain('g+=,');
  });

  it('lets a name go on across a space, an apostrophe or an initial’s dot, not across a comma or a full stop', () => {
    const text = "Côte d'Ivoire, J. Smith. Paris";
    const tokens = tokenize(text);
    const joins = tokens.map((_, i) => tokenKey(text, tokens, i, '').joins);
    // Côte d Ivoire J Smith Paris
    expect(joins).toEqual([false, true, true, false, true, false]);
  });

  it('reads only tokens near a capitalised word or inside a rule candidate', () => {
    const tokens = tokenize('il a dit que le vent souffle fort sur la ville de Nantes ce soir');
    const active = [...activeTokens(tokens, tokens.map(() => ''))];
    // ... la ville de Nantes ce soir: the capitalised word and one neighbour each side
    expect(active.slice(0, 10)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(active.slice(-5)).toEqual([0, 1, 1, 1, 0]);
  });
});

describe('the noun a name depends on', () => {
  const governor = (text: string, word: string): string | undefined => {
    const tokens = tokenize(text);
    return governingNoun(tokens, tokens.findIndex((t) => t.text === word));
  };
  it.each([
    ["Le ministre de l'Intérieur a parlé.", 'Intérieur', 'ministre'],
    ['Le président du Sénat a parlé.', 'Sénat', 'président'],
    ['La ville de Hilla est calme.', 'Hilla', 'ville'],
    // no connector before the name, a capitalised word in between, or a sentence break
    ['Le ministre Arman Seitkali a parlé.', 'Seitkali', undefined],
    ['Le groupe Orange de France.', 'France', undefined],
    ['Il est parti. De Gaulle a parlé.', 'Gaulle', undefined],
  ])('%s %s -> %s', (text, word, noun) => {
    expect(governor(text, word)).toBe(noun);
  });
});

describe('decoding', () => {
  it('turns BIO tags into spans, trimming function words and taking a dotted suffix', () => {
    const text = 'de Acme Widgets Inc. et la';
    const tokens = tokenize(text);
    const tags = [tag('B-ORG'), tag('I-ORG'), tag('I-ORG'), tag('I-ORG'), tag('O'), tag('B-LOC')];
    const spans = spansOf(text, tokens, tags);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.type])).toEqual([['Acme Widgets Inc.', 'ORG']]);
  });

  it('maps gold spans to BIO tags', () => {
    const text = 'Le groupe Acme Widgets rachète Beta.';
    const tokens = tokenize(text);
    const tags = goldTags(tokens, [
      { start: 10, end: 22, type: 'ORG' },
      { start: 31, end: 35, type: 'ORG' },
    ]);
    expect(tags.map((t) => TAGS[t])).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'O', 'B-ORG']);
  });

  it('never continues a name across a comma, whatever the weights say', () => {
    // weights that push every capitalised word to I-PER
    const model = deserialise(`#entities-tagger v1\t${TAGS.join(',')}\ns=Xx\t${tag('B-PER')}:10000 ${tag('I-PER')}:30000\n`);
    const text = 'Dupont, Durand et Martin Leroy';
    const tokens = tokenize(text);
    const out = spansOf(text, tokens, model.tag(taggerInput(text, tokens, tokens.map(() => ''), NO_KNOWLEDGE)));
    expect(out.map((s) => text.slice(s.start, s.end))).toEqual(['Dupont', 'Durand', 'Martin Leroy']);
  });
});

/** A small hand-written training set: enough to train and compare, not to tag well. */
function tinyCorpus(): TrainingDoc[] {
  const docs: [string, [number, number, string][]][] = [
    ['La société Acme Widgets a recruté Camille Durand à Lyon.', [[11, 23, 'ORG'], [33, 47, 'PER'], [50, 54, 'LOC']]],
    ['Selon Paul Martin, le groupe Beta Systems quitte Nantes.', [[6, 17, 'PER'], [29, 41, 'ORG'], [49, 55, 'LOC']]],
    ['Le ministre Jean Leroy visitera Rennes et Brest demain.', [[12, 22, 'PER'], [32, 38, 'LOC'], [42, 47, 'LOC']]],
    ["L'agence Orion Media a ouvert un bureau à Lille.", [[9, 20, 'ORG'], [42, 47, 'LOC']]],
  ];
  return docs.map(([text, spans]) => {
    const tokens = tokenize(text);
    const input = taggerInput(text, tokens, tokens.map(() => ''), NO_KNOWLEDGE);
    return trainingDoc(input, goldTags(tokens, spans.map(([start, end, type]) => ({ start, end, type }))));
  });
}

describe('training', () => {
  it('is deterministic: the same data gives byte-identical weights', () => {
    const a = serialise(train(tinyCorpus(), { epochs: 4, minCount: 1 }));
    const b = serialise(train(tinyCorpus(), { epochs: 4, minCount: 1 }));
    expect(a.length).toBeGreaterThan(100);
    expect(a).toBe(b);
  });

  it('averages models trained in several orders: same model alone, half weights for a feature one lacks', () => {
    const a = train(tinyCorpus(), { epochs: 4, minCount: 1, seed: 1 });
    expect(serialise(averageModels([a, a]))).toBe(serialise(a));
    const nt = TAGS.length;
    const one = new TaggerModel(new Map([['f', 0]]), Float32Array.from({ length: nt }, (_, c) => (c === 1 ? 2 : 0)));
    const two = new TaggerModel(new Map([['g', 0]]), Float32Array.from({ length: nt }, (_, c) => (c === 3 ? -1 : 0)));
    const mean = averageModels([one, two]);
    expect([...mean.index.keys()]).toEqual(['f', 'g']);
    expect(mean.weights[1]).toBe(1);
    expect(mean.weights[nt + 3]).toBe(-0.5);
    expect(mean.weights[0]).toBe(0);
    // the order of the parts decides only the order of the features
    expect(serialise(averageModels([a, train(tinyCorpus(), { epochs: 4, minCount: 1, seed: 2 })]))).toBe(
      serialise(averageModels([a, train(tinyCorpus(), { epochs: 4, minCount: 1, seed: 2 })])),
    );
  });

  it('learns its training sentences and round-trips through the model file', () => {
    const model = deserialise(serialise(train(tinyCorpus(), { epochs: 8, minCount: 1 })));
    const text = 'La société Acme Widgets a recruté Camille Durand à Lyon.';
    const tokens = tokenize(text);
    const spans = spansOf(text, tokens, model.tag(taggerInput(text, tokens, tokens.map(() => ''), NO_KNOWLEDGE)));
    expect(spans.map((s) => [text.slice(s.start, s.end), s.type])).toEqual([
      ['Acme Widgets', 'ORG'],
      ['Camille Durand', 'PER'],
      ['Lyon', 'LOC'],
    ]);
  });

  it('shapes of ASCII words (one scan) equal those of the three replacements', () => {
    const slow = (w: string): string => w.replace(/\p{Lu}+/gu, 'X').replace(/\p{Ll}+/gu, 'x').replace(/\p{N}+/gu, 'd');
    const words = fc.string({ unit: fc.constantFrom(...'aZb9Y-\'._&x1Q'.split('')), minLength: 1, maxLength: 12 });
    fc.assert(fc.property(words, (w) => wordShape(w) === slow(w)), { numRuns: 5000 });
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 12 }), (w) => wordShape(w) === slow(w)), { numRuns: 5000 });
  });
  it('rejects a model file of another format', () => {
    expect(() => deserialise('#something else\n')).toThrow(/unknown model format/);
  });
});

describe('the committed model', () => {
  afterEach(() => useTaggerModel(undefined));

  it('loads in well under 150 ms and is small', () => {
    useTaggerModel(undefined);
    const t0 = performance.now();
    const m = taggerModel();
    const ms = performance.now() - t0;
    expect(m).not.toBeNull();
    expect(ms).toBeLessThan(150);
    const bytes = readFileSync(new URL('../data/models/entities-tagger.txt', import.meta.url)).length;
    expect(bytes).toBeLessThan(3_000_000);
  });

  it('falls back to the rules alone without a model', () => {
    useTaggerModel(null);
    const text = 'Le ministre Arman Seitkali a parlé.';
    expect(typedMentions(text)).toEqual(ruleMentions(text));
  });
});

describe('rules around the tagger', () => {
  type Kind = 'organizations' | 'people' | 'places';
  const names = (text: string, kind: Kind): string[] => extractEntities(text)[kind].map((e) => e.name);

  it.each<[string, Kind, string[]]>([
    // a ticker is an alias, never an organisation
    ['Netflix (NFLX) a publié ses comptes.', 'organizations', ['Netflix']],
    // a glued honorific: still a person, and the title is not part of the name
    ['M.Lambert a confirmé la fusion. Selon M. Lambert, rien ne change.', 'people', ['Lambert']],
    ['Le PDG Thomas Girard a démissionné.', 'people', ['Thomas Girard']],
    // an all-caps dateline is a place
    ['MARSEILLE - Les dockers ont repris le travail lundi.', 'places', ['MARSEILLE']],
  ])('%s -> %s %j', (text, kind, expected) => {
    expect(names(text, kind)).toEqual(expected);
  });

  it('keeps an acronym defined after a name as an alias of it', () => {
    const text = "L'Observatoire européen des médias (OEM) publie un rapport. L'OEM alerte sur la désinformation.";
    const orgs = extractEntities(text).organizations;
    const oem = orgs.find((o) => o.mentions.some((m) => m.text === 'OEM'));
    expect(oem?.mentions.filter((m) => m.text === 'OEM')).toHaveLength(2);
    expect(orgs.some((o) => o.name === 'OEM')).toBe(false);
  });

  it('outputs no acronym of a common-noun phrase', () => {
    const text = 'Les plateformes retirent les messages haineux et violents (MHV) en une heure. Les MHV restent nombreux.';
    const r = extractEntities(text);
    const all = [...r.organizations, ...r.people, ...r.places].flatMap((e) => e.mentions.map((m) => m.text));
    expect(all).not.toContain('MHV');
  });

  it('groups the mentions of one person under the fullest name', () => {
    const text = 'Nadia Benali dirige la filiale. Benali a signé hier. Mme Benali repart demain.';
    const people = extractEntities(text).people;
    expect(people.map((p) => p.name)).toEqual(['Nadia Benali']);
    expect(people[0]?.mentions.map((m) => m.text)).toEqual(['Nadia Benali', 'Benali', 'Benali']);
  });

  it('gives every span of the rules reading as B-/I- tags', () => {
    const text = 'La société Acme Widgets recrute.';
    const tokens = tokenize(text);
    const tags = ruleTags(tokens, ruleMentions(text, tokens));
    expect(tags[2]?.startsWith('B-ORG')).toBe(true);
    expect(tags[3]?.startsWith('I-ORG')).toBe(true);
    expect(tags[0]).toBe('');
  });
});

describe('scoring from cached per-word parts', () => {
  afterEach(() => useTaggerModel(undefined));
  const seedDir = new URL('../fixtures/seeds/', import.meta.url);
  const seeds = ['000_db02f81f4d40176f', '001_1e10293603a2d6cb', '002_d957d97b46065a7f', '003_6dc9c2d6638d55dd', '004_cec3a274c3eddf67'].map((n) =>
    readFileSync(new URL(`${n}.txt`, seedDir), 'utf8'),
  );
  const written = [
    'Camille Roux, directrice de la Banque Verte, a rencontré à Lyon le maire.\nLYON. – Le conseil municipal a voté.',
    'Selon M. Bernard, « la société Héliotrope » quitte Paris pour Nantes ; le PDG Jean-Marc Duval confirme.',
    'Fin',
    '',
  ];
  const tagsBoth = (text: string): [number[], number[]] => {
    const m = taggerModel();
    if (!m) throw new Error('no model');
    const tokens = tokenize(text);
    const rules = ruleTags(tokens, ruleMentions(text, tokens));
    const input = taggerInput(text, tokens, rules);
    // twice with the parts path: the second reads parts cached by the first
    const fast = [...m.tag(input)];
    expect([...m.tag(input)]).toEqual(fast);
    const generic = [...m.tag({ ...input, document: undefined })];
    return [fast, generic];
  };
  it.each([...seeds, ...written].map((t, i) => [i, t]))('text %i: same tags as the features sent one by one', (_i, text) => {
    const [fast, generic] = tagsBoth(text as string);
    expect(fast).toEqual(generic);
  });
  it('finds names through the parts path (not a path that tags nothing)', () => {
    const [fast] = tagsBoth(written[0] as string);
    expect(fast.some((t) => t !== 0)).toBe(true);
    expect(fast.filter((t) => t !== 0).length).toBeLessThan(fast.length);
  });
});
