// The learned tagger in the entities stage: from the tokens and the rule stage's reading of a
// text to typed spans. The weights (data/models/entities-tagger.txt) are trained by
// scripts/train-entities.mjs on the WiNER-fr training split and read once, on first use.
import { readFileSync } from 'node:fs';
import { gazetteers } from '../gazetteers.js';
import { lookup } from '../classify.js';
import type { TypedMention } from '../group.js';
import { DOTTED_ORG_SUFFIXES, LEADING_FUNCTION_WORDS, NAME_CONNECTORS } from '../lexicon.js';
import type { Token } from '../tokens.js';
import { activeTokens, contextFeatures, documentFeatures, tokenKey, wordFeatures, wordKey, type RuleTag, type TokenKey, type WordKnowledge } from './features.js';
import { deserialise, TAGS, type TaggerInput, type TaggerModel } from './model.js';

export type SpanType = 'ORG' | 'PER' | 'LOC' | 'MISC';

export interface TaggedSpan {
  start: number;
  end: number;
  /** Token index range, inclusive. */
  first: number;
  last: number;
  type: SpanType;
}

const MODEL_URL = new URL('../../../data/models/entities-tagger.txt', import.meta.url);

let model: TaggerModel | null | undefined;

/** The trained model, read on first use; null when the file is missing (the rules then work alone). */
export function taggerModel(): TaggerModel | null {
  if (model !== undefined) return model;
  try {
    model = deserialise(readFileSync(MODEL_URL, 'utf8'));
  } catch {
    model = null;
  }
  return model;
}

/** Replaces the model (tests, training); undefined goes back to the file. */
export function useTaggerModel(m: TaggerModel | null | undefined): void {
  model = m;
}

/** Index of the first token ending after `offset` (tokens sorted), from `from`. */
function tokenAt(tokens: readonly Token[], offset: number, from: number): number {
  let i = from;
  while (i < tokens.length && (tokens[i] as Token).end <= offset) i++;
  return i;
}

/**
 * The rule stage's tag of every token: "B-ORG/lexicon", "I-PER/cue", "B-none/unknown-single"
 * (a candidate the rules rejected, with the reason), "" outside any candidate.
 */
export function ruleTags(tokens: readonly Token[], mentions: readonly TypedMention[]): RuleTag[] {
  const out: RuleTag[] = new Array<string>(tokens.length).fill('');
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  let i = 0;
  for (const m of sorted) {
    i = tokenAt(tokens, m.start, i);
    const type = m.type ?? 'none';
    const detail = m.type === null ? m.reason : m.evidence;
    for (let k = i; k < tokens.length && (tokens[k] as Token).start < m.end; k++) {
      if (out[k] !== '') continue;
      out[k] = `${k === i ? 'B' : 'I'}-${type}/${detail}`;
    }
  }
  return out;
}

const knowledgeCache = new WeakMap<object, WordKnowledge>();

/** What the gazetteers say of single words, for the features (one object per loaded gazetteers). */
export function wordKnowledge(): WordKnowledge {
  const g = gazetteers();
  let k = knowledgeCache.get(g);
  if (!k) {
    k = {
      isFirstName: (w) => g.firstNames.has(w),
      isCommon: (w) => g.commonWords.has(w),
      isCapitalisedCommon: (w) => g.capitalisedCommon.has(w),
      knownType: (w) => lookup(w),
    };
    knowledgeCache.set(g, k);
  }
  return k;
}

/** Key of every token the tagger does not read (the decoder and training look at `active` only). */
const INACTIVE_KEY: TokenKey = Object.freeze({ shape: '', rule: '', joins: false, active: false });

/** The tagger's input for a text: word keys, constraints, and the features of every token on demand. */
export function taggerInput(text: string, tokens: readonly Token[], rules: readonly RuleTag[], k: WordKnowledge = wordKnowledge()): TaggerInput {
  const keys: TokenKey[] = [];
  const wordKeys: string[] = [];
  const active = activeTokens(tokens, rules);
  const doc = documentFeatures(text, tokens, rules, k);
  for (let i = 0; i < tokens.length; i++) {
    // a token the tagger does not read is outside whatever its key says: no key to build
    if (active[i] !== 1) {
      wordKeys.push('');
      keys.push(INACTIVE_KEY);
      continue;
    }
    wordKeys.push(wordKey(tokens[i] as Token));
    keys.push(tokenKey(text, tokens, i, rules[i] ?? '', true));
  }
  return {
    keys,
    wordKeys,
    wordFeatures: (i) => wordFeatures(tokens[i] as Token, k),
    contextFeatures: (i, sink) => {
      contextFeatures(text, tokens, i, rules, k, sink);
      for (const f of doc[i] as string[]) sink.name(f);
    },
    source: k,
    document: { text, tokens, rules, doc, k },
  };
}

/** Gold BIO tag indices of the tokens, from annotated spans (a token belongs to the span it starts in). */
export function goldTags(tokens: readonly Token[], spans: readonly { start: number; end: number; type: string }[]): number[] {
  const tags = new Array<number>(tokens.length).fill(0);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let i = 0;
  for (const s of sorted) {
    i = tokenAt(tokens, s.start, 0);
    const b = TAGS.indexOf(`B-${s.type}` as (typeof TAGS)[number]);
    if (b < 0) continue;
    for (let k = i; k < tokens.length && (tokens[k] as Token).start < s.end; k++) tags[k] = k === i ? b : b + 1;
  }
  return tags;
}

/** The end of a name's last token, with the dot of an initial or a legal suffix ("D.C.", "Inc."). */
function endWithDot(text: string, t: Token): number {
  if (text.charCodeAt(t.end) === DOT && (t.shape === 'initial' || DOTTED_ORG_SUFFIXES.has(t.lower))) return t.end + 1;
  return t.end;
}
const DOT = 0x2e;

/** A lower-case function word at either end of a span is no part of the name ("de", "du", "la"). */
const isEdgeWord = (t: Token): boolean => t.shape === 'lower' && (NAME_CONNECTORS.has(t.lower) || LEADING_FUNCTION_WORDS.has(t.lower));

/** Spans of a tag sequence (B-X then I-X*), function words trimmed from their ends. */
export function spansOf(text: string, tokens: readonly Token[], tags: ArrayLike<number>): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tag = tags[i] as number;
    if (tag === 0 || (tag & 1) === 0) continue; // O, or an I-X whose B-X was handled
    let last = i;
    while (last + 1 < tokens.length && tags[last + 1] === tag + 1) last++;
    let first = i;
    i = last;
    while (first <= last && isEdgeWord(tokens[first] as Token)) first++;
    while (last >= first && isEdgeWord(tokens[last] as Token)) last--;
    if (first > last) continue;
    const lastTok = tokens[last] as Token;
    out.push({
      start: (tokens[first] as Token).start,
      end: endWithDot(text, lastTok),
      first,
      last,
      type: (TAGS[tag] as string).slice(2) as SpanType,
    });
  }
  return out;
}

/** Tags the tokens of a text with the model; [] without a model. */
export function tagSpans(text: string, tokens: readonly Token[], rules: readonly RuleTag[]): TaggedSpan[] {
  const m = taggerModel();
  if (!m) return [];
  return spansOf(text, tokens, m.tag(taggerInput(text, tokens, rules)));
}
