// An averaged perceptron over BIO tags, decoded greedily left to right (the design of the
// classic perceptron taggers: Collins 2002 for the averaging, Ratnaparkhi-style history
// features). Greedy decoding with a transition constraint (I-X only after B-X or I-X) keeps
// tagging linear and allocation-light; static feature scores are summed once per token.
//
// Training is deterministic: documents are visited in an order drawn from a seeded generator,
// features are numbered in order of first appearance, and ties between tags go to the lowest
// tag index. The same data and options give byte-identical serialised weights.
import { detached } from '../strings.js';
import type { Token } from '../tokens.js';
import { gapSymbol, historyFeatures, PAIR_TEMPLATES, ruleType, SENTENCE_EDGE, StringSink, wordFeatures, wordShape, type FeatureSink, type RuleTag, type TokenKey, type WordKnowledge } from './features.js';
import { ORG_HEADS, PERSON_TITLES, PLACE_HEADS, PLACE_PREPOSITIONS } from '../lexicon.js';
import { mulberry32 } from '../../random.js';

export const TAGS = ['O', 'B-ORG', 'I-ORG', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const NT = TAGS.length;
const O = 0;

/**
 * Whether tag `to` may follow tag `from` at a token: an inside tag continues an entity of its own
 * type, across a joining gap; a token the tagger does not read is outside.
 */
function allowed(from: number, to: number, key: TokenKey): boolean {
  if (to === O) return true;
  if (!key.active) return false;
  if ((to & 1) === 1) return true; // B-* (odd indices) may follow anything
  return key.joins && (from === to || from === to - 1);
}

export interface TaggerInput {
  /** wordKey() of each token: its word features are the same wherever the key is. */
  wordKeys: readonly string[];
  /** The word features of token i (computed on demand: a trained model caches their sum by key). */
  wordFeatures(i: number): readonly string[];
  /** Sends the context features of token i to the sink (only asked for tokens the tagger reads). */
  contextFeatures(i: number, sink: FeatureSink): void;
  /** What the word features were computed with (word lists): the cache holds for one of these at a time. */
  source: object;
  /** Shape, rule tag and constraints of each token (joined with the previous tag in history features). */
  keys: readonly TokenKey[];
  /**
   * What the features are computed from, when the input comes from a text (taggerInput): a
   * trained model then scores the context features from per-word parts cached across tokens and
   * documents (see ContextScorer) instead of calling contextFeatures; the features are the same.
   */
  document?: TaggerDocument;
}

/** A text as the features read it: tokens, the rules' tags, the document-level features, the word lists. */
export interface TaggerDocument {
  text: string;
  tokens: readonly Token[];
  rules: readonly RuleTag[];
  doc: readonly (readonly string[])[];
  k: WordKnowledge;
}

/** Feature rows and weights, as the decoder reads them (a trained model, or weights in training). */
interface WeightTable {
  /** Row of a feature, -1 when it has none; `register` may create one (training). */
  rowOf(feature: string, register: boolean): number;
  weight(row: number, tag: number): number;
}

/** Rows of the history features of one token, by previous tag: t-1=P, t-1s=P|shape, t-1r=P|rule. */
class HistoryRows {
  private readonly prevOnly: Int32Array;
  private readonly byShape = new Map<string, Int32Array>();
  private readonly byRule = new Map<string, Int32Array>();

  constructor(
    private readonly table: WeightTable,
    private readonly register: boolean,
  ) {
    this.prevOnly = this.rows('', (t) => historyFeatures(t, { shape: '', rule: '', joins: true, active: true })[0] as string);
  }

  private rows(_key: string, name: (prevTag: string) => string): Int32Array {
    const out = new Int32Array(NT);
    for (let p = 0; p < NT; p++) out[p] = this.table.rowOf(name(TAGS[p] as string), this.register);
    return out;
  }

  /** By shape, then rule tag: no key string to build per token. */
  private readonly transCache = new Map<string, Map<string, Float64Array>>();

  /**
   * Summed history weights of a token for every (previous tag, tag) pair, NT * NT, cached by
   * shape and rule tag (a few hundred pairs in a corpus). Only for fixed weights: in training the
   * weights move after every document, and the cache is dropped by `forget`.
   */
  transitions(key: TokenKey, table: WeightTable): Float64Array {
    let byRule = this.transCache.get(key.shape);
    if (!byRule) this.transCache.set(key.shape, (byRule = new Map()));
    let t = byRule.get(key.rule);
    if (t) return t;
    t = new Float64Array(NT * NT);
    for (const rows of this.of(key)) {
      for (let p = 0; p < NT; p++) {
        const row = rows[p] as number;
        if (row < 0) continue;
        for (let c = 0; c < NT; c++) t[p * NT + c] = (t[p * NT + c] as number) + table.weight(row, c);
      }
    }
    byRule.set(key.rule, t);
    return t;
  }

  /** Drops the cached transition sums (the weights changed). */
  forget(): void {
    this.transCache.clear();
  }

  /** The three row lists (by previous tag) of a token. */
  of(key: TokenKey): [Int32Array, Int32Array, Int32Array] {
    let s = this.byShape.get(key.shape);
    if (!s) this.byShape.set(key.shape, (s = this.rows(key.shape, (t) => historyFeatures(t, key)[1] as string)));
    let r = this.byRule.get(key.rule);
    if (!r) this.byRule.set(key.rule, (r = this.rows(key.rule, (t) => historyFeatures(t, key)[2] as string)));
    return [this.prevOnly, s, r];
  }
}

/** allowed() for every (from, to) pair of an active token, across a joining gap and across another. */
const allowedTable = (joins: boolean): Uint8Array => {
  const t = new Uint8Array(NT * NT);
  for (let p = 0; p < NT; p++) for (let c = 0; c < NT; c++) t[p * NT + c] = allowed(p, c, { shape: '', rule: '', joins, active: true }) ? 1 : 0;
  return t;
};
const ALLOWED_JOINING = allowedTable(true);
const ALLOWED_APART = allowedTable(false);

let backBuffer = new Uint8Array(0);

/**
 * Best tag sequence under the constraints (Viterbi, first order). `emit` holds the static score of
 * every token and tag (n * NT); the history rows add a score for each (previous tag, tag) pair.
 */
function viterbi(keys: readonly TokenKey[], emit: Float64Array, table: WeightTable, hist: HistoryRows): Uint8Array {
  const n = keys.length;
  const out = new Uint8Array(n);
  if (n === 0) return out;
  // back pointers in a buffer kept between calls: every cell read is written first
  if (backBuffer.length < n * NT) backBuffer = new Uint8Array(Math.max(n * NT, backBuffer.length * 2));
  const back = backBuffer;
  let score = new Float64Array(NT);
  let next = new Float64Array(NT);
  // before the first token, the previous tag is O
  score.fill(-Infinity);
  score[O] = 0;
  for (let i = 0; i < n; i++) {
    const key = keys[i] as TokenKey;
    if (!key.active) {
      // a token not read is outside any name, whatever came before: no transition to weigh
      let arg = O;
      for (let p = 1; p < NT; p++) if ((score[p] as number) > (score[arg] as number)) arg = p;
      // plain loops: nine cells are fewer than a call to fill() costs
      next[O] = score[arg] as number;
      for (let c = 1; c < NT; c++) next[c] = -Infinity;
      for (let c = 0, b = i * NT; c < NT; c++) back[b + c] = arg;
      const tmp = score;
      score = next;
      next = tmp;
      continue;
    }
    const trans = hist.transitions(key, table);
    const allowedPairs = key.joins ? ALLOWED_JOINING : ALLOWED_APART;
    for (let c = 0; c < NT; c++) {
      let best = -Infinity;
      let arg = O;
      // O and B-X follow any tag; I-X only B-X or I-X (allowedPairs): two previous tags to weigh
      const from = c === O || (c & 1) === 1 ? 0 : c - 1;
      const to = c === O || (c & 1) === 1 ? NT - 1 : c;
      for (let p = from; p <= to; p++) {
        const sp = score[p] as number;
        if (sp === -Infinity || (allowedPairs[p * NT + c] as number) === 0) continue;
        const v = sp + (trans[p * NT + c] as number);
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      next[c] = best === -Infinity ? -Infinity : best + (emit[i * NT + c] as number);
      back[i * NT + c] = arg;
    }
    const tmp = score;
    score = next;
    next = tmp;
  }
  let last = O;
  for (let c = 1; c < NT; c++) if ((score[c] as number) > (score[last] as number)) last = c;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = last;
    last = back[i * NT + last] as number;
  }
  return out;
}

/** Weights as loaded for tagging: feature -> row of NT weights in one flat array. */
export class TaggerModel implements WeightTable {
  private hist: HistoryRows | undefined;
  /**
   * The weights in units of their quantum (1/SCALE), as whole numbers: sums of them are exact
   * whatever the order they are added in, so scores can be put together from cached partial sums
   * and still give the same decisions.
   */
  private readonly units: Int32Array;

  constructor(
    readonly index: ReadonlyMap<string, number>,
    readonly weights: Float32Array,
  ) {
    // 32-bit whole numbers: half the memory of doubles, so more of the rows stay in cache
    this.units = new Int32Array(weights.length);
    for (let i = 0; i < weights.length; i++) {
      const u = Math.round((weights[i] as number) * SCALE);
      if (Math.abs(u) >= 2 ** 31) throw new Error('entities tagger: weight out of range');
      this.units[i] = u;
    }
  }

  rowOf(feature: string): number {
    return this.index.get(feature) ?? -1;
  }

  weight(row: number, tag: number): number {
    return this.units[row * NT + tag] as number;
  }

  /** Summed weights of word features, by word key (bounded: cleared when full). */
  private readonly wordCache = new Map<string, Float64Array>();

  private cacheSource: object | undefined;

  private wordScores(input: TaggerInput, i: number): Float64Array {
    const key = input.wordKeys[i] as string;
    let v = this.wordCache.get(key);
    if (v) return v;
    v = new Float64Array(NT);
    this.addAll(input.wordFeatures(i), v, 0);
    if (this.wordCache.size >= WORD_CACHE_MAX) this.wordCache.clear();
    this.wordCache.set(detached(key), v);
    return v;
  }

  private addAll(features: readonly string[], into: Float64Array, offset: number): void {
    const w = this.units;
    for (const f of features) {
      const row = this.index.get(f);
      if (row === undefined) continue;
      const base = row * NT;
      for (let c = 0; c < NT; c++) into[offset + c] = (into[offset + c] as number) + (w[base + c] as number);
    }
  }

  /** The features split into template and value(s), for lookups without building strings. */
  private parts: FeatureParts | undefined;
  private scorer: ContextScorer | undefined;
  private emitBuffer = new Float64Array(0);

  /** Best tag indices for the tokens. */
  tag(input: TaggerInput): Uint8Array {
    const n = input.keys.length;
    // one buffer for every text: both paths write a token's scores before adding to them, and
    // the decoder reads the scores of the tokens it reads only
    if (this.emitBuffer.length < n * NT) this.emitBuffer = new Float64Array(Math.max(n * NT, this.emitBuffer.length * 2));
    const emit = this.emitBuffer;
    this.parts ??= splitFeatures(this.index);
    if (input.source !== this.cacheSource) {
      // word features and cached parts depend on the word lists they were computed with
      this.wordCache.clear();
      this.scorer = undefined;
      this.cacheSource = input.source;
    }
    if (input.document) {
      this.scorer ??= new ContextScorer(this.parts, this.units);
      this.scorer.emissions(input.keys, input.document, emit);
    } else {
      const sink = new ScoreSink(this.parts, this.units, emit);
      for (let i = 0; i < n; i++) {
        if (!(input.keys[i] as TokenKey).active) continue;
        const ws = this.wordScores(input, i);
        for (let c = 0; c < NT; c++) emit[i * NT + c] = ws[c] as number;
        sink.offset = i * NT;
        input.contextFeatures(i, sink);
      }
    }
    this.hist ??= new HistoryRows(this, false);
    return viterbi(input.keys, emit, this, this.hist);
  }
}

interface FeatureParts {
  /** Every feature by its full string (a bare name may hold "=": "gz=B-ORG"). */
  names: ReadonlyMap<string, number>;
  values: ReadonlyMap<string, ReadonlyMap<string, number>>;
  pairs: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, number>>>;
}

function splitFeatures(index: ReadonlyMap<string, number>): FeatureParts {
  const values = new Map<string, Map<string, number>>();
  const pairs = new Map<string, Map<string, Map<string, number>>>();
  for (const [f, row] of index) {
    const eq = f.indexOf('=');
    if (eq < 0) continue;
    const template = f.slice(0, eq);
    const rest = f.slice(eq + 1);
    const bar = PAIR_TEMPLATES.has(template) ? rest.indexOf('|') : -1;
    if (bar < 0) {
      let m = values.get(template);
      if (!m) values.set(template, (m = new Map()));
      m.set(rest, row);
      continue;
    }
    let byA = pairs.get(template);
    if (!byA) pairs.set(template, (byA = new Map()));
    const a = rest.slice(0, bar);
    let byB = byA.get(a);
    if (!byB) byA.set(a, (byB = new Map()));
    byB.set(rest.slice(bar + 1), row);
  }
  return { names: index, values, pairs };
}

/** Adds the weights of the features it is sent to the emission scores at `offset`. */
class ScoreSink implements FeatureSink {
  offset = 0;

  constructor(
    private readonly parts: FeatureParts,
    private readonly weights: Int32Array,
    private readonly emit: Float64Array,
  ) {}

  private add(row: number | undefined): void {
    if (row === undefined) return;
    const w = this.weights;
    const e = this.emit;
    const base = row * NT;
    const o = this.offset;
    for (let c = 0; c < NT; c++) e[o + c] = (e[o + c] as number) + (w[base + c] as number);
  }

  name(feature: string): void {
    this.add(this.parts.names.get(feature));
  }

  value(template: string, value: string): void {
    this.add(this.parts.values.get(template)?.get(value));
  }

  pair(template: string, a: string, b: string): void {
    this.add(this.parts.pairs.get(template)?.get(a)?.get(b));
  }
}

/** What one word contributes wherever it appears, for one model and one set of word lists. */
interface WordEntry {
  lower: string;
  shape: string;
  /** The shape's number (ContextScorer.shapeId), for the numeric keys of shape-joined features. */
  shapeId: number;
  // Summed weights, as offsets into ContextScorer.pool (-1: not summed yet); 0 / 1 by sentence start.
  /** Word features, outside / at the start of a sentence (wordKey's two cases). */
  word0: number;
  word1: number;
  /** As the previous token: w-1, s-1, title-1, orghead-1, placehead-1, placeprep-1, fn-1; by whether the token after starts a sentence. */
  prev0: number;
  prev1: number;
  /** As the next token: w+1, s+1, fn+1; by whether it starts a sentence itself. */
  next0: number;
  next1: number;
  /** Rows of w-2 / w+2 with this word, -1 for none. */
  rowBack2: number;
  rowAhead2: number;
  /** Rows of w-1w with this word first, of ww+1 with this word first. */
  pairAsPrev: ReadonlyMap<string, number> | undefined;
  pairAsWord: ReadonlyMap<string, number> | undefined;
}

const WORD_ENTRIES_MAX = 100_000;
const SPACE = 0x20;

/** What a gap symbol contributes before (g-, g-s) or after (g+, g+s) a token; shape rows cached by shape number. */
interface GapEntry {
  rowBefore: number;
  rowAfter: number;
  byShapeBefore: ReadonlyMap<string, number> | undefined;
  byShapeAfter: ReadonlyMap<string, number> | undefined;
  shapeBefore: number[];
  shapeAfter: number[];
}

/** What a rule tag contributes: r, rt at the token, r-1 after it, r+1 before it, rts by shape number. */
interface RuleEntry {
  rowRule: number;
  rowType: number;
  rowBefore: number;
  rowAfter: number;
  byShape: ReadonlyMap<string, number> | undefined;
  shape: number[];
}
const EMPTY_ROWS: ReadonlyMap<string, number> = new Map();

/**
 * contextFeatures' weights summed from cached parts: what a neighbouring word contributes
 * (w-1, s-1, the cue words before, fn+1 ...) depends on that word alone, so it is summed once per
 * word, and the template maps are looked up once per model. Sends the same features as
 * contextFeatures + the document features (the tagger tests compare the two paths).
 */
class ContextScorer {
  private readonly entries = new Map<string, WordEntry>();
  private readonly v: (t: string) => ReadonlyMap<string, number>;
  private readonly p: (t: string) => ReadonlyMap<string, ReadonlyMap<string, number>>;
  private readonly back2: ReadonlyMap<string, number>;
  private readonly ahead2: ReadonlyMap<string, number>;
  private readonly sss: ReadonlyMap<string, number>;
  private readonly gapBefore: ReadonlyMap<string, number>;
  private readonly gapAfter: ReadonlyMap<string, number>;
  private readonly rule: ReadonlyMap<string, number>;
  private readonly ruleTypeAt: ReadonlyMap<string, number>;
  private readonly ruleBefore: ReadonlyMap<string, number>;
  private readonly ruleAfter: ReadonlyMap<string, number>;
  private readonly prevWord: ReadonlyMap<string, ReadonlyMap<string, number>>;
  private readonly wordNext: ReadonlyMap<string, ReadonlyMap<string, number>>;
  private readonly gapShapeBefore: ReadonlyMap<string, ReadonlyMap<string, number>>;
  private readonly gapShapeAfter: ReadonlyMap<string, ReadonlyMap<string, number>>;
  private readonly ruleShape: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Shapes numbered in order of appearance; the sentence edge is 0. */
  private readonly shapeIds = new Map<string, number>([[SENTENCE_EDGE, 0]]);
  private readonly shapeNames: string[] = [SENTENCE_EDGE];
  /** Row of sss by the three shape numbers (-1: none); the string key is built once per triple. */
  private readonly sssRows = new Map<number, number>();
  /** Gap symbols with their rows (g-, g+) and the rows of g-s / g+s by shape number. */
  private readonly gaps = new Map<string, GapEntry>();
  /** Rule tags with the rows of r, rt, r-1, r+1, and of rts by shape number. */
  private readonly ruleEntries = new Map<RuleTag, RuleEntry>();
  /** Parts of a missing neighbour (first or last token). */
  private readonly noPrev: number;
  private readonly noNext: number;
  /**
   * Every cached sum, NT numbers each, in one array: nine-number typed arrays of their own are
   * stored apart from their objects, and reading them cost a cache miss each.
   */
  private pool = new Float64Array(NT * 4096);
  private used = 0;
  /** Sums that outlive a clearing of the word entries (noPrev, noNext). */
  private readonly reserved: number;

  constructor(
    private readonly parts: FeatureParts,
    private readonly units: Int32Array,
  ) {
    const emptyPairs: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map();
    this.v = (t) => parts.values.get(t) ?? EMPTY_ROWS;
    this.p = (t) => parts.pairs.get(t) ?? emptyPairs;
    this.back2 = this.v('w-2');
    this.ahead2 = this.v('w+2');
    this.sss = this.v('sss');
    this.gapBefore = this.v('g-');
    this.gapAfter = this.v('g+');
    this.rule = this.v('r');
    this.ruleTypeAt = this.v('rt');
    this.ruleBefore = this.v('r-1');
    this.ruleAfter = this.v('r+1');
    this.prevWord = this.p('w-1w');
    this.wordNext = this.p('ww+1');
    this.gapShapeBefore = this.p('g-s');
    this.gapShapeAfter = this.p('g+s');
    this.ruleShape = this.p('rts');
    this.noPrev = this.sum([this.v('w-1').get(SENTENCE_EDGE), this.v('s-1').get(SENTENCE_EDGE)]);
    this.noNext = this.sum([this.v('w+1').get(SENTENCE_EDGE), this.v('s+1').get(SENTENCE_EDGE)]);
    this.reserved = this.used;
  }

  /** Sums the rows into a new place of the pool; returns its offset. */
  private sum(rows: readonly (number | undefined)[]): number {
    if (this.used + NT > this.pool.length) {
      const bigger = new Float64Array(this.pool.length * 2);
      bigger.set(this.pool);
      this.pool = bigger;
    }
    const at = this.used;
    this.used += NT;
    for (const row of rows) addRow(this.units, row, this.pool, at);
    return at;
  }

  private shapeId(shape: string): number {
    let id = this.shapeIds.get(shape);
    if (id === undefined) {
      id = this.shapeNames.length;
      this.shapeIds.set(shape, id);
      this.shapeNames.push(shape);
    }
    return id;
  }

  private sssRow(p: number, s: number, n: number): number {
    // shape numbers stay far below 2^16 (a few hundred shapes in a corpus); the key is exact
    const key = (p * 65536 + s) * 65536 + n;
    let row = this.sssRows.get(key);
    if (row === undefined) {
      const names = this.shapeNames;
      row = this.sss.get(`${names[p] as string}|${names[s] as string}|${names[n] as string}`) ?? -1;
      this.sssRows.set(key, row);
    }
    return row;
  }

  private gap(symbol: string): GapEntry {
    let g = this.gaps.get(symbol);
    if (!g) {
      g = {
        rowBefore: this.gapBefore.get(symbol) ?? -1,
        rowAfter: this.gapAfter.get(symbol) ?? -1,
        byShapeBefore: this.gapShapeBefore.get(symbol),
        byShapeAfter: this.gapShapeAfter.get(symbol),
        shapeBefore: [],
        shapeAfter: [],
      };
      this.gaps.set(symbol, g);
    }
    return g;
  }

  private ruleEntry(r: RuleTag): RuleEntry {
    let e = this.ruleEntries.get(r);
    if (!e) {
      const rt = ruleType(r);
      e = {
        rowRule: this.rule.get(r) ?? -1,
        rowType: this.ruleTypeAt.get(rt) ?? -1,
        rowBefore: this.ruleBefore.get(rt) ?? -1,
        rowAfter: this.ruleAfter.get(rt) ?? -1,
        byShape: this.ruleShape.get(rt),
        shape: [],
      };
      this.ruleEntries.set(r, e);
    }
    return e;
  }

  /** Row of a shape-joined feature from its cache by shape number (-1: none). */
  private byShape(cache: number[], rows: ReadonlyMap<string, number> | undefined, shapeId: number): number {
    let row = cache[shapeId];
    if (row === undefined) {
      row = rows?.get(this.shapeNames[shapeId] as string) ?? -1;
      cache[shapeId] = row;
    }
    return row;
  }

  private entry(t: Token): WordEntry {
    let e = this.entries.get(t.text);
    if (e) return e;
    const lower = detached(t.lower);
    const shape = detached(wordShape(t.text));
    e = {
      lower,
      shape,
      shapeId: this.shapeId(shape),
      word0: -1,
      word1: -1,
      prev0: -1,
      prev1: -1,
      next0: -1,
      next1: -1,
      rowBack2: this.back2.get(lower) ?? -1,
      rowAhead2: this.ahead2.get(lower) ?? -1,
      pairAsPrev: this.prevWord.get(lower),
      pairAsWord: this.wordNext.get(lower),
    };
    this.entries.set(detached(t.text), e);
    return e;
  }

  private wordScores(e: WordEntry, t: Token, k: WordKnowledge): number {
    let v = t.sentenceStart ? e.word1 : e.word0;
    if (v < 0) {
      const names = this.parts.names;
      v = this.sum(wordFeatures(t, k).map((f) => names.get(f)));
      if (t.sentenceStart) e.word1 = v;
      else e.word0 = v;
    }
    return v;
  }

  private asPrev(e: WordEntry, prev: Token, beforeSentenceStart: boolean, k: WordKnowledge): number {
    let v = beforeSentenceStart ? e.prev1 : e.prev0;
    if (v < 0) {
      const names = this.parts.names;
      const l = prev.lower;
      v = this.sum([
        this.v('w-1').get(beforeSentenceStart ? SENTENCE_EDGE : l),
        this.v('s-1').get(e.shape),
        PERSON_TITLES.has(l) ? names.get('title-1') : undefined,
        ORG_HEADS.has(l) ? names.get('orghead-1') : undefined,
        PLACE_HEADS.has(l) ? names.get('placehead-1') : undefined,
        PLACE_PREPOSITIONS.has(l) ? names.get('placeprep-1') : undefined,
        prev.shape !== 'lower' && k.isFirstName(prev.text) ? names.get('fn-1') : undefined,
      ]);
      if (beforeSentenceStart) e.prev1 = v;
      else e.prev0 = v;
    }
    return v;
  }

  private asNext(e: WordEntry, next: Token, k: WordKnowledge): number {
    let v = next.sentenceStart ? e.next1 : e.next0;
    if (v < 0) {
      v = this.sum([
        this.v('w+1').get(next.sentenceStart ? SENTENCE_EDGE : next.lower),
        this.v('s+1').get(e.shape),
        next.shape !== 'lower' && k.isFirstName(next.text) ? this.parts.names.get('fn+1') : undefined,
      ]);
      if (next.sentenceStart) e.next1 = v;
      else e.next0 = v;
    }
    return v;
  }

  /** Static scores (word and context features) of every token the tagger reads, into `emit`. */
  emissions(keys: readonly TokenKey[], d: TaggerDocument, emit: Float64Array): void {
    const { text, tokens, rules, doc, k } = d;
    // bounded memory: cleared between texts only, as the entries of this text point into the pool
    if (this.entries.size >= WORD_ENTRIES_MAX) {
      this.entries.clear();
      this.used = this.reserved;
    }
    const units = this.units;
    const names = this.parts.names;
    const n = keys.length;
    const entries = new Array<WordEntry | undefined>(n);
    // a single space (gapSymbol "_") is most gaps
    const spaceGap = this.gap('_');
    const edgeGap = this.gap(SENTENCE_EDGE);
    // most tokens are in no rule candidate
    const noRule = this.ruleEntry('');
    const at = (j: number): WordEntry => (entries[j] ??= this.entry(tokens[j] as Token));
    for (let i = 0; i < n; i++) {
      if (!(keys[i] as TokenKey).active) continue;
      const o = i * NT;
      const t = tokens[i] as Token;
      const prev = tokens[i - 1];
      const prev2 = tokens[i - 2];
      const next = tokens[i + 1];
      const next2 = tokens[i + 2];
      const e = at(i);
      // emit is zero here: the three per-word parts are written in one pass
      const ws = this.wordScores(e, t, k);
      const ps = prev ? this.asPrev(at(i - 1), prev, t.sentenceStart, k) : this.noPrev;
      const ns = next ? this.asNext(at(i + 1), next, k) : this.noNext;
      const pool = this.pool; // after the sums above, which may have grown it
      for (let c = 0; c < NT; c++) emit[o + c] = (pool[ws + c] as number) + (pool[ps + c] as number) + (pool[ns + c] as number);
      addRow(units, prev2 && prev && !prev.sentenceStart && !t.sentenceStart ? at(i - 2).rowBack2 : this.back2.get(SENTENCE_EDGE), emit, o);
      addRow(units, next2 && !next2.sentenceStart && next && !next.sentenceStart ? at(i + 2).rowAhead2 : this.ahead2.get(SENTENCE_EDGE), emit, o);
      const afterWord = prev && !t.sentenceStart ? at(i - 1).pairAsPrev : this.prevWord.get(SENTENCE_EDGE);
      addRow(units, afterWord?.get(e.lower), emit, o);
      addRow(units, e.pairAsWord?.get(next && !next.sentenceStart ? next.lower : SENTENCE_EDGE), emit, o);
      const shape = e.shapeId;
      addRow(units, this.sssRow(prev ? at(i - 1).shapeId : 0, shape, next ? at(i + 1).shapeId : 0), emit, o);
      const before = prev ? (prev.end + 1 === t.start && text.charCodeAt(prev.end) === SPACE ? spaceGap : this.gap(gapSymbol(text, prev.end, t.start))) : edgeGap;
      const after = next ? (t.end + 1 === next.start && text.charCodeAt(t.end) === SPACE ? spaceGap : this.gap(gapSymbol(text, t.end, next.start))) : edgeGap;
      addRow(units, before.rowBefore, emit, o);
      addRow(units, after.rowAfter, emit, o);
      addRow(units, this.byShape(before.shapeBefore, before.byShapeBefore, shape), emit, o);
      addRow(units, this.byShape(after.shapeAfter, after.byShapeAfter, shape), emit, o);
      const ruleTag = rules[i] ?? '';
      const rule = ruleTag === '' ? noRule : this.ruleEntry(ruleTag);
      addRow(units, rule.rowRule, emit, o);
      addRow(units, rule.rowType, emit, o);
      const ruleBefore = rules[i - 1] ?? '';
      const ruleAfter = rules[i + 1] ?? '';
      addRow(units, (ruleBefore === '' ? noRule : this.ruleEntry(ruleBefore)).rowBefore, emit, o);
      addRow(units, (ruleAfter === '' ? noRule : this.ruleEntry(ruleAfter)).rowAfter, emit, o);
      addRow(units, this.byShape(rule.shape, rule.byShape, shape), emit, o);
      for (const f of doc[i] as readonly string[]) addRow(units, names.get(f), emit, o);
    }
  }
}

function addRow(units: Int32Array, row: number | undefined, into: Float64Array, o: number): void {
  if (row === undefined || row < 0) return;
  const base = row * NT;
  for (let c = 0; c < NT; c++) into[o + c] = (into[o + c] as number) + (units[base + c] as number);
}


export interface TrainingDoc {
  /** Every static feature (word and context) of each token the tagger reads; [] for the others. */
  features: readonly (readonly string[])[];
  keys: readonly TokenKey[];
  /** Gold tag index of each token. */
  tags: readonly number[];
}

/** A training example from a tagger input and its gold tags: the features as strings. */
export function trainingDoc(input: TaggerInput, tags: readonly number[]): TrainingDoc {
  const features = input.keys.map((key, i) => {
    if (!key.active) return [];
    const sink = new StringSink();
    for (const f of input.wordFeatures(i)) sink.out.push(f);
    input.contextFeatures(i, sink);
    return sink.out;
  });
  return { features, keys: input.keys, tags };
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in the training data are left out of the model. */
  minCount: number;
  /** Averaged weights smaller than this in absolute value are dropped. */
  minWeight: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 12, seed: 20240601, minCount: 5, minWeight: 0.0001 };

/** Growable parameter storage of the averaged perceptron. */
class Params {
  index = new Map<string, number>();
  names: string[] = [];
  counts: number[] = [];
  w: number[] = [];
  total: number[] = [];
  stamp: number[] = [];

  id(f: string): number {
    let r = this.index.get(f);
    if (r === undefined) {
      r = this.names.length;
      this.index.set(f, r);
      this.names.push(f);
      this.counts.push(0);
      for (let c = 0; c < NT; c++) {
        this.w.push(0);
        this.total.push(0);
        this.stamp.push(0);
      }
    }
    return r;
  }

  update(row: number, c: number, delta: number, now: number): void {
    const k = row * NT + c;
    this.total[k] = (this.total[k] as number) + (now - (this.stamp[k] as number)) * (this.w[k] as number);
    this.stamp[k] = now;
    this.w[k] = (this.w[k] as number) + delta;
  }
}

/** Trains the tagger; returns the averaged, pruned model. */
export function train(docs: readonly TrainingDoc[], options: Partial<TrainOptions> = {}): TaggerModel {
  const opts = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const p = new Params();
  // static features as row numbers, numbered in document order
  // Rare features are left out of training, not only of the model: otherwise the perceptron
  // fixes its training errors by memorising one-off words and under-trains the features that
  // carry to new text (shapes, contexts, word lists, the rules' reading).
  const counts = new Map<string, number>();
  const all = docs.map((d) => d.features);
  for (const doc of all) for (const fs of doc) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const rows: Int32Array[][] = all.map((doc) =>
    doc.map((fs) => {
      const kept = fs.filter((f) => (counts.get(f) as number) >= opts.minCount);
      const r = new Int32Array(kept.length);
      kept.forEach((f, j) => {
        const id = p.id(f);
        r[j] = id;
        p.counts[id] = counts.get(f) as number;
      });
      return r;
    }),
  );
  const table: WeightTable = {
    rowOf: (f, register) => (register ? p.id(f) : (p.index.get(f) ?? -1)),
    weight: (row, c) => p.w[row * NT + c] as number,
  };
  const hist = new HistoryRows(table, true);
  const rand = mulberry32(opts.seed);
  const order = docs.map((_, i) => i);
  let now = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    // Fisher-Yates with the seeded generator
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const tmp = order[i] as number;
      order[i] = order[j] as number;
      order[j] = tmp;
    }
    for (const di of order) {
      const d = docs[di] as TrainingDoc;
      const drows = rows[di] as Int32Array[];
      const n = drows.length;
      now++;
      const emit = new Float64Array(n * NT);
      for (let i = 0; i < n; i++) {
        for (const r of drows[i] as Int32Array) {
          const base = r * NT;
          for (let c = 0; c < NT; c++) emit[i * NT + c] = (emit[i * NT + c] as number) + (p.w[base + c] as number);
        }
      }
      hist.forget();
      const guess = viterbi(d.keys, emit, table, hist);
      // the structured perceptron's update: gold features up, guessed features down, where they differ
      let prevGold = O;
      let prevGuess = O;
      for (let i = 0; i < n; i++) {
        const key = d.keys[i] as TokenKey;
        let gold = d.tags[i] as number;
        // a gold name going on across a comma or a full stop cannot be tagged so: it starts anew;
        // on a token the tagger does not read, it cannot be tagged at all
        if (gold !== O && (gold & 1) === 0 && !(key.joins && (prevGold === gold || prevGold === gold - 1))) gold--;
        if (!key.active) gold = O;
        const g = guess[i] as number;
        if (g !== gold) {
          for (const r of drows[i] as Int32Array) {
            p.update(r, gold, 1, now);
            p.update(r, g, -1, now);
          }
        }
        if (key.active && (g !== gold || prevGuess !== prevGold)) {
          for (const rs of hist.of(key)) {
            p.update(rs[prevGold] as number, gold, 1, now);
            p.update(rs[prevGuess] as number, g, -1, now);
          }
        }
        prevGold = gold;
        prevGuess = g;
      }
    }
  }
  // average and prune
  const index = new Map<string, number>();
  const kept: number[] = [];
  const isHistory = (f: string): boolean => f.startsWith('t-');
  for (let r = 0; r < p.names.length; r++) {
    const name = p.names[r] as string;
    if (!isHistory(name) && (p.counts[r] as number) < opts.minCount) continue;
    let any = false;
    const avg: number[] = [];
    for (let c = 0; c < NT; c++) {
      const k = r * NT + c;
      const total = (p.total[k] as number) + (now - (p.stamp[k] as number)) * (p.w[k] as number);
      const a = quantise(total / now);
      if (Math.abs(a) < opts.minWeight) avg.push(0);
      else {
        avg.push(a);
        any = true;
      }
    }
    if (!any) continue;
    index.set(name, index.size);
    kept.push(...avg);
  }
  return new TaggerModel(index, Float32Array.from(kept));
}

