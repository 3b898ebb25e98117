// "il y a un an": chrono's French "il y a" parser knows the plural "ans" only, so the commonest
// form in news ("il y a un an", "il y a 1 an") went to the duration finder. Read here as chrono
// reads "il y a deux ans": the day one year before the reference (timex.ts, as for chrono's).
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { endsWord, resultAt, startsWord } from './util.js';

const PATTERN = /il\s+y\s+a\s+(?:(?:environ|près\s+d['’]|plus\s+d['’]|moins\s+d['’])\s*)?(?:un|1)\s+an(?![\p{L}\p{N}])(?!\s+et\s+demi)/iu;
/** chrono's tag for a day counted back from the reference, which timex.ts reads. */
const CHRONO_AGO = 'result/relativeDate';

export const agoYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpExecArray): ParsingResult | null {
    const start = match.index;
    const end = start + match[0].length;
    if (!startsWord(context.text, start) || !endsWord(context.text, end)) return null;
    const ref = context.refDate;
    const year = ref.getFullYear() - 1;
    const month = ref.getMonth() + 1;
    // 29 February a year back is the 28th.
    const day = month === 2 && ref.getDate() === 29 ? 28 : ref.getDate();
    const r = resultAt(context, start, end, [CHRONO_AGO]);
    r.start.assign('year', year);
    r.start.assign('month', month);
    r.start.assign('day', day);
    return r;
  },
};
