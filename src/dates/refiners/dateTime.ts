// Glues a date to the part of day right after it ("hier soir", "mardi matin", "le lendemain
// matin", "hier en début d'après-midi"): one TIME, as TimeBank annotates it. A bare part of day ("soir") with no date before it is dropped.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { BARE_POD } from '../parsers/partOfDay.js';
import { TAG, tagValue } from '../tags.js';

/**
 * French TimeBank annotates "le samedi 5 juin" and "17 h" as two expressions (the time takes the
 * date as its anchor, see timex.ts); parts of the day are glued ("samedi soir").
 */
const MERGE_CLOCK = false;
/** What may stand between a date and its time: "à", "vers", a comma, "en", nothing. */
const BETWEEN_CLOCK = /^\s*(?:,\s*)?(?:à|vers|dès)?\s*$/i;
const BETWEEN_POD = /^\s*(?:en|au|dans\s+la|dans\s+l['’])?\s*$/i;

const isClock = (r: ParsingResult): boolean => r.start.isCertain('hour') && !r.start.isCertain('day') && !r.start.isCertain('weekday');
const isPod = (r: ParsingResult): boolean => tagValue(r.tags(), TAG.podPrefix) !== null;
const isDay = (r: ParsingResult): boolean =>
  !isClock(r) && !isPod(r) && !r.start.isCertain('hour') &&
  (r.start.isCertain('day') || r.start.isCertain('weekday') || r.tags().has('casualReference/yesterday') ||
    r.tags().has('casualReference/today') || r.tags().has('casualReference/tomorrow') ||
    [...r.tags()].some((t) => t.startsWith('extract/dayoffset:')));

export const dateTimeRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const cur = results[i];
      if (!cur) continue;
      const next = results[i + 1];
      if (next && isDay(cur)) {
        const between = context.text.slice(cur.index + cur.text.length, next.index);
        const clock = MERGE_CLOCK && isClock(next) && BETWEEN_CLOCK.test(between);
        const pod = isPod(next) && BETWEEN_POD.test(between);
        if (clock || pod) {
          cur.text = context.text.slice(cur.index, next.index + next.text.length);
          if (clock) {
            cur.start.assign('hour', next.start.get('hour') ?? 0);
            cur.start.assign('minute', next.start.get('minute') ?? 0);
          }
          for (const t of next.tags()) if (t !== BARE_POD && t !== TAG.deictic) cur.addTag(t);
          out.push(cur);
          i++;
          continue;
        }
      }
      if (cur.tags().has(BARE_POD)) continue;
      out.push(cur);
    }
    return out;
  },
};
