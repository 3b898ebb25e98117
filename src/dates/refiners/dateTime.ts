// Glues a date to the part of day right after it ("hier soir", "mardi matin", "le lendemain
// matin", "hier en début d'après-midi"): one TIME, as TimeBank annotates it. A bare part of day ("soir") with no date before it is dropped.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { BARE_POD } from '../parsers/partOfDay.js';
import { TAG, tagValue } from '../tags.js';

/**
 * A clock time written right after a date, with nothing between ("5 mai 12:00", "demain 17:00",
 * "vendredi 15h"), is one TIME. With "à" or a comma between, French TimeBank annotates the date
 * and the time apart ("le samedi 5 juin à 17 h"; the time then takes the date as its anchor, see
 * timex.ts), except "à" after a deictic day ("Hier à 10 h", "demain à 8 h"), which it glues
 * ("hier vers 18 h" stays two).
 */
const BETWEEN_CLOCK = /^\s+$/;
const BETWEEN_CLOCK_DEICTIC = /^\s+à\s+$/i;
const BETWEEN_POD = /^\s*(?:(?:en|au|dans\s+la|dans\s+l['’])\s*)?$/i;
const DEICTIC_DAY = /^casualReference\/(?:today|tomorrow|yesterday)$|^extract\/dayoffset:/;

const isClock = (r: ParsingResult): boolean => r.start.isCertain('hour') && !r.start.isCertain('day') && !r.start.isCertain('weekday');

/** What the refiner asks of a result's tags, read once per result (chrono copies its tag set on every call). */
interface TagFacts {
  pod: boolean;
  deicticDay: boolean;
  barePod: boolean;
}
function factsOf(r: ParsingResult): TagFacts {
  const tags = r.tags();
  let deicticDay = false;
  for (const t of tags) if (DEICTIC_DAY.test(t)) { deicticDay = true; break; }
  return { pod: tagValue(tags, TAG.podPrefix) !== null, deicticDay, barePod: tags.has(BARE_POD) };
}
/** A day, possibly with its part of day already glued ("demain matin"), and no clock time yet. */
const isDay = (r: ParsingResult, f: TagFacts): boolean =>
  !isClock(r) && !r.start.isCertain('hour') &&
  (r.start.isCertain('day') || r.start.isCertain('weekday') || f.deicticDay);

export const dateTimeRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    const facts = results.map(factsOf);
    for (let i = 0; i < results.length; i++) {
      const cur = results[i];
      const f = facts[i];
      if (!cur || !f) continue;
      const next = results[i + 1];
      const nf = facts[i + 1];
      if (next && nf && isDay(cur, f)) {
        const between = context.text.slice(cur.index + cur.text.length, next.index);
        const clock = isClock(next) && (BETWEEN_CLOCK.test(between) || (f.deicticDay && BETWEEN_CLOCK_DEICTIC.test(between)));
        const pod = !f.pod && nf.pod && BETWEEN_POD.test(between);
        if (clock || pod) {
          cur.text = context.text.slice(cur.index, next.index + next.text.length);
          if (clock) {
            cur.start.assign('hour', next.start.get('hour') ?? 0);
            cur.start.assign('minute', next.start.get('minute') ?? 0);
            if (next.start.isCertain('second')) cur.start.assign('second', next.start.get('second') ?? 0);
          }
          for (const t of next.tags()) if (t !== BARE_POD && t !== TAG.deictic) cur.addTag(t);
          // The glued result may take one more part: "demain matin" + "11h".
          results[i + 1] = cur;
          facts[i + 1] = factsOf(cur);
          continue;
        }
      }
      if (f.barePod) continue;
      out.push(cur);
    }
    return out;
  },
};
