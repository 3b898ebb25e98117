// Lazy, cached access to data/gazetteers/ (built by scripts/build-gazetteers.mjs). The folder is
// resolved from this module's URL, so the same code works from src/entities/ (tests, tsx) and
// dist/entities/ (the build).
import { readFileSync } from 'node:fs';
import { SortedNames } from './sorted-names.js';
import { detached } from './strings.js';
import { EXTRA_TICKERS, KNOWN_ORGS, WORLD_REGIONS } from './lexicon.js';

export type EntityType = 'ORG' | 'PER' | 'LOC' | 'MISC';

/** Exact names (as written) -> type, over several lists (see gazetteers()). */
export interface NameTable {
  get(name: string): EntityType | undefined;
  has(name: string): boolean;
  /** How many distinct names (counted on demand: tests and reports only). */
  readonly size: number;
}

export interface Gazetteers {
  /** Exact names (as written) -> type: places, organisations, training-corpus names. */
  names: NameTable;
  /** The same names keyed by a case- and accent-insensitive key (see nameKey). */
  namesByKey: Map<string, EntityType>;
  /** Capitalised beginnings of known names that go on with a lower-case word ("Amérique" of "Amérique latine"). */
  lowerTailHeads: Set<string>;
  /** First names (as written): a run starting with one is a person. */
  firstNames: Set<string>;
  /** Lower-case words that are common French words (rejects sentence-initial capitals). */
  commonWords: Set<string>;
  /** Lower-case words often capitalised mid-sentence without being (part of) a name. */
  capitalisedCommon: Set<string>;
  /** Ticker symbol -> company name. */
  tickers: Map<string, string>;
}

const DATA_DIR = new URL('../../data/gazetteers/', import.meta.url);

let cache: Gazetteers | undefined;
/** Training-corpus names to leave out (see withoutTrainingNames). */
let excluded: ReadonlySet<string> | undefined;
/** First names to leave out with them. */
let excludedFirstNames: ReadonlySet<string> | undefined;

/**
 * Leaves the given names of winer-names.tsv out of the gazetteers (undefined: none), and the given
 * first names out of per-first-names.txt, and drops the cache. For training the tagger by folds:
 * the rule stage's reading of a training document must not come from a list built on that same
 * document's annotations, or the tagger learns to trust the rules more than it should on unseen
 * text.
 */
export function withoutTrainingNames(names: ReadonlySet<string> | undefined, firstNames?: ReadonlySet<string>): void {
  excluded = names;
  excludedFirstNames = names === undefined ? undefined : firstNames;
  cache = undefined;
}

