// Compiles the boilerplate lexicon (./lexicon.ts) into one RegExp per rule, once, at module load.
import { BOILERPLATE_RULES, COUNTER_NOUNS, PHOTO_AGENCIES, SHARE_WORDS, type MatchMode } from './lexicon.js';
import { stripEdges, words } from './normalize.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Longest phrases first, so that an alternation prefers "lire aussi" to "lire". */
function alternation(phrases: readonly string[]): string {
  if (phrases.length === 0) throw new Error('empty phrase list');
  return [...phrases].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join('|');
}

// Word boundaries in any script: "\b" only knows ASCII.
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';
/** What may follow a "label" phrase: the end of the block or a separator. */
const LABEL_END = '\\s*(?:$|[:|»›>•·–—-])';

function compile(mode: MatchMode, phrases: readonly string[]): RegExp {
  const alt = alternation(phrases);
  switch (mode) {
    case 'whole':
      return new RegExp(`^(?:${alt})$`, 'u');
    case 'label':
      return new RegExp(`^(?:${alt})${LABEL_END}`, 'u');
    case 'start':
      // A phrase ending in punctuation ("credit:", "©") needs no boundary after it.
      return new RegExp(`^(?:${alt})(?:(?<=[^\\p{L}\\p{N}])|${NOT_BEFORE_WORD})`, 'u');
    case 'contains':
      return new RegExp(`${NOT_AFTER_WORD}(?:${alt})(?:(?<=[^\\p{L}\\p{N}])|${NOT_BEFORE_WORD})`, 'u');
  }
}

interface CompiledRule {
  reason: string;
  mode: MatchMode;
  maxChars: number;
  pattern: RegExp;
}

const RULES: readonly CompiledRule[] = BOILERPLATE_RULES.map((r) => ({
  reason: r.reason,
  mode: r.mode,
  maxChars: r.maxChars,
  pattern: compile(r.mode, r.phrases),
}));

/** The longest block any rule looks at: longer blocks skip the lexicon altogether. */
export const LEXICON_MAX_CHARS = Math.max(...RULES.map((r) => r.maxChars));

/** A number alone, possibly grouped ("0", "1 234", "12.5k"), or a number and a counted noun. */
const COUNTER = new RegExp(`^\\d[\\d .,]{0,12}(?:k|m)?(?: (?:${alternation(COUNTER_NOUNS)}))?$`, 'u');
/** Copyright years next to a "©": "© 2020 Prisma Média", "© Le Devoir 2002-2020". */
const COPYRIGHT_YEAR = /(?:©|\(c\)|copyright)(?:.{0,60}?)(?<!\d)(?:19|20)\d\d(?!\d)/u;
/** A picture credit's agency at the end of a short block: "Jean Dupont / AFP". */
const AGENCY_CREDIT = new RegExp(`(?:^|[\\s/|·•,(-])(?:${alternation(PHOTO_AGENCIES)})\\)?$`, 'u');
/** Longest block checked for an agency credit. */
const AGENCY_CREDIT_MAX_CHARS = 100;
/** Longest block made of social-network names only (share bars). */
const SHARE_BAR_MAX_WORDS = 10;
const SENTENCE_END = /[.!?…][\s"'’”»)\]]*$/u;
const HAS_ALNUM = /[\p{L}\p{N}]/u;

/**
 * The reason a block is boilerplate by its wording alone, or null. `folded` is fold(block).
 * Blocks with no letter or digit are "empty" (separators, a lone no-break space).
 */
export function lexiconReason(folded: string): string | null {
  if (!HAS_ALNUM.test(folded)) return 'empty';
  if (folded.length > LEXICON_MAX_CHARS) return null;
  const bare = stripEdges(folded);
  if (COUNTER.test(bare)) return 'counter';
  if (COPYRIGHT_YEAR.test(folded)) return 'copyright';
  for (const rule of RULES) {
    if (folded.length > rule.maxChars) continue;
    const subject = rule.mode === 'whole' || rule.mode === 'label' ? bare : folded;
    if (rule.pattern.test(subject)) return rule.reason;
  }
  if (folded.length <= AGENCY_CREDIT_MAX_CHARS && !SENTENCE_END.test(folded) && AGENCY_CREDIT.test(bare)) {
    return 'credit';
  }
  const tokens = words(bare);
  if (tokens.length > 0 && tokens.length <= SHARE_BAR_MAX_WORDS && tokens.every((t) => SHARE_WORDS.has(t))) {
    return 'share-bar';
  }
  return null;
}
