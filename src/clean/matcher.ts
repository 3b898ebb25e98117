// Compiles the boilerplate lexicon (./lexicon.ts) into one RegExp per rule, once, at module load.
import { parseByline, undatedBylineReason } from './byline.js';
import { BOILERPLATE_RULES, COUNTER_NOUNS, DATELINE_WORDS, PHOTO_AGENCIES, SHARE_WORDS, type MatchMode } from './lexicon.js';
import { stripEdges, words } from './normalize.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Longest phrases first, so that an alternation prefers "lire aussi" to "lire". */
function alternation(phrases: readonly string[]): string {
  if (phrases.length === 0) throw new Error('empty phrase list');
  return [...phrases].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join('|');
}

interface Entry {
  /** Index of the rule in BOILERPLATE_RULES: the lowest wins. */
  priority: number;
  reason: string;
  mode: MatchMode;
  maxChars: number;
}

/** Every phrase with the rules that list it, by mode. */
const BY_MODE = new Map<MatchMode, Map<string, Entry[]>>([
  ['whole', new Map()],
  ['label', new Map()],
  ['start', new Map()],
  ['contains', new Map()],
]);
BOILERPLATE_RULES.forEach((r, priority) => {
  const table = BY_MODE.get(r.mode)!;
  for (const phrase of r.phrases) {
    const list = table.get(phrase) ?? [];
    list.push({ priority, reason: r.reason, mode: r.mode, maxChars: r.maxChars });
    table.set(phrase, list);
  }
});

// One alternation per mode, scanned once per block: cheaper than one RegExp per rule.
const startAlternation = alternation([...BY_MODE.get('start')!.keys(), ...BY_MODE.get('label')!.keys()]);
/** Start and label phrases at the start of the block. */
const AT_START = new RegExp(`^(?:${startAlternation})`, 'u');
/**
 * Contains phrases anywhere; boundaries are checked on each hit. One alternation per length band:
 * a block of length L is scanned only for the phrases of rules that still apply at L (maxChars >=
 * L), so long paragraphs are not scanned for the many phrases meant for short lines.
 */
const CONTAINS_BANDS: ReadonlyArray<{ maxChars: number; pattern: RegExp }> = (() => {
  const contains = BY_MODE.get('contains')!;
  const limits = [...new Set([...contains.values()].flatMap((es) => es.map((e) => e.maxChars)))].sort((a, b) => a - b);
  return limits.map((limit) => {
    const phrases = [...contains.entries()].filter(([, es]) => es.some((e) => e.maxChars >= limit)).map(([p]) => p);
    return { maxChars: limit, pattern: new RegExp(alternation(phrases), 'gu') };
  });
})();

/** The alternation for a block of `length` characters, or null when no contains rule applies. */
function containsPattern(length: number): RegExp | null {
  for (const band of CONTAINS_BANDS) if (length <= band.maxChars) return band.pattern;
  return null;
}
/** What may follow a "label" phrase: the end of the block or a separator. */
const LABEL_END = /^\s*(?:$|[:|»›>•·–—-])/u;
const ALNUM = /[\p{L}\p{N}]/u;

/** The block has no letter or digit glued to the phrase at [start, end). */
function atBoundaries(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  const last = text[end - 1] ?? '';
  return (before === undefined || !ALNUM.test(before)) && (after === undefined || !ALNUM.test(last) || !ALNUM.test(after));
}

function better(best: Entry | null, candidates: readonly Entry[] | undefined, length: number, ok: (e: Entry) => boolean): Entry | null {
  for (const e of candidates ?? []) {
    if (length <= e.maxChars && (best === null || e.priority < best.priority) && ok(e)) best = e;
  }
  return best;
}

