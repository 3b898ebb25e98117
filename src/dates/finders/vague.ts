// Vague temporal references (TimeML PRESENT_REF / PAST_REF / FUTURE_REF): "maintenant",
// "actuellement", "récemment", "précédemment", "à l'avenir". Typed DATE (FTiB types them TIME;
// both are accepted by our consumers, and DATE is what the record contract documents).
import type { DateMention } from '../../types.js';
import { VAGUE_REFS } from '../lexicon.js';
import { alternation, lookup } from '../pattern.js';
import { startsWord } from '../parsers/util.js';
import type { Finder } from './types.js';

const VAGUE = new RegExp(`${alternation(VAGUE_REFS)}(?![\\p{L}\\p{N}])`, 'giu');

/** "en maintenant un rythme", "en les maintenant": the gerund of "maintenir". */
const GERUND_BEFORE = /(?<![\p{L}])en\s+(?:(?:les|le|la|leur|se|nous|vous)\s+|l['’]|s['’])?$/iu;
const MAINTENANT = /^maintenant$/i;
/** "l'avenir de la messagerie": the future OF something is a topic, not a time. */
const NOUN_COMPLEMENT_AFTER = /^\s+(?:de|du|des|d['’])(?![\p{L}])/iu;
const NOUN_LIKE = /avenir$/i;
/** "à ce jour-là": that day, not today. */
const LA_AFTER = /^-là/i;

export const findVague: Finder = (text) => {
  const out: DateMention[] = [];
  for (const m of text.matchAll(VAGUE)) {
    if (!startsWord(text, m.index)) continue;
    if (MAINTENANT.test(m[0]) && GERUND_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (NOUN_LIKE.test(m[0]) && NOUN_COMPLEMENT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))) continue;
    if (LA_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    const value = lookup(VAGUE_REFS, m[0]);
    if (!value) continue;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, value, type: 'DATE' });
  }
  return out;
};
