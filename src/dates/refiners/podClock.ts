// A clock hour said with the part of the day it falls in: "ce soir à 8 heures" is 20:00, "cet
// après-midi à 3 h" 15:00, "à 9 h ce soir" 21:00. French speaks of the evening's "8 heures"
// without the 24-hour form; the part of the day settles it, as "du soir" does after the hour.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG, tagValue } from '../tags.js';

/** Part of day, then the hour: "ce soir à 8 h", "dimanche après-midi, vers 3 heures". */
const POD_THEN_CLOCK = /^\s*,?\s*(?:(?:à|vers|dès|jusqu['’]à|aux\s+alentours\s+de)\s+)?$/i;
/** The hour, then the part of day: "à 9 h ce soir", "3 h cet après-midi", "8 h dans la soirée". */
const CLOCK_THEN_POD = /^\s*,?\s*(?:dans\s+(?:la|l['’])\s*)?$/i;
/** A meridiem written with the hour already says which half of the day. */
const MERIDIEM = /[ap]\.?\s?m\b|midi|minuit/i;
/** The hours each part of the day turns into afternoon or evening ones (hour + 12). */
const SHIFTED: Readonly<Record<string, [number, number]>> = { AF: [1, 7], EV: [5, 11] };

const isBareClock = (r: ParsingResult): boolean =>
  r.start.isCertain('hour') && !r.start.isCertain('day') && !r.start.isCertain('weekday') && !MERIDIEM.test(r.text);

function shift(code: string, clock: ParsingResult): void {
  const range = SHIFTED[code];
  const hour = clock.start.get('hour');
  if (!range || hour === null || hour === undefined || hour < range[0] || hour > range[1]) return;
  clock.start.assign('hour', hour + 12);
}

export const podClockRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    // The part-of-day code of each result, read once (chrono copies its tag set on every call).
    const pods = results.map((r) => (r.start.isCertain('hour') ? null : tagValue(r.tags(), TAG.podPrefix)));
    for (let i = 0; i + 1 < results.length; i++) {
      const a = results[i]!;
      const b = results[i + 1]!;
      const podA = pods[i];
      const podB = pods[i + 1];
      if (!podA && !podB) continue;
      const between = context.text.slice(a.index + a.text.length, b.index);
      if (podA && isBareClock(b) && POD_THEN_CLOCK.test(between)) shift(podA, b);
      else if (podB && isBareClock(a) && CLOCK_THEN_POD.test(between)) shift(podB, a);
    }
    return results;
  },
};
