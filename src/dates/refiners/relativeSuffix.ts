// "le 6 mai dernier", "septembre dernier", "1er septembre prochain", "juin derniers": the
// adjective after a date belongs to it and says which side of the DCT it lies on.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG } from '../tags.js';

const SUFFIX = /^\s+(?<rel>derni(?:er|ère)s?|prochaine?s?|suivante?s?|précédente?s?)(?![\p{L}])/iu;
/** "suivant"/"précédent" count from the date last mentioned, not from the DCT. */
const ANAPHORIC = /^(?:suiv|préc)/i;

export const relativeSuffixRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const tags = r.tags();
      if (tags.has(TAG.relPast) || tags.has(TAG.relFuture) || tags.has(TAG.deictic)) continue;
      const end = r.index + r.text.length;
      const m = SUFFIX.exec(context.text.slice(end, end + 16));
      if (!m?.groups) continue;
      r.text += m[0];
      const rel = m.groups['rel']?.toLowerCase() ?? '';
      r.addTag(rel.startsWith('dern') || rel.startsWith('préc') ? TAG.relPast : TAG.relFuture);
      if (ANAPHORIC.test(rel)) r.addTag(TAG.anaphoric);
    }
    return results;
  },
};
