// Entities stage: organisations, people and places.
//
// A small pipeline in the manner of chrono's parsers and refiners:
//   1. find   candidates: capitalised runs, cue-headed institution names, street names,
//             datelines (candidates.ts)
//   2. trim   leading determiners, titles, demonyms and sentence-initial common words; split
//             runs that hold two names
//   3. read   parentheses after a candidate: tickers and acronyms are aliases, not entities
//   4. classify each candidate from its words, its left context and the word lists (classify.ts)
//   5. refine at document level: enumerations, one type per name, surnames, grouping (group.ts)
// A learned tagger can replace step 4 (or add candidates in step 1) without touching the rest.
import type { Entity } from '../types.js';
import {
  findCapitalisedBodies,
  findDatelines,
  findInstitutions,
  findNationalBodies,
  findRuns,
  findStreets,
  splitBeforeFirstName,
  trimLeading,
  type Candidate,
  type RunOptions,
  type TrimOptions,
} from './candidates.js';
import { classify, contextOf, EVIDENCE_RANK, lookup } from './classify.js';
import { gazetteers, nameKey, type Gazetteers } from './gazetteers.js';
import { enumerations, groupEntities, linkCompanyNames, linkSurnames, unifyTypes, wordsOf, type FinalType, type TypedMention } from './group.js';
import { DEMONYM_ENDING, LEADING_FUNCTION_WORDS, PERSON_TITLES, STOCK_EXCHANGES, STRONG_DEMONYM_ENDING } from './lexicon.js';
import { ruleTags, tagSpans, taggerModel, type TaggedSpan } from './tagger/index.js';
import { firstTokenFrom, tokenize, type Token } from './tokens.js';

export interface EntitiesResult {
  organizations: Entity[];
  people: Entity[];
  places: Entity[];
}

