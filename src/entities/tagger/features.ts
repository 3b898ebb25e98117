// Features of the entity tagger: strings naming what is true of a token and its neighbourhood.
// Each feature is meant to carry to unseen text: the word's form and shape, its affixes, its
// neighbours, its place in the sentence, word-list membership, and what the rule stage made of
// it. The tagger learns one weight per feature and tag.
import { DEMONYM_ENDING, ORG_HEADS, PERSON_TITLES, PLACE_HEADS, PLACE_PREPOSITIONS } from '../lexicon.js';
import { detached } from '../strings.js';
import type { Token } from '../tokens.js';

/** What the gazetteers say of one word, as asked by the features (injected, so tests need no files). */
export interface WordKnowledge {
  isFirstName(word: string): boolean;
  isCommon(lower: string): boolean;
  isCapitalisedCommon(lower: string): boolean;
  /** Known type of a one-word name ("France" -> LOC), if any. */
  knownType(word: string): string | undefined;
}

/**
 * Where features go. A feature is a bare name ("title-1"), a template with a value ("w-1=le",
 * written `template=value`), or a template with two values ("w-1w=le|monde"). Training collects
 * the strings; tagging looks the parts up without building them (see TaggerModel).
 */
export interface FeatureSink {
  name(feature: string): void;
  value(template: string, value: string): void;
  pair(template: string, a: string, b: string): void;
}

/** Collects features as strings. */
export class StringSink implements FeatureSink {
  readonly out: string[] = [];
  name(feature: string): void {
    this.out.push(feature);
  }
  value(template: string, value: string): void {
    this.out.push(`${template}=${value}`);
  }
  pair(template: string, a: string, b: string): void {
    this.out.push(`${template}=${a}|${b}`);
  }
}

/** Templates written with pair(): their value splits at the first "|" (no word, shape, rule tag or gap symbol holds one). */
export const PAIR_TEMPLATES: ReadonlySet<string> = new Set(['w-1w', 'ww+1', 'g-s', 'g+s', 'rts']);

/** Longest name of a word list looked for, in tokens. */
const MAX_LIST_NAME = 6;
const CONNECTOR_WORDS: ReadonlySet<string> = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'l', 'les', 'et', 'of', 'the', 'and', 'for', 'sur', 'en']);

const isCap = (t: Token): boolean => t.shape !== 'lower' && t.shape !== 'other';

/**
 * Features that look beyond the token's neighbours, computed once per text:
 *  - the longest known name (word lists) starting at a capitalised token, as B-/I- of its type;
 *  - whether the word is written in lower case elsewhere in the text (a common word), or with a
 *    capital in mid-sentence elsewhere (a name);
 *  - the types the rules gave the same word elsewhere in the text (one sense per document);
 *  - the noun a capitalised word depends on across "de", "de la" (governingNoun).
 */
export function documentFeatures(text: string, tokens: readonly Token[], rules: readonly RuleTag[], k: WordKnowledge): string[][] {
  // most tokens get no document feature: they share one empty list
  const out: string[][] = new Array<string[]>(tokens.length).fill(NO_FEATURES);
  const featuresOf = (i: number): string[] => {
    let f = out[i] as string[];
    if (f === NO_FEATURES) out[i] = f = [];
    return f;
  };
  const lowerSeen = new Set<string>();
  const midCap = new Set<string>();
  const ruleTypes = new Map<string, Set<string>>();
  // only the lower-case forms of capitalised words are asked about: collect those, then which
  // of them occur in lower case (a small set, instead of every lower-case word of the text)
  const capLowers = new Set<string>();
  for (const t of tokens) if (isCap(t)) capLowers.add(t.lower);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.shape === 'lower') {
      if (capLowers.has(t.lower)) lowerSeen.add(t.lower);
      continue;
    }
    if (!isCap(t)) continue;
    if (!t.sentenceStart) midCap.add(t.text);
    const r = rules[i] ?? '';
    if (r !== '') {
      const type = ruleType(r).slice(2);
      const set = ruleTypes.get(t.text);
      if (set) set.add(type);
      else ruleTypes.set(t.text, new Set([type]));
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isCap(t)) continue;
    const f = featuresOf(i);
    const head = governingNoun(tokens, i);
    if (head !== undefined) f.push(`hw=${head}`);
    if (lowerSeen.has(t.lower)) f.push('doc-lower');
    if (midCap.has(t.text)) f.push(t.sentenceStart ? 'doc-midcap-elsewhere' : 'doc-midcap');
    const types = ruleTypes.get(t.text);
    if (types) for (const type of [...types].sort()) f.push(`doc-r=${type}`);
    // longest known name from here: only over capitalised words and connectors, on one line
    let bestEnd = -1;
    let bestType = '';
    for (let j = i, n = 0; j < tokens.length && n < MAX_LIST_NAME; j++, n++) {
      const u = tokens[j] as Token;
      if (j > i && hasLineBreak(text, (tokens[j - 1] as Token).end, u.start)) break;
      if (!isCap(u)) {
        if (u.shape === 'lower' && CONNECTOR_WORDS.has(u.lower)) continue;
        break;
      }
      // one word: its token's own string, whose hash is already known to the maps
      const type = k.knownType(j === i ? t.text : text.slice(t.start, u.end));
      if (type) {
        bestEnd = j;
        bestType = type;
      }
    }
    if (bestEnd >= i) {
      f.push(`gz=B-${bestType}`);
      for (let j = i + 1; j <= bestEnd; j++) featuresOf(j).push(`gz=I-${bestType}`);
      if (bestEnd > i) f.push(`gzlen=${Math.min(bestEnd - i + 1, 4)}`);
    }
  }
  return out;
}

