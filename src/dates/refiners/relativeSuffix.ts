// "le 6 mai dernier", "septembre dernier", "1er septembre prochain", "juin derniers": the
// adjective after a date belongs to it and says which side of the DCT it lies on.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG } from '../tags.js';

const SUFFIX = /^\s+(?<rel>derni(?:er|ère)s?|prochaine?s?)(?![\p{L}])/iu;

export const relativeSuffixRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const tags = r.tags();
      if (tags.has(TAG.relPast) || tags.has(TAG.relFuture) || tags.has(TAG.deictic)) continue;
      const end = r.index + r.text.length;
      const m = SUFFIX.exec(context.text.slice(end, end + 16));
      if (!m?.groups) continue;
      r.text += m[0];
      r.addTag(m.groups['rel']?.toLowerCase().startsWith('dern') ? TAG.relPast : TAG.relFuture);
    }
    return results;
  },
};