const LEGAL_SUFFIX = /,?\s(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|plc|PLC|S\.?A\.?|AG|N\.?V\.?|Holdings?|Group|Co\.?)$/u;
const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /[’`´]/g;

const NON_ASCII = /[^\u0000-\u007f]/u;
/** The first space followed by a lower-case word inside a name. */
const LOWER_CONTINUATION = / (?=\p{Ll})/u;
/** Keys of recent names: the same names recur within and across documents. */
const keyCache = new Map<string, string>();
const KEY_CACHE_MAX = 50_000;

function rawKey(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return s.normalize('NFKD').replace(COMBINING_MARKS, '').replace(APOSTROPHES, "'").toLowerCase();
}

/** Case-, accent- and apostrophe-insensitive key of a name. */
export function nameKey(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  let k = keyCache.get(s);
  if (k === undefined) {
    k = rawKey(s);
    if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
    keyCache.set(detached(s), detached(k));
  }
  return k;
}

function readList(file: string): string {
  try {
    return readFileSync(new URL(file, DATA_DIR), 'utf8');
  } catch {
    // A missing list degrades recall; it must not break the pipeline.
    return '';
  }
}

function lines(file: string): string[] {
  return readList(file).split('\n').filter((l) => l.length > 0);
}

/**
 * The names of every list with the lists' precedence: the reliable short lists (places, training
 * names, world regions, known organisations; later ones override earlier ones), then the French
 * communes, then the organisation lists. The two long lists stay sorted text (./sorted-names.ts).
 */
class Names implements NameTable {
  private counted: number | undefined;

  constructor(
    private readonly reliable: ReadonlyMap<string, EntityType>,
    private readonly communes: SortedNames,
    private readonly international: ReadonlyMap<string, EntityType>,
    private readonly organisations: SortedNames,
  ) {}

  get(name: string): EntityType | undefined {
    const reliable = this.reliable.get(name);
    if (reliable !== undefined) return reliable;
    if (this.communes.has(name)) return 'LOC';
    if (this.international.has(name) || this.organisations.has(name)) return 'ORG';
    return undefined;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  get size(): number {
    if (this.counted === undefined) {
      const seen = new Set<string>([...this.reliable.keys(), ...this.international.keys()]);
      for (const list of [this.communes, this.organisations]) for (let i = 0; i < list.length; i++) seen.add(list.at(i));
      this.counted = seen.size;
    }
    return this.counted;
  }

  /** Every name that may hold a space (the long lists' other names cannot). */
  *spaced(): Generator<string> {
    yield* this.reliable.keys();
    yield* this.international.keys();
    yield* this.communes.withSpace();
    yield* this.organisations.withSpace();
  }
}

/** The gazetteers, read on first use and cached. */
export function gazetteers(): Gazetteers {
  if (cache) return cache;
  const reliable = new Map<string, EntityType>();
  const international = new Map<string, EntityType>();
  const namesByKey = new Map<string, EntityType>();
  // The two long lists (companies and clubs, French communes) are matched as written only:
  // keying their 57,000 names would double the loading time for rare case variants.
  const key = (name: string, type: EntityType, override: boolean): void => {
    const k = rawKey(name);
    if (override || !namesByKey.has(k)) namesByKey.set(k, type);
  };
  const addReliable = (name: string, type: EntityType): void => {
    reliable.set(name, type);
    key(name, type, true);
  };
  // Lower priority first; later, more reliable lists override.
  for (const n of lines('org-international.txt')) {
    if (!international.has(n)) international.set(n, 'ORG');
    key(n, 'ORG', false);
  }
  for (const n of lines('loc.txt')) addReliable(n, 'LOC');
  for (const l of lines('winer-names.tsv')) {
    const tab = l.indexOf('\t');
    if (tab > 0 && !excluded?.has(l.slice(0, tab))) addReliable(l.slice(0, tab), l.slice(tab + 1) as EntityType);
  }
  for (const n of WORLD_REGIONS) addReliable(n, 'LOC');
  for (const n of KNOWN_ORGS) addReliable(n, 'ORG');
  const names = new Names(reliable, new SortedNames(readList('loc-communes.txt')), international, new SortedNames(readList('org.txt')));

  const tickers = new Map<string, string>();
  for (const l of lines('tickers.tsv')) {
    const tab = l.indexOf('\t');
    if (tab > 0) tickers.set(l.slice(0, tab), l.slice(tab + 1).replace(LEGAL_SUFFIX, ''));
  }
  for (const [t, n] of EXTRA_TICKERS) tickers.set(t, n);

  const lowerTailHeads = new Set<string>();
  for (const name of names.spaced()) {
    const m = LOWER_CONTINUATION.exec(name);
    if (m) lowerTailHeads.add(name.slice(0, m.index));
  }
  cache = {
    names,
    lowerTailHeads,
    namesByKey,
    firstNames: new Set(excludedFirstNames ? lines('per-first-names.txt').filter((n) => !excludedFirstNames?.has(n)) : lines('per-first-names.txt')),
    commonWords: new Set(lines('common-words.txt')),
    capitalisedCommon: new Set(lines('capitalised-common.txt')),
    tickers,
  };
  return cache;
}