const NO_FEATURES: string[] = [];

/** How far back, in tokens, the noun a name depends on is looked for. */
const GOVERNOR_REACH = 4;

/**
 * The lower-case noun a name depends on across "de", "de la", "des": "ministre" for "ministre de
 * l'Intérieur", "ville" for "ville de Hilla", "président" for "président du Sénat". The
 * neighbouring-word features see only the connectors there. Undefined when no connector comes
 * right before the name, or the sentence starts first.
 */
export function governingNoun(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (t.sentenceStart || !prev || prev.shape !== 'lower' || !CONNECTOR_WORDS.has(prev.lower)) return undefined;
  for (let j = i - 2; j >= 0 && j >= i - GOVERNOR_REACH; j--) {
    const u = tokens[j] as Token;
    if (u.shape !== 'lower' || (tokens[j + 1] as Token).sentenceStart) return undefined;
    if (!CONNECTOR_WORDS.has(u.lower)) return u.lower;
  }
  return undefined;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
}

/** The rule stage's reading of one token: "B-ORG/lexicon", "I-PER/cue", "B-none/unknown-single", or "" for none. */
export type RuleTag = string;

const DIGIT = /\p{N}/u;
const LOWER_RUN = /\p{Ll}+/gu;
const UPPER_RUN = /\p{Lu}+/gu;
const DIGIT_RUN = /\p{N}+/gu;

/** Word shape with runs collapsed: "Telegram" -> "Xx", "JAKARTA" -> "X", "Jean-Pierre" -> "Xx-Xx", "2016" -> "d". */
export function wordShape(word: string): string {
  // ASCII lower-case fast path: the most common token
  const c0 = word.charCodeAt(0);
  if (c0 >= 97 && c0 <= 122) {
    let plain = true;
    for (let i = 1; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (!(c >= 97 && c <= 122)) {
        plain = false;
        break;
      }
    }
    if (plain) return 'x';
  }
  const ascii = asciiShape(word);
  if (ascii !== undefined) return ascii;
  let shape = shapeCache.get(word);
  if (shape === undefined) {
    shape = word.replace(UPPER_RUN, 'X').replace(LOWER_RUN, 'x').replace(DIGIT_RUN, 'd');
    if (shapeCache.size >= SHAPE_CACHE_MAX) shapeCache.clear();
    shape = detached(shape);
    shapeCache.set(detached(word), shape);
  }
  return shape;
}
/**
 * wordShape of an ASCII word by one scan (undefined for any other): letter and digit runs
 * collapse to X, x, d and other characters stay, as the three replacements do.
 */
function asciiShape(word: string): string | undefined {
  let out = '';
  let last = 0; // 1 upper, 2 lower, 3 digit, 0 other
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127) return undefined;
    const cls = c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : c >= 48 && c <= 57 ? 3 : 0;
    if (cls === 0) out += word[i] as string;
    else if (cls !== last) out += cls === 1 ? 'X' : cls === 2 ? 'x' : 'd';
    last = cls;
  }
  return out;
}