/** The lexicon rule a block matches, highest priority first, or null. */
function ruleReason(folded: string, bare: string): string | null {
  let best: Entry | null = better(null, BY_MODE.get('whole')!.get(bare), bare.length, () => true);
  const head = AT_START.exec(bare);
  if (head) {
    const rest = bare.slice(head[0].length);
    const phrase = head[0];
    best = better(best, BY_MODE.get('label')!.get(phrase), bare.length, () => LABEL_END.test(rest));
    best = better(best, BY_MODE.get('start')!.get(phrase), bare.length, () => atBoundaries(bare, 0, phrase.length));
  }
  const anywhere = containsPattern(folded.length);
  if (anywhere === null) return best?.reason ?? null;
  anywhere.lastIndex = 0;
  for (let m = anywhere.exec(folded); m !== null; m = anywhere.exec(folded)) {
    const end = m.index + m[0].length;
    if (atBoundaries(folded, m.index, end)) best = better(best, BY_MODE.get('contains')!.get(m[0]), folded.length, () => true);
    // A hit glued to a word ("expertsschedule") must not hide a phrase that overlaps it.
    else anywhere.lastIndex = m.index + 1;
  }
  return best?.reason ?? null;
}

/** The longest block any rule looks at: longer blocks skip the lexicon altogether. */
export const LEXICON_MAX_CHARS = Math.max(...BOILERPLATE_RULES.map((r) => r.maxChars));

/** A number alone, possibly grouped ("0", "1 234", "12.5k"), or a number and a counted noun. */
const COUNTER = new RegExp(`^\\d[\\d .,]{0,12}(?:k|m)?(?: (?:${alternation(COUNTER_NOUNS)}))?$`, 'u');
/** A counted noun with its count in brackets: "Commentaires (3)", "Vos réactions (11)". */
const COUNTER_BRACKETED = new RegExp(`^(?:[\\p{L}']+ ){0,2}(?:${alternation(COUNTER_NOUNS)}) ?\\(\\d{1,6}\\)$`, 'u');
/**
 * A picture credit closing a caption: "Le piquet de grève / (C) Jean Martin", "Vue du port ©
 * Marie Durand": a © or (c) followed by a few words up to the end of a short block.
 */
const TRAILING_CREDIT = /(?:^|[\s/|·,–—-])(?:©|\(c\))\s*[\p{L}\p{N}.'&-]+(?:\s+[\p{L}\p{N}.'&-]+){0,4}\s*$/u;
const TRAILING_CREDIT_MAX_CHARS = 200;
/** A caption's credit in brackets at its end: "(Photo : Jean Martin)", "(Bildquelle: Ring der Landjugend)". */
const BRACKETED_CREDIT = /\((?:photos?|credits?|credit photo|bildquelle|quelle|fotos?|images?|illustration)\s*:[^()]{1,60}\)$/u;
const BRACKETED_CREDIT_MAX_CHARS = 250;
/** Copyright years next to a "©": "© 2020 Prisma Média", "© Le Devoir 2002-2020". */
const COPYRIGHT_MARKS = ['©', '(c)', 'copyright'];
/** How far after the mark the year may start, in characters (code points) on the same line. */
const COPYRIGHT_YEAR_MAX_DISTANCE = 60;
/**
 * A year of the 20th or 21st century, alone. Searched in a bounded window after each mark: one
 * pattern of mark, gap and year would retry the gap at every mark.
 */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/u;
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/u;

