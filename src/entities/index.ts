// Entities stage: organisations, people and places.
//
// A small pipeline in the manner of chrono's parsers and refiners:
//   1. find   candidates: capitalised runs, cue-headed institution names, datelines (candidates.ts)
//   2. trim   leading determiners, titles and sentence-initial common words
//   3. read   parentheses after a candidate: tickers and acronyms are aliases, not entities
//   4. classify each candidate from its words, its left context and the word lists (classify.ts)
//   5. refine at document level: one type per name, surnames, grouping (group.ts)
// A learned tagger can replace step 4 (or add candidates in step 1) without touching the rest.
import type { Entity } from '../types.js';
import { findCapitalisedBodies, findDatelines, findInstitutions, findNationalBodies, findRuns, findStreets, splitBeforeFirstName, trimLeading, type Candidate, type TrimOptions } from './candidates.js';
import { classify, contextOf, lookup } from './classify.js';
import { gazetteers, nameKey } from './gazetteers.js';
import { enumerations, groupEntities, linkSurnames, unifyTypes, wordsOf, type FinalType, type TypedMention } from './group.js';
import { DEMONYM_ENDING, STOCK_EXCHANGES, STRONG_DEMONYM_ENDING } from './lexicon.js';
import { tokenize, type Token } from './tokens.js';

export interface EntitiesResult {
  organizations: Entity[];
  people: Entity[];
  places: Entity[];
}