/**
 * The mean of several models' weights (a feature missing from a model weighs 0 there). Models
 * trained on the same data in different orders disagree where the data say little; their mean
 * varies less from one order to another than any of them. Features in order of first
 * appearance, model by model, so the result is as deterministic as its parts.
 */
export function averageModels(models: readonly TaggerModel[]): TaggerModel {
  const index = new Map<string, number>();
  for (const m of models) for (const name of m.index.keys()) if (!index.has(name)) index.set(name, index.size);
  const sum = new Float64Array(index.size * NT);
  for (const m of models) {
    for (const [name, row] of m.index) {
      const to = (index.get(name) as number) * NT;
      for (let c = 0; c < NT; c++) sum[to + c] = (sum[to + c] as number) + (m.weights[row * NT + c] as number);
    }
  }
  const weights = new Float32Array(sum.length);
  for (let i = 0; i < sum.length; i++) weights[i] = quantise((sum[i] as number) / models.length);
  return new TaggerModel(index, weights);
}

/** Weights are stored with two decimals: enough for the decisions, and a small file. */
const SCALE = 10000;
function quantise(x: number): number {
  return Math.round(x * SCALE) / SCALE;
}

const HEADER = '#entities-tagger v1';
const WORD_CACHE_MAX = 100_000;

/**
 * The model as text: a header line naming the tags, then one line per feature,
 * `feature<TAB>tag:weight tag:weight` (weights in hundredths, zero weights left out).
 */
