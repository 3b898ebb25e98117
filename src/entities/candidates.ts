// Finding name candidates, one small finder per kind of name: capitalised runs (findRuns),
// official names headed by a cue noun (findInstitutions), state bodies ("l'armée syrienne"),
// capitalised common nouns with adjectives ("Rassemblement national"), street and site names,
// all-caps datelines; then trimming and splitting of runs. Apart from the finders' own kinds,
// nothing here decides a type: classify.ts does, and a learned tagger can later replace it
// while keeping these spans.
import {
  ARTICLE_AFTER_DE,
  DOTTED_ORG_SUFFIXES,
  GLUED_HONORIFICS,
  INSTITUTION_HEADS,
  LEADING_FUNCTION_WORDS,
  LOCUTION_NOUNS,
  NAME_CONNECTORS,
  NATIONAL_BODY_HEADS,
  PERSON_TITLES,
  POSTPOSED_ORG_HEADS,
  STREET_HEADS,
} from './lexicon.js';
import { firstTokenFrom, isCapitalised, type Token } from './tokens.js';

export type CandidateKind = 'run' | 'institution' | 'street' | 'dateline';

export interface Candidate {
  start: number;
  end: number;
  text: string;
  /** Token index range, inclusive. */
  first: number;
  last: number;
  kind: CandidateKind;
  /** A title or honorific was stripped from the front, or stands just before ("M.", "le ministre"). */
  title: 'honorific' | 'title' | null;
}

/** Spaces allowed between two words of one name (no line break, no punctuation). */
const NAME_SPACE = /^[ \u00a0\u202f]{1,2}$/u;
const AMPERSAND_GAP = /^[ \u00a0]?&[ \u00a0]?$/u;
const APOSTROPHE_GAP = /^['’]$/u;
const DOT_GAP = /^\.[ \u00a0]?$/u;
/** Adjectives of official names: "numérique", "aérospatiale", "nationale", "européen". */
const NAME_ADJECTIVE = /^\p{Ll}[\p{Ll}-]{2,}(?:ique|iques|al|ale|aux|ales|ien|ienne|iens|iennes|aire|aires|el|elle|els|elles|if|ive|ifs|ives|ais|aise|ain|aine|éen|éenne|ier|ière|iste|istes|eur|rice|ent|ente|ant|ante|é|ée|és|ées|eux|euse|ional|ionale)$/u;
/** Stricter adjectives for names headed by a capitalised common noun: no participles or verb endings ("chargé", "avaient"). */
const BODY_ADJECTIVE = /^\p{Ll}[\p{Ll}-]{2,}(?:ique|iques|al|ale|aux|ales|ien|ienne|iens|iennes|aire|aires|if|ive|ifs|ives|ais|aise|ain|aine|éen|éenne|iste|istes|ois|oise)$/u;
/** A continuation of a list inside one official name: ", des Innovations", "et de l'Industrie". */
/** Prepositions that go on with an official name after a capitalised head noun. */
const PURPOSE_CONNECTORS: ReadonlySet<string> = new Set(['pour', 'aux', 'contre', 'sur']);
/** Those of them that hold their article ("aux droits de l'homme"). */
const ARTICLE_PREPOSITIONS: ReadonlySet<string> = new Set(['aux']);
const LIST_GAP = /^,?[ \u00a0]$/u;
/** An all-caps dateline opening a paragraph: "JAKARTA - ", "PARIS (AFP) — ". */
const DATELINE = /^(?<place>\p{Lu}[\p{Lu}\p{M}'’-]+(?:[ \u00a0]\p{Lu}[\p{Lu}\p{M}'’-]+){0,3})[ \u00a0]*(?:\([^()\n]{1,30}\)[ \u00a0]*)?[-–—][ \u00a0]/gmu;

const gapBetween = (text: string, a: Token, b: Token): string => text.slice(a.end, b.start);

/** The connector chain starting at token i ("de", "de la", "d'", "of the") and the index of the capitalised token after it, or -1. */
function connectorChain(text: string, tokens: Token[], i: number): number {
  let k = i;
  for (let n = 0; n < 3; n++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (!t || !next) return -1;
    const isConn = NAME_CONNECTORS.has(t.lower) || (n > 0 && ARTICLE_AFTER_DE.has(t.lower));
    if (!isConn || t.shape !== 'lower') return -1;
    const gap = gapBetween(text, t, next);
    if (!NAME_SPACE.test(gap) && !APOSTROPHE_GAP.test(gap)) return -1;
    if (isCapitalised(next) && next.shape !== 'initial') return k + 1;
    k++;
  }
  return -1;
}

