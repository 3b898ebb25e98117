// Classifying one candidate from its own words, the few words before it and the word lists.
// Every decision carries the strength of its evidence, so that document-level refiners (and a
// learned tagger later) can overrule weak guesses with strong ones.
import type { Candidate } from './candidates.js';
import { gazetteers, nameKey, type EntityType, type Gazetteers } from './gazetteers.js';
import {
  CAPITALISED_INSTITUTIONS,
  GLUED_HONORIFICS,
  LEADING_FUNCTION_WORDS,
  MINISTER_TITLES,
  NAME_CONNECTORS,
  NOBILIARY_PARTICLES,
  NON_ORG_ACRONYMS,
  ORG_HEADS,
  PERSON_TITLES,
  PLACE_HEADS,
  PLACE_NAME_FIRST_WORDS,
  PLACE_PREPOSITIONS,
} from './lexicon.js';
import { detached } from './strings.js';
import type { Token } from './tokens.js';

/** Reason of a one-word, sentence-initial name with no other evidence: dropped unless typed elsewhere. */
export const SENTENCE_START_UNKNOWN = 'sentence-start-unknown';

/** From strongest to weakest. */
export type Evidence = 'lexicon' | 'cue' | 'shape' | 'default';
export const EVIDENCE_RANK: Readonly<Record<Evidence, number>> = { lexicon: 3, cue: 2, shape: 1, default: 0 };

export interface Classification {
  /** null: not an entity (a common word, a title, a MISC name). */
  type: Exclude<EntityType, 'MISC'> | null;
  evidence: Evidence;
  reason: string;
}

export interface Context {
  /** A title or honorific just before the name ("M.", "le ministre", "le président français"). */
  title: 'honorific' | 'title' | null;
  /** The title is right before the name (or was stripped from it): "le ministre Madiyev", not "le ministre français X". */
  titleAdjacent: boolean;
  /** An organisation noun just before ("la société", "le journal britannique"). */
  orgHead: boolean;
  /** A place noun just before ("la ville de"). */
  placeHead: boolean;
  /** A place preposition just before ("à", "en", "aux"). */
  placePreposition: boolean;
  /** A minister's portfolio: "ministre de l'Intérieur", "ministre des Transports". */
  portfolio: boolean;
}