/** A parenthesis right after a candidate: "(FB)", "(NASDAQ: MSFT)", "(DTSP)". */
const PAREN_AFTER = /^[ \u00a0]?\((?<inner>[^()\n]{1,40})\)/u;
const OPEN_PAREN = 0x28;
const TICKER = /^(?:(?<exchange>[A-Za-z]{2,10})[ \u00a0]?:[ \u00a0]?)?(?<symbol>[A-Z]{1,5})$/u;
const ACRONYM = /^(?<acronym>[\p{Lu}][\p{Lu}\p{N}&.-]{1,9})$/u;
/** Cheap test before any work: a text without a capital letter has no names for these rules. */
const ANY_CAPITAL = /\p{Lu}/u;
/** Before a parenthesis definition: a lower-case word ends right there ("violents (CTEV)"). */
const LOWER_WORD_END = /(?:^|[\s'’])\p{Ll}[\p{L}\p{M}-]*[ \u00a0]?$/u;
/** Everything but letters and digits, to compare an acronym's letters. */
const NOT_ALNUM = /[^\p{L}\p{N}]/gu;
/** Acronym definitions in parentheses, found anywhere in the text. */
const DEF_PAREN = /\((?<inner>\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)/gu;
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
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Every candidate of `text` with its type (null: rejected), evidence and reason, in text order,
 * after the document-level refiners. For debugging and for training a tagger on the same spans.
 */
export function typedMentions(text: string): TypedMention[] {
  const g = gazetteers();
  const tokens = tokenize(text);

  // 1-2. find and trim
  const runOptions = { isKnown: (s: string) => g.names.has(s), hasLowerTail: (s: string) => g.lowerTailHeads.has(s), isFirstName: (w: string) => g.firstNames.has(w) };
  const trimOptions: TrimOptions = {
    isCommonAtStart: (t) => g.commonWords.has(t.lower) && lookup(t.text) === undefined,
    // a known demonym ("Britannique"), or, before two more words, a typical demonym ending
    // ("Thaïlandaise Sopita Tanasan") on a word that is no first name
    isDemonym: (t, rest) =>
      t.shape === 'title' &&
      DEMONYM_ENDING.test(t.lower) &&
      (g.capitalisedCommon.has(t.lower) || g.commonWords.has(t.lower) || (rest >= 2 && STRONG_DEMONYM_ENDING.test(t.lower) && !g.firstNames.has(t.text) && lookup(t.text) === undefined)),
  };
  const isNationality = (t: Token): boolean => DEMONYM_ENDING.test(t.lower) && (g.commonWords.has(t.lower) || g.capitalisedCommon.has(t.lower));
  const raw = resolveOverlaps([
    ...findDatelines(text, tokens),
    ...findInstitutions(text, tokens, runOptions),
    ...findNationalBodies(text, tokens, isNationality),
    ...findCapitalisedBodies(text, tokens, (t) => g.commonWords.has(t.lower) && lookup(t.text) === undefined),
    ...findStreets(text, tokens),
    ...findRuns(text, tokens, runOptions),
  ], text.length);
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
      if (t.kind === 'run' && t.last - t.first >= 2 && contextOf(text, tokens, t).portfolio) {
        const head = tokens[t.first] as Token;
        const restStart = (tokens[t.first + 1] as Token).start;
        cands.push({ ...t, last: t.first, end: head.end, text: head.text });
        cands.push({ ...t, first: t.first + 1, start: restStart, text: text.slice(restStart, t.end), title: 'title' });
        continue;
      }
      cands.push(t);
    }
  }

  // 3-4. parentheses and classification
  const ms: TypedMention[] = [];
  const consumed = new Set<number>(); // starts of candidates that are tickers
  const notOrgAcronyms = new Set<string>();
  const paren = new Map<number, { inner: string; start: number; end: number }>(); // candidate index -> paren
  const parenAfterName = new Set<number>(); // offsets of "(" right after a candidate
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i] as Candidate;
    // most names are not followed by a parenthesis: test the next characters before the regex
    const next = text.charCodeAt(c.end) === OPEN_PAREN ? OPEN_PAREN : text.charCodeAt(c.end + 1);
    if (next !== OPEN_PAREN) continue;
    const m = PAREN_AFTER.exec(text.slice(c.end, c.end + 48));
    if (m?.groups?.inner) {
      const open = c.end + m[0].indexOf('(') + 1;
      paren.set(i, { inner: m.groups.inner, start: open, end: open + m.groups.inner.length });
      parenAfterName.add(open - 1);
    }
  }
  // acronyms defined after lower-case words ("contenus … violents (CTEV)") are not names
  DEF_PAREN.lastIndex = 0;
  for (let m = DEF_PAREN.exec(text); m !== null; m = DEF_PAREN.exec(text)) {
    const inner = m.groups?.inner ?? '';
    // "la Cour pénale internationale (CPI)" ends in lower case too, but is a name
    if (parenAfterName.has(m.index)) continue;
    if (LOWER_WORD_END.test(text.slice(Math.max(0, m.index - DEF_LOOKBACK), m.index)) && lookup(inner) !== 'ORG') {
      notOrgAcronyms.add(inner);
    }
  }

  for (let i = 0; i < cands.length; i++) {
    const c = cands[i] as Candidate;
    if (consumed.has(c.start)) continue;
    if (notOrgAcronyms.has(c.text)) continue;
    const ctx = contextOf(text, tokens, c);
    const cls = classify(c, ctx, tokens);
    const mention: TypedMention = {
      start: c.start,
      end: c.end,
      text: c.text,
      type: cls.type,
      evidence: cls.evidence,
      reason: cls.reason,
      words: wordsOf(c.text),
    };
    const p = paren.get(i);
    // the candidate inside the parenthesis, if any, is the next one
    const nextCand = cands[i + 1];
    const inside = p && nextCand && nextCand.start >= p.start && nextCand.end <= p.end ? i + 1 : -1;
    if (p) {
      const tk = TICKER.exec(p.inner);
      const symbol = tk?.groups?.symbol;
      const exchange = tk?.groups?.exchange;
      const ac = ACRONYM.exec(p.inner)?.groups?.acronym;
      const spellsName = ac !== undefined && abbreviates(ac, c.text);
      const isTicker =
        !spellsName && symbol !== undefined && g.tickers.has(symbol) && (exchange === undefined || STOCK_EXCHANGES.has(exchange));
      if (isTicker && c.kind !== 'dateline' && mention.type !== 'PER' && mention.type !== 'LOC') {
        // a ticker names the company: the mention is that organisation, the ticker is no entity
        if (mention.type === null || mention.evidence === 'default' || mention.evidence === 'shape' || lookup(c.text) !== 'ORG') {
          if (lookup(c.text) !== 'ORG') mention.canonical = g.tickers.get(symbol);
        }
        mention.type = 'ORG';
        mention.evidence = 'cue';
        mention.reason = 'ticker-after';
        for (let j = i + 1; j < cands.length && (cands[j] as Candidate).start < p.end; j++) consumed.add((cands[j] as Candidate).start);
        ms.push(mention);
        continue;
      }
      const inner = inside >= 0 ? (cands[inside] as Candidate) : undefined;
      if (ac && inner && inner.text === ac && mention.type !== null && spellsName) {
        ms.push(mention);
        ms.push({ start: inner.start, end: inner.end, text: inner.text, type: mention.type, evidence: mention.evidence, reason: 'acronym-alias', words: wordsOf(inner.text), aliasOf: ms.length - 1 });
        consumed.add(inner.start);
        // later mentions of the acronym join the same entity through their shared name
        continue;
      }
    }
    ms.push(mention);
  }

  // aliases' later mentions: "DTSP" again further on is the same entity
  const aliasTarget = new Map<string, number>();
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as TypedMention;
    if (m.aliasOf !== undefined) aliasTarget.set(m.text, m.aliasOf);
    else {
      const t = aliasTarget.get(m.text);
      if (t !== undefined) {
        m.aliasOf = t;
        m.type = (ms[t] as TypedMention).type;
      }
    }
  }

  // 5. document-level refiners
  enumerations(text, ms);
  unifyTypes(ms);
  linkSurnames(ms);
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

export type { FinalType };