/** End offset of token i, taking in a dot that belongs to it ("D.C.", "Inc."). */
function endWithDot(text: string, t: Token): number {
  if (text[t.end] === '.' && (t.shape === 'initial' || DOTTED_ORG_SUFFIXES.has(t.lower))) return t.end + 1;
  return t.end;
}

export interface RunOptions {
  /** Whether a string is a known name (gazetteers): joins "Amérique latine", stops "Facebook de Donald Trump". */
  isKnown(name: string): boolean;
  isFirstName(word: string): boolean;
  /** Whether some known name starts with this text followed by a lower-case word ("Amérique" for "Amérique latine"). */
  hasLowerTail(prefix: string): boolean;
}

const NO_KNOWLEDGE: RunOptions = { isKnown: () => false, isFirstName: () => false, hasLowerTail: () => false };
/** How many lower-case words a known name may run on ("Amérique latine", "Afrique du Nord" is capitalised). */
const MAX_LOWER_TAIL = 2;

/** Maximal runs of capitalised tokens joined by spaces, "&", apostrophes, initials or connectors. */
export function findRuns(text: string, tokens: Token[], opts: RunOptions = NO_KNOWLEDGE): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first || !isCapitalised(first)) {
      i++;
      continue;
    }
    let last = i;
    let end = endWithDot(text, first);
    for (;;) {
      const cur = tokens[last];
      const next = tokens[last + 1];
      if (!cur || !next) break;
      const gap = text.slice(end, next.start);
      const gapFromToken = gapBetween(text, cur, next);
      if (isCapitalised(next) && (NAME_SPACE.test(gap) || gap === '' || AMPERSAND_GAP.test(gap))) {
        // "M.Dourov": an honorific glued by its dot starts a new candidate.
        if (gap === '' && GLUED_HONORIFICS.has(cur.lower) && DOT_GAP.test(gapFromToken)) break;
        last++;
        end = endWithDot(text, next);
        continue;
      }
      if (isCapitalised(next) && cur.shape === 'initial' && APOSTROPHE_GAP.test(gapFromToken)) {
        last++; // "O'Brien"
        end = endWithDot(text, next);
        continue;
      }
      if (NAME_SPACE.test(gap) && next.shape === 'lower') {
        const capAt = connectorChain(text, tokens, last + 1);
        // two names side by side ("Facebook de Donald Trump") are not one name
        const joined = capAt > 0 ? text.slice(first.start, (tokens[capAt] as Token).end) : '';
        const right = capAt > 0 ? (tokens[capAt] as Token).text : '';
        const twoNames =
          capAt > 0 &&
          !opts.isKnown(joined) &&
          (opts.isFirstName(right) || (opts.isKnown(text.slice(first.start, end)) && opts.isKnown(right) && !INSTITUTION_HEADS.has(first.lower)));
        if (capAt > 0 && !twoNames) {
          last = capAt;
          end = endWithDot(text, tokens[capAt] as Token);
          continue;
        }
      }
      break;
    }
    // a known name with a lower-case tail: "Amérique latine"
    const hasTail = opts.hasLowerTail(last === i && end === first.end ? first.text : text.slice(first.start, end));
    for (let k = 1; hasTail && k <= MAX_LOWER_TAIL; k++) {
      const tail = tokens[last + k];
      const before = tokens[last + k - 1];
      if (!tail || !before || tail.shape !== 'lower' || !NAME_SPACE.test(gapBetween(text, before, tail))) break;
      if (opts.isKnown(text.slice(first.start, tail.end))) {
        last += k;
        end = tail.end;
        break;
      }
    }
    // "Europe 1", "France 2": a known name with a number
    const num = tokens[last + 1];
    const prevTok = tokens[last];
    if (num && prevTok && num.shape === 'other' && end === prevTok.end && NAME_SPACE.test(gapBetween(text, prevTok, num)) && opts.isKnown(text.slice(first.start, num.end))) {
      last++;
      end = num.end;
    }
    // "la Tech coalition"
    const post = tokens[last + 1];
    const cur = tokens[last];
    if (post && cur && POSTPOSED_ORG_HEADS.has(post.lower) && post.shape === 'lower' && NAME_SPACE.test(gapBetween(text, cur, post)) && end === cur.end) {
      last++;
      end = post.end;
    }
    out.push(makeCandidate(text, tokens, i, last, end, 'run'));
    i = last + 1;
  }
  return out;
}

