// Document-level refiners: one type per name, surnames and short forms joined to the full name,
// aliases (acronyms, tickers) joined to what they stand for, then one Entity per group.
import type { Entity } from '../types.js';
import { EVIDENCE_RANK, WEAK_REJECTIONS, type Evidence } from './classify.js';
import { nameKey } from './gazetteers.js';
import { detached } from './strings.js';
import { ORG_HEADS, STATE_FORMS } from './lexicon.js';

export type FinalType = 'ORG' | 'PER' | 'LOC';

export interface TypedMention {
  start: number;
  end: number;
  text: string;
  type: FinalType | null;
  evidence: Evidence;
  reason: string;
  /** Lower-case, accent-free words of the mention. */
  words: string[];
  /** Index (in the mention list) of the mention this one is an alias of. */
  aliasOf?: number;
  /** Name the entity should carry, when the mention resolves to another ("Gazouillement (TWTR)" -> Twitter). */
  canonical?: string;
}

const WORD_SPLIT = /[ \u00a0]+/u;


/**
 * The words of a name, shared by every mention of it: callers only read them. Names recur within
 * and across documents, and the split was a tenth of the rule stage's time.
 */
export function wordsOf(text: string): string[] {
  let words = wordsCache.get(text);
  if (words === undefined) {
    words = nameKey(text).split(WORD_SPLIT).filter((w) => w.length > 0);
    if (wordsCache.size >= WORDS_CACHE_MAX) wordsCache.clear();
    wordsCache.set(detached(text), words.map(detached));
  }
  return words;
}
const wordsCache = new Map<string, string[]>();
const WORDS_CACHE_MAX = 50_000;

/**
 * One type per name in a document: the type backed by the strongest evidence wins for every
 * mention of the same name backed by weaker evidence ("Parler" after "le réseau social" makes
 * the other "Parler" organisations too).
 */
export function unifyTypes(ms: TypedMention[]): void {
  const best = new Map<string, TypedMention>();
  for (const m of ms) {
    if (m.aliasOf !== undefined) continue;
    const key = m.words.join(' ');
    const b = best.get(key);
    if (!b || EVIDENCE_RANK[m.evidence] > EVIDENCE_RANK[b.evidence] || (b.type === null && m.type !== null && m.evidence === b.evidence)) {
      best.set(key, m);
    }
  }
  for (const m of ms) {
    if (m.aliasOf !== undefined) continue;
    const b = best.get(m.words.join(' '));
    const weakNull = m.type === null && WEAK_REJECTIONS.has(m.reason);
    if (b && b !== m && b.type !== null && (EVIDENCE_RANK[b.evidence] > EVIDENCE_RANK[m.evidence] || weakNull)) {
      m.type = b.type;
      m.evidence = b.evidence;
      m.reason = `same-name:${b.reason}`;
    }
  }
}

/** Separators of an enumeration: "BiP et Dedi", "Google, Facebook, Microsoft et Twitter". */
const ENUMERATION_GAP = /^(?:,[ \u00a0]|[ \u00a0](?:et|ou)[ \u00a0]|,[ \u00a0](?:et|ou)[ \u00a0])$/u;

/**
 * Names listed together are of one kind: an unknown name next to a typed one in an enumeration
 * takes its type ("les messageries BiP et Dedi").
 */
export function enumerations(text: string, ms: TypedMention[]): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i] as TypedMention;
      if (m.type !== null || !WEAK_REJECTIONS.has(m.reason)) continue;
      for (const j of [i - 1, i + 1]) {
        const o = ms[j];
        if (!o || o.type === null || EVIDENCE_RANK[o.evidence] < EVIDENCE_RANK.shape) continue;
        const gap = j < i ? text.slice(o.end, m.start) : text.slice(m.end, o.start);
        if (!ENUMERATION_GAP.test(gap)) continue;
        m.type = o.type;
        m.evidence = 'default';
        m.reason = 'enumeration';
        break;
      }
    }
  }
}

/**
 * A one-word mention that is the surname of a person named in full elsewhere in the document is
 * that person ("Durov" after "Pavel Durov"), unless a word list says otherwise.
 */
export function linkSurnames(ms: TypedMention[]): void {
  const surnames = new Set<string>();
  for (const m of ms) {
    if (m.type === 'PER' && m.words.length >= 2) surnames.add(m.words[m.words.length - 1] as string);
  }
  for (const m of ms) {
    if (m.type === 'PER' || m.words.length !== 1 || m.evidence === 'lexicon' || m.aliasOf !== undefined) continue;
    // a rejected common word ("prix Nobel" after "Alfred Nobel") stays rejected
    if (m.type === null && !WEAK_REJECTIONS.has(m.reason)) continue;
    if (surnames.has(m.words[0] as string)) {
      m.type = 'PER';
      m.evidence = 'cue';
      m.reason = 'surname';
    }
  }
}

/**
 * A one-word mention that is the distinctive first word of a company named in full elsewhere in
 * the document is that company ("Niantic" after "Niantic Labs", "Adobe" after "Adobe Systems"):
 * the full name ends in an organisation noun and starts with a word that is none. Word lists
 * and cue words elsewhere keep their reading.
 */
