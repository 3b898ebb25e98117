// franc 6's detector (MIT, Titus Wormer) re-implemented over the profiles of the languages we let
// it answer (data/language/franc.json, built by scripts/build-language-model.mjs).
//
// Why not import franc: importing it turns its 400-language table into 120,000 object properties
// (~10 MB of heap and tens of milliseconds) for a detector the stage consults on a few texts only
// (those eld is unsure of). Here the table holds our candidate languages and is read on the first
// call. The algorithm is franc's `francAll(value, { minLength, only })`: the script whose
// characters occur most is chosen, then each language of that script is scored by the distance
// between the text's trigram ranks and the language's profile. test/language-trigrams.test.ts
// checks the answers equal franc's own.
import { readFileSync } from 'node:fs';

const DATA_URL = new URL('../../data/language/franc.json', import.meta.url);
/** franc reads at most this many characters. */
const MAX_LENGTH = 2048;
/** franc's distance for a trigram absent from a profile. */
const MAX_DIFFERENCE = 300;

interface FrancData {
  scripts: Record<string, string>;
  profiles: Record<string, Record<string, string>>;
}

interface Tables {
  scripts: readonly { name: string; pattern: RegExp }[];
  /** Per script with profiles: language -> (trigram -> rank). */
  profiles: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, number>>>;
}

let tables: Tables | null = null;

function load(): Tables {
  const data = JSON.parse(readFileSync(DATA_URL, 'utf8')) as FrancData;
  const scripts = Object.entries(data.scripts).map(([name, source]) => ({ name, pattern: new RegExp(source, 'g') }));
  const profiles = new Map<string, Map<string, Map<string, number>>>();
  for (const [script, languages] of Object.entries(data.profiles)) {
    const byLanguage = new Map<string, Map<string, number>>();
    for (const [language, model] of Object.entries(languages)) {
      const ranks = new Map<string, number>();
      // franc keeps the first rank of a trigram listed twice.
      model.split('|').forEach((trigram, rank) => {
        if (!ranks.has(trigram)) ranks.set(trigram, rank);
      });
      byLanguage.set(language, ranks);
    }
    profiles.set(script, byLanguage);
  }
  return { scripts, profiles };
}

/** The script whose characters are most frequent in `value` (the first on a tie) and that share. */
function topScript(value: string, scripts: Tables['scripts']): [string | undefined, number] {
  let top: string | undefined;
  let topCount = -1;
  for (const { name, pattern } of scripts) {
    pattern.lastIndex = 0;
    const count = (value.match(pattern)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = name;
    }
  }
  return [top, topCount];
}

/** Characters franc drops before cutting trigrams: "!" to "@" (punctuation, digits). */
const PUNCTUATION_DIGITS = /[\u0021-\u0040]+/gu;
const WHITE_SPACE = /\s+/gu;

/** franc's trigrams of `value` with their counts, rarest first (ties in order of appearance). */
function trigramCounts(value: string): [string, number][] {
  const clean = ` ${value.replace(PUNCTUATION_DIGITS, ' ').replace(WHITE_SPACE, ' ').trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= clean.length; i++) {
    const t = clean.slice(i, i + 3);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[1] - b[1]);
}

function distance(trigrams: readonly [string, number][], model: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const [trigram, count] of trigrams) {
    const rank = model.get(trigram);
    sum += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
  }
  return sum;
}

/**
 * franc's `francAll(text, { minLength, only })`: languages and scores (1 for the best, lower for
 * the others), best first; [['und', 1]] when it cannot tell. The data holds only the `only`
 * languages' profiles; `only` itself decides for the scripts franc has one language for.
 */
export function francAll(text: string, minLength: number, only: ReadonlySet<string>): [string, number][] {
  if (!text || text.length < minLength) return [['und', 1]];
  const value = text.slice(0, MAX_LENGTH);
  tables ??= load();
  const [script, share] = topScript(value, tables.scripts);
  const languages = script === undefined ? undefined : tables.profiles.get(script);
  if (script === undefined || languages === undefined) {
    // A script franc has one language for (Greek, Thai, Korean…) answers that language; it is
    // among our candidates only when listed in the data's script table with no profiles.
    return share === 0 || script === undefined || !only.has(script) ? [['und', 1]] : [[script, 1]];
  }
  if (languages.size === 0) return [['und', 1]];
  const trigrams = trigramCounts(value);
  const distances: [string, number][] = [];
  for (const [language, model] of languages) distances.push([language, distance(trigrams, model)]);
  distances.sort((a, b) => a[1] - b[1]);
  const min = distances[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  return distances.map(([language, d]) => [language, 1 - (d - min) / max || 0]);
}