function makeCandidate(text: string, tokens: Token[], first: number, last: number, end: number, kind: CandidateKind): Candidate {
  const head = tokens[first] as Token;
  const start = head.start;
  // a one-word name is its token's own string (hashed once for every map that sees it)
  const name = first === last && end === head.end ? head.text : text.slice(start, end);
  return { start, end, text: name, first, last, kind, title: null };
}

/**
 * Official names headed by a cue noun that may be lower case and run over lower-case words,
 * commas and "et": "ministère du Développement numérique, des Innovations et de l'Industrie
 * aérospatiale", "Chambre de commerce des États-Unis", "Commission européenne". A lower-case head
 * needs a capitalised word in the name; the name ends after its last capitalised segment (and
 * its adjectives), or, for a capitalised head, after its last segment.
 */
export function findInstitutions(text: string, tokens: Token[], opts: RunOptions = NO_KNOWLEDGE): Candidate[] {
  const out: Candidate[] = [];
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h];
    if (!head || !INSTITUTION_HEADS.has(head.lower)) continue;
    if (head.shape !== 'lower' && head.shape !== 'title') continue;
    const capHead = head.shape === 'title';
    let k = h; // index of the last token consumed
    let goodEnd = -1; // last token index of an acceptable end
    let sawCap = false;
    // after a capitalised word, participles and verbs are the sentence's ("l'Union européenne
    // imposant", "l'Assemblée nationale doivent"): only true adjective endings are taken there
    const takeAdjectives = (afterCap = false): void => {
      for (;;) {
        const cur = tokens[k];
        const nxt = tokens[k + 1];
        if (!cur || !nxt || nxt.shape !== 'lower' || !(afterCap ? BODY_ADJECTIVE : NAME_ADJECTIVE).test(nxt.lower)) return;
        if (!NAME_SPACE.test(gapBetween(text, cur, nxt))) return;
        k++;
      }
    };
    takeAdjectives(capHead);
    if (capHead && k > h) goodEnd = k; // "Commission européenne"
    for (let seg = 0; seg < 8; seg++) {
      let c = k + 1;
      const cur = tokens[k];
      let t = tokens[c];
      if (!cur || !t) break;
      let gap = gapBetween(text, cur, t);
      if (!NAME_SPACE.test(gap) && !LIST_GAP.test(gap)) break;
      // a segment after "et" or a comma lists another part of the name: it must be capitalised
      const listed = gap.startsWith(',') || (t.lower === 'et' && t.shape === 'lower');
      if (t.lower === 'et' && t.shape === 'lower') {
        const after = tokens[c + 1];
        if (!after) break;
        gap = gapBetween(text, t, after);
        if (!NAME_SPACE.test(gap)) break;
        c++;
        t = after;
      } else if (gap.startsWith(',')) {
        // a comma continues the name only with another "de …" segment
        if (!(t.lower === 'de' || t.lower === 'des' || t.lower === 'du' || t.lower === 'd')) break;
      }
      // connector chain: de / du / des / d' / de la / de l'; after a capitalised head, also
      // "pour la", "aux", "contre les" ("Action chrétienne pour l'abolition de la torture")
      const deLike = t.lower === 'de' || t.lower === 'des' || t.lower === 'du' || t.lower === 'd';
      const purpose = capHead && PURPOSE_CONNECTORS.has(t.lower);
      if (!(deLike || purpose) || t.shape !== 'lower') break;
      let s = c + 1;
      const art = tokens[s];
      if (art && art.shape === 'lower' && ARTICLE_AFTER_DE.has(art.lower) && (t.lower === 'de' || t.lower === 'd' || purpose)) s++;
      // "pour la", "contre les" take a noun phrase; "pour mettre" is the sentence going on
      else if (purpose && !ARTICLE_PREPOSITIONS.has(t.lower)) break;
      const word = tokens[s];
      const before = tokens[s - 1];
      if (!word || !before) break;
      const g2 = gapBetween(text, before, word);
      if (!NAME_SPACE.test(g2) && !APOSTROPHE_GAP.test(g2)) break;
      if (word.shape === 'title' || word.shape === 'upper') {
        k = s;
        // further capitalised words of the same segment: "des États-Unis", "de Nouvelle Calédonie"
        for (;;) {
          const a = tokens[k];
          const b = tokens[k + 1];
          if (!a || !b || !(b.shape === 'title' || b.shape === 'upper') || !NAME_SPACE.test(gapBetween(text, a, b))) break;
          k++;
        }
        // "des Nations unies": a known name with a lower-case tail
        const tail = tokens[k + 1];
        if (tail && tail.shape === 'lower' && opts.isKnown(text.slice(word.start, tail.end))) k++;
        sawCap = true;
        takeAdjectives(true);
        goodEnd = k;
      } else if (word.shape === 'lower' && !LEADING_FUNCTION_WORDS.has(word.lower) && !LOCUTION_NOUNS.has(word.lower)) {
        // "de commerce": kept only if a capitalised segment follows, or the head is capitalised
        // (French capitalises only the first word: "Bureau de la sécurité des transports")
        k = s;
        takeAdjectives();
        if (capHead && !listed) goodEnd = k;
      } else break;
    }
    if (goodEnd < 0 || (!capHead && !sawCap)) continue;
    const endTok = tokens[goodEnd] as Token;
    out.push(makeCandidate(text, tokens, h, goodEnd, endTok.end, 'institution'));
    h = goodEnd;
  }
  return out;
}