/** Shapes of recent words: names recur, and the three replacements are the costly part. */
const shapeCache = new Map<string, string>();
const SHAPE_CACHE_MAX = 50_000;

/** Punctuation between two tokens, spaces squeezed out, a line break as "¶": "", "_" (a space), ",", "(", "'", "¶", ".". */
export function gapSymbol(text: string, from: number, to: number): string {
  if (to - from === 1 && text.charCodeAt(from) === 0x20) return '_';
  if (to === from) return '';
  let out = '';
  for (let i = from; i < to && out.length < 3; i++) {
    const ch = text[i] as string;
    if (ch === ' ' || ch === '\u00a0' || ch === '\t' || ch === '\u202f') continue;
    // line breaks become a visible mark so that a feature never holds a line break (model file)
    // and a "|" becomes "¦": pair features split at "|"
    out += ch === '\n' || ch === '\r' ? '¶' : ch === '’' ? "'" : ch === '\t' ? '_' : ch === '|' ? '¦' : ch;
  }
  return out === '' ? '_' : out;
}

export const SENTENCE_EDGE = '<s>';

/** Key of the word-level features of a token: they depend on its text and sentence position only. */
export function wordKey(t: Token): string {
  return (t.sentenceStart ? '1' : '0') + t.text;
}

/** Features of the token itself: form, shape, affixes, word lists. Same for every occurrence of wordKey(t). */
export function wordFeatures(t: Token, k: WordKnowledge): string[] {
  const w = t.lower;
  const shape = wordShape(t.text);
  const sStart = t.sentenceStart ? '1' : '0';
  const f: string[] = ['b', `w=${w}`, `s=${shape}`, `ss=${sStart}${shape}`, `p3=${w.slice(0, 3)}`, `s2=${w.slice(-2)}`, `s3=${w.slice(-3)}`, `s4=${w.slice(-4)}`];
  if (shape !== 'x') {
    f.push(`W=${t.text}`);
    if (k.isFirstName(t.text)) f.push('fn');
    if (k.isCommon(w)) f.push(`cw${sStart}`);
    if (k.isCapitalisedCommon(w)) f.push('cc');
    const known = k.knownType(t.text);
    if (known) f.push(`kt=${known}`);
    if (DEMONYM_ENDING.test(w)) f.push('dem');
    if (DIGIT.test(w)) f.push('dig');
  }
  if (ORG_HEADS.has(w)) f.push('orghead');
  if (PLACE_HEADS.has(w)) f.push('placehead');
  return f;
}

/**
 * Features of token i in its context: neighbouring words and shapes, the punctuation around it,
 * cue words before it, and the rule stage's reading (`rules[i]`).
 */
export function contextFeatures(text: string, tokens: readonly Token[], i: number, rules: readonly RuleTag[], k: WordKnowledge, out: FeatureSink): void {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  const next = tokens[i + 1];
  const next2 = tokens[i + 2];
  const w = t.lower;
  const shape = wordShape(t.text);
  const pw = prev && !t.sentenceStart ? prev.lower : SENTENCE_EDGE;
  const nw = next && !next.sentenceStart ? next.lower : SENTENCE_EDGE;
  const pShape = prev ? wordShape(prev.text) : SENTENCE_EDGE;
  const nShape = next ? wordShape(next.text) : SENTENCE_EDGE;
  const gapBefore = prev ? gapSymbol(text, prev.end, t.start) : SENTENCE_EDGE;
  const gapAfter = next ? gapSymbol(text, t.end, next.start) : SENTENCE_EDGE;
  out.value('w-1', pw);
  out.value('w+1', nw);
  out.value('w-2', prev2 && prev && !prev.sentenceStart && !t.sentenceStart ? prev2.lower : SENTENCE_EDGE);
  out.value('w+2', next2 && !next2.sentenceStart && next && !next.sentenceStart ? next2.lower : SENTENCE_EDGE);
  out.pair('w-1w', pw, w);
  out.pair('ww+1', w, nw);
  out.value('s-1', pShape);
  out.value('s+1', nShape);
  out.value('sss', `${pShape}|${shape}|${nShape}`);
  out.value('g-', gapBefore);
  out.value('g+', gapAfter);
  out.pair('g-s', gapBefore, shape);
  out.pair('g+s', gapAfter, shape);
  if (prev) {
    if (PERSON_TITLES.has(prev.lower)) out.name('title-1');
    if (ORG_HEADS.has(prev.lower)) out.name('orghead-1');
    if (PLACE_HEADS.has(prev.lower)) out.name('placehead-1');
    if (PLACE_PREPOSITIONS.has(prev.lower)) out.name('placeprep-1');
    if (prev.shape !== 'lower' && k.isFirstName(prev.text)) out.name('fn-1');
  }
  if (next && next.shape !== 'lower' && k.isFirstName(next.text)) out.name('fn+1');
  const r = rules[i] ?? '';
  const rt = ruleType(r);
  out.value('r', r);
  out.value('rt', rt);
  out.value('r-1', ruleType(rules[i - 1] ?? ''));
  out.value('r+1', ruleType(rules[i + 1] ?? ''));
  out.pair('rts', rt, shape);
}