export function serialise(model: TaggerModel): string {
  const lines = [`${HEADER}\t${TAGS.join(',')}`];
  for (const [name, row] of model.index) {
    const parts: string[] = [];
    for (let c = 0; c < NT; c++) {
      const v = Math.round((model.weights[row * NT + c] as number) * SCALE);
      if (v !== 0) parts.push(`${c}:${v}`);
    }
    lines.push(`${name}\t${parts.join(' ')}`);
  }
  return lines.join('\n') + '\n';
}

/** Reads a serialised model; throws on a file of another format. */
export function deserialise(raw: string): TaggerModel {
  const lines = raw.split('\n');
  const header = lines[0] ?? '';
  if (header !== `${HEADER}\t${TAGS.join(',')}`) throw new Error('entities tagger: unknown model format');
  const index = new Map<string, number>();
  const weights = new Float32Array((lines.length - 1) * NT);
  for (let li = 1; li < lines.length; li++) {
    const line = lines[li] as string;
    if (line.length === 0) continue;
    const tab = line.lastIndexOf('\t');
    const row = index.size;
    index.set(line.slice(0, tab), row);
    let pos = tab + 1;
    while (pos < line.length) {
      let sp = line.indexOf(' ', pos);
      if (sp < 0) sp = line.length;
      const colon = line.indexOf(':', pos);
      const c = line.charCodeAt(pos) - 48;
      weights[row * NT + c] = Number(line.slice(colon + 1, sp)) / SCALE;
      pos = sp + 1;
    }
  }
  return new TaggerModel(index, weights.subarray(0, index.size * NT));
}