/**
 * Names made of a capitalised common noun and lower-case adjectives, in mid-sentence:
 * "Rassemblement national", "Sécurité sociale", "Force républicaine". The capital on a common noun
 * is what marks them as names. `isCommon` decides the noun.
 */
export function findCapitalisedBodies(text: string, tokens: Token[], isCommon: (t: Token) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (let h = 0; h + 1 < tokens.length; h++) {
    const head = tokens[h] as Token;
    if (head.shape !== 'title' || head.sentenceStart || PERSON_TITLES.has(head.lower) || LEADING_FUNCTION_WORDS.has(head.lower) || !isCommon(head)) continue;
    let k = h;
    for (let n = 0; n < 2; n++) {
      const a = tokens[k] as Token;
      const b = tokens[k + 1];
      if (!b || b.shape !== 'lower' || !BODY_ADJECTIVE.test(b.lower) || !NAME_SPACE.test(gapBetween(text, a, b))) break;
      k++;
    }
    if (k === h) continue;
    out.push(makeCandidate(text, tokens, h, k, (tokens[k] as Token).end, 'institution'));
    h = k;
  }
  return out;
}

/**
 * State bodies named by a head noun and a nationality adjective: "l'armée syrienne", "le
 * gouvernement espagnol". `isNationality` decides the adjective.
 */
export function findNationalBodies(text: string, tokens: Token[], isNationality: (t: Token) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (let h = 0; h + 1 < tokens.length; h++) {
    const head = tokens[h] as Token;
    const adj = tokens[h + 1] as Token;
    if (head.shape !== 'lower' || !NATIONAL_BODY_HEADS.has(head.lower)) continue;
    if (adj.shape !== 'lower' || !NAME_SPACE.test(gapBetween(text, head, adj)) || !isNationality(adj)) continue;
    out.push(makeCandidate(text, tokens, h, h + 1, adj.end, 'institution'));
    h++;
  }
  return out;
}

/**
 * Street and site names with their lower-case head: "rue Kléber", "place de la Concorde", "gare
 * Saint-Lazare", "mer de Chine". The head, an optional "de / de la / des / d'", then capitalised
 * words joined by spaces.
 */
export function findStreets(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let h = 0; h + 1 < tokens.length; h++) {
    const head = tokens[h] as Token;
    if (head.shape !== 'lower' || !STREET_HEADS.has(head.lower)) continue;
    let k = h + 1;
    let t = tokens[k] as Token;
    if (!NAME_SPACE.test(gapBetween(text, head, t))) continue;
    if (t.shape === 'lower') {
      const capAt = connectorChain(text, tokens, k);
      if (capAt < 0) continue;
      k = capAt;
      t = tokens[k] as Token;
    }
    if (t.shape !== 'title') continue;
    while (k + 1 < tokens.length) {
      const a = tokens[k] as Token;
      const b = tokens[k + 1] as Token;
      if (b.shape !== 'title' || !NAME_SPACE.test(gapBetween(text, a, b))) break;
      k++;
    }
    out.push(makeCandidate(text, tokens, h, k, (tokens[k] as Token).end, 'street'));
    h = k;
  }
  return out;
}