/** A year at most COPYRIGHT_YEAR_MAX_DISTANCE characters after a copyright mark, on its line. */
function hasCopyrightYear(folded: string): boolean {
  for (const mark of COPYRIGHT_MARKS) {
    for (let at = folded.indexOf(mark); at >= 0; at = folded.indexOf(mark, at + 1)) {
      const from = at + mark.length;
      // twice the distance in code units (surrogate pairs), and the year's 4 digits, and one for (?!\d)
      const window = folded.slice(from, from + 2 * COPYRIGHT_YEAR_MAX_DISTANCE + 5);
      // the nearest year decides: any other is further away
      const year = YEAR.exec(window);
      if (year === null) continue;
      const gap = window.slice(0, year.index);
      if (!LINE_TERMINATOR.test(gap) && [...gap].length <= COPYRIGHT_YEAR_MAX_DISTANCE) return true;
    }
  }
  return false;
}
/** A picture credit's agency at the end of a short block: "Jean Dupont / AFP". */
const AGENCY_CREDIT = new RegExp(`(?:^|[\\s/|·•,(-])(?:${alternation(PHOTO_AGENCIES)})\\)?$`, 'u');
/** Only the end of a block can hold an agency credit: no need to scan the rest. */
const AGENCY_TAIL_CHARS = 40;
/** Longest block checked for an agency credit. */
const AGENCY_CREDIT_MAX_CHARS = 100;
/** Longest block made of social-network names only (share bars). */
const SHARE_BAR_MAX_WORDS = 10;
/** Longest block that can be a share bar: ten of the longest share words and their separators. */
const SHARE_BAR_MAX_CHARS = 160;
const SENTENCE_END = /[.!?…][\s"'’”»)\]]*$/u;
const HAS_ALNUM = /[\p{L}\p{N}]/u;

/** Longest block checked for a dateline. */
const DATELINE_MAX_CHARS = 60;
const HAS_DIGIT = /\d/u;
/** Date separators split into separate numbers ("12/01/2021", "2019-11-18", "18.11.2019"). */
const DATE_SEPARATORS = /[/.-]/gu;
/** Numbers of a date or a time: "18", "2019", "12/01/2021", "7:07", "10h30", "2019-11-18". */
const DATE_NUMBER = /^\d{1,4}(?:[h:]\d\d)?(?:st|nd|rd|th|er|e)?$/u;

/**
 * A stand-alone date or time line: at least one number, a month name or a time, and nothing
 * but DATELINE_WORDS and date numbers.
 */
function isDateline(tokens: readonly string[]): boolean {
  let numbers = 0;
  let named = 0;
  for (const t of tokens) {
    if (DATE_NUMBER.test(t)) numbers++;
    else if (DATELINE_WORDS.has(t)) named++;
    else return false;
  }
  return numbers > 0 && numbers + named >= 2;
}

/** Pipe-separated menus: "Accueil | Actualités | Sport", "Feed | Comments closed | Trackback". */
const PIPE = /\s\|\s/gu;
/** At least this many pipes… */
const MENU_MIN_PIPES = 2;
/** …between segments of at most this many words on average. */
const MENU_MAX_WORDS_PER_SEGMENT = 3;

/**
 * The reason a block is boilerplate by its wording alone, or null. `folded` is fold(block).
 * Blocks with no letter or digit are "empty" (separators, a lone no-break space).
 */
export function lexiconReason(folded: string): string | null {
  if (!HAS_ALNUM.test(folded)) return 'empty';
  if (folded.length > LEXICON_MAX_CHARS) return null;
  const bare = stripEdges(folded);
  if (COUNTER.test(bare) || COUNTER_BRACKETED.test(folded)) return 'counter';
  if (hasCopyrightYear(folded)) {
    return 'copyright';
  }
  const reason = ruleReason(folded, bare);
  if (reason !== null) return reason;
  if (folded.length <= AGENCY_CREDIT_MAX_CHARS && !SENTENCE_END.test(folded) && AGENCY_CREDIT.test(bare.slice(-AGENCY_TAIL_CHARS))) {
    return 'credit';
  }
  if (folded.length <= TRAILING_CREDIT_MAX_CHARS && (folded.includes('©') || folded.includes('(c)')) && TRAILING_CREDIT.test(folded)) {
    return 'credit';
  }
  if (folded.length <= BRACKETED_CREDIT_MAX_CHARS && folded.endsWith(')') && BRACKETED_CREDIT.test(folded)) return 'credit';
  // Ten share words fit in SHARE_BAR_MAX_CHARS: longer blocks need no second tokenization here.
  if (bare.length <= SHARE_BAR_MAX_CHARS) {
    const tokens = words(bare);
    if (tokens.length > 0 && tokens.length <= SHARE_BAR_MAX_WORDS && tokens.every((t) => SHARE_WORDS.has(t))) {
      return 'share-bar';
    }
  }
  if (folded.length <= DATELINE_MAX_CHARS && HAS_DIGIT.test(folded) && isDateline(words(folded.replace(DATE_SEPARATORS, ' ')))) {
    return 'dateline';
  }
  if (!folded.includes(' | ')) return null;
  const pipes = folded.match(PIPE)?.length ?? 0;
  if (pipes >= MENU_MIN_PIPES && !SENTENCE_END.test(folded) && words(bare).length <= (pipes + 1) * MENU_MAX_WORDS_PER_SEGMENT) {
    return 'navigation';
  }
  return null;
}

/** "byline" when the block is an author line with no date (see ./byline.ts), else null. `text` is the block as written. */
export function bylineReason(text: string): string | null {
  return undatedBylineReason(parseByline(text));
}
