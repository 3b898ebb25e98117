// The publication date of a byline: a short line near the top ("juin 2022 par Marc Jacob",
// "Publié le 12/01/2021 à 10h30", "Mis à jour le 3 mars 2023", "12 janvier 2021 à 14h05").
import type { Published } from '../types.js';
import { MONTHS } from './lexicon.js';
import { lookup } from './pattern.js';
import { DAY_SRC, MONTH_ALT, YEAR_SRC } from './parsers/patterns.js';
import { isValidDay, fmtDay, fmtMonth } from './reference.js';

/** How many blocks from the top may hold the byline. */
export const BYLINE_BLOCKS = 8;
/** A byline is a short line; a longer one must carry a byline cue. */
const MAX_PLAIN = 80;
const MAX_CUED = 160;
const CUE = /(?:^|[^\p{L}])(?:publié|mis\s+à\s+jour|modifié|actualisé|mise\s+à\s+jour|date|par|le)(?![\p{L}])/iu;

const DATE_IN_BYLINE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<day>${DAY_SRC})\\s+(?<month>${MONTH_ALT})\\s+(?<year>${YEAR_SRC})` +
    `|(?<sd>[0-3]?\\d)[/.](?<sm>[01]?\\d)[/.](?<sy>${YEAR_SRC})` +
    `|(?<iy>${YEAR_SRC})-(?<im>[01]\\d)-(?<id>[0-3]\\d)` +
    `|(?<mmonth>${MONTH_ALT})\\s+(?<myear>${YEAR_SRC}))(?![\\p{L}\\p{N}])`,
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
  for (const block of blocks.slice(0, BYLINE_BLOCKS)) {
    for (const raw of block.split('\n')) {
      const line = raw.trim();
      if (!line || line.length > MAX_CUED) continue;
      if (line.length > MAX_PLAIN && !CUE.test(line)) continue;
      const found = readDate(line);
      if (found) return { value: found.value, text: found.text, from: 'byline' };
    }
  }
  return null;
}
