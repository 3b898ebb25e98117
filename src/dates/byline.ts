// The publication date of a byline: a short line near the top ("juin 2022 par Marc Jacob",
// "Publié le 12/01/2021 à 10h30", "Mis à jour le 3 mars 2023", "12 janvier 2021 à 14h05").
import type { Published } from '../types.js';
import { MONTHS } from './lexicon.js';
import { lookup } from './pattern.js';
import { DAY_SRC, MONTH_ALT, YEAR_SRC } from './parsers/patterns.js';
import { isValidDay, fmtDay, fmtMonth } from './reference.js';

/**
 * How many blocks from the top may hold the byline. Pages copied whole put a site header and
 * menus before it, so a cued or date-dominated line is looked for a little further down.
 */
export const BYLINE_BLOCKS = 8;
export const BYLINE_BLOCKS_CUED = 15;
/** A byline is a short line; a longer one must carry a byline cue. */
const MAX_PLAIN = 80;
const MAX_CUED = 160;
/** Share of a line the date must fill for an uncued line below the first blocks ("12 janvier 2021 à 14h05"). */
const DOMINANT_SHARE = 0.4;
/** Words of a byline: "Publié le", "Mis à jour le", "par <Name>". */
const CUE_WORDS = /(?<![\p{L}])(?:publié|publiée|mis\s+à\s+jour|mise\s+à\s+jour|modifié|actualisé)(?![\p{L}])/iu;
const CUE_AUTHOR = /(?<![\p{L}])[Pp]ar\s+\p{Lu}/u;
const isCued = (line: string): boolean => CUE_WORDS.test(line) || CUE_AUTHOR.test(line);

const DATE_IN_BYLINE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<day>${DAY_SRC})\\s+(?<month>${MONTH_ALT})\\s+(?<year>${YEAR_SRC})` +
    `|(?<sd>[0-3]?\\d)[/.](?<sm>[01]?\\d)[/.](?<sy>${YEAR_SRC})` +
    `|(?<iy>${YEAR_SRC})-(?<im>[01]\\d)-(?<id>[0-3]\\d)` +
    `|(?<mmonth>${MONTH_ALT})\\s+(?<myear>${YEAR_SRC}))(?:(?![\\p{L}\\p{N}])|(?<=\\d)(?=T\\d))`,
  'iu',
);

function readDate(line: string): { value: string; text: string } | null {
  const m = DATE_IN_BYLINE.exec(line);
  const g = m?.groups;
  if (!m || !g) return null;
  let y: number, mo: number | undefined, d: number | null;
  if (g['day']) {
    y = Number(g['year']); mo = lookup(MONTHS, g['month'] ?? ''); d = Number.parseInt(g['day'], 10);
  } else if (g['sd']) {
    y = Number(g['sy']); mo = Number(g['sm']); d = Number(g['sd']);
  } else if (g['iy']) {
    y = Number(g['iy']); mo = Number(g['im']); d = Number(g['id']);
  } else {
    y = Number(g['myear']); mo = lookup(MONTHS, g['mmonth'] ?? ''); d = null;
  }
  if (mo === undefined || mo < 1 || mo > 12) return null;
  if (d !== null && !isValidDay(y, mo, d)) return null;
  return { value: d === null ? fmtMonth(y, mo) : fmtDay(y, mo, d), text: m[0] };
}

export function findBylineDate(blocks: string[]): Published | null {
  const top = blocks.slice(0, BYLINE_BLOCKS_CUED);
  for (let i = 0; i < top.length; i++) {
    for (const raw of (top[i] ?? '').split('\n')) {
      const line = raw.trim();
      if (!line || line.length > MAX_CUED) continue;
      const found = readDate(line);
      if (!found) continue;
      const cued = isCued(line);
      const short = line.length <= MAX_PLAIN;
      const dominant = found.text.length / line.length >= DOMINANT_SHARE;
      if (cued || (short && (i < BYLINE_BLOCKS || dominant))) return { value: found.value, text: found.text, from: 'byline' };
    }
  }
  return null;
}
