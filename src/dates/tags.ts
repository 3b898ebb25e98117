// Tags our parsers and refiners put on chrono results, read back by timex.ts to write the TIMEX3
// value. chrono's ParsingResult has no field for a grain or a deictic origin, and tags are its
// documented place for parser metadata.

export const TAG = {
  /** Every result of our parsers: the false-hit filter, meant for chrono's own, lets them through. */
  ours: 'extract/parser',
  /** Value is the DCT-relative result of a deictic expression ("l'an dernier", "hier"). */
  deictic: 'extract/deictic',
  grainYear: 'extract/grain:year',
  grainMonth: 'extract/grain:month',
  /** Followed by the quarter number: "extract/quarter:3". */
  quarterPrefix: 'extract/quarter:',
  /** Followed by the half-year number: "extract/half:1". */
  halfPrefix: 'extract/half:',
  /** Followed by a TIMEX3 season code: "extract/season:SU". */
  seasonPrefix: 'extract/season:',
  /** Followed by a decade prefix: "extract/decade:199". */
  decadePrefix: 'extract/decade:',
  /** Followed by a part-of-day code: "extract/pod:EV". */
  podPrefix: 'extract/pod:',
  /** A weekday or a month with "dernier" (past) or "prochain" (future). */
  relPast: 'extract/rel:past',
  relFuture: 'extract/rel:future',
  /** "le samedi suivant": counted from the date last mentioned in the text. */
  anaphoric: 'extract/anaphoric',
  /** A day counted from the previous date of the text: "extract/anchor:+1" (le lendemain). */
  anchorPrefix: 'extract/anchor:',
} as const;

/** The suffix of the first tag starting with `prefix`, or null. */
export function tagValue(tags: Set<string>, prefix: string): string | null {
  for (const t of tags) if (t.startsWith(prefix)) return t.slice(prefix.length);
  return null;
}
