// Find: where the figures are, and what their parts are (numeral, magnitude, fraction,
// percent sign, currency, unit, counted noun). Values are composed in resolve.ts.
import {
  ADDRESS_WORDS_AFTER,
  AGE_CUES_AFTER,
  AGE_CUES_BEFORE,
  AGE_PERSON_NOUNS,
  AGE_UNITS,
  AGE_ADVERBS,
  AGE_VERBS,
  APPROXIMATION_NEEDS_DE,
  APPROXIMATION_NOUNS,
  CURRENCY_SUBUNITS,
  DECIMAL_WORDS,
  DEMONYM_SUFFIXES,
  RATIO_WORDS,
  VULGAR_FRACTIONS,
  CURRENCY_CODES,
  CURRENCY_NAMES,
  CURRENCY_NAMES_NEEDING_VARIANT,
  CURRENCY_SYMBOLS,
  DEGREE_SCALES,
  DIGIT_ORDINAL_SUFFIXES,
  DOLLAR_PREFIXES,
  DOLLAR_SUFFIXES_LOWER,
  FRACTION_WORDS,
  FUNCTION_WORDS,
  HALF_WORDS,
  HUNDRED_WORDS,
  IRREGULAR_ORDINALS,
  LABEL_WORDS_BEFORE,
  MAGNITUDE_ABBREVIATIONS,
  MAGNITUDE_WORDS,
  MONEY_CONTEXT_STEMS,
  MONTHS,
  NEGATIVE_WORDS,
  ORDINAL_NAME_NOUNS,
  ORDINAL_ROUND_NOUNS,
  ONE_CONTINUATIONS,
  ONE_QUALIFIER_PHRASES,
  PERCENT_NOUNS_BEFORE,
  PERCENT_SYMBOLS,
  PERCENT_WORDS,
  POSTPOSED_ADJECTIVE_SUFFIXES,
  POUND_NOT_MONEY_AFTER,
  PREPOSED_ADJECTIVES,
  QUALIFIER_PHRASES,
  REFERENCE_DETERMINERS,
  SCORE_CUES,
  TEMPERATURE_UNITS,
  SECOND_DETERMINERS,
  SHARE_NOUNS,
  SINGLE_WORDS,
  SMALL_NUMBERS,
  THOUSAND_WORDS,
  TIME_NOUNS,
  TITLE_NOUNS_AFTER_FIRST,
  UNIT_SYMBOLS,
  UNIT_WORDS,
  WEEKDAYS,
  WHOLE_CONTRACTIONS,
  WHOLE_CONTRACTIONS_BEFORE,
  WHOLE_DETERMINERS,
  YEAR_CUES_BEFORE,
} from './lexicon.js';
import { glued, onlySpaces, ordinalStem, parseWordNumber } from './numbers.js';
import { denominatorValue, magnitudeFactor, qualifierPhraseBefore } from './resolve.js';
import { isPlainInteger, parseDigits, tokenizeAround, type Token } from './tokens.js';

export interface Part {
  start: number;
  end: number;
  text: string;
}

export interface Candidate {
  /** The candidate's extent, unit included (a quantity's figure stops before its unit: resolve.ts). */
  start: number;
  end: number;
  /** The number itself: digits or number words. */
  numeral: Part & { value: number; form: 'digits' | 'words' };
  sign?: Part;
  /** "millions", "Md", "mille" after a numeral. */
  magnitude?: Part;
  /** "et demi" after the number. */
  half?: Part;
  /** Fraction denominator: "quarts", "tiers", "vingt-cinquièmes", "demi" (value: 4, 3, 25, 2). */
  denominator?: Part & { value: number };
  /** A fraction added after "et": "cinq et un quart", "six millions et deux tiers" (value: 0.25, 2/3). */
  extra?: Part & { value: number };
  /** Ratio: "un sur trois" (value: 3). */
  per?: Part & { value: number };
  /**
   * Smaller groups said after a magnitude, added to the figure: "1 million 500 000",
   * "2 milliards 300 millions", "4 mille 3 cents et 21" (value 500000, 3e8, 321).
   */
  tail?: Part & { value: number };
  /** Money sub-amount after the currency: "15 dollars et 15 cents", "2 euros 50" (value in the main unit). */
  subAmount?: Part & { value: number };
  /** "dizaine", "centaines", "millier": the numeral multiplies it, the figure is approximate. */
  approximation?: Part;
  ordinal?: boolean;
  /** A fraction of a whole ("les deux tiers", "trois quarts des élèves"): a percentage. */
  ofWhole?: boolean;
  /** A share noun ("la moitié"): the numeral holds its percentage. */
  share?: Part;
  percent?: Part;
  currency?: Part;
  /** Measurement unit as written (quantities, ages). */
  unit?: Part;
  /** The unit is an age ("âgé de 45 ans"). */
  age?: boolean;
  /** The counted noun phrase (counts and ordinals). */
  counted?: Part;
  /** Upper bound of a range ("entre 10 et 20 euros"): its own candidate. */
  rangeEnd?: Candidate;
  /** The next figure of an enumeration, whose percent sign or currency this one shares. */
  unitFrom?: Candidate;
  /** Lower bound of the range this candidate closes. */
  rangeStart?: Candidate;
}

const SIGN_CHARS: ReadonlySet<string> = new Set(['+', '-', '−']);
/** Characters that, glued on both sides of two numbers, make a code, a score, a date or a time. */
const NUMBER_JOINERS: ReadonlySet<string> = new Set(['-', '–', '/', ':', '.', ',', '‑', '_', '×', 'x', 'h']);
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  '.', '!', '?', '«', '"', '“', '”', ':', ';', '(', '—', '–', '-', '*', '•', '[', '…', '»',
]);
const LIST_MARKERS: ReadonlySet<string> = new Set(['.', ')', '°']);
/** Last words of the bounds that make "un" a number ("au moins", "au plus", "plus de"). */
const ONE_QUALIFIER_LAST_WORDS: ReadonlySet<string> = new Set(
  [...ONE_QUALIFIER_PHRASES].map((p) => p.slice(p.lastIndexOf(' ') + 1)).filter((w) => !w.endsWith("'")),
);
/** Endings of French plurals ("personnes", "prix", "jeux", "gaz"). */
const PLURAL_END_RE = /[sxz]$/u;
/** Ordinal suffixes that tokenized text writes apart from their number ("la 5 e place"). */
const SPACED_ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['e', 'er', 're', 'ème', 'ère', 'eme']);
/** Largest denominator of a proportion with its noun inside ("une femme sur dix"). */
const NOUN_RATIO_MAX = 10;
/** Punctuation that closes a clause: a number before it is complete. */
const CLAUSE_PUNCTUATION: ReadonlySet<string> = new Set(['.', ',', ';', ':', '!', '?', ')', '»', '…']);
/** "dixièmes", "centièmes" and finer: fractions of a time unit that are measures, not durations. */
const FINE_DENOMINATOR = 10;
/** Largest denominator of a slash fraction ("3/4", "9/10"); "5/12" is more likely a date. */
const SLASH_DENOMINATOR_MAX = 10;
/** One comma and exactly three digits after it: English thousands after a prefixed currency sign. */
const ENGLISH_THOUSANDS_RE = /^\d{1,3},\d{3}$/u;
/** Dashes between the two numbers of a score ("34-27", "3–1"). */
const SCORE_DASHES: ReadonlySet<string> = new Set(['-', '–', '‑']);
/** How many tokens back a score cue word may be ("s'est imposé sur le score de 34-27"). */
const SCORE_CUE_DISTANCE = 8;
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', ';']);
/** Single characters between the groups of a phone number. */
const PHONE_SEPARATORS: ReadonlySet<string> = new Set([' ', '\u00A0', '.', '-']);
/** Short numbers in a row that make a phone number. */
const PHONE_RUN = 4;
/** Words between the hour and the minutes of a clock time ("14 h 30", "9 heures 15"), or the minutes and the seconds of a time ("1 minute 20"). */
const CLOCK_HOUR_WORDS: ReadonlySet<string> = new Set(['h', 'heure', 'heures', 'min', 'mn', 'minute', 'minutes']);
/** A French postcode: five digits, before the name of its town ("75008 Paris"). */
const POSTCODE_DIGITS = 5;
const LABEL_SYMBOLS: ReadonlySet<string> = new Set(['#', '°', 'º', '§', '№']);
const APOSTROPHES: ReadonlySet<string> = new Set(["'", '’']);
const RANGE_WORDS: ReadonlySet<string> = new Set(['et', 'à', 'a', 'au']);
const RANGE_SYMBOLS: ReadonlySet<string> = new Set(['-', '–']);
/** Upper bound of a number after "et" in a money sub-amount ("2 euros 50", "15 dollars et 15 cents"). */
const SUB_AMOUNT_MAX = 100;

/** How far back the money words of "livres" are looked for. */
const MONEY_CONTEXT_WINDOW = 200;

/** Start of the sentence holding `pos` (after ". ", "! ", "? ", a line break), at most `window` back. */
function sentenceStartBefore(text: string, pos: number, window: number): number {
  const floor = Math.max(0, pos - window);
  for (let k = pos - 1; k >= floor; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return k + 1;
    if ((c === 46 || c === 33 || c === 63) && k + 1 < pos && isSpaceCodeAt(text.charCodeAt(k + 1))) return k + 1;
  }
  return floor;
}

function isSpaceCodeAt(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x202f;
}

/** A letter of a French word (ASCII, Latin-1, Latin Extended-A). */
function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

