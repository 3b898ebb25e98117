// Calendar units named relative to the DCT: "l'an dernier", "l'année dernière", "cette année",
// "le mois dernier", "la semaine prochaine", "cette semaine", "ce week-end", "le trimestre
// dernier", "le prochain trimestre", "la fin du mois". The article or demonstrative is part of
// the expression (French TimeBank habit).
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { TAG } from '../tags.js';
import { APOS } from './patterns.js';
import { endsWord, resultAt, startsWord } from './util.js';

const PATTERN = new RegExp(
  `(?<edge>(?:la\\s+|le\\s+)?(?:fin|début|milieu)\\s+(?:de\\s+|d${APOS}\\s*)?)?` +
    `(?<det>l${APOS}\\s*|la\\s+|le\\s+|cette\\s+|ce\\s+|cet\\s+|du\\s+|de\\s+la\\s+|de\\s+l${APOS}\\s*)?` +
    `(?:(?<pre>prochaine?)\\s+)?` +
    `(?<unit>année|an|mois|semaine|week-end|weekend|trimestre|semestre)` +
    `(?:\\s*-\\s*(?<ci>ci)|\\s+(?<rel>derni(?:er|ère)|prochaine?|passée?|précédente?|suivante?|en\\s+cours|écoulée?))?`,
  'i',
);

type Unit = 'year' | 'month' | 'week' | 'weekend' | 'quarter' | 'half';
const UNITS: Readonly<Record<string, Unit>> = {
  an: 'year', année: 'year', mois: 'month', semaine: 'week', 'week-end': 'weekend', weekend: 'weekend',
  trimestre: 'quarter', semestre: 'half',
};

/** chrono components only hold points: the unit and offset ride on tags. */
export const RELATIVE_UNIT_PREFIX = 'extract/relunit:';

export const relativeUnitParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpExecArray): ParsingResult | null {
    const g = match.groups ?? {};
    let start = match.index;
    const end = start + match[0].length;
    if (!startsWord(context.text, start) || !endsWord(context.text, end)) return null;
    const det = (g['det'] ?? '').trim().toLowerCase();
    // "du mois", "de la semaine" only after "fin"/"début"/"milieu": "la fin du mois".
    // "en fin d'année", "en début de semaine": the edge word stands for the article.
    if (!det && !(g['edge'] && /(?:de\s+|d['’]\s*)$/i.test(g['edge']))) return null;
    const partitive = det.startsWith('d') || !det;
    if (partitive && !g['edge']) {
      // "du prochain trimestre": "du" is the preposition, the expression starts at "prochain".
      if (!g['pre']) return null;
      start += (g['det'] ?? '').length;
    }
    const unit = UNITS[(g['unit'] ?? '').toLowerCase()];
    if (!unit) return null;
    const rel = (g['rel'] ?? '').toLowerCase();
    let offset: number;
    if (/^(?:derni|pass|précéd|écoul)/.test(rel)) offset = -1;
    else if (/^(?:procha|suivant)/.test(rel)) offset = 1;
    else if (g['pre']) offset = 1;
    else if (g['ci'] || rel.startsWith('en') || det.startsWith('c') || partitive) offset = 0;
    else return null; // "l'année", "la semaine" alone: not anchored
    // "l'an" takes no demonstrative; "cette an" is not French.
    if (unit === 'year' && (g['unit'] ?? '').toLowerCase() === 'an' && !det.startsWith('l')) return null;
    return resultAt(context, start, end, [TAG.deictic, `${RELATIVE_UNIT_PREFIX}${unit}:${offset}`]);
  },
};
