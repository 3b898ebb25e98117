// "plus tard dans la journée", "plus tôt dans la semaine", "tard dans la soirée", "plus tard dans
// l'année": a moment of the current day, part of day, week, month or year, as news writes an
// update ("a-t-il précisé plus tôt dans la journée"). The value is that unit around the DCT; the
// extent is "la journée", "l'année" (the words before are read as a preposition).
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { PARTS_OF_DAY } from '../lexicon.js';
import { alternation, lookup } from '../pattern.js';
import { TAG } from '../tags.js';
import { APOS } from './patterns.js';
import { RELATIVE_UNIT_PREFIX } from './relativeUnit.js';
import { endsWord, resultAt, startsWord } from './util.js';

const PATTERN = new RegExp(
  `(?:plus\\s+)?(?:tôt|tot|tard)\\s+dans\\s+(?<det>la\\s+|le\\s+|l${APOS}\\s*)(?<unit>journée|journee|semaine|mois|année|annee|${alternation(PARTS_OF_DAY)})`,
  'i',
);
/** "plus tard dans la semaine de …", "dans l'année de son élection": another unit than the current one. */
const COMPLEMENT_AFTER = /^\s+(?:de|du|des|d['’])(?![\p{L}])/iu;
const UNITS: Readonly<Record<string, string>> = { semaine: 'week', mois: 'month', année: 'year', annee: 'year' };

export const laterInParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpExecArray): ParsingResult | null {
    const text = context.text;
    const end = match.index + match[0].length;
    if (!startsWord(text, match.index) || !endsWord(text, end)) return null;
    // French TimeBank leaves "plus tard dans" out, as a preposition: "tard dans la nuit" -> "la nuit".
    const start = end - (match.groups?.['det'] ?? '').length - (match.groups?.['unit'] ?? '').length;
    if (COMPLEMENT_AFTER.test(text.slice(end, end + 5))) return null;
    const word = (match.groups?.['unit'] ?? '').toLowerCase();
    const unit = UNITS[word];
    if (unit) return resultAt(context, start, end, [TAG.deictic, `${RELATIVE_UNIT_PREFIX}${unit}:0`]);
    const pod = lookup(PARTS_OF_DAY, word);
    if (pod) return resultAt(context, start, end, [TAG.deictic, `${TAG.podPrefix}${pod}`]);
    // "la journée": the DCT's day.
    const ref = context.refDate;
    const r = resultAt(context, start, end, [TAG.deictic]);
    r.start.assign('day', ref.getDate());
    r.start.assign('month', ref.getMonth() + 1);
    r.start.assign('year', ref.getFullYear());
    return r;
  },
};
