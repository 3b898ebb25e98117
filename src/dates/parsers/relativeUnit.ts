// Calendar units named relative to the DCT: "l'an dernier", "l'année dernière", "cette année",
// "le mois dernier", "la semaine prochaine", "cette semaine", "ce week-end", "le trimestre
// dernier", "le prochain trimestre", "la fin du mois". The article or demonstrative is part of
// the expression (French TimeBank habit).
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { TAG } from '../tags.js';
import { APOS, NOT_AFTER_LETTER, NOT_BEFORE_LETTER, YEAR_SRC } from './patterns.js';
import { endsWord, prefixBefore, resultAt, startsWord } from './util.js';

// "la fin de l'année", "fin d'année", "début de semaine": an edge word and a partitive; or an
// article or demonstrative; then "prochain" ("le prochain trimestre"). A bare preposition ("du",
// "de la") is left outside.
const PREFIX = new RegExp(
  `(?<![\\p{L}])(?:(?<edge>(?:la\\s+|le\\s+)?(?:fin|début|milieu)\\s+)(?<pdet>du\\s+|de\\s+la\\s+|de\\s+l${APOS}\\s*|d${APOS}\\s*|de\\s+)` +
    `|(?<det>l${APOS}\\s*|la\\s+|le\\s+|cette\\s+|ce\\s+|cet\\s+)|(?<contr>du\\s+|au\\s+))?` +
    `(?:(?<pre>prochaine?)\\s+)?$`,
  'iu',
);
const PATTERN = new RegExp(
  `${NOT_AFTER_LETTER}(?<unit>année|annee|an|mois|semaine|week-end|weekend|trimestre|semestre)${NOT_BEFORE_LETTER}` +
    `(?:\\s*-\\s*(?<ci>ci)|\\s+(?<rel>derni(?:ère|ere|er)|prochaine?|passée?|précédente?|suivante?|en\\s+cours|écoulée?))?`,
  'i',
);

const YEAR_AFTER = new RegExp(`^\\s+(?<year>${YEAR_SRC})(?!\\d)`);
const PAST_REL = /^(?:derni|pass|précéd|écoul)/;
const FUTURE_REL = /^(?:procha|suivant)/;

type Unit = 'year' | 'month' | 'week' | 'weekend' | 'quarter' | 'half';
const UNITS: Readonly<Record<string, Unit>> = {
  an: 'year', année: 'year', annee: 'year', mois: 'month', semaine: 'week', 'week-end': 'weekend', weekend: 'weekend',
  trimestre: 'quarter', semestre: 'half',
};

/** chrono components only hold points: the unit and offset ride on tags. */
export const RELATIVE_UNIT_PREFIX = 'extract/relunit:';

export const relativeUnitParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpExecArray): ParsingResult | null {
    const end = match.index + match[0].length;
    if (!startsWord(context.text, match.index) || !endsWord(context.text, end)) return null;
    const prefix = prefixBefore(context.text, match.index, PREFIX);
    const g = { ...match.groups, ...prefix?.groups };
    // "du mois prochain", "au trimestre suivant": the article fused with the preposition stays
    // outside the extent, as the preposition would.
    const contracted = g['contr']?.length ?? 0;
    const start = match.index - (prefix ? prefix[0].length - contracted : 0);
    const det = (g['det'] ?? g['contr'] ?? '').trim().toLowerCase();
    const edge = g['edge'] !== undefined;
    if (!det && !edge && !g['pre']) return null; // "mois", "un an": not a calendar reference
    const unit = UNITS[(g['unit'] ?? '').toLowerCase()];
    if (!unit) return null;
    const rel = (g['rel'] ?? '').toLowerCase();
    let offset: number;
    if (PAST_REL.test(rel)) offset = -1;
    else if (FUTURE_REL.test(rel)) offset = 1;
    else if (g['pre']) offset = 1;
    else if (g['ci'] || rel.startsWith('en') || det.startsWith('c') || edge) offset = 0;
    else return null; // "l'année", "la semaine" alone: not anchored
    // "l'an" takes no demonstrative; "cette an" is not French.
    if (unit === 'year' && (g['unit'] ?? '').toLowerCase() === 'an' && !det.startsWith('l') && !g['pdet']?.startsWith('d')) return null;
    // "le début de l'année 2016": the year written after names the year, nothing is relative.
    const written = unit === 'year' && !g['rel'] && !g['ci'] ? YEAR_AFTER.exec(context.text.slice(end, end + 6)) : null;
    if (written?.groups) {
      const r = resultAt(context, start, end + written[0].length, [TAG.grainYear]);
      r.start.assign('year', Number(written.groups['year']));
      return r;
    }
    return resultAt(context, start, end, [TAG.deictic, `${RELATIVE_UNIT_PREFIX}${unit}:${offset}`]);
  },
};
