// "le 6 mai dernier", "septembre dernier", "1er septembre prochain", "juin derniers": the
// adjective after a date belongs to it and says which side of the DCT it lies on.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG } from '../tags.js';

const SUFFIX = /^\s+(?<rel>derni(?:er|ère|ere)s?|prochaine?s?|suivante?s?|précédente?s?)(?![\p{L}])/iu;
const INSIDE = /\s(?<rel>derni(?:er|ère|ere)s?|prochaine?s?)$/iu;
/** "suivant"/"précédent" count from the date last mentioned, not from the DCT. */
const ANAPHORIC = /^(?:suiv|préc)/i;

export const relativeSuffixRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const tags = r.tags();
      if (tags.has(TAG.relPast) || tags.has(TAG.relFuture) || tags.has(TAG.deictic)) continue;
      const end = r.index + r.text.length;
      // chrono's weekday parser already reads "vendredi prochain" whole, without saying which side.
      const inside = INSIDE.exec(r.text);
      const m = inside ? null : SUFFIX.exec(context.text.slice(end, end + 16));
      const rel = (inside ?? m)?.groups?.['rel']?.toLowerCase();
      if (!rel) continue;
      if (m) r.text += m[0];
      r.addTag(rel.startsWith('dern') || rel.startsWith('préc') ? TAG.relPast : TAG.relFuture);
      if (ANAPHORIC.test(rel)) r.addTag(TAG.anaphoric);
    }
    return results;
  },
};