/** Index of the token starting at `offset`, -1 if none. */
function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  const lo = firstTokenFrom(tokens, offset);
  return lo < tokens.length && (tokens[lo] as Token).start === offset ? lo : -1;
}

/** All-caps place names opening a paragraph and followed by a dash: news datelines. */
export function findDatelines(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  DATELINE.lastIndex = 0;
  for (let m = DATELINE.exec(text); m !== null; m = DATELINE.exec(text)) {
    const place = m.groups?.place ?? '';
    const start = m.index;
    const end = start + place.length;
    const first = tokenStartingAt(tokens, start);
    if (first < 0) continue;
    let last = first;
    while ((tokens[last + 1]?.end ?? Infinity) <= end) last++;
    out.push({ start, end, text: place, first, last, kind: 'dateline', title: null });
  }
  return out;
}

/**
 * A run that reaches a first name after other capitalised words holds two names: "Britannique
 * Tom Bishop", "Toronto Rob Ford", "États-Unis Donald Trump". Split before the first name, unless
 * the run already starts with one ("Jean Pierre Dupont"). The left part keeps its own chance.
 */
export function splitBeforeFirstName(text: string, tokens: Token[], c: Candidate, firstNames: ReadonlySet<string>): Candidate[] {
  const firstTok = tokens[c.first] as Token;
  if (c.last - c.first < 2 || firstNames.has(firstTok.text)) return [c];
  for (let k = c.first + 1; k < c.last; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    if (t.shape !== 'title' || !firstNames.has(t.text) || next.shape !== 'title') continue;
    let leftLast = k - 1;
    while (leftLast > c.first && (tokens[leftLast] as Token).shape === 'lower') leftLast--;
    const left = makeCandidate(text, tokens, c.first, leftLast, (tokens[leftLast] as Token).end, 'run');
    const right = makeCandidate(text, tokens, k, c.last, c.end, 'run');
    return [{ ...left, title: c.title }, right];
  }
  return [c];
}

/**
 * Leading words that are not part of the name: determiners, function words, titles ("Le
 * Président Erdogan" -> "Erdogan", title noted) and, at a sentence start, common words ("Selon
 * Reuters" -> "Reuters"). Returns the trimmed candidate, or null when nothing is left.
 */
export interface TrimOptions {
  /** A sentence-initial word that is a common word ("Selon", "Appel"). */
  isCommonAtStart(t: Token): boolean;
  /** A capitalised demonym before a name ("l'Espagnol Mario Mola"); `rest` = words after it in the run. */
  isDemonym(t: Token, rest: number): boolean;
}

export function trimLeading(text: string, tokens: Token[], c: Candidate, opts: TrimOptions): Candidate | null {
  let first = c.first;
  let title = c.title;
  for (;;) {
    const t = tokens[first];
    if (!t || first > c.last) return null;
    const nextTok = tokens[first + 1];
    if (PERSON_TITLES.has(t.lower)) {
      const glued = GLUED_HONORIFICS.has(t.lower) && text[t.end] === '.';
      title = glued || t.lower === 'mme' || t.lower === 'm' ? 'honorific' : title ?? 'title';
    } else if (
      LEADING_FUNCTION_WORDS.has(t.lower) ||
      (t.sentenceStart && opts.isCommonAtStart(t)) ||
      opts.isDemonym(t, c.last - first) ||
      (first > c.first && t.shape === 'lower')
    ) {
      // a word between a title and the name cuts them apart: "Ambassadeur de France" is no person
      if (t.shape === 'lower' || NAME_CONNECTORS.has(t.lower)) title = c.title;
    } else break;
    if (first === c.last || !nextTok) return null;
    first++;
  }
  // trailing function words: "Twitter En" (français)
  let last = c.last;
  let end = c.end;
  while (last > first && LEADING_FUNCTION_WORDS.has((tokens[last] as Token).lower)) {
    last--;
    end = (tokens[last] as Token).end;
  }
  if (first === c.first && last === c.last) return c;
  const start = (tokens[first] as Token).start;
  return { ...c, first, last, start, end, text: text.slice(start, end), title };
}