export function linkCompanyNames(ms: TypedMention[]): void {
  const heads = new Set<string>();
  for (const m of ms) {
    if (m.type !== 'ORG' || m.words.length < 2 || m.aliasOf !== undefined) continue;
    const first = m.words[0] as string;
    if (ORG_HEADS.has(first) || !ORG_HEADS.has(m.words[m.words.length - 1] as string)) continue;
    heads.add(first);
  }
  if (heads.size === 0) return;
  for (const m of ms) {
    if (m.type === 'ORG' || m.words.length !== 1 || m.aliasOf !== undefined) continue;
    if (m.evidence === 'lexicon' || m.evidence === 'cue') continue;
    if (m.type === null && !WEAK_REJECTIONS.has(m.reason)) continue;
    if (heads.has(m.words[0] as string)) {
      m.type = 'ORG';
      m.evidence = 'cue';
      m.reason = 'company-name';
    }
  }
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    let j = i;
    while (this.parent[j] !== r) {
      const next = this.parent[j] as number;
      this.parent[j] = r;
      j = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // the smaller index stays root, so a group's root is its first mention
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}

const UPPER = /\p{Lu}/gu;
const upperCount = (s: string): number => s.match(UPPER)?.length ?? 0;

/** Groups typed mentions (sorted by start) into entities per type. */
export function groupEntities(ms: TypedMention[]): Record<FinalType, Entity[]> {
  const uf = new UnionFind(ms.length);
  const byKey = new Map<string, number>();
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as TypedMention;
    if (m.type === null) continue;
    if (m.aliasOf !== undefined) {
      uf.union(m.aliasOf, i);
      continue;
    }
    const key = `${m.type}:${m.words.join(' ')}`;
    const prev = byKey.get(key);
    if (prev === undefined) byKey.set(key, i);
    else uf.union(prev, i);
    if (m.canonical) {
      const target = byKey.get(`${m.type}:${wordsOf(m.canonical).join(' ')}`);
      if (target !== undefined) uf.union(target, i);
      else byKey.set(`${m.type}:${wordsOf(m.canonical).join(' ')}`, i);
    }
  }
  // Short forms: a person's surname, an organisation's first word ("Zoom" / "Zoom Video
  // Communications Inc."). Joined to the nearest full form before, else after.
  // full forms indexed by type and the word a short form would repeat, in text order
  const fullForms = new Map<string, number[]>();
  for (let j = 0; j < ms.length; j++) {
    const o = ms[j] as TypedMention;
    if (o.type === null || o.type === 'LOC' || o.words.length < 2 || o.aliasOf !== undefined) continue;
    const w = o.type === 'PER' ? o.words[o.words.length - 1] : o.words[0];
    const k = `${o.type}:${w}`;
    const list = fullForms.get(k);
    if (list) list.push(j);
    else fullForms.set(k, [j]);
  }
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as TypedMention;
    if (m.type === null || m.aliasOf !== undefined || m.words.length !== 1 || m.type === 'LOC') continue;
    const list = fullForms.get(`${m.type}:${m.words[0] as string}`);
    if (!list) continue;
    let target = list[0] as number; // the first full form after, when none comes before
    for (const j of list) {
      if (j < i) target = j;
      else break;
    }
    uf.union(target, i);
  }

  // "République du Kazakhstan" and "Kazakhstan" are one place
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as TypedMention;
    if (m.type !== 'LOC' || m.words.length < 3 || !STATE_FORMS.has(m.words[0] as string)) continue;
    const connector = m.words[1] as string;
    if (connector !== 'de' && connector !== 'du' && connector !== 'des' && connector !== "d'") continue;
    const target = byKey.get(`LOC:${m.words.slice(2).join(' ')}`);
    if (target !== undefined) uf.union(target, i);
  }

  const groups = new Map<number, number[]>();
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as TypedMention;
    if (m.type === null) continue;
    const r = uf.find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  const out: Record<FinalType, Entity[]> = { ORG: [], PER: [], LOC: [] };
  const ordered = [...groups.values()].sort((a, b) => (ms[a[0] as number] as TypedMention).start - (ms[b[0] as number] as TypedMention).start);
  for (const idxs of ordered) {
    const members = idxs.map((i) => ms[i] as TypedMention).sort((a, b) => a.start - b.start || a.end - b.end);
    const type = (members.find((m) => m.aliasOf === undefined) ?? members[0])?.type;
    if (!type) continue;
    let name = '';
    // "République du Kazakhstan" and "Kazakhstan": the short name is the place's name
    const forms = new Set(members.map((m) => m.words.join(' ')));
    const isStateForm = (m: TypedMention): boolean =>
      m.type === 'LOC' && m.words.length >= 3 && STATE_FORMS.has(m.words[0] as string) && forms.has(m.words.slice(2).join(' '));
    for (const m of members) {
      if (m.aliasOf !== undefined || isStateForm(m)) continue;
      const candidate = m.canonical ?? m.text;
      if (candidate.length > name.length || (candidate.length === name.length && upperCount(candidate) > upperCount(name))) name = candidate;
    }
    if (!name) name = (members[0] as TypedMention).text;
    const seen = new Set<string>();
    const mentions = [];
    for (const m of members) {
      const k = `${m.start}:${m.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      mentions.push({ text: m.text, start: m.start, end: m.end });
    }
    out[type].push({ name, mentions });
  }
  return out;
}