/** A parenthesis right after a candidate: "(FB)", "(NASDAQ: MSFT)", "(DTSP)". */
const PAREN_AFTER = /^[ \u00a0]?\((?<inner>[^()\n]{1,40})\)/u;
const OPEN_PAREN = 0x28;
/** How far after a name its parenthesis is read. */
const PAREN_WINDOW = 48;
const TICKER = /^(?:(?<exchange>[A-Za-z]{2,10})[ \u00a0]?:[ \u00a0]?)?(?<symbol>[A-Z]{1,5})$/u;
const ACRONYM = /^(?<acronym>[\p{Lu}][\p{Lu}\p{N}&.-]{1,9})$/u;
/** Nationality endings that verbs and function words do not share (see DEMONYM_ENDING). */
const NATIONALITY_ENDING = /(?:ien|ienne|iens|iennes|ais|aise|aises|ois|oise|oises|ain|aine|ains|aines|ol|ole|ols|oles|and|ande|ands|andes|an|ane|ans|anes|éen|éenne|éens|éennes)$/u;
/** Cheap test before any work: a text without a capital letter has no names for these rules. */
const ANY_CAPITAL = /\p{Lu}/u;
/** Before a parenthesis definition: a lower-case word ends right there ("violents (CTEV)"). */
const LOWER_WORD_END = /(?:^|[\s'’])\p{Ll}[\p{L}\p{M}-]*[ \u00a0]?$/u;
/** Everything but letters and digits, to compare an acronym's letters. */
const NOT_ALNUM = /[^\p{L}\p{N}]/gu;
/** Acronym definitions in parentheses, found anywhere in the text. */
const DEF_PAREN = /\((?<inner>\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)/gu;
/** A capitalised word after a lower-case one, or a mid-sentence capital: a name in the phrase before a definition. */
const CAPITALISED_INSIDE = /[\p{Ll},][ \u00a0'’]\p{Lu}\p{Ll}/u;
/** How far back to look for the word before a definition. */
const DEF_LOOKBACK = 40;

const WORD_INITIAL = /(?:^|[\s'’&-])(?<initial>[\p{L}\p{N}])/gu;

/** Whether the acronym's letters are, in order, initials of the name's words ("DTSP", "OMS"). */
function abbreviates(acronym: string, name: string): boolean {
  const initials = [...nameKey(name).matchAll(WORD_INITIAL)].map((m) => m.groups?.initial ?? '').join('');
  const letters = nameKey(acronym).replace(NOT_ALNUM, '');
  if (letters.length < 2 || initials[0] !== letters[0]) return false;
  let k = 0;
  for (const ch of initials) if (ch === letters[k]) k++;
  return k === letters.length;
}

const KIND_PRIORITY: Readonly<Record<Candidate['kind'], number>> = { dateline: 0, institution: 1, street: 2, run: 3 };

/** Drops candidates overlapping a higher-priority one (datelines, then institutions, then runs). */
function resolveOverlaps(cands: Candidate[], textLength: number): Candidate[] {
  const sorted = [...cands].sort((a, b) => KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind] || a.start - b.start);
  // characters already taken; candidates are short, so checking their own span is cheap
  const taken = new Uint8Array(textLength);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (anySet(taken, c.start, c.end)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Step 1-2: candidates of every finder, overlaps resolved, trimmed and split, in text order. */
function findCandidates(text: string, tokens: Token[], g: Gazetteers): Candidate[] {
  const runOptions: RunOptions = {
    isKnown: (s) => g.names.has(s),
    hasLowerTail: (s) => g.lowerTailHeads.has(s),
    isFirstName: (w) => g.firstNames.has(w),
  };
  const trimOptions: TrimOptions = {
    isCommonAtStart: (t) => g.commonWords.has(t.lower) && lookup(t.text) === undefined,
    // a known demonym ("Britannique"), or, before two more words, a typical demonym ending
    // ("Thaïlandaise Sopita Tanasan") on a word that is no first name
    isDemonym: (t, rest) =>
      t.shape === 'title' &&
      DEMONYM_ENDING.test(t.lower) &&
      (g.capitalisedCommon.has(t.lower) ||
        g.commonWords.has(t.lower) ||
        (rest >= 2 && STRONG_DEMONYM_ENDING.test(t.lower) && !g.firstNames.has(t.text) && lookup(t.text) === undefined)),
  };
  // a nationality adjective: a word the lists know as one, or a common word with a nationality
  // ending that no verb or function word has ("souhaite", "bloque", "dans" end like "turque",
  // "israélite", "persans")
  const isNationality = (t: Token): boolean =>
    DEMONYM_ENDING.test(t.lower) &&
    (g.capitalisedCommon.has(t.lower) || (g.commonWords.has(t.lower) && NATIONALITY_ENDING.test(t.lower) && !LEADING_FUNCTION_WORDS.has(t.lower)));
  const isUnknownCommon = (t: Token): boolean => g.commonWords.has(t.lower) && lookup(t.text) === undefined;
  const raw = resolveOverlaps(
    [
      ...findDatelines(text, tokens),
      ...findInstitutions(text, tokens, runOptions),
      ...findNationalBodies(text, tokens, isNationality),
      ...findCapitalisedBodies(text, tokens, isUnknownCommon),
      ...findStreets(text, tokens),
      ...findRuns(text, tokens, runOptions),
    ],
    text.length,
  );
  const cands: Candidate[] = [];
  for (const whole of raw) {
    const known = lookup(whole.text);
    const unknownRun = whole.kind === 'run' && (known === undefined || known === 'MISC');
    // trim first ("Victoire de la Kényane Hellen Obiri" starts a sentence), then split, then
    // trim the left part again
    const trimmed = unknownRun ? trimLeading(text, tokens, whole, trimOptions) : whole;
    if (!trimmed) continue;
    const parts = unknownRun && lookup(trimmed.text) === undefined ? splitBeforeFirstName(text, tokens, trimmed, g.firstNames) : [trimmed];
    for (const c of parts) {
      const t = parts.length > 1 ? trimLeading(text, tokens, c, trimOptions) : c;
      if (!t) continue;
      // "le ministre de l'Intérieur Priti Patel": the portfolio, then the minister
      // (not "le ministre de l'Intérieur du Gabon": the rest must open on a name)
      if (t.kind === 'run' && t.last - t.first >= 2 && (tokens[t.first + 1] as Token).shape !== 'lower' && contextOf(text, tokens, t).portfolio) {
        const head = tokens[t.first] as Token;
        const restStart = (tokens[t.first + 1] as Token).start;
        cands.push({ ...t, last: t.first, end: head.end, text: head.text });
        cands.push({ ...t, first: t.first + 1, start: restStart, text: text.slice(restStart, t.end), title: 'title' });
        continue;
      }
      cands.push(t);
    }
  }
  return cands;
}

interface Parenthesis {
  inner: string;
  /** Offsets of the inner text. */
  start: number;
  end: number;
}

/** The company a parenthesis such as "(MSFT)" or "(NASDAQ: MSFT)" names as a ticker, if any. */
function tickerCompany(inner: string, g: Gazetteers): string | undefined {
  const groups = TICKER.exec(inner)?.groups;
  if (!groups?.symbol || (groups.exchange !== undefined && !STOCK_EXCHANGES.has(groups.exchange))) return undefined;
  return g.tickers.get(groups.symbol);
}

/** Parentheses right after a candidate, by candidate index. */
function parenthesesAfter(text: string, cands: Candidate[]): Map<number, Parenthesis> {
  const out = new Map<number, Parenthesis>();
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i] as Candidate;
    // most names are not followed by a parenthesis: test the next characters before the regex
    const next = text.charCodeAt(c.end) === OPEN_PAREN ? OPEN_PAREN : text.charCodeAt(c.end + 1);
    if (next !== OPEN_PAREN) continue;
    const inner = PAREN_AFTER.exec(text.slice(c.end, c.end + PAREN_WINDOW))?.groups?.inner;
    if (inner === undefined) continue;
    const start = text.indexOf('(', c.end) + 1;
    out.set(i, { inner, start, end: start + inner.length });
  }
  return out;
}

/**
 * Acronyms defined in parentheses after a lower-case phrase ("contenus … violents (CTEV)"): they
 * abbreviate common nouns, so none of their mentions is a name.
 */
function commonNounAcronyms(text: string, parens: Map<number, Parenthesis>): Set<string> {
  const afterName = new Set<number>();
  for (const p of parens.values()) afterName.add(p.start - 1);
  const out = new Set<string>();
  DEF_PAREN.lastIndex = 0;
  for (let m = DEF_PAREN.exec(text); m !== null; m = DEF_PAREN.exec(text)) {
    const inner = m.groups?.inner ?? '';
    // "la Cour pénale internationale (CPI)" ends in lower case too, but is a name
    if (afterName.has(m.index)) continue;
    const before = text.slice(Math.max(0, m.index - DEF_LOOKBACK), m.index);
    // "Unités de protection du peuple (YPG)": a capitalised word inside the phrase makes it a name
    if (LOWER_WORD_END.test(before) && !CAPITALISED_INSIDE.test(before) && lookup(inner) !== 'ORG') out.add(inner);
  }
  return out;
}

/** A typed mention with the candidate it came from (token range, kind, title). */
interface Found {
  cand: Candidate;
  mention: TypedMention;
}

/**
 * Step 3: parentheses after a mention. A ticker says the name is a company's (and is no entity of
 * its own); an acronym that spells the name is another mention of it; an acronym defined after a
 * lower-case phrase names no entity anywhere in the text.
 */
function readParentheses(text: string, found: Found[], g: Gazetteers): TypedMention[] {
  const cands = found.map((f) => f.cand);
  const parens = parenthesesAfter(text, cands);
  const notNames = commonNounAcronyms(text, parens);
  const consumed = new Set<number>(); // starts of candidates inside a ticker or acronym parenthesis
  const ms: TypedMention[] = [];
  for (let i = 0; i < found.length; i++) {
    const { cand: c, mention } = found[i] as Found;
    if (consumed.has(c.start) || notNames.has(c.text)) continue;
    ms.push(mention);
    const p = parens.get(i);
    if (!p) continue;
    const acronym = ACRONYM.exec(p.inner)?.groups?.acronym;
    const spellsName = acronym !== undefined && abbreviates(acronym, c.text);
    // an acronym that spells the name is an alias even when some company trades under it
    const company = spellsName ? undefined : tickerCompany(p.inner, g);
    if (company !== undefined && c.kind !== 'dateline' && mention.type !== 'PER' && mention.type !== 'LOC') {
      // a ticker says the name is a company's; when the name is no known organisation (a
      // translated "Gazouillement (TWTR)"), the ticker also names it
      if (lookup(c.text) !== 'ORG') mention.canonical = company;
      mention.type = 'ORG';
      mention.evidence = 'cue';
      mention.reason = 'ticker-after';
      for (let j = i + 1; j < cands.length && (cands[j] as Candidate).start < p.end; j++) consumed.add((cands[j] as Candidate).start);
      continue;
    }
    // "Digital Trust & Safety Partnership (DTSP)": the acronym is another mention of the name
    const inner = cands[i + 1];
    if (spellsName && mention.type !== null && inner && inner.start >= p.start && inner.end <= p.end && inner.text === acronym) {
      ms.push({ ...mention, start: inner.start, end: inner.end, text: inner.text, reason: 'acronym-alias', words: wordsOf(inner.text), aliasOf: ms.length - 1 });
      consumed.add(inner.start);
    }
  }

  // later mentions of an acronym ("la DTSP") join the same entity
  const aliasTarget = new Map<string, number>();
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as TypedMention;
    if (m.aliasOf !== undefined) {
      aliasTarget.set(m.text, m.aliasOf);
      continue;
    }
    const t = aliasTarget.get(m.text);
    if (t !== undefined) {
      m.aliasOf = t;
      m.type = (ms[t] as TypedMention).type;
    }
  }
  return ms;
}

/** Steps 1-4 of the rules: candidates and their classification, in text order. */
function ruleFound(text: string, tokens: Token[], g: Gazetteers): Found[] {
  return findCandidates(text, tokens, g).map((c) => {
    const cls = classify(c, contextOf(text, tokens, c), tokens);
    return { cand: c, mention: { start: c.start, end: c.end, text: c.text, type: cls.type, evidence: cls.evidence, reason: cls.reason, words: wordsOf(c.text) } };
  });
}

/**
 * The rule stage alone: every candidate with its type (null: rejected), evidence and reason, in
 * text order, after the document-level refiners. The tagger reads these as features.
 */
export function ruleMentions(text: string, tokens: Token[] = tokenize(text)): TypedMention[] {
  const g = gazetteers();
  const ms = readParentheses(text, ruleFound(text, tokens, g), g);
  enumerations(text, ms);
  unifyTypes(ms);
  linkSurnames(ms);
  return ms;
}

/**
 * How rule decisions and the tagger are combined, measured on the five held-out folds of the
 * training split (tagger trained on the other folds, names of the held-out fold left out of the
 * lists), counting, where the two disagreed, which one matched the annotation. A rule mention
 * either holds the tagger's spans inside it (CONTAINS), overlaps them otherwise, or covers a
 * stretch where the tagger found nothing (FILL).
 */
/** Issue rules: they win whatever the tagger says. */
const RULES_ALWAYS: ReadonlySet<string> = new Set(['dateline', 'honorific', 'road', 'ticker-after']);
/**
 * Rule spans that replace the tagger spans they contain: acronyms (6 right to 1), list names
 * (4 to 2), surnames (3 to 1), street names (30 to 29), names built on an organisation noun,
 * and capitalised institution names (2 to 1; "Chambre de commerce des États-Unis", which the
 * tagger cuts at its lower-case word). A lower-case head ("ministère de l'Intérieur") loses to
 * the tagger (10 to 33): the annotation leaves it out.
 */
const RULES_CONTAIN: ReadonlySet<string> = new Set([
  'gazetteer', 'acronym', 'surname', 'street-head', 'org-head-inside', 'mixed-case', 'first-name', 'first-name-particle',
]);
/**
 * Rule mentions kept where the tagger found nothing: lower-case institution heads ("le ministère
 * de …": 20 right, 26 wrong), street names, organisation nouns before a name ("le réseau social
 * X") and names built on one, and names from the lists: 14 right and 21 wrong, but 184 more are
 * names WiNER annotates as products (Twitter, Facebook), which the project counts as
 * organisations (seeds/EXPECTED-entities.md). Not portfolios (2 right in 11).
 */
const RULES_FILL: ReadonlySet<string> = new Set(['institution-head', 'gazetteer', 'street-head', 'org-head-before', 'org-head-inside']);
const UPPER_START = /^\p{Lu}/u;
/** A list inside one official name: "ministère du Développement numérique, des Innovations et de …". */
const LIST_INSIDE = /,[ \u00a0]|[ \u00a0]et[ \u00a0]/u;

/** Whether a rule mention wins over the tagger, given how the tagger's spans lie over it. */
function ruleWins(m: TypedMention, spanAt: Int32Array): boolean {
  const reason = baseReason(m);
  if (RULES_ALWAYS.has(reason)) return true;
  if (!anySet(spanAt, m.start, m.end)) {
    // a person the document has named with a title, named again where the tagger saw nothing
    // ("selon Ardern."): no change on winer-dev, where the tagger finds these already
    if (m.type === 'PER' && m.reason.startsWith('same-name:')) return true;
    return RULES_FILL.has(reason) && !(reason === 'institution-head' && UPPER_START.test(m.text));
  }
  // no tagger span crosses either edge of the mention
  const first = spanAt[m.start] as number;
  const last = spanAt[m.end - 1] as number;
  const contains = (first === 0 || m.start === 0 || spanAt[m.start - 1] !== first) && (last === 0 || spanAt[m.end] !== last);
  if (!contains) return false;
  if (reason === 'institution-head') return UPPER_START.test(m.text) || LIST_INSIDE.test(m.text);
  return RULES_CONTAIN.has(reason);
}
function anySet(a: Uint8Array | Int32Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (a[i] !== 0) return true;
  return false;
}

/** Index of the first mention (sorted by start) starting at or after `offset`. */
function firstFrom(ms: readonly TypedMention[], offset: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ms[mid] as TypedMention).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Rule rejections that overrule a tagger span of the same extent: known non-names. */
const RULES_REJECT: ReadonlySet<string> = new Set(['non-org-acronym', 'known-misc']);

/** A copy of a mention that is nobody's alias (an object spread was the costly part of taggedFound). */
function copyMention(m: TypedMention): TypedMention {
  const copy: TypedMention = { start: m.start, end: m.end, text: m.text, type: m.type, evidence: m.evidence, reason: m.reason, words: m.words, aliasOf: undefined };
  if (m.canonical !== undefined) copy.canonical = m.canonical;
  return copy;
}

const baseReason = (m: TypedMention): string => (m.reason.startsWith('same-name:') ? m.reason.slice('same-name:'.length) : m.reason);

function candidateOf(text: string, tokens: Token[], m: { start: number; end: number }, kind: Candidate['kind']): Candidate | null {
  // the first token ending after the mention's start, by bisection: the tokens are sorted and a
  // scan from the first token for every mention made long texts quadratic
  let first = 0;
  let hi = tokens.length;
  while (first < hi) {
    const mid = (first + hi) >> 1;
    if ((tokens[mid] as Token).end <= m.start) first = mid + 1;
    else hi = mid;
  }
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < m.end) last++;
  const prev = tokens[first - 1];
  if (first >= tokens.length) return null;
  return { start: m.start, end: m.end, text: text.slice(m.start, m.end), first, last, kind, title: prev && PERSON_TITLES.has(prev.lower) ? 'honorific' : null };
}

/**
 * Step 4 with the tagger: its spans replace the rule candidates, except where a rule decision
 * known to be more reliable covers them (ruleWins); a span the rules found the same keeps
 * the rules' evidence and reason, for the document-level refiners.
 */
function taggedFound(text: string, tokens: Token[], spans: TaggedSpan[], rules: TypedMention[]): Found[] {
  const byExtent = new Map<string, TypedMention>();
  for (const m of rules) byExtent.set(`${m.start}:${m.end}`, m);
  const out: Found[] = [];
  // rule mentions that win, and the characters they hold
  // which tagger span (index + 1) holds each character
  const spanAt = new Int32Array(text.length + 1);
  spans.forEach((s, k) => spanAt.fill(k + 1, s.start, s.end));
  const strong = rules.filter((m) => m.type !== null && m.aliasOf === undefined && ruleWins(m, spanAt));
  const byStart = [...rules].sort((a, b) => a.start - b.start);
  const held = new Uint8Array(text.length);
  for (const m of strong) held.fill(1, m.start, m.end);
  for (const m of strong) {
    const cand = candidateOf(text, tokens, m, m.reason === 'dateline' ? 'dateline' : 'run');
    if (cand) out.push({ cand, mention: copyMention(m) });
  }
  for (const s of spans) {
    if (anySet(held, s.start, s.end)) continue;
    const spanText = text.slice(s.start, s.end);
    const rule = byExtent.get(`${s.start}:${s.end}`);
    if (s.type === 'MISC') {
      // a product, event or work to the tagger ("messageries BiP et Dedi"): no output of its
      // own, but names the rules typed inside it keep their type (WiNER calls many brands MISC)
      for (let k = firstFrom(byStart, s.start); k < byStart.length && (byStart[k] as TypedMention).start < s.end; k++) {
        const r = byStart[k] as TypedMention;
        if (r.type === null || r.aliasOf !== undefined || r.end > s.end || anySet(held, r.start, r.end)) continue;
        const cand = candidateOf(text, tokens, r, 'run');
        if (cand) out.push({ cand, mention: { ...r } });
      }
      continue;
    }
    if (rule && rule.type === null && RULES_REJECT.has(rule.reason)) continue;
    const prev = tokens[s.first - 1];
    const cand: Candidate = {
      start: s.start,
      end: s.end,
      text: spanText,
      first: s.first,
      last: s.last,
      kind: 'run',
      title: prev && PERSON_TITLES.has(prev.lower) ? 'honorific' : null,
    };
    const agrees = rule !== undefined && rule.type === s.type;
    out.push({
      cand,
      mention: {
        start: s.start,
        end: s.end,
        text: spanText,
        type: s.type,
        // the tagger's word is worth a shape cue; the rules' own evidence when they agree and know more
        evidence: agrees && EVIDENCE_RANK[rule.evidence] > EVIDENCE_RANK.shape ? rule.evidence : 'shape',
        reason: agrees ? `tagger+${rule.reason}` : 'tagger',
        words: wordsOf(spanText),
      },
    });
  }
  return out.sort((a, b) => a.cand.start - b.cand.start);
}

/** Most words an acronym's long form may have, for an acronym of n letters (Schwartz & Hearst 2003: min(n + 5, 2n)). */
const longFormWords = (n: number): number => Math.min(n + 5, 2 * n);
/** Gaps inside a long form: spaces, an elided article's apostrophe, a hyphen. */
const LONG_FORM_GAP = /^(?:[ \u00a0]{1,2}|['’-])$/u;
const SPACES_ONLY = /^[ \u00a0]*$/u;

/**
 * An acronym defined in parentheses names the whole phrase it abbreviates ("Bureau de la
 * sécurité des transports (BST)", "Fédération internationale des ligues des droits de l'homme
 * (FIDH)"): the shortest stretch before the parenthesis, opening on a capitalised word, whose
 * word initials hold the acronym's letters in order (the rule of Schwartz & Hearst 2003). When
 * organisation mentions lie inside that stretch, cut short at a lower-case word, they become one
 * mention of the whole name; readParentheses then makes the acronym its alias.
 */
function acronymLongForms(text: string, tokens: Token[], found: Found[]): Found[] {
  if (text.indexOf('(') < 0) return found;
  let out = found;
  const isOrg = (f: Found | undefined): boolean => f?.mention.type === 'ORG';
  DEF_PAREN.lastIndex = 0;
  for (let m = DEF_PAREN.exec(text); m !== null; m = DEF_PAREN.exec(text)) {
    const acronym = m.groups?.inner ?? '';
    const paren = m.index;
    // the last token before the parenthesis, with only spaces between
    const e = firstTokenFrom(tokens, paren) - 1;
    const last = tokens[e];
    if (!last || !SPACES_ONLY.test(text.slice(last.end, paren))) continue;
    const maxWords = longFormWords(acronym.replace(NOT_ALNUM, '').length);
    let start = -1;
    for (let s = e, n = 1; s >= 0 && n <= maxWords; s--, n++) {
      const t = tokens[s] as Token;
      if (s < e && !LONG_FORM_GAP.test(text.slice(t.end, (tokens[s + 1] as Token).start))) break;
      if ((t.shape === 'title' || t.shape === 'upper') && abbreviates(acronym, text.slice(t.start, last.end))) {
        start = t.start;
        break;
      }
      if (t.sentenceStart) break;
    }
    if (start < 0) continue;
    // an organisation inside, or the acronym read as one
    const acronymAt = paren + 1;
    out = mergeLongForm(text, tokens, out, start, last.end, isOrg(out.find((f) => f.cand.start === acronymAt))) ?? out;
  }
  // the other order: "l'ONUB (Opération des Nations unies au Burundi)"
  for (const f of [...out]) {
    if (!isOrg(f) || !ACRONYM.test(f.cand.text)) continue;
    let i = f.cand.end;
    if (text.charCodeAt(i) === SPACE_CODE) i++;
    if (text.charCodeAt(i) !== OPEN_PAREN) continue;
    const close = text.indexOf(')', i);
    if (close < 0 || close - i > REVERSE_DEF_WINDOW) continue;
    const inner = text.slice(i + 1, close);
    if (inner.includes('\n')) continue;
    const innerStart = i + 1 + (inner.length - inner.trimStart().length);
    const innerEnd = close - (inner.length - inner.trimEnd().length);
    const longForm = text.slice(innerStart, innerEnd);
    if (!UPPER_START.test(longForm) || !abbreviates(f.cand.text, longForm)) continue;
    if (longForm.split(' ').length > longFormWords(f.cand.text.replace(NOT_ALNUM, '').length)) continue;
    out = mergeLongForm(text, tokens, out, innerStart, innerEnd, true) ?? out;
  }
  return out;
}
const SPACE_CODE = 0x20;
/** How far a parenthesis after an acronym is read for its long form. */
const REVERSE_DEF_WINDOW = 120;

/**
 * Found mentions with those inside [start, end) replaced by one organisation mention of the
 * whole stretch; undefined when a mention crosses its edges, when it is one mention already, or
 * when nothing says it is an organisation (an organisation inside, or `acronymIsOrg`).
 */
function mergeLongForm(text: string, tokens: Token[], found: Found[], start: number, end: number, acronymIsOrg: boolean): Found[] | undefined {
  const inside: number[] = [];
  let crosses = false;
  found.forEach((f, k) => {
    const c = f.cand;
    if (c.end <= start || c.start >= end) return;
    if (c.start < start || c.end > end) crosses = true;
    else inside.push(k);
  });
  if (crosses) return undefined;
  const first = found[inside[0] ?? -1];
  if (inside.length === 1 && first && first.cand.start === start && first.cand.end === end) return undefined;
  if (!inside.some((k) => found[k]?.mention.type === 'ORG') && !acronymIsOrg) return undefined;
  const cand = candidateOf(text, tokens, { start, end }, 'run');
  if (!cand) return undefined;
  const name = text.slice(start, end);
  const merged: Found = {
    cand,
    mention: { start, end, text: name, type: 'ORG', evidence: 'cue', reason: 'acronym-long-form', words: wordsOf(name), aliasOf: undefined },
  };
  const drop = new Set(inside);
  const out = found.filter((_, k) => !drop.has(k));
  const at = inside[0] ?? out.findIndex((f) => f.cand.start >= end);
  out.splice(at < 0 ? out.length : at, 0, merged);
  return out;
}

/**
 * One type per name among the tagger's mentions of equal evidence: the type most of them got
 * (a mention the rules agree with counts one and a half), the first mention's on a tie. The
 * tagger reads each mention in its own context, and a headline ("décès de X") can mislead it
 * where the article's sentences do not.
 */
function voteTypes(ms: TypedMention[]): void {
  const votes = new Map<string, Map<FinalType, number>>();
  const isTagger = (m: TypedMention): boolean => m.aliasOf === undefined && m.type !== null && m.evidence === 'shape' && m.reason.startsWith('tagger');
  for (const m of ms) {
    if (!isTagger(m)) continue;
    const key = m.words.join(' ');
    let v = votes.get(key);
    if (!v) votes.set(key, (v = new Map()));
    v.set(m.type as FinalType, (v.get(m.type as FinalType) ?? 0) + (m.reason === 'tagger' ? 1 : 1.5));
  }
  for (const m of ms) {
    if (!isTagger(m)) continue;
    let best: FinalType | null = null;
    let bestVotes = 0;
    for (const [type, n] of votes.get(m.words.join(' ')) ?? []) {
      if (n > bestVotes) {
        best = type;
        bestVotes = n;
      }
    }
    if (best !== null && best !== m.type) {
      m.type = best;
      m.reason = 'tagger-vote';
    }
  }
}

/**
 * Every mention of `text` with its type (null: rejected), evidence and reason, in text order,
 * after the document-level refiners: the tagger's spans when its model is there, else the rules'.
 */
export function typedMentions(text: string): TypedMention[] {
  const g = gazetteers();
  const tokens = tokenize(text);
  const rules = ruleMentions(text, tokens);
  if (!taggerModel()) return rules;
  const spans = tagSpans(text, tokens, ruleTags(tokens, rules));
  const ms = readParentheses(text, acronymLongForms(text, tokens, taggedFound(text, tokens, spans, rules)), g);
  voteTypes(ms);
  unifyTypes(ms);
  linkSurnames(ms);
  linkCompanyNames(ms);
  return ms;
}

/** Organisations, people and places of `text`, one entry per entity, ordered by first mention. */
export function extractEntities(text: string): EntitiesResult {
  if (!ANY_CAPITAL.test(text)) return { organizations: [], people: [], places: [] };
  // mentions are in text order already (candidates are sorted and an alias follows its name),
  // which aliasOf indices rely on.
  const groups = groupEntities(typedMentions(text));
  return { organizations: groups.ORG, people: groups.PER, places: groups.LOC };
}

