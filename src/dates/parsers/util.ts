// Helpers shared by our chrono parsers.
import type { Parser, ParsingContext, ParsingOption, ParsingResult } from 'chrono-node';
import { TAG } from '../tags.js';

/** A letter or digit: what must not touch a match for it to be a whole word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when the character before `index` does not continue a word. */
export function startsWord(text: string, index: number): boolean {
  return index === 0 || !WORD_CHAR.test(text.charAt(index - 1));
}

/** True when the character at `index` does not continue a word. */
export function endsWord(text: string, index: number): boolean {
  return index >= text.length || !WORD_CHAR.test(text.charAt(index));
}

/** The match's [start, end) when it stands as whole words in `text`, else null. */
export function wholeWordSpan(text: string, match: RegExpExecArray): { start: number; end: number } | null {
  const start = match.index;
  const end = start + match[0].length;
  return startsWord(text, start) && endsWord(text, end) ? { start, end } : null;
}

/** Up to `n` characters before `index`: the left context our patterns cannot see (chrono re-runs them on suffixes). */
export function before(text: string, index: number, n = 40): string {
  return text.slice(Math.max(0, index - n), index);
}

/** A result over text[start, end) with the given tags. */
export function resultAt(context: ParsingContext, start: number, end: number, tags: string[]): ParsingResult {
  const r = context.createParsingResult(start, end);
  r.addTags([TAG.ours, ...tags]);
  return r;
}

/** Matches nothing, at once: anchored, so exec() gives up at the first position. */
const NEVER = /^(?!)/;

/** The parsing option our stage passes: the kinds of trigger the window holds (windows.ts). */
export interface WindowOption extends ParsingOption {
  kinds?: number;
}

/**
 * Runs `parser` only on texts holding one of its keywords, and, when the engine is given a window
 * with its kinds of trigger, only on windows holding one of `kinds` (bits of windows.ts's KIND).
 * A keyword scan is a plain literal alternation, much cheaper than a pattern with optional
 * leading groups tried at every position; a bit test is cheaper still. `sufficient`: kinds whose
 * trigger words are keywords of the parser, so that a window holding one needs no scan.
 */
export function gated(keywords: RegExp, parser: Parser, kinds?: number, sufficient = 0): Parser {
  return {
    pattern: (context: ParsingContext) => {
      const windowKinds = (context.option as WindowOption).kinds;
      if (kinds !== undefined && windowKinds !== undefined) {
        // A trigger of a sufficient kind is itself one of the parser's keywords: no need to look again.
        if ((windowKinds & sufficient) !== 0) return parser.pattern(context);
        if ((windowKinds & kinds) === 0) return NEVER;
      }
      return keywords.test(context.text) ? parser.pattern(context) : NEVER;
    },
    extract: (context: ParsingContext, match: RegExpMatchArray) => parser.extract(context, match),
  };
}

/**
 * The words right before `index` that `re` (anchored with `$`) reads, from a short window: our
 * patterns start at their keyword and look left for articles, rather than opening with optional
 * groups that the regex engine would try at every position of the text.
 */
export function prefixBefore(text: string, index: number, re: RegExp, width = 32): RegExpExecArray | null {
  const m = re.exec(before(text, index, width));
  return m && m[0].length > 0 ? m : null;
}