/** contextFeatures as strings (training, tests). */
export function contextFeatureStrings(text: string, tokens: readonly Token[], i: number, rules: readonly RuleTag[], k: WordKnowledge): string[] {
  const sink = new StringSink();
  contextFeatures(text, tokens, i, rules, k, sink);
  return sink.out;
}

/**
 * Tokens the tagger reads: capitalised words, their neighbours, and the tokens the rules took
 * into a candidate. Elsewhere a token is outside any name. In the WiNER-fr training split this
 * reads 32% of the tokens and leaves out a token of 3.3% of the annotated names (mostly
 * lower-case ones: "sénat", "gilets jaunes", long tails); on winer-dev it scored as well as
 * reading two neighbours each side (51% of the tokens), at 1.3x the speed.
 */
export function activeTokens(tokens: readonly Token[], rules: readonly RuleTag[]): Uint8Array {
  const n = tokens.length;
  const active = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if ((rules[i] ?? '') !== '') active[i] = 1;
    if (!isCap(tokens[i] as Token)) continue;
    const to = Math.min(n - 1, i + ACTIVE_REACH);
    for (let j = Math.max(0, i - ACTIVE_REACH); j <= to; j++) active[j] = 1;
  }
  return active;
}
const ACTIVE_REACH = 1;

/** "B-ORG/lexicon/known" -> "B-ORG": the position and type without the evidence. */
export function ruleType(r: RuleTag): string {
  const slash = r.indexOf('/');
  return slash < 0 ? r : r.slice(0, slash);
}

/** Features of a token joined with the tag before it (the transitions of the decoder). */
export function historyFeatures(prevTag: string, key: TokenKey): [string, string, string] {
  return [`t-1=${prevTag}`, `t-1s=${prevTag}|${key.shape}`, `t-1r=${prevTag}|${key.rule}`];
}

/** What the history features join with the previous tags: the token's shape and rule tag. */
export interface TokenKey {
  shape: string;
  rule: string;
  /** Whether the token may continue a name begun before it (see JOINING_GAPS). */
  joins: boolean;
  /** Whether the tagger reads the token at all (see activeTokens); if not, it is outside any name. */
  active: boolean;
}

/**
 * Gaps that may sit between two words of one name: a space, an apostrophe ("Côte d'Ivoire"), an
 * ampersand, a hyphen. In the WiNER-fr training split these hold all but a few dozen of the
 * 6,000 inner gaps of the annotated names, while commas, brackets and full stops almost never do.
 */
const JOINING_GAPS: ReadonlySet<string> = new Set(['_', "'", '&', '-', '']);

export function tokenKey(text: string, tokens: readonly Token[], i: number, rule: RuleTag, active = true): TokenKey {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  let joins = false;
  if (prev) {
    const gap = gapSymbol(text, prev.end, t.start);
    // a dot joins only after an initial or an abbreviation: "J. K. Rowling", "St. Louis"
    joins = JOINING_GAPS.has(gap) || (gap === '.' && (prev.shape === 'initial' || prev.text.length <= 3) && !t.sentenceStart);
  }
  return { shape: wordShape(t.text), rule: ruleType(rule), joins, active };
}