/** Gaps the look-back may cross: spaces, an elision apostrophe, a dot after an honorific, an opening quote. */
const LOOKBACK_GAP = /^(?:[ \u00a0]{1,2}|['’]|\.[ \u00a0]?|[ \u00a0]?[«"“][ \u00a0]?)$/u;
/** Plural mark of a cue noun: "les messageries", "les réseaux" is left alone. */
const PLURAL_ENDING = /s$/u;
/** At most this many words between a cue and the name (adjectives: "le journal britannique Telegraph"). */
const MAX_LOOKBACK = 3;

/** The cue words in the few tokens before a candidate, within its sentence. */
export function contextOf(text: string, tokens: Token[], c: Candidate): Context {
  const ctx: Context = { title: c.title, titleAdjacent: c.title !== null, orgHead: false, placeHead: false, placePreposition: false, portfolio: false };
  let right = tokens[c.first];
  let crossedDe = false;
  for (let i = c.first - 1, n = 0; i >= 0 && n < MAX_LOOKBACK && right; i--, n++) {
    const t = tokens[i] as Token;
    const gap = text.slice(t.end, right.start);
    if (!LOOKBACK_GAP.test(gap)) break;
    if (gap.startsWith('.') && !GLUED_HONORIFICS.has(t.lower)) break;
    if (PERSON_TITLES.has(t.lower)) {
      // "Ambassadeur de France": a title before "de" is not the title of the name
      if (!ctx.title && !crossedDe) {
        ctx.title = GLUED_HONORIFICS.has(t.lower) ? 'honorific' : 'title';
        ctx.titleAdjacent = n === 0;
      }
      // "le ministre de l'Intérieur": the name after a minister's "de" is the ministry
      if (crossedDe && MINISTER_TITLES.has(t.lower)) ctx.portfolio = true;
      break;
    }
    if (t.shape !== 'lower') break;
    const singular = t.lower.replace(PLURAL_ENDING, '');
    if (ORG_HEADS.has(t.lower) || ORG_HEADS.has(singular)) {
      ctx.orgHead = true;
      break;
    }
    if (PLACE_HEADS.has(t.lower) || PLACE_HEADS.has(singular)) {
      ctx.placeHead = true;
      break;
    }
    if (n === 0 && PLACE_PREPOSITIONS.has(t.lower)) {
      ctx.placePreposition = true;
      break;
    }
    // "la ville de Christchurch": cross the connector once, to reach the head noun
    if (n === 0 && (t.lower === 'de' || t.lower === 'd' || t.lower === 'du' || t.lower === 'des')) {
      crossedDe = true;
      right = t;
      continue;
    }
    // "de la", "de l'": cross the article and its "de" together
    const de = tokens[i - 1];
    if (n === 0 && (t.lower === 'la' || t.lower === 'l') && de && (de.lower === 'de' || de.lower === 'd')) {
      crossedDe = true;
      right = de;
      i--;
      continue;
    }
    if (LEADING_FUNCTION_WORDS.has(t.lower) || NAME_CONNECTORS.has(t.lower)) break;
    right = t;
  }
  return ctx;
}

const TRAILING_DOT = /\.$/u;
/** Shorter names are matched as written only ("CE", "Cé" and "ce" are different things). */
const MIN_KEY_LOOKUP = 5;
const LOWER_WORD_INSIDE = /(?:^|[ \u00a0'’])\p{Ll}{3,}/u;

/** Known type of a name as written, or by its case- and accent-free key. */
export function lookup(name: string): EntityType | undefined {
  const g = gazetteers();
  if (g !== lookupSource) {
    lookupCache.clear();
    lookupSource = g;
  }
  const hit = lookupCache.get(name);
  if (hit !== undefined) return hit === NOT_FOUND ? undefined : hit;
  const found = lookupUncached(g, name);
  if (lookupCache.size >= LOOKUP_CACHE_MAX) lookupCache.clear();
  lookupCache.set(detached(name), found ?? NOT_FOUND);
  return found;
}

/**
 * Answers of lookup() by name, for one loaded gazetteers: the rules and the tagger's features ask
 * for the same names (and the same multi-word prefixes) many times in a document and across
 * documents, and an answer costs up to three map lookups, a regex and a key normalisation.
 */
const lookupCache = new Map<string, EntityType | typeof NOT_FOUND>();
const NOT_FOUND = 0;
const LOOKUP_CACHE_MAX = 100_000;
let lookupSource: Gazetteers | undefined;

function lookupUncached(g: Gazetteers, name: string): EntityType | undefined {
  const exact = g.names.get(name) ?? g.names.get(name.replace(TRAILING_DOT, ''));
  if (exact) return exact;
  // "Les attaques" is not the commune "Les Attaques": lower-case words must match as written
  if (LOWER_WORD_INSIDE.test(name)) return undefined;
  // Case- and accent-free lookup only for longer, non-common names: "Ce" must not find "CE".
  const key = nameKey(name);
  if (key.length < MIN_KEY_LOOKUP || g.commonWords.has(key)) return undefined;
  return g.namesByKey.get(key);
}

/** Reasons of a rejection that another mention of the same name, a list or a surname may overrule. */
export const WEAK_REJECTIONS: ReadonlySet<string> = new Set([SENTENCE_START_UNKNOWN, 'unknown-single', 'long-run', 'known-word-inside']);

const HAS_DIGIT = /\p{N}/u;
const ROAD_NUMBER = /^[AN]\d{1,3}$/u;
const REGNAL_NUMBER = /^[IVX]{1,5}$/u;
/** A capital after a lower-case letter: "BiP", "TikTok", "WePROTECT". */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;

export function classify(c: Candidate, ctx: Context, tokens: Token[]): Classification {
  const g = gazetteers();
  const words = tokens.slice(c.first, c.last + 1);
  const firstTok = words[0] as Token;
  const lastTok = words[words.length - 1] as Token;
  const single = words.length === 1;
  const acronym = single && firstTok.shape === 'upper';

  if (c.kind === 'dateline') return { type: 'LOC', evidence: 'cue', reason: 'dateline' };
  if (c.kind === 'institution') return { type: 'ORG', evidence: 'cue', reason: 'institution-head' };
  if (c.kind === 'street') return { type: 'LOC', evidence: 'cue', reason: 'street-head' };
  if (single && firstTok.shape === 'initial') return { type: null, evidence: 'shape', reason: 'initial' };
  if (acronym && NON_ORG_ACRONYMS.has(firstTok.text)) return { type: null, evidence: 'lexicon', reason: 'non-org-acronym' };
  if (ctx.title === 'honorific' && !acronym) return { type: 'PER', evidence: 'cue', reason: 'honorific' };
  if (ctx.portfolio && firstTok.shape === 'title') return { type: 'ORG', evidence: 'cue', reason: 'portfolio' };

  const known = lookup(c.text);
  if (known === 'MISC') return { type: null, evidence: 'lexicon', reason: 'known-misc' };
  // an adjacent title beats a word list for one word: "le président Wilson", "M. Paris"
  if (known && !(ctx.title && ctx.titleAdjacent && single && known !== 'PER' && !acronym)) {
    return { type: known, evidence: 'lexicon', reason: 'gazetteer' };
  }

  // a lower-case last word can only be a post-posed head here ("Tech coalition")
  if (!single && ORG_HEADS.has(lastTok.lower)) return { type: 'ORG', evidence: 'cue', reason: 'org-head-inside' };
  // French motorways and national roads: "l'A7", "la N118"
  if (acronym && ROAD_NUMBER.test(firstTok.text)) return { type: 'LOC', evidence: 'shape', reason: 'road' };
  // "UZ224", "A320": flight numbers and models
  if (acronym && HAS_DIGIT.test(firstTok.text)) return { type: null, evidence: 'shape', reason: 'code' };
  // "le député LR": an acronym after a title is a party or a company, not a person
  if (acronym) {
    if (firstTok.text.length > 6 && g.commonWords.has(firstTok.lower)) return { type: null, evidence: 'shape', reason: 'shouted-word' };
    return { type: 'ORG', evidence: 'shape', reason: 'acronym' };
  }
  if (ctx.title) return { type: 'PER', evidence: 'cue', reason: 'title-before' };
  // "l'animateur de télévision Pierre Tchernia": a first name beats an organisation noun before
  const second = words[1];
  if (g.firstNames.has(firstTok.text) && second && (second.shape === 'title' || second.shape === 'initial')) {
    return { type: 'PER', evidence: 'shape', reason: 'first-name' };
  }
  if (ctx.orgHead) return { type: 'ORG', evidence: 'cue', reason: 'org-head-before' };
  if (ctx.placeHead) return { type: 'LOC', evidence: 'cue', reason: 'place-head-before' };
  if (!single && PLACE_NAME_FIRST_WORDS.has(firstTok.lower) && firstTok.shape === 'title') {
    return { type: 'LOC', evidence: 'cue', reason: 'place-word-first' };
  }
  if (!single && ORG_HEADS.has(firstTok.lower) && firstTok.shape === 'title') {
    return { type: 'ORG', evidence: 'cue', reason: 'org-head-first' };
  }
  // "Anna van der Breggen", "Hubert de Givenchy": a first name, particles, a surname
  if (!single && g.firstNames.has(firstTok.text) && lastTok.shape === 'title' && words.every((w) => w.shape === 'title' || NOBILIARY_PARTICLES.has(w.lower))) {
    return { type: 'PER', evidence: 'shape', reason: 'first-name-particle' };
  }
  // "Benoît XVI": a first name and a regnal number
  if (words.length === 2 && g.firstNames.has(firstTok.text) && lastTok.shape === 'upper' && REGNAL_NUMBER.test(lastTok.text)) {
    return { type: 'PER', evidence: 'shape', reason: 'regnal-name' };
  }
  // "le Parlement", "le Tribunal": an institution's head noun capitalised mid-sentence names it
  if (single && !firstTok.sentenceStart && firstTok.shape === 'title' && CAPITALISED_INSTITUTIONS.has(firstTok.lower)) {
    return { type: 'ORG', evidence: 'shape', reason: 'capitalised-institution' };
  }
  if (single && (g.commonWords.has(firstTok.lower) || g.capitalisedCommon.has(firstTok.lower))) {
    return { type: null, evidence: 'shape', reason: 'common-word' };
  }
  // a capital at the start of a sentence or a line says nothing; another mention may still
  // type this word (group.ts unifyTypes)
  if (single && firstTok.sentenceStart && firstTok.shape === 'title') {
    return { type: null, evidence: 'default', reason: SENTENCE_START_UNKNOWN };
  }
  if (ctx.placePreposition) return { type: 'LOC', evidence: 'default', reason: 'place-preposition' };
  if (!single) {
    // "Tapisserie de Bayeux", "France Diplomatie": a known place leading an unknown name, or
    // inside one with particles, is most often a work, an event or a brand; left out unless typed
    // elsewhere. A known word at the end of a plain pair is a surname ("Emilio Martin").
    const knownWord = (w: Token): boolean => w.shape === 'title' && lookup(w.text) !== undefined && lookup(w.text) !== 'PER';
    const hasParticles = words.some((w) => w.shape === 'lower');
    if (knownWord(firstTok) || (hasParticles && words.some(knownWord))) {
      return { type: null, evidence: 'default', reason: 'known-word-inside' };
    }
    const allTitle = words.every((w) => w.shape === 'title');
    if (allTitle && words.length <= 3 && !g.commonWords.has(firstTok.lower)) return { type: 'PER', evidence: 'default', reason: 'title-case-pair' };
    return { type: null, evidence: 'default', reason: 'long-run' };
  }
  // "BiP", "hCaptcha", "eBay": inner capitals are a brand's
  if (firstTok.shape === 'mixed' || INNER_CAPITAL.test(firstTok.text)) return { type: 'ORG', evidence: 'shape', reason: 'mixed-case' };
  return { type: null, evidence: 'default', reason: 'unknown-single' };
}