const UNIT_WORD_SET: ReadonlySet<string> = new Set(UNIT_WORDS);
// First tokens of the multi-token units and percent words: a cheap test before the phrase reader.
const FIRST_LETTERS_RE = /^[\p{L}\p{M}]+/u;
const firstToken = (phrase: string): string => FIRST_LETTERS_RE.exec(phrase)?.[0] ?? phrase;
const UNIT_FIRST_RAW: ReadonlySet<string> = new Set([...UNIT_SYMBOLS].map(firstToken));
const UNIT_FIRST_LOWER: ReadonlySet<string> = new Set(UNIT_WORDS.map(firstToken));
const PERCENT_FIRST: ReadonlySet<string> = new Set([...PERCENT_WORDS.keys()].map(firstToken));
const LONGEST_UNIT_WORDS = Math.max(...UNIT_WORDS.map((u) => u.split(/[ '-]/u).length * 2));
const LONGEST_PERCENT_WORDS = 6;
const YEAR_MIN = 1000;
const YEAR_MAX = 2100;
/** A day of the month, when followed by a month name. */
const DAY_MAX = 31;
const CAPITAL_RE = /^\p{Lu}/u;
const QUALIFIER_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...QUALIFIER_PHRASES.keys()].map((p) => p.split(/[ ']/u)[0] ?? p),
);

/**
 * Cheap gate before the full reading: a word starts a figure only if it is a number word, an
 * ordinal, or a currency code or dollar prefix written before the amount.
 */
function mayStartFigure(t: Token): boolean {
  const w = t.lower;
  const first = t.text.charCodeAt(0);
  if (((first >= 65 && first <= 90) || t.text.length <= 3) && START_CODES.has(t.text)) return true; // "USD", "CHF", "usd$"
  if (START_FIRST_LETTERS.has(w.charCodeAt(0)) && START_WORDS.has(w)) return true;
  // "-ième(s)" ordinals: the suffix test is cheap, the stem lookup is not
  return (w.endsWith('me') || w.endsWith('mes')) && ordinalStem(w) !== null;
}
const START_WORDS: ReadonlySet<string> = new Set([
  ...SMALL_NUMBERS.keys(), ...HUNDRED_WORDS, ...THOUSAND_WORDS, ...IRREGULAR_ORDINALS.keys(), ...SHARE_NOUNS.keys(),
  ...FRACTION_WORDS.keys(),
]);
const START_CODES: ReadonlySet<string> = new Set([...CURRENCY_CODES, ...DOLLAR_PREFIXES.keys()]);
const START_FIRST_LETTERS: ReadonlySet<number> = new Set([...START_WORDS].map((w) => w.charCodeAt(0)));

/** Text between two tokens when it is only horizontal space, "" when glued, else null. */
function spacing(text: string, a: Token, b: Token): string | null {
  if (a.end === b.start) return '';
  return onlySpaces(text, a.end, b.start) ? ' ' : null;
}

export class Finder {
  readonly tokens: Token[];
  private readonly text: string;
  /** Set while reading a number written after its currency ("€1000"): it is not a year. */
  private currencyFirst = false;

  constructor(text: string) {
    this.text = text;
    this.tokens = tokenizeAround(text);
  }

  /** All candidates, left to right, not overlapping. */
  findAll(): Candidate[] {
    const out: Candidate[] = [];
    const toks = this.tokens;
    let i = 0;
    while (i < toks.length) {
      const t = toks[i];
      if (t === undefined) break;
      if (t.type === 'sym' ? !CURRENCY_SYMBOLS.has(t.text) && !VULGAR_FRACTIONS.has(t.text) : t.type === 'word' && !mayStartFigure(t)) {
        i++;
        continue;
      }
      const found = this.candidateAt(i);
      if (found === null) {
        i++;
        continue;
      }
      const [cand, next] = found;
      const prev = out[out.length - 1];
      const merged = prev !== undefined ? this.mergeRange(prev, cand) : null;
      if (merged !== null) {
        out[out.length - 1] = merged[0];
        out.push(merged[1]);
      } else out.push(cand);
      i = Math.max(next, i + 1);
    }
    // "respectivement 36 et 31 % des voix", "10, 20 et 30 euros": bare numbers of an
    // enumeration share the sign of its last member (right to left, so the sign travels)
    for (let k = out.length - 2; k >= 0; k--) {
      const a = out[k];
      const b = out[k + 1];
      if (a !== undefined && b !== undefined && this.sharesUnitWith(a, b)) out[k] = { ...a, unitFrom: b.unitFrom ?? b };
    }
    return out;
  }

  /** A candidate starting at token i (or its currency prefix), with the index after it. */
  private candidateAt(i: number): [Candidate, number] | null {
    const toks = this.tokens;
    const t = toks[i];
    if (t === undefined) return null;
    // Currency written first: "€12", "$ 5", "US$ 3 millions", "USD 12", "CHF 40".
    const prefix = this.currencyPrefix(i);
    if (prefix !== null) {
      const [cur, ni] = prefix;
      const n = toks[ni];
      if (n !== undefined && n.type === 'num') {
        this.currencyFirst = true;
        const core = this.core(ni, false);
        this.currencyFirst = false;
        if (core !== null) {
          const [cand, next] = core;
          if (cand.currency === undefined && cand.percent === undefined && cand.unit === undefined) {
            cand.currency = cur;
            cand.start = Math.min(cand.start, cur.start);
            delete cand.counted;
            return [cand, next];
          }
        }
      }
    }
    if (t.type === 'word') {
      const share = SHARE_NOUNS.get(t.lower);
      if (share !== undefined) return this.shareAt(i, share);
      const bare = FRACTION_WORDS.get(t.lower);
      if (bare !== undefined) return this.bareFractionOfMagnitude(i, bare);
    }
    if (t.type === 'num' || t.type === 'word') {
      const found = this.core(i, true);
      // "négatif cinq", "négative 3,5": a spelled-out sign
      const neg = found === null || found[0].sign !== undefined ? undefined : this.wordBefore(i);
      if (found !== null && neg !== undefined && NEGATIVE_WORDS.has(neg.lower)) {
        found[0].sign = this.part(neg.start, neg.end);
        found[0].start = neg.start;
      }
      // "des températures de - 10 °C", "Renault : - 2,5 %": a spaced minus before a temperature,
      // a percentage or an amount (not "10 - 20 °C"; a dash opening a line is a list bullet,
      // except before a temperature)
      const c = found?.[0];
      const sg = this.tokens[i - 1];
      const signChar = sg !== undefined && t.type === 'num' && (sg.text === '-' || sg.text === '−' || sg.text === '+') && onlySpaces(this.text, sg.end, t.start);
      if (c !== undefined && signChar && sg !== undefined && c.sign === undefined) {
        const temperature = c.unit !== undefined && TEMPERATURE_UNITS.has(c.unit.text.toLowerCase());
        const atLineStart = this.lineStart(i - 1);
        const change = (c.percent !== undefined || (c.currency !== undefined && c.currency.start >= t.end)) && !atLineStart;
        // a line that holds only "- 10 k" is a negative value, not a list item
        const alone = atLineStart && this.endsLine(c.end);
        const before = this.tokens[i - 2];
        // "(+ 0,3 %)": a plus sign too, before a change
        const sign = sg.text !== '+' ? temperature || change || alone : change;
        if (sign && (before === undefined || (before.type !== 'num' && (!glued(before, sg) || before.text === '(')))) {
          c.sign = this.part(sg.start, sg.end);
          c.start = sg.start;
        }
      }
      // "un pourcentage de 20": the percent word before the number, nothing counted after it
      if (c !== undefined && c.percent === undefined && c.currency === undefined && c.unit === undefined && c.counted === undefined
        && c.ordinal !== true && c.share === undefined && c.per === undefined) {
        const pw = this.percentWordBefore(i);
        if (pw !== undefined) {
          c.percent = pw;
          c.start = Math.min(c.start, pw.start);
        }
      }
      return found;
    }
    const vulgar = VULGAR_FRACTIONS.get(t.text);
    if (vulgar !== undefined) {
      const prev = toks[i - 1];
      if (prev !== undefined && glued(prev, t) && prev.type !== 'sym') return null;
      const numeral = { ...this.part(t.start, t.end), value: vulgar, form: 'digits' as const };
      return this.afterNumber({ start: t.start, end: t.end, numeral }, i + 1, i);
    }
    return null;
  }

  /** "pourcentage de" / "pourcentage d'" right before token i (the rate it names follows). */
  private percentWordBefore(i: number): Part | undefined {
    let k = i - 1;
    const de = this.tokens[k];
    if (de === undefined) return undefined;
    if (APOSTROPHES.has(de.text) && this.tokens[i] !== undefined && glued(de, this.tokens[i] ?? de)) {
      k -= 1;
      const d = this.tokens[k];
      if (d === undefined || d.lower !== 'd' || !glued(d, de)) return undefined;
    } else if (de.lower !== 'de' || this.wordBefore(i) !== de) return undefined;
    const p = this.wordBefore(k);
    if (p === undefined || !PERCENT_NOUNS_BEFORE.has(p.lower)) return undefined;
    return this.part(p.start, de.end);
  }

  private currencyPrefix(i: number): [Part, number] | null {
    const toks = this.tokens;
    const t = toks[i];
    if (t === undefined) return null;
    let end = i;
    if (t.type === 'sym' && CURRENCY_SYMBOLS.has(t.text)) {
      end = i + 1;
    } else if (t.type === 'word' && DOLLAR_PREFIXES.has(t.text) && toks[i + 1]?.text === '$' && glued(t, toks[i + 1] ?? t)) {
      end = i + 2;
    } else if (t.type === 'word' && CURRENCY_CODES.has(t.text)) {
      end = i + 1;
    } else return null;
    const last = toks[end - 1];
    const n = toks[end];
    if (last === undefined || n === undefined || n.type !== 'num' || spacing(this.text, last, n) === null) return null;
    const prev = toks[i - 1];
    if (prev !== undefined && prev.type !== 'sym' && glued(prev, t)) return null;
    return [this.part(t.start, last.end), end];
  }

  private part(start: number, end: number): Part {
    return { start, end, text: this.text.slice(start, end) };
  }

  /** Is token i the first of its sentence (or line)? */
  private sentenceStart(i: number): boolean {
    const t = this.tokens[i];
    const prev = this.tokens[i - 1];
    if (t === undefined) return false;
    if (prev === undefined) return true;
    if (this.text.slice(prev.end, t.start).includes('\n')) return true;
    return prev.type === 'sym' && SENTENCE_OPENERS.has(prev.text);
  }

  private lineStart(i: number): boolean {
    const t = this.tokens[i];
    const prev = this.tokens[i - 1];
    if (t === undefined) return false;
    return prev === undefined || this.text.slice(prev.end, t.start).includes('\n');
  }

  /** The word token before i, if joined to it by spaces only. */
  private wordBefore(i: number): Token | undefined {
    const t = this.tokens[i];
    const prev = this.tokens[i - 1];
    if (t === undefined || prev === undefined || prev.type !== 'word') return undefined;
    return spacing(this.text, prev, t) === ' ' ? prev : undefined;
  }

  /** Next token after index j-1 when joined by spaces (or glued if allowed). */
  private nextJoined(j: number, allowGlued: boolean): Token | undefined {
    const a = this.tokens[j - 1];
    const b = this.tokens[j];
    if (a === undefined || b === undefined) return undefined;
    const s = spacing(this.text, a, b);
    if (s === null || (s === '' && !allowGlued)) return undefined;
    return b;
  }

  /**
   * Reads a phrase of tokens starting at j, joined as written (spaces collapsed to one,
   * glued tokens glued) and returns the longest prefix accepted by `accept`.
   */
  private longestPhrase(
    j: number,
    maxTokens: number,
    accept: (raw: string, lower: string) => boolean,
  ): [Part, number, string] | null {
    let raw = '';
    let lower = '';
    let best: [Part, number, string] | null = null;
    const first = this.tokens[j];
    if (first === undefined) return null;
    for (let k = j; k < this.tokens.length && k < j + maxTokens; k++) {
      const t = this.tokens[k];
      if (t === undefined) break;
      if (k > j) {
        const prev = this.tokens[k - 1];
        if (prev === undefined) break;
        const s = spacing(this.text, prev, t);
        if (s === null) break;
        raw += s;
        lower += s;
      }
      raw += t.text;
      lower += APOSTROPHES.has(t.text) ? "'" : t.lower;
      if (accept(raw, lower)) best = [this.part(first.start, t.end), k + 1, lower];
    }
    return best;
  }

  /**
   * The figure whose number starts at token i. `checkPrefix`: look for a sign before a digit.
   * Returns the candidate and the index of the token after it, or null (not a figure).
   */
  private core(i: number, checkPrefix: boolean): [Candidate, number] | null {
    const t = this.tokens[i];
    if (t === undefined) return null;
    if (t.type === 'num') return this.digitCore(i, checkPrefix);
    if (t.type === 'word') return this.wordCore(i);
    return null;
  }

  private digitCore(i: number, checkPrefix: boolean): [Candidate, number] | null {
    const toks = this.tokens;
    const t = toks[i];
    if (t === undefined || t.format === undefined) return null;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    // Glued to a letter or another number: a code, a name, a score, a date ("A320", "COVID-19",
    // "3-1", "12/06", "14:30", "1.2.3").
    // "34-27" after "score", "victoire", "s'impose": two counts
    if (this.isScore(i) || this.isScore(i - 2)) {
      const value = parseDigits(t.text, t.format);
      return [{ start: t.start, end: t.end, numeral: { ...this.part(t.start, t.end), value, form: 'digits' } }, i + 1];
    }
    if (this.inNumberRun(i)) return null;
    // "[1]": a footnote reference
    if (prev !== undefined && prev.text === '[' && glued(prev, t) && next !== undefined && next.text === ']' && glued(t, next)) return null;
    // "14 h 30", "9 heures 15": the minutes of a clock time
    if (prev !== undefined && prev.type === 'word' && CLOCK_HOUR_WORDS.has(prev.lower)) {
      const hour = toks[i - 2];
      if (hour !== undefined && hour.type === 'num' && spacing(this.text, hour, prev) !== null) return null;
    }
    // ",08": a decimal written without its leading zero (a comma opening the number)
    if (prev !== undefined && prev.text === ',' && glued(prev, t) && isPlainInteger(t) && checkPrefix) {
      const before = toks[i - 2];
      // only where no word can precede it: "Paris ,23 personnes" is a misplaced comma
      const opens = before === undefined || this.lineStart(i - 1) || (before.type === 'sym' && !glued(before, prev) && (before.text === ':' || before.text === '(' || before.text === '='));
      if (opens && !(next !== undefined && glued(t, next))) {
        const numeral = { ...this.part(prev.start, t.end), value: Number(`0.${t.text}`), form: 'digits' as const };
        return this.afterNumber({ start: prev.start, end: t.end, numeral }, i + 1, i);
      }
    }
    let sign: Part | undefined;
    if (prev !== undefined && glued(prev, t)) {
      if (prev.type === 'word') return null;
      if (prev.type === 'sym' && SIGN_CHARS.has(prev.text) && checkPrefix) {
        const before = toks[i - 2];
        if (before !== undefined && glued(before, prev) && before.type !== 'sym') return null;
        if (before !== undefined && before.type === 'sym' && glued(before, prev) && before.text !== '(') return null;
        sign = this.part(prev.start, prev.end);
      } else if (prev.type === 'sym' && (NUMBER_JOINERS.has(prev.text) || LABEL_SYMBOLS.has(prev.text))) {
        const before = toks[i - 2];
        if (before !== undefined && glued(before, prev) && before.type !== 'sym') return null;
        if (LABEL_SYMBOLS.has(prev.text)) return null;
      }
    }
    if (prev !== undefined && prev.type === 'sym' && LABEL_SYMBOLS.has(prev.text) && spacing(this.text, prev, t) !== null) {
      return null;
    }
    // "3/4", "-4/5": a fraction written with a slash
    const slash = this.slashFractionAt(i);
    if (slash !== null) {
      const numeral = { ...this.part(t.start, slash[0].end), value: slash[0].value, form: 'digits' as const };
      const cand: Candidate = { start: sign?.start ?? t.start, end: slash[0].end, numeral };
      if (sign !== undefined) cand.sign = sign;
      return this.afterNumber(cand, slash[1], i);
    }
    // "1,1^23", "2,5^-1": a power
    const power = this.powerAt(i);
    if (power !== null) {
      const numeral = { ...this.part(t.start, power[0].end), value: power[0].value, form: 'digits' as const };
      const cand: Candidate = { start: sign?.start ?? t.start, end: power[0].end, numeral };
      if (sign !== undefined) cand.sign = sign;
      return this.afterNumber(cand, power[1], i);
    }
    if (next !== undefined && glued(t, next) && next.type === 'sym' && NUMBER_JOINERS.has(next.text)) {
      const after = toks[i + 2];
      // "une période 2,5-km": a unit joined by a hyphen, as compound adjectives are written
      const hyphenUnit = next.text === '-' && after !== undefined && glued(next, after) && after.type === 'word' && this.unitAt(i + 2) !== null;
      if (!hyphenUnit && after !== undefined && glued(next, after) && (after.type === 'num' || after.type === 'word')) {
        // "14h30" / "3-1" / "12/06" / "A-2" — but "10-20 %" is left to the range reader.
        if (!(next.text === 'h' && after.type === 'word')) return null;
      }
    }
    if (next !== undefined && glued(t, next) && next.type === 'num') return null;
    // "$1,200", "£2,500": a sign written first is the English habit, and so is the comma
    const value = this.currencyFirst && ENGLISH_THOUSANDS_RE.test(t.text) ? parseDigits(t.text, 'english') : parseDigits(t.text, t.format);
    if (!Number.isFinite(value)) return null;
    // A leading zero ("05", "007") is a code or a date part, not a quantity.
    if (isPlainInteger(t) && t.text.length > 1 && t.text.startsWith('0')) return null;
    const numeral = { ...this.part(t.start, t.end), value, form: 'digits' as const };
    const cand: Candidate = { start: sign?.start ?? t.start, end: t.end, numeral };
    if (sign !== undefined) cand.sign = sign;
    let j = i + 1;

    // "10 1/2 miles": an integer and a slash fraction
    const mixed = next !== undefined && Number.isInteger(value) && spacing(this.text, t, next) === ' ' ? this.slashFractionAt(i + 1) : null;
    // Glued letters: ordinal suffix ("2e"), magnitude ("12M", "300k"), unit ("5km"), or a code ("4G").
    if (mixed !== null) {
      cand.extra = { ...this.part(next?.start ?? t.end, mixed[0].end), value: mixed[0].value };
      cand.end = mixed[0].end;
      j = mixed[1];
    } else if (next !== undefined && next.type === 'sym' && glued(t, next) && VULGAR_FRACTIONS.has(next.text) && Number.isInteger(value)) {
      cand.extra = { ...this.part(next.start, next.end), value: VULGAR_FRACTIONS.get(next.text) ?? 0 };
      cand.end = next.end;
      j = i + 2;
    } else if (next !== undefined && next.type === 'word' && spacing(this.text, t, next) === ' ' && SPACED_ORDINAL_SUFFIXES.has(next.text)
      && Number.isInteger(value) && toks[i + 2]?.type === 'word' && spacing(this.text, next, toks[i + 2] ?? next) === ' ') {
      // "la 5 e place": an ordinal suffix split off by a tokenizer
      cand.ordinal = true;
      cand.end = next.end;
      return this.finishOrdinal(cand, i + 2);
    } else if (next !== undefined && next.type === 'word' && glued(t, next)) {
      const after = toks[i + 2];
      const gluedAfter = after !== undefined && glued(next, after) && after.type !== 'sym';
      if (DIGIT_ORDINAL_SUFFIXES.has(next.lower) && !gluedAfter && Number.isInteger(value) && next.text === next.lower) {
        cand.ordinal = true;
        cand.end = next.end;
        return this.finishOrdinal(cand, i + 2);
      }
      // "1m80": metres and centimetres of a height
      const cm = toks[i + 2];
      if (next.text === 'm' && cm !== undefined && glued(next, cm) && isPlainInteger(cm) && cm.text.length === 2 && isPlainInteger(t)
        && !(toks[i + 3] !== undefined && glued(cm, toks[i + 3] ?? cm) && toks[i + 3]?.type !== 'sym')) {
        numeral.value = value + Number(cm.text) / 100;
        numeral.end = cm.end;
        numeral.text = this.text.slice(numeral.start, cm.end);
        cand.unit = this.part(next.start, next.end);
        cand.end = cm.end;
        return this.checkRangeStart(cand, i + 3, i);
      }
      if ((MAGNITUDE_ABBREVIATIONS.has(next.text) || MAGNITUDE_WORDS.has(next.lower)) && !gluedAfter) {
        cand.magnitude = this.part(next.start, next.end);
        cand.end = next.end;
        j = i + 2;
      } else if (!this.isUnitAt(i + 1)) {
        return null;
      }
    } else {
      const m = this.magnitudeAt(j);
      if (m !== null) {
        cand.magnitude = m[0];
        cand.end = m[0].end;
        j = m[1];
      } else if (Number.isInteger(value) && value >= 1 && value < 10 && isPlainInteger(t) && sign === undefined) {
        // "3 cent un", "3 cents et 21": digits before "cent" and a smaller number are a hundreds
        // group said aloud; "3 cents" alone stays money
        const h = this.hundredsAt(i, true);
        if (h !== null) {
          numeral.value = h[0];
          numeral.end = h[1];
          numeral.text = this.text.slice(numeral.start, h[1]);
          cand.end = h[1];
          j = h[2];
        }
      }
    }
    if (cand.magnitude !== undefined && Number.isInteger(value)) {
      const tail = this.digitTailAt(j, magnitudeFactor(cand.magnitude.text));
      if (tail !== null) {
        cand.tail = tail[0];
        cand.end = tail[0].end;
        j = tail[1];
      }
    }
    return this.afterNumber(cand, j, i);
  }

  /**
   * A hundreds group written with digits at token i: "3 cents", "3 cent un", "3 cents et 21".
   * Returns its value, end offset and the next index. With `needRest`, the smaller number after
   * "cent" is required (without it, "3 cents" is an amount of money).
   */
  private hundredsAt(i: number, needRest: boolean): [number, number, number] | null {
    const t = this.tokens[i];
    const h = this.nextJoined(i + 1, false);
    if (t === undefined || h === undefined || h.type !== 'word' || !HUNDRED_WORDS.has(h.lower) || !isPlainInteger(t)) return null;
    const n = Number(t.text);
    if (!(n >= 1 && n < 10)) return null;
    let k = i + 2;
    const et = this.nextJoined(k, false);
    if (et !== undefined && et.type === 'word' && et.lower === 'et') k += 1;
    const r = this.nextJoined(k, false);
    let rest: [number, number, number] | null = null;
    if (r !== undefined && r.type === 'num' && isPlainInteger(r) && Number(r.text) < 100 && !glued(r, this.tokens[k + 1] ?? t)) {
      rest = [Number(r.text), r.end, k + 1];
    } else if (r !== undefined && r.type === 'word') {
      const wn = parseWordNumber(this.tokens, k, this.text);
      const lastTok = wn === null ? undefined : this.tokens[wn.end - 1];
      if (wn !== null && !wn.ordinal && wn.value < 100 && lastTok !== undefined) rest = [wn.value, lastTok.end, wn.end];
    }
    // the smaller number must end the group: "3 cents et 2 cents" are two amounts
    const after = rest === null ? undefined : this.nextJoined(rest[2], false);
    if (rest !== null && after !== undefined && after.type === 'word'
      && (HUNDRED_WORDS.has(after.lower) || THOUSAND_WORDS.has(after.lower) || MAGNITUDE_WORDS.has(after.lower) || FRACTION_WORDS.has(after.lower))) rest = null;
    if (rest !== null && rest[0] === 0) rest = null;
    if (rest === null) return needRest ? null : [n * 100, h.end, i + 2];
    return [n * 100 + rest[0], rest[1], rest[2]];
  }

  /**
   * Smaller groups after a magnitude, as numbers are said aloud: "1 million 500 000",
   * "2 milliards 300 millions", "4 mille 3 cents et 21". Each group is below the magnitude
   * before it; a year, a date, a time or a percentage after it ends the reading.
   */
  private digitTailAt(j0: number, factor: number): [Part & { value: number }, number] | null {
    let j = j0;
    let below = factor;
    let value = 0;
    let start = -1;
    let end = -1;
    while (below > 1) {
      const n = this.nextJoined(j, false);
      if (n === undefined || n.type !== 'num' || (n.format !== 'plain' && n.format !== 'space') || n.text.includes(',') || n.text.includes('.')) break;
      const glue = this.tokens[j + 1];
      if (glue !== undefined && glued(n, glue)) break;
      let v = parseDigits(n.text, n.format);
      if (n.format === 'plain' && n.text.length === 4 && v >= YEAR_MIN && v <= YEAR_MAX) break;
      let k = j + 1;
      let e = n.end;
      let scale = 1;
      const w = this.nextJoined(k, false);
      if (w !== undefined && w.type === 'word') {
        const f = MAGNITUDE_WORDS.get(w.lower) ?? (w.lower === 'mille' ? 1000 : undefined);
        if (f !== undefined) {
          scale = f;
          k += 1;
          e = w.end;
        } else if (HUNDRED_WORDS.has(w.lower)) {
          const h = this.hundredsAt(j, false);
          if (h === null) break;
          [v, e, k] = h;
        }
      }
      v *= scale;
      if (v <= 0 || v >= below || scale >= below) break;
      // what follows must not make the group a date, a time, an age or a percentage of its own
      const after = this.nextJoined(k, true);
      if (after !== undefined && (PERCENT_SYMBOLS.has(after.text) || (after.type === 'word'
        && (TIME_NOUNS.has(after.lower) || MONTHS.has(after.lower) || AGE_UNITS.has(after.lower) || after.lower === 'h')))) break;
      if (start < 0) start = n.start;
      value += v;
      end = e;
      j = k;
      below = scale > 1 ? scale : 1;
    }
    if (start < 0) return null;
    return [{ ...this.part(start, end), value }, j];
  }

  /**
   * "3/4" at token i: numerator, slash and denominator glued, a proper fraction with a small
   * denominator, and no third part ("12/06/2020" is a date, "24/7" a schedule).
   */
  private slashFractionAt(i: number): [Part & { value: number }, number] | null {
    const toks = this.tokens;
    const a = toks[i];
    const slash = toks[i + 1];
    const b = toks[i + 2];
    if (a === undefined || slash === undefined || b === undefined || slash.text !== '/') return null;
    if (a.type !== 'num' || b.type !== 'num' || !isPlainInteger(a) || !isPlainInteger(b) || !glued(a, slash) || !glued(slash, b)) return null;
    const n = Number(a.text);
    const d = Number(b.text);
    if (!(n >= 1 && n < d && d <= SLASH_DENOMINATOR_MAX)) return null;
    const before = toks[i - 1];
    if (before !== undefined && glued(before, a) && before.type !== 'sym') return null;
    if (before !== undefined && glued(before, a) && (before.text === '/' || before.text === '.')) return null;
    const after = toks[i + 3];
    if (after !== undefined && glued(b, after) && (after.type !== 'sym' || NUMBER_JOINERS.has(after.text))) {
      const more = toks[i + 4];
      if (after.type !== 'sym' || (more !== undefined && glued(after, more) && more.type === 'num')) return null;
    }
    return [{ ...this.part(a.start, b.end), value: n / d }, i + 3];
  }

  /** "1,1^23", "2,5^-1" at token i: a number raised to a glued integer power. */
  private powerAt(i: number): [Part & { value: number }, number] | null {
    const toks = this.tokens;
    const a = toks[i];
    const hat = toks[i + 1];
    if (a === undefined || hat === undefined || hat.text !== '^' || !glued(a, hat) || a.format === undefined) return null;
    let k = i + 2;
    let sign = 1;
    const s = toks[k];
    if (s !== undefined && s.type === 'sym' && SIGN_CHARS.has(s.text) && glued(hat, s)) {
      sign = s.text === '+' ? 1 : -1;
      k += 1;
    }
    const e = toks[k];
    const prev = toks[k - 1];
    if (e === undefined || prev === undefined || e.type !== 'num' || !isPlainInteger(e) || !glued(prev, e)) return null;
    const value = parseDigits(a.text, a.format) ** (sign * Number(e.text));
    if (!Number.isFinite(value)) return null;
    return [{ ...this.part(a.start, e.end), value }, k + 1];
  }

  /**
   * Is token i the first number of a sports score: "34-27" (two integers joined by a dash, no
   * third part) with a result word shortly before ("score", "victoire", "s'impose")?
   */
  private isScore(i: number): boolean {
    const toks = this.tokens;
    const a = toks[i];
    const dash = toks[i + 1];
    const b = toks[i + 2];
    if (a === undefined || dash === undefined || b === undefined) return false;
    if (a.type !== 'num' || b.type !== 'num' || !isPlainInteger(a) || !isPlainInteger(b)) return false;
    if (!SCORE_DASHES.has(dash.text) || !glued(a, dash) || !glued(dash, b)) return false;
    if (a.text.length > 3 || b.text.length > 3) return false;
    const before = toks[i - 1];
    if (before !== undefined && glued(before, a)) return false;
    const after = toks[i + 3];
    if (after !== undefined && glued(b, after) && after.type !== 'sym') return false;
    if (after !== undefined && glued(b, after) && NUMBER_JOINERS.has(after.text) && toks[i + 4]?.type === 'num') return false;
    for (let k = i - 1; k >= 0 && k >= i - SCORE_CUE_DISTANCE; k--) {
      const w = toks[k];
      if (w === undefined) break;
      if (w.type === 'sym' && SENTENCE_ENDS.has(w.text)) break;
      if (w.type === 'word' && SCORE_CUES.has(w.lower)) return true;
    }
    return false;
  }

  /**
   * Is token i inside a run of short numbers separated by single spaces or dots, as phone
   * numbers are written ("01 45 67 89 10", "+33 6 12 34 56 78")? Four or more in a row.
   */
  private inNumberRun(i: number): boolean {
    if (!this.shortNumber(i)) return false;
    let n = 1;
    for (let k = i; n < PHONE_RUN && this.shortNumber(k + 1) && this.phoneLinked(k); k++) n++;
    for (let k = i; n < PHONE_RUN && k > 0 && this.shortNumber(k - 1) && this.phoneLinked(k - 1); k--) n++;
    return n >= PHONE_RUN;
  }

  /** Token k is a number of one or two digits. */
  private shortNumber(k: number): boolean {
    const t = this.tokens[k];
    return t !== undefined && t.type === 'num' && t.end - t.start <= 2 && t.format === 'plain' && !t.text.includes(',') && !t.text.includes('.');
  }

  /** Tokens k and k+1 are separated by exactly one space, dot or hyphen. */
  private phoneLinked(k: number): boolean {
    const a = this.tokens[k];
    const b = this.tokens[k + 1];
    return a !== undefined && b !== undefined && b.start - a.end === 1 && PHONE_SEPARATORS.has(this.text[a.end] ?? '');
  }

  /** A magnitude word or abbreviation at j ("millions", "mille", "M€", "Md$"). */
  private magnitudeAt(j: number): [Part, number] | null {
    const w = this.nextJoined(j, false);
    if (w === undefined || w.type !== 'word') return null;
    if (MAGNITUDE_WORDS.has(w.lower) || THOUSAND_WORDS.has(w.lower)) {
      if (w.lower === 'mil') return null;
      return [this.part(w.start, w.end), j + 1];
    }
    if (MAGNITUDE_ABBREVIATIONS.has(w.text)) {
      // A spaced "M" or "k" is a magnitude only in front of a currency ("12 M€", "3 Md $",
      // "3 M d'euros").
      const c = this.tokens[j + 1];
      if (c !== undefined && spacing(this.text, w, c) !== null && this.currencyAfterAt(j + 1) !== null) {
        return [this.part(w.start, w.end), j + 1];
      }
      const de = c !== undefined && spacing(this.text, w, c) !== null ? this.deAt(j + 1) : null;
      const named = de === null ? undefined : this.tokens[de];
      if (de !== null && named !== undefined && named.type === 'word' && this.currencyAfterAt(de) !== null) {
        return [this.part(w.start, w.end), j + 1];
      }
      // "2,3 k" closing its clause: thousands (a spaced "M" stays Monsieur, a metre...)
      if ((w.text === 'k' || w.text === 'K') && (c === undefined || (c.type === 'sym' && CLAUSE_PUNCTUATION.has(c.text)))) {
        return [this.part(w.start, w.end), j + 1];
      }
    }
    return null;
  }

  private wordCore(i: number): [Candidate, number] | null {
    const toks = this.tokens;
    const t = toks[i];
    if (t === undefined || t.type !== 'word') return null;
    const prev = toks[i - 1];
    if (prev !== undefined && glued(prev, t) && (prev.type === 'num' || prev.type === 'word')) return null;
    if (prev !== undefined && glued(prev, t) && prev.text === '-') return null; // "demi-finale", "Saint-Cinq"
    const capital = CAPITAL_RE.test(t.text);
    // Capitalised number words inside a sentence are names ("les Quatre Saisons", "Five Eyes").
    if (capital && !this.sentenceStart(i)) return null;

    const irregular = IRREGULAR_ORDINALS.get(t.lower);
    if (irregular !== undefined) return this.irregularOrdinal(i, irregular);

    if ((t.lower === 'un' || t.lower === 'une') && !this.mayContinueOne(i)) return null;
    // "deux minutes trente", "une minute quinze": the seconds of a time
    const unitBefore = this.wordBefore(i);
    if (unitBefore !== undefined && CLOCK_HOUR_WORDS.has(unitBefore.lower)) {
      const n = this.tokens[i - 2];
      if (n !== undefined && (n.type === 'num' || SMALL_NUMBERS.has(n.lower)) && spacing(this.text, n, unitBefore) !== null) return null;
    }
    // inside a longer number already read (or refused, as "quatre vingt quinze ans")
    const wb = this.wordBefore(i);
    if (wb !== undefined && (SMALL_NUMBERS.has(wb.lower) || HUNDRED_WORDS.has(wb.lower) || THOUSAND_WORDS.has(wb.lower))) return null;
    const wn = parseWordNumber(toks, i, this.text);
    if (wn === null) return null;
    const last = toks[wn.end - 1];
    if (last === undefined) return null;
    const numeral = { ...this.part(t.start, last.end), value: wn.value, form: 'words' as const };
    const cand: Candidate = { start: t.start, end: last.end, numeral };
    if (wn.ordinal) {
      cand.ordinal = true;
      if (wn.words === 1 && t.lower === 'unième') return null;
      return this.finishOrdinal(cand, wn.end);
    }
    let j = wn.end;
    // "deux virgule cinq"
    const dec = this.spelledDecimalAt(j);
    if (dec !== null) {
      numeral.value = wn.value + dec[0];
      numeral.end = dec[1];
      numeral.text = this.text.slice(numeral.start, numeral.end);
      cand.end = dec[1];
      j = dec[2];
      return this.afterNumber(cand, j, i);
    }
    const article = wn.words === 1 && (t.lower === 'un' || t.lower === 'une');
    // "un demi-milliard", "un tiers", "trois quarts", "deux cinquièmes", "une demi-douzaine"
    const frac = this.fractionAt(j, wn.value);
    // "une cinquième personne": an article and an ordinal, not a fifth
    if (frac !== null && article && !FRACTION_WORDS.has(frac[0].text.toLowerCase())) {
      const noun = this.nextJoined(frac[1], false);
      const ord = toks[j];
      // a fraction is a masculine noun ("un cinquième"): "une troisième" is always the ordinal
      // of an elided noun ("une troisième [bombe] au niveau du métro")
      const feminine = t.lower === 'une';
      if (((noun !== undefined && noun.type === 'word' && this.isNoun(noun)) || feminine) && ord !== undefined && !frac[0].text.toLowerCase().endsWith('s')) {
        const numeral = { ...this.part(ord.start, frac[0].end), value: frac[0].value, form: 'words' as const };
        return this.finishOrdinal({ start: ord.start, end: frac[0].end, numeral, ordinal: true }, frac[1]);
      }
    }
    const lastWord = toks[wn.end - 1]?.lower;
    if (frac !== null && wn.words > 1 && (lastWord === 'un' || lastWord === 'une') && !frac[0].text.endsWith('s')) {
      // "vingt et un cinquième": a singular denominator belongs to "un" alone (20 + 1/5);
      // twenty-one fifths would be plural
      const one = toks[wn.end - 1];
      cand.numeral.value = wn.value - 1;
      cand.extra = { ...this.part(one?.start ?? t.start, frac[0].end), value: 1 / frac[0].value };
      cand.end = frac[0].end;
      return this.afterNumber(cand, frac[1], i);
    }
    if (frac !== null) {
      cand.denominator = frac[0];
      cand.end = frac[0].end;
      j = frac[1];
      const hy = toks[j];
      const mag = toks[j + 1];
      if (hy !== undefined && mag !== undefined && hy.text === '-' && cand.end === hy.start && glued(hy, mag)) {
        if (MAGNITUDE_WORDS.has(mag.lower) || THOUSAND_WORDS.has(mag.lower)) {
          cand.magnitude = this.part(mag.start, mag.end);
          cand.end = mag.end;
          j += 2;
        } else if (APPROXIMATION_NOUNS.has(mag.lower)) {
          cand.approximation = this.part(mag.start, mag.end);
          cand.end = mag.end;
          j += 2;
        } else {
          return null; // "une demi-heure", "un demi-siècle": a compound noun
        }
      } else {
        // "deux tiers de million": a fraction of a magnitude
        const d = this.deAt(j);
        const of = d === null ? undefined : this.tokens[d];
        const m = of !== undefined && MAGNITUDE_WORDS.has(of.lower) && d !== null ? [this.part(of.start, of.end), d + 1] as const : this.magnitudeAt(j);
        if (m !== null) {
          cand.magnitude = m[0];
          cand.end = m[0].end;
          j = m[1];
        }
      }
      return this.afterNumber(cand, j, i);
    }
    const approx = this.approximationAt(j, article);
    if (approx !== null) return this.afterNumber(cand, j, i);
    if (article) {
      // "un sur trois", "un et demi", "un et un quart", "un salarié sur trois"
      if (this.ratioAt(j) !== null || this.mixedFractionAt(j) !== null || this.halfAt(j) !== null) return this.afterNumber(cand, j, i);
      if (this.nounThenRatio(j, { ...cand }) !== null) return this.afterNumber(cand, j, i);
      // "négatif un": a signed one
      const neg = this.wordBefore(i);
      if (neg !== undefined && NEGATIVE_WORDS.has(neg.lower)) return this.afterNumber(cand, j, i);
      // "un euro symbolique", "une livre sterling": the amount one
      if (this.currencyAfterAt(j) !== null) return this.afterNumber(cand, j, i);
      // "un seul policier": the number one, stressed
      const single = this.nextJoined(j, false);
      if (single !== undefined && SINGLE_WORDS.has(single.lower)) {
        cand.end = single.end;
        return this.afterNumber(cand, j + 1, i);
      }
      // "au moins un policier", "plus d'une fois": a bound makes it a quantity; otherwise an article
      const phrase = qualifierPhraseBefore(this.text, t.start);
      if (phrase === undefined || !ONE_QUALIFIER_PHRASES.has(phrase)) return null;
      const noun = this.nextJoined(j, false);
      if (noun !== undefined && noun.type === 'word' && !this.isNoun(noun)) return null;
      return this.afterNumber(cand, j, i);
    }
    if (wn.words === 1 && this.ambiguousSingleWord(i, t.lower)) return null;
    if (wn.lastScale < 1e6) {
      const m = this.magnitudeAt(j);
      if (m !== null && !THOUSAND_WORDS.has(m[0].text.toLowerCase())) {
        cand.magnitude = m[0];
        cand.end = m[0].end;
        j = m[1];
      }
    }
    return this.afterNumber(cand, j, i);
  }

  /**
   * Can "un"/"une" at token i be a number? Only before a number word, magnitude, fraction,
   * approximation noun, "sur", "et", "seul", or after a bound ("au moins un"): most are articles.
   */
  private mayContinueOne(i: number): boolean {
    const n = this.nextJoined(i + 1, false);
    if (n === undefined || n.type !== 'word') return true;
    const w = n.lower;
    const before = this.wordBefore(i);
    if (before !== undefined && NEGATIVE_WORDS.has(before.lower)) return true; // "négatif un"
    if (ONE_CONTINUATIONS.has(w) || MAGNITUDE_WORDS.has(w) || APPROXIMATION_NOUNS.has(w) || ordinalStem(w) !== null) return true;
    if (SMALL_NUMBERS.has(w) || HUNDRED_WORDS.has(w)) return true; // "un vingt-cinquième"
    if (CURRENCY_NAMES.has(w)) return true; // "un euro"
    const sur = this.nextJoined(i + 2, false);
    if (sur !== undefined && RATIO_WORDS.has(sur.lower)) return true; // "un salarié sur trois"
    // "au moins un", "plus d'un": only worth the phrase lookup after one of the bounds' last words
    const t = this.tokens[i];
    const p = this.tokens[i - 1];
    if (t === undefined || p === undefined || !(APOSTROPHES.has(p.text) || ONE_QUALIFIER_LAST_WORDS.has(p.lower))) return false;
    return qualifierPhraseBefore(this.text, t.start) !== undefined;
  }

  /**
   * Is the fraction from token i to j a share of a whole? A determiner before it ("les deux
   * tiers") or a determined complement after it ("trois quarts des élèves", "un tiers de la
   * population", "deux tiers d'entre eux").
   */
  private ofWhole(i: number, j: number): boolean {
    const before = this.wordBefore(i) ?? this.elidedBefore(i);
    if (before !== undefined && (WHOLE_DETERMINERS.has(before.lower) || WHOLE_CONTRACTIONS_BEFORE.has(before.lower)) && before.lower !== 'entre') return true;
    const next = this.nextJoined(j, false);
    if (next !== undefined && WHOLE_CONTRACTIONS.has(next.lower)) return true;
    const d = this.deAt(j);
    const det = d === null ? undefined : this.tokens[d];
    return det !== undefined && det.type === 'word' && WHOLE_DETERMINERS.has(det.lower);
  }

  /**
   * "quart de million", "le tiers de milliard": a fraction word without numerator before "de"
   * and a magnitude word is a fraction of that magnitude (one quarter of a million).
   */
  private bareFractionOfMagnitude(i: number, denominator: number): [Candidate, number] | null {
    const t = this.tokens[i];
    const prev = this.tokens[i - 1];
    if (t === undefined || (prev !== undefined && glued(prev, t))) return null;
    const d = this.deAt(i + 1);
    const m = d === null ? undefined : this.tokens[d];
    if (d === null || m === undefined || m.type !== 'word' || !MAGNITUDE_WORDS.has(m.lower)) return null;
    const numeral = { ...this.part(t.start, t.start), value: 1, form: 'words' as const };
    const cand: Candidate = { start: t.start, end: m.end, numeral, denominator: { ...this.part(t.start, t.end), value: denominator }, magnitude: this.part(m.start, m.end) };
    return this.afterNumber(cand, d + 1, i);
  }

  /** "la moitié": a share noun after "la", read as its percentage. */
  private shareAt(i: number, percent: number): [Candidate, number] | null {
    const t = this.tokens[i];
    const det = this.wordBefore(i);
    if (t === undefined || det === undefined || det.lower !== 'la') return null;
    const numeral = { ...this.part(det.start, t.end), value: percent, form: 'words' as const };
    return [{ start: det.start, end: t.end, numeral, share: this.part(t.start, t.end) }, i + 1];
  }

  /** "virgule cinq", "virgule zéro trois": the decimal part, its end offset and the next token index. */
  private spelledDecimalAt(j: number): [number, number, number] | null {
    const v = this.nextJoined(j, false);
    if (v === undefined || !DECIMAL_WORDS.has(v.lower)) return null;
    let k = j + 1;
    let digits = '';
    let end = v.end;
    for (;;) {
      const w = this.nextJoined(k, false);
      if (w === undefined || w.type !== 'word') break;
      if (w.lower === 'zéro' || w.lower === 'zero') {
        digits += '0';
        end = w.end;
        k += 1;
        continue;
      }
      const wn = parseWordNumber(this.tokens, k, this.text);
      if (wn === null || wn.ordinal) break;
      const lastTok = this.tokens[wn.end - 1];
      digits += String(wn.value);
      end = lastTok?.end ?? end;
      k = wn.end;
      break;
    }
    if (digits === '') return null;
    return [Number(`0.${digits}`), end, k];
  }

  /** Single number words that are also common other words. */
  private ambiguousSingleWord(i: number, lower: string): boolean {
    const before = this.wordBefore(i);
    if (lower === 'neuf' || lower === 'zéro' || lower === 'zero') {
      // "un appartement neuf" (new), "tolérance zéro": only a number before a noun, after a determiner.
      if (before !== undefined && !FUNCTION_WORDS.has(before.lower)) return true;
      const n = this.nextJoined(i + 1, false);
      // "de zéro à dix": the first bound of a range of numbers
      const bound = n !== undefined && RANGE_WORDS.has(n.lower) ? this.nextJoined(i + 2, false) : undefined;
      if (bound !== undefined && (bound.type === 'num' || SMALL_NUMBERS.has(bound.lower))) return false;
      return n === undefined || n.type !== 'word' || FUNCTION_WORDS.has(n.lower);
    }
    if (lower === 'cent' && before !== undefined && before.lower === 'pour') return true;
    return false;
  }

  /** A fraction denominator at j after a numerator of value n ("quarts", "vingt-cinquièmes"). */
  private fractionAt(j: number, n: number): [Part & { value: number }, number] | null {
    if (!Number.isInteger(n) || n < 1) return null;
    // "cinq-huitièmes", "trois-quarts": the denominator glued by a hyphen
    const hy = this.tokens[j];
    const prev = this.tokens[j - 1];
    if (hy !== undefined && prev !== undefined && hy.text === '-' && glued(prev, hy)) {
      const w = this.tokens[j + 1];
      if (w === undefined || w.type !== 'word' || !glued(hy, w)) return null;
      const d = FRACTION_WORDS.get(w.lower) ?? (ordinalStem(w.lower) !== null ? denominatorValue(w.lower) : undefined);
      if (d === undefined || d < 2 || (d === 2 && w.lower.startsWith('demi'))) return null; // "un demi-" is read by the caller
      return [{ ...this.part(w.start, w.end), value: d }, j + 2];
    }
    const w = this.nextJoined(j, false);
    if (w === undefined || w.type !== 'word') return null;
    const d = FRACTION_WORDS.get(w.lower);
    if (d !== undefined) return [{ ...this.part(w.start, w.end), value: d }, j + 1];
    const wn = parseWordNumber(this.tokens, j, this.text, true);
    if (wn === null || !wn.ordinal || wn.value < 3) return null;
    const last = this.tokens[wn.end - 1];
    if (last === undefined) return null;
    return [{ ...this.part(w.start, last.end), value: wn.value }, wn.end];
  }

  /** "et un quart", "et trois cinquièmes" at j. */
  private mixedFractionAt(j: number): [Part & { value: number }, number] | null {
    const et = this.nextJoined(j, false);
    if (et === undefined || et.lower !== 'et') return null;
    const n = this.nextJoined(j + 1, false);
    if (n === undefined) return null;
    let num: number | null = null;
    let k = j + 2;
    if (n.type === 'num' && n.format !== undefined) {
      num = parseDigits(n.text, n.format);
      k = j + 2;
    } else if (n.type === 'word') {
      const wn = parseWordNumber(this.tokens, j + 1, this.text);
      if (wn !== null && !wn.ordinal) {
        num = wn.value;
        k = wn.end;
      }
    }
    if (num === null) return null;
    const f = this.fractionAt(k, num);
    if (f === null) return null;
    return [{ ...this.part(et.start, f[0].end), value: num / f[0].value }, f[1]];
  }

  /** "et demi(e)" at j. */
  private halfAt(j: number): [Part, number] | null {
    const et = this.nextJoined(j, false);
    if (et === undefined || et.lower !== 'et') return null;
    const h = this.nextJoined(j + 1, false);
    if (h === undefined || !HALF_WORDS.has(h.lower)) return null;
    const after = this.nextJoined(j + 2, false);
    if (after !== undefined && (TIME_NOUNS.has(after.lower) || after.text === '-')) return null;
    return [this.part(et.start, h.end), j + 2];
  }

  /** "sur trois", "sur 10" at j: a ratio's denominator. */
  private ratioAt(j: number, numerator = 1): [Part & { value: number }, number] | null {
    const sur = this.nextJoined(j, false);
    if (sur === undefined || !RATIO_WORDS.has(sur.lower)) return null;
    const n = this.nextJoined(j + 1, false);
    if (n === undefined) return null;
    let value: number | null = null;
    let end = j + 2;
    if (n.type === 'num' && n.format !== undefined && isPlainInteger(n)) {
      value = parseDigits(n.text, n.format);
    } else if (n.type === 'word' && !CAPITAL_RE.test(n.text)) {
      const wn = parseWordNumber(this.tokens, j + 1, this.text);
      if (wn !== null && !wn.ordinal && !(wn.words === 1 && (n.lower === 'un' || n.lower === 'une'))) {
        value = wn.value;
        end = wn.end;
      }
    }
    // "deux sur trois" is a proportion; "huit sur cinq" is not one (two numbers)
    if (value === null || value === 0 || numerator > value) return null;
    const lastTok = this.tokens[end - 1];
    if (lastTok === undefined) return null;
    // "24 heures sur 24 heures", "3 sur 5 étoiles" is fine, but not "sur 10 jours"
    const after = this.nextJoined(end, false);
    if (after !== undefined && (TIME_NOUNS.has(after.lower) || MONTHS.has(after.lower))) return null;
    if (after !== undefined && after.type === 'sym' && PERCENT_SYMBOLS.has(after.text)) return null;
    // "sur deux mètres", "sur 10 euros": a measure, not a proportion
    if (after !== undefined && (this.unitAt(end) !== null || this.currencyAfterAt(end) !== null)) return null;
    return [{ ...this.part(sur.start, lastTok.end), value }, end];
  }

  /**
   * "salarié sur trois" at j: one noun (a capitalised demonym too: "un Français sur trois"), then
   * a ratio. The noun becomes the candidate's counted noun; the ratio part spans it.
   */
  private nounThenRatio(j: number, cand: Candidate): [Part & { value: number }, number] | null {
    const w = this.nextJoined(j, false);
    if (w === undefined || w.type !== 'word') return null;
    const demonym = CAPITAL_RE.test(w.text) && DEMONYM_SUFFIXES.some((x) => w.lower.endsWith(x));
    if (!((this.isNoun(w) && !CAPITAL_RE.test(w.text)) || demonym)) return null;
    const sur = this.nextJoined(j + 1, false);
    if (sur === undefined || !RATIO_WORDS.has(sur.lower)) return null;
    const ratio = this.ratioAt(j + 1, cand.numeral.value);
    // "un Français sur trois" is a proportion; "89 sièges sur 577" two counts
    if (ratio === null || ratio[0].value > NOUN_RATIO_MAX) return null;
    cand.counted = this.part(w.start, w.end);
    return [{ ...ratio[0], start: w.start, text: this.text.slice(w.start, ratio[0].end) }, ratio[1]];
  }

  /** "dizaine", "centaines", "millier" at j followed by "de"/"d'". */
  private approximationAt(j: number, afterArticle = true): [Part, number] | null {
    const w = this.nextJoined(j, false);
    if (w === undefined || w.type !== 'word' || !APPROXIMATION_NOUNS.has(w.lower)) return null;
    // "une quarantaine" alone is a quarantine; "trois douzaines" needs no "de"; "ils étaient une
    // centaine." closes its clause
    if (this.deAt(j + 1) === null && (afterArticle || APPROXIMATION_NEEDS_DE.has(w.lower))) {
      if (APPROXIMATION_NEEDS_DE.has(w.lower)) return null;
      const after = this.tokens[j + 1];
      if (after !== undefined && !(after.type === 'sym' && CLAUSE_PUNCTUATION.has(after.text))) return null;
    }
    return [this.part(w.start, w.end), j + 1];
  }

  /** "de" or "d'" at j: returns the index after it. */
  private deAt(j: number): number | null {
    const d = this.nextJoined(j, false);
    if (d === undefined || d.type !== 'word') return null;
    if (d.lower === 'de') return j + 1;
    const ap = this.tokens[j + 1];
    if (d.lower === 'd' && ap !== undefined && APOSTROPHES.has(ap.text) && glued(d, ap)) return j + 2;
    return null;
  }

  private irregularOrdinal(i: number, value: number): [Candidate, number] | null {
    const t = this.tokens[i];
    if (t === undefined) return null;
    const next = this.nextJoined(i + 1, false);
    if (next !== undefined && next.type === 'word' && TITLE_NOUNS_AFTER_FIRST.has(next.lower)) return null;
    if (value === 2) {
      // "une seconde", "quelques secondes": the time unit; an ordinal only after a determiner.
      const before = this.wordBefore(i) ?? this.elidedBefore(i);
      if (before === undefined || !SECOND_DETERMINERS.has(before.lower)) return null;
    }
    const numeral = { ...this.part(t.start, t.end), value, form: 'words' as const };
    return this.finishOrdinal({ start: t.start, end: t.end, numeral, ordinal: true }, i + 1);
  }

  /** "l'" before token i: the "l" token. */
  private elidedBefore(i: number): Token | undefined {
    const ap = this.tokens[i - 1];
    const l = this.tokens[i - 2];
    const t = this.tokens[i];
    if (ap === undefined || l === undefined || t === undefined) return undefined;
    if (!APOSTROPHES.has(ap.text) || l.type !== 'word') return undefined;
    return l;
  }

  private finishOrdinal(cand: Candidate, j: number): [Candidate, number] | null {
    const next = this.nextJoined(j, false);
    if (next !== undefined && next.type === 'word') {
      // "troisième trimestre", "1er janvier", "XXe siècle": part of a date.
      if (TIME_NOUNS.has(next.lower) || MONTHS.has(next.lower)) return null;
      if (TITLE_NOUNS_AFTER_FIRST.has(next.lower) && cand.numeral.value === 1) return null;
      // "la septième circonscription", "le 15e arrondissement", "8e de finale": a name
      if (ORDINAL_NAME_NOUNS.has(next.lower)) return null;
      const d = this.deAt(j);
      const round = d === null ? undefined : this.tokens[d];
      if (round !== undefined && ORDINAL_ROUND_NOUNS.has(round.lower)) return null;
      const np = this.nounPhrase(j);
      if (np !== null) {
        if (TIME_NOUNS.has(np[2])) return null;
        cand.counted = np[0];
      }
    }
    return [cand, j];
  }

  /** Is there a measurement unit starting at token j? */
  private isUnitAt(j: number): boolean {
    return this.unitAt(j) !== null;
  }

  /** A measurement unit at token j (symbol, word, or degree sign with scale). */
  private unitAt(j: number): [Part, number] | null {
    const t = this.tokens[j];
    if (t === undefined) return null;
    if (t.text === '°') {
      const s = this.tokens[j + 1];
      if (s !== undefined && s.type === 'word' && DEGREE_SCALES.has(s.text) && spacing(this.text, t, s) !== null) {
        const after = this.tokens[j + 2];
        if (after === undefined || !glued(s, after) || after.type === 'sym') return [this.part(t.start, s.end), j + 2];
      }
      return [this.part(t.start, t.end), j + 1];
    }
    if (t.type !== 'word' || !(UNIT_FIRST_RAW.has(t.text) || UNIT_FIRST_LOWER.has(t.lower))) return null;
    const hit = this.longestPhrase(j, LONGEST_UNIT_WORDS, (raw, lower) => UNIT_SYMBOLS.has(raw) || UNIT_WORD_SET.has(lower));
    if (hit === null) return null;
    const [p, end] = hit;
    // The unit must end at a word boundary ("3 m" but not "3 mai", "3 l'an").
    const after = this.tokens[end];
    const last = this.tokens[end - 1];
    if (after !== undefined && last !== undefined && glued(last, after)) {
      if (after.type === 'word' || after.type === 'num' || APOSTROPHES.has(after.text)) return null;
    }
    return [p, end];
  }

  /** A currency written after the number at token j: "€", "$US", "euros", "dollars canadiens", "USD". */
  private currencyAfterAt(j: number): [Part, number] | null {
    const t = this.tokens[j];
    if (t === undefined) return null;
    // "70 millions de US$": a dollar prefix glued to its sign, after the number
    const sign = this.tokens[j + 1];
    if (t.type === 'word' && DOLLAR_PREFIXES.has(t.text) && sign !== undefined && sign.text === '$' && glued(t, sign)) {
      return [this.part(t.start, sign.end), j + 2];
    }
    if (t.type === 'sym' && CURRENCY_SYMBOLS.has(t.text)) {
      let end = j + 1;
      const after = this.tokens[j + 1];
      if (t.text === '$' && after !== undefined && after.type === 'word' && (DOLLAR_PREFIXES.has(after.text) || DOLLAR_SUFFIXES_LOWER.has(after.text)) && spacing(this.text, t, after) !== null) {
        const more = this.tokens[j + 2];
        if (more === undefined || !glued(after, more) || (more.type === 'sym' && !APOSTROPHES.has(more.text))) end = j + 2;
      }
      const last = this.tokens[end - 1] ?? t;
      return [this.part(t.start, last.end), end];
    }
    if (t.type !== 'word') return null;
    if (CURRENCY_CODES.has(t.text)) return [this.part(t.start, t.end), j + 1];
    const name = CURRENCY_NAMES.get(t.lower);
    if (name === undefined) return null;
    const v = this.nextJoined(j + 1, false);
    if (v !== undefined && v.type === 'word' && name.variants?.has(v.lower)) {
      return [this.part(t.start, v.end), j + 2];
    }
    if (CURRENCY_NAMES_NEEDING_VARIANT.has(t.lower) && !this.poundsInContext(j)) return null;
    return [this.part(t.start, t.end), j + 1];
  }

  /** "livres" at token j in a sentence about money, not followed by a word that makes them books. */
  private poundsInContext(j: number): boolean {
    const t = this.tokens[j];
    if (t === undefined || (t.lower !== 'livres' && t.lower !== 'livre')) return false;
    const after = this.nextJoined(j + 1, false);
    if (after !== undefined && POUND_NOT_MONEY_AFTER.has(after.lower)) return false;
    const from = sentenceStartBefore(this.text, t.start, MONEY_CONTEXT_WINDOW);
    const sentence = this.text.slice(from, t.start).toLowerCase().replace(/’/gu, "'");
    return MONEY_CONTEXT_STEMS.some((stem) => {
      for (let k = sentence.indexOf(stem); k >= 0; k = sentence.indexOf(stem, k + 1)) {
        if (k === 0 || !isLetterCode(sentence.charCodeAt(k - 1))) return true;
      }
      return false;
    });
  }

  /** A percent marker at j: "%", "pour cent", "points de pourcentage". */
  private percentAt(j: number): [Part, number] | null {
    const t = this.tokens[j];
    if (t === undefined) return null;
    if (t.type === 'sym' && PERCENT_SYMBOLS.has(t.text)) return [this.part(t.start, t.end), j + 1];
    if (t.type !== 'word' || !PERCENT_FIRST.has(t.lower)) return null;
    const hit = this.longestPhrase(j, LONGEST_PERCENT_WORDS, (_raw, lower) => PERCENT_WORDS.has(lower));
    return hit === null ? null : [hit[0], hit[1]];
  }

  /**
   * A counted noun phrase at j: optional preposed adjective, a noun, then an adjective with a
   * typical ending or a "de"/"d'" complement without article ("tentatives d'accès").
   * Returns the part, the index after it, and the noun head (lower case).
   */
  private nounPhrase(j: number): [Part, number, string] | null {
    let k = j;
    let w = this.tokens[k];
    if (w === undefined || w.type !== 'word') return null;
    const first = w;
    if (PREPOSED_ADJECTIVES.has(w.lower)) {
      const n = this.nextJoined(k + 1, false);
      if (n !== undefined && n.type === 'word' && this.isNoun(n)) {
        k += 1;
        w = n;
      }
    }
    if (!this.isNoun(w)) return null;
    const head = w.lower;
    let end = w.end;
    k += 1;
    // hyphenated compounds: "petits-enfants", "sapeurs-pompiers", "porte-avions"
    for (;;) {
      const hy = this.tokens[k];
      const part = this.tokens[k + 1];
      if (hy === undefined || part === undefined || hy.text !== '-' || hy.start !== end || !glued(hy, part) || part.type !== 'word') break;
      end = part.end;
      k += 2;
    }
    const adj = this.nextJoined(k, false);
    if (adj !== undefined && adj.type === 'word' && this.isNoun(adj) && POSTPOSED_ADJECTIVE_SUFFIXES.some((s) => adj.lower.endsWith(s)) && adj.lower.length > 3) {
      end = adj.end;
      k += 1;
    } else {
      const d = this.deAt(k);
      if (d !== null) {
        const c = this.tokens[d];
        const ap = this.tokens[d - 1];
        const gluedOk = c !== undefined && ap !== undefined && (APOSTROPHES.has(ap.text) ? glued(ap, c) : spacing(this.text, ap, c) === ' ');
        if (c !== undefined && gluedOk && c.type === 'word' && this.isNoun(c) && !TIME_NOUNS.has(c.lower) && !MONTHS.has(c.lower)) {
          const after = this.tokens[d + 1];
          // "tentatives d'accès à", not "copies de la vidéo" (article) nor "d'ici".
          if (after === undefined || !glued(c, after) || after.type === 'sym') {
            end = c.end;
            k = d + 1;
          }
        }
      }
    }
    return [this.part(first.start, end), k, head];
  }

  private isNoun(w: Token): boolean {
    if (w.type !== 'word' || w.text.length < 2) return false;
    if (FUNCTION_WORDS.has(w.lower) || MONTHS.has(w.lower) || WEEKDAYS.has(w.lower)) return false;
    // a capitalised word is a name, unless a plural or a demonym ("27 États", "3 000 Parisiens")
    if (CAPITAL_RE.test(w.text) && !this.countableName(w)) return false;
    if (QUALIFIER_FIRST_WORDS.has(w.lower)) return false;
    if (SMALL_NUMBERS.has(w.lower) || HUNDRED_WORDS.has(w.lower) || THOUSAND_WORDS.has(w.lower) || MAGNITUDE_WORDS.has(w.lower)) return false;
    return !(/\d/u.test(w.text));
  }

  /** A capitalised word that can be counted: a plural ("États", "Bleus") or a demonym ("Français"). */
  private countableName(w: Token): boolean {
    if (w.text === w.text.toUpperCase()) return false; // "USA", "RN"
    const l = w.lower;
    return (l.length > 3 && (l.endsWith('s') || l.endsWith('x'))) || DEMONYM_SUFFIXES.some((x) => l.endsWith(x));
  }

  /** Percent, currency, unit, counted noun after the number; rejections of non-figures. */
  private afterNumber(cand: Candidate, j0: number, i: number): [Candidate, number] | null {
    let j = j0;
    const toks = this.tokens;
    const start = toks[i];
    if (start === undefined) return null;
    const last = toks[j - 1];
    if (last === undefined) return null;
    // "un million" read as words carries its magnitude inside the numeral
    const lastWord = cand.numeral.form === 'words' ? (cand.numeral.text.toLowerCase().split(/[\s-]+/u).pop() ?? '') : '';
    const hasMagnitude = cand.magnitude !== undefined || MAGNITUDE_WORDS.has(lastWord);

    // "un million et demi", "2 millions et demi", "cinq et un quart"
    if (cand.denominator === undefined && cand.extra === undefined) {
      const half = hasMagnitude || cand.numeral.form === 'words' ? this.halfAt(j) : null;
      if (half !== null) {
        cand.half = half[0];
        cand.end = half[0].end;
        j = half[1];
      } else {
        const mixed = this.mixedFractionAt(j);
        if (mixed !== null) {
          cand.extra = mixed[0];
          cand.end = mixed[0].end;
          j = mixed[1];
        }
      }
    }
    // "un sur trois", "1 sur 10", "un salarié sur trois"
    if (!hasMagnitude && cand.denominator === undefined && cand.extra === undefined && cand.half === undefined) {
      const ratio = this.ratioAt(j, cand.numeral.value) ?? this.nounThenRatio(j, cand);
      if (ratio !== null) {
        cand.per = ratio[0];
        cand.end = ratio[0].end;
        return [cand, ratio[1]];
      }
    }

    // "une dizaine de", "trois centaines de"
    const isArticle = cand.numeral.form === 'words' && (cand.numeral.text.toLowerCase() === 'un' || cand.numeral.text.toLowerCase() === 'une');
    const approx = cand.denominator === undefined ? this.approximationAt(j, isArticle) : null;
    if (approx !== null) {
      cand.approximation = approx[0];
      cand.end = approx[0].end;
      j = approx[1];
    }
    // "2 000 000 d'habitants": a whole number of millions written in digits takes "de" as the word would
    const digitMillions = cand.numeral.form === 'digits' && cand.numeral.value >= 1e6 && cand.numeral.value % 1e6 === 0;
    const scaled = hasMagnitude || approx !== null || cand.denominator !== undefined || digitMillions;
    if (cand.denominator !== undefined && !hasMagnitude && approx === null && this.ofWhole(i, j)) {
      cand.ofWhole = true;
      return [cand, j];
    }

    const nextTok = toks[j];
    const prevTok = toks[j - 1];
    const gap = nextTok !== undefined && prevTok !== undefined ? spacing(this.text, prevTok, nextTok) : null;
    if (nextTok !== undefined && gap !== null) {
      const pct = gap === '' && nextTok.type === 'word' ? null : this.percentAt(j);
      if (pct !== null) {
        cand.percent = pct[0];
        cand.end = pct[0].end;
        return this.checkRangeStart(cand, pct[1], i);
      }
      const cur = this.currencyAfterAt(j);
      if (cur !== null) {
        cand.currency = cur[0];
        cand.end = cur[0].end;
        let k = cur[1];
        if (!hasMagnitude && !CURRENCY_SUBUNITS.has(cur[0].text.toLowerCase())) {
          const sub = this.subAmountAt(k);
          if (sub !== null) {
            cand.subAmount = sub[0];
            cand.end = sub[0].end;
            k = sub[1];
          }
        }
        return this.checkRangeStart(cand, k, i);
      }
    }
    // "d'euros", "de dollars", "de tonnes" after a magnitude
    if (scaled) {
      const d = this.deAt(j);
      if (d !== null) {
        const cur = this.currencyAfterAt(d);
        if (cur !== null) {
          cand.currency = cur[0];
          cand.end = cur[0].end;
          return [cand, cur[1]];
        }
        const unit = this.unitWordAt(d);
        if (unit !== null) {
          cand.unit = unit[0];
          cand.end = unit[0].end;
          return [cand, unit[1]];
        }
        const np = this.nounPhrase(d);
        if (np !== null) {
          // "quatre centièmes de seconde" is a measure; "trois quarts d'heure" a duration
          if (TIME_NOUNS.has(np[2])) return cand.denominator !== undefined && cand.denominator.value >= FINE_DENOMINATOR ? [cand, j] : null;
          cand.counted = np[0];
          return [cand, j];
        }
      }
      // "200k K", "3M km": a unit symbol after an abbreviated magnitude
      if (cand.magnitude !== undefined && MAGNITUDE_ABBREVIATIONS.has(cand.magnitude.text) && nextTok !== undefined && gap === ' ' && nextTok.type === 'word' && UNIT_SYMBOLS.has(nextTok.text)) {
        const unit = this.unitAt(j);
        if (unit !== null) {
          cand.unit = unit[0];
          cand.end = unit[0].end;
          return this.checkRangeStart(cand, unit[1], i);
        }
      }
      return this.checkBare(cand, j, i, false);
    }
    // "1 000 000 de francs": a currency name after "de" is money whatever the number
    const de = this.deAt(j);
    if (de !== null) {
      const cur = this.currencyAfterAt(de);
      const named = this.tokens[de];
      if (cur !== null && named !== undefined && named.type === 'word') {
        cand.currency = cur[0];
        cand.end = cur[0].end;
        return [cand, cur[1]];
      }
    }
    if (nextTok !== undefined && gap !== null) {
      // ages first: "âgé de 45 ans" is a figure, "depuis 45 ans" a duration
      if (nextTok.type === 'word' && AGE_UNITS.has(nextTok.lower) && gap === ' ') {
        if (this.isAge(i, j)) {
          cand.unit = this.part(nextTok.start, nextTok.end);
          cand.age = true;
          cand.end = nextTok.end;
          return [cand, j + 1];
        }
        return null;
      }
      if (nextTok.type === 'word' && (TIME_NOUNS.has(nextTok.lower) || (nextTok.lower === 'h' && gap === ''))) return null;
      // "en 2 h 47 min 58 s": seconds, the end of a duration
      if (nextTok.type === 'word' && nextTok.text === 's') return null;
      if (nextTok.type === 'word' && nextTok.lower === 'h' && gap === ' ') {
        const after = toks[j + 1];
        if (after === undefined || !glued(nextTok, after) || after.type === 'num') return null;
      }
      const unit = this.unitAt(j);
      if (unit !== null) {
        cand.unit = unit[0];
        cand.end = unit[0].end;
        return this.checkRangeStart(cand, unit[1], i);
      }
      // "2,5-km", "trois-tonnes": the unit joined by a hyphen
      const u = toks[j + 1];
      if (gap === '' && nextTok.text === '-' && u !== undefined && glued(nextTok, u) && u.type === 'word') {
        const hyUnit = this.unitAt(j + 1);
        if (hyUnit !== null) {
          cand.unit = hyUnit[0];
          cand.end = hyUnit[0].end;
          return this.checkRangeStart(cand, hyUnit[1], i);
        }
      }
    }
    return this.checkBare(cand, j, i, true);
  }

  /**
   * The cents after a money amount: "2 euros 50", "15 dollars et 15 cents", "treize euros et
   * quarante-cinq centimes". A bare number is taken only when nothing is counted after it.
   */
  private subAmountAt(j: number): [Part & { value: number }, number] | null {
    let k = j;
    const first = this.nextJoined(k, false);
    if (first === undefined) return null;
    const withEt = first.lower === 'et';
    if (withEt) k += 1;
    const n = this.nextJoined(k, false);
    if (n === undefined) return null;
    let value: number | null = null;
    let end = k + 1;
    if (n.type === 'num' && n.format !== undefined && isPlainInteger(n)) value = parseDigits(n.text, n.format);
    else if (n.type === 'word') {
      const wn = parseWordNumber(this.tokens, k, this.text);
      if (wn !== null && !wn.ordinal && wn.words > 0 && !(wn.words === 1 && (n.lower === 'un' || n.lower === 'une'))) {
        value = wn.value;
        end = wn.end;
      }
    }
    if (value === null || value >= SUB_AMOUNT_MAX) return null;
    const lastTok = this.tokens[end - 1];
    if (lastTok === undefined) return null;
    const unit = this.nextJoined(end, false);
    if (unit !== undefined && unit.type === 'word' && CURRENCY_SUBUNITS.has(unit.lower)) {
      return [{ ...this.part(first.start, unit.end), value: value / 100 }, end + 1];
    }
    // a bare number: only at the end of the clause ("15 dollars 50.")
    const after = this.tokens[end];
    if (after !== undefined && (after.type !== 'sym' || CURRENCY_SYMBOLS.has(after.text) || PERCENT_SYMBOLS.has(after.text))) return null;
    if (after !== undefined && spacing(this.text, lastTok, after) === null && after.type !== 'sym') return null;
    return [{ ...this.part(first.start, lastTok.end), value: value / 100 }, end];
  }

  /** A unit written as a word after "de": "3 millions de tonnes". */
  private unitWordAt(j: number): [Part, number] | null {
    const t = this.tokens[j];
    if (t === undefined || t.type !== 'word' || !UNIT_FIRST_LOWER.has(t.lower)) return null;
    const hit = this.longestPhrase(j, LONGEST_UNIT_WORDS, (_raw, lower) => UNIT_WORD_SET.has(lower));
    return hit === null ? null : [hit[0], hit[1]];
  }

  private isAge(upper: number, unitIndex: number): boolean {
    // "âgés de 40 à 50 ans", "il a 40 - 50 ans": the cue stands before the range's lower bound
    const i = this.rangeLowerBoundBefore(upper) ?? upper;
    const after = this.nextJoined(unitIndex + 1, false);
    if (after !== undefined && AGE_CUES_AFTER.has(after.lower)) return true;
    const d = this.deAt(unitIndex + 1);
    if (d !== null) {
      const a = this.tokens[d];
      if (a !== undefined && (a.lower === 'âge' || a.lower === 'age')) return true;
      // "sept ans d'histoire", "20 ans de carrière": a duration of something, not an age
      if (a !== undefined && a.type === 'word' && !FUNCTION_WORDS.has(a.lower)) return false;
    }
    const start = this.tokens[i];
    if (start === undefined) return false;
    // "Marie, 45 ans, témoigne", "la victime (23 ans)": an age in apposition
    const open = this.tokens[i - 1];
    const close = this.tokens[unitIndex + 1];
    const years = this.tokens[unitIndex]?.lower === 'ans';
    // only years make an age in apposition: "(163 jours)" after a date is a duration
    if (years && open !== undefined && open.type === 'sym' && (close === undefined || close.type === 'sym')) {
      if (open.text === '(' && close?.text === ')') return true;
      if (open.text === ',' && (close === undefined || close.text === ',' || close.text === '.' || close.text === ')')) return true;
    }
    const before = this.text.slice(Math.max(0, start.start - 30), start.start).toLowerCase().replace(/’/gu, "'");
    // trimEnd drops what \s matches (white space and line terminators), without an end-anchored run
    let trimmed = before.trimEnd();
    // "âgés de plus de 3 mois": the cue is before the qualifier
    const bound = qualifierPhraseBefore(this.text, start.start);
    if (bound !== undefined && trimmed.endsWith(bound)) trimmed = trimmed.slice(0, trimmed.length - bound.length).trimEnd();
    for (const cue of AGE_CUES_BEFORE) {
      if (trimmed.endsWith(cue)) {
        const ch = trimmed[trimmed.length - cue.length - 1];
        if (ch === undefined || !/\p{L}/u.test(ch)) {
          // "il y a 3 ans" is "ago", not an age
          if (cue === 'a' || trimmed.endsWith('y a')) return false;
          return true;
        }
      }
    }
    // "j'ai 29 ans", "elle a seulement 45 ans", "il avait dix ans" (but not "il y a 3 ans")
    let k = i - 1;
    let w = this.tokens[k];
    while (w !== undefined && w.type === 'word' && AGE_ADVERBS.has(w.lower)) w = this.tokens[--k];
    if (w !== undefined && w.type === 'word' && AGE_VERBS.has(w.lower)) {
      const y = this.tokens[k - 1];
      if (!(y !== undefined && y.lower === 'y')) return true;
    }
    // "un homme de 45 ans", "une fillette de huit ans"
    const de = this.wordBefore(i);
    if (de !== undefined && de.lower === 'de') {
      const noun = this.wordBefore(i - 1);
      if (noun !== undefined && AGE_PERSON_NOUNS.has(noun.lower)) return true;
    }
    return false;
  }

  /** Index of the lower bound when token i closes a range ("40 - 50", "40 à 50"), else null. */
  private rangeLowerBoundBefore(i: number): number | null {
    const joiner = this.tokens[i - 1];
    const lower = this.tokens[i - 2];
    if (joiner === undefined || lower === undefined || lower.type !== 'num') return null;
    const isJoin = (joiner.type === 'word' && RANGE_WORDS.has(joiner.lower)) || (joiner.type === 'sym' && RANGE_SYMBOLS.has(joiner.text));
    return isJoin && spacing(this.text, lower, joiner) !== null ? i - 2 : null;
  }

  /** Bare numbers (no magnitude, unit, percent or currency): counted noun and the many non-figures. */
  private checkBare(cand: Candidate, j: number, i: number, bare: boolean): [Candidate, number] | null {
    const toks = this.tokens;
    const t = toks[i];
    if (t === undefined) return null;
    const before = this.wordBefore(i);
    const value = cand.numeral.value;
    const next = this.nextJoined(j, false);

    if (bare) {
      if (next !== undefined && next.type === 'word') {
        if (MONTHS.has(next.lower) && Number.isInteger(value) && value >= 1 && value <= DAY_MAX) return null;
        if (ADDRESS_WORDS_AFTER.has(next.lower)) return null;
      }
      // "au 10, rue Paul-Bert": a street number before its comma
      const comma = toks[j];
      const street = toks[j + 1];
      if (comma?.text === ',' && street !== undefined && street.type === 'word' && ADDRESS_WORDS_AFTER.has(street.lower)) return null;
      if (before !== undefined && WEEKDAYS.has(before.lower) && value <= DAY_MAX) return null;
      // "le 10 novembre 93": a two-digit year after its month
      if (before !== undefined && MONTHS.has(before.lower) && isPlainInteger(t) && t.text.length === 2) return null;
      if (this.rangeOfDates(j)) return null;
      // "le numéro deux du parti", "la saison trois": a label, spelled out
      if (cand.numeral.form === 'words' && before !== undefined && LABEL_WORDS_BEFORE.has(before.lower) && before.text.length > 2) return null;
      if (cand.numeral.form === 'digits') {
        // "1. Introduction", "2) ...": list numbers at the start of a line
        const after = toks[j];
        if (this.lineStart(i) && after !== undefined && glued(t, after) && LIST_MARKERS.has(after.text)) return null;
        if (before !== undefined && LABEL_WORDS_BEFORE.has(before.lower)) return null;
        const det = before ?? this.elidedBefore(i);
        if (det !== undefined && t.format === 'plain' && t.text.includes('.') && REFERENCE_DETERMINERS.has(det.lower)) return null;
        // "75008 Paris" after a comma or at a line start: a postcode
        if (t.text.length === POSTCODE_DIGITS && isPlainInteger(t) && next !== undefined && CAPITAL_RE.test(next.text)) {
          const p = toks[i - 1];
          if (p === undefined || this.lineStart(i) || p.text === ',' || p.type === 'num') return null;
        }
        // page furniture: a number alone on its line of a longer text (a comment counter, a page
        // number), or a "0" closing a one-word label line ("Commentaires 0")
        if (isPlainInteger(t) && this.aloneOnLine(i) && this.text.trim() !== t.text) return null;
        if (value === 0 && isPlainInteger(t) && before !== undefined && this.lineStart(i - 1) && this.endsLine(t.end)) return null;
        // "France 2", "Ligue 1", "COP 21": a name with a number
        // (a capitalised qualifier opening the sentence is no name: "Environ 50"; "l'A 10" is a road)
        const qualifierOpening = QUALIFIER_FIRST_WORDS.has(before?.lower ?? '') && (before?.text.length ?? 0) > 1 && this.sentenceStart(i - 1);
        if (before !== undefined && !this.currencyFirst && CAPITAL_RE.test(before.text) && !qualifierOpening) {
          if (!this.sentenceStart(i - 1) || before.text === before.text.toUpperCase()) return null;
        }
      }
    }
    let np = next !== undefined && next.type === 'word' ? this.nounPhrase(j) : null;
    if (np !== null && TIME_NOUNS.has(np[2])) return null;
    // two or more of something are plural: "2016 faire étape", "le 10 provient" count nothing
    if (np !== null && Number.isInteger(value) && value >= 2 && !PLURAL_END_RE.test(np[2])) np = null;
    // A year: 4 digits without separator, in a year context or counting nothing.
    const startTok = toks[i];
    if (cand.numeral.form === 'digits' && startTok !== undefined && isPlainInteger(startTok) && cand.magnitude === undefined
      && value >= YEAR_MIN && value <= YEAR_MAX && cand.sign === undefined) {
      const cue = before ?? this.elidedBefore(i);
      if (!this.currencyFirst) {
        if (cue !== undefined && YEAR_CUES_BEFORE.has(cue.lower)) return null;
        if (np === null) return null;
      }
    }
    if (np !== null && bare) cand.counted = np[0];
    if (np !== null && !bare) cand.counted = np[0];
    return this.checkRangeStart(cand, j, i);
  }

  /** Token i is the only token of its line. */
  private aloneOnLine(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && this.lineStart(i) && this.endsLine(t.end);
  }

  /** Only horizontal space between `pos` and the end of its line. */
  private endsLine(pos: number): boolean {
    for (let k = pos; k < this.text.length; k++) {
      const c = this.text.charCodeAt(k);
      if (c === 10 || c === 13) return true;
      if (c !== 32 && c !== 9 && c !== 0xa0) return false;
    }
    return true;
  }

  /** "du 6 au 10 janvier", "les 6 et 7 mai", "9 à 17 heures": a number that belongs to a date range. */
  private rangeOfDates(j: number): boolean {
    const c = this.tokens[j];
    const n = this.tokens[j + 1];
    const w = this.tokens[j + 2];
    if (c === undefined || n === undefined || w === undefined) return false;
    const isJoin = (c.type === 'word' && RANGE_WORDS.has(c.lower)) || (c.type === 'sym' && RANGE_SYMBOLS.has(c.text));
    if (!isJoin || n.type !== 'num') {
      // "les 16, 17 et 18 juillet": an enumeration of days
      if (c.text === ',' && n.type === 'num' && isPlainInteger(n) && Number(n.text) <= DAY_MAX) return this.rangeOfDates(j + 2);
      return false;
    }
    // "âgés de 40 à 50 ans": a range of ages, not of dates
    if (c.type === 'word' && w.type === 'word' && AGE_UNITS.has(w.lower) && this.isAge(j + 1, j + 2)) return false;
    if (w.type === 'word' && (MONTHS.has(w.lower) || TIME_NOUNS.has(w.lower))) return true;
    return w.type === 'word' && w.lower === 'h' && glued(n, w);
  }

  /** Nothing to check beyond the figure itself yet; kept for symmetry with the range reader. */
  private checkRangeStart(cand: Candidate, j: number, _i: number): [Candidate, number] {
    return [cand, j];
  }

  /**
   * "36 et 31 %", "18, 12 et 6 %": a bare number right before "et", "ou" or a comma and another
   * percentage or amount of money takes its unit (an enumeration, not a range).
   */
  private sharesUnitWith(a: Candidate, b: Candidate): boolean {
    const src = b.unitFrom ?? b;
    if (src.percent === undefined && src.currency === undefined) return false;
    if (a.percent !== undefined || a.currency !== undefined || a.unit !== undefined || a.counted !== undefined) return false;
    if (a.ordinal === true || a.rangeEnd !== undefined || a.share !== undefined || a.numeral.form !== b.numeral.form) return false;
    if (b.rangeStart !== undefined) return false;
    const between = this.text.slice(a.end, b.start).trim().toLowerCase();
    return between === 'et' || between === 'ou' || between === ',';
  }

  /**
   * Two consecutive figures joined by "et"/"à" with "entre"/"de" before the first and the unit
   * on the second only: the two bounds of a range ("entre 10 et 20 euros", "de 10 à 20 %").
   * Both stay figures; each knows the other (unit and magnitude are shared in resolve.ts).
   */
  private mergeRange(a: Candidate, b: Candidate): [Candidate, Candidate] | null {
    if (a.percent !== undefined || a.currency !== undefined || a.unit !== undefined || a.ordinal || b.ordinal) return null;
    if (a.rangeEnd !== undefined || a.rangeStart !== undefined || a.counted !== undefined || a.share !== undefined || b.share !== undefined) return null;
    const between = this.text.slice(a.end, b.start).trim().toLowerCase();
    // "75 - 300 mm" is left as two figures; only worded ranges are merged
    if (!RANGE_WORDS.has(between)) return null;
    const before = this.text.slice(Math.max(0, a.start - 8), a.start).toLowerCase().replace(/’/gu, "'");
    const opener = /(?:^|[^\p{L}])entre\s+$/u.test(before) ? 'entre' : /(?:^|[^\p{L}])(?:de\s+|d')$/u.test(before) ? 'de' : null;
    if (between === 'et' && opener !== 'entre') return null;
    // "57 à 60 % des voix", "trois à quatre personnes": without "de", an ascending pair whose
    // upper bound carries the unit is a range too (a score "3 à 0" carries none)
    const bUnit = b.percent !== undefined || b.currency !== undefined || b.unit !== undefined || b.counted !== undefined;
    const ascending = a.numeral.value < b.numeral.value && a.numeral.form === b.numeral.form;
    if ((between === 'à' || between === 'a' || between === 'au') && opener !== 'de' && !(between === 'à' && bUnit && ascending)) return null;
    return [{ ...a, rangeEnd: b }, { ...b, rangeStart: a }];
  }
}

/** Candidates of `text`, left to right. */
export function findCandidates(text: string): Candidate[] {
  return new Finder(text).findAll();
}
