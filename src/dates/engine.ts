// The chrono instance of the dates stage: chrono's French casual configuration, minus the parsers
// and refiners that misread news prose, plus ours (one concern per file under parsers/ and
// refiners/). Built once at module load.
// The French locale alone: importing 'chrono-node' loads every locale (~100 ms more start-up).
import * as chrono from 'chrono-node/fr';
import type { Parser, Refiner } from 'chrono-node';
import { agoYearParser } from './parsers/agoYear.js';
import { centuryParser } from './parsers/century.js';
import { laterInParser } from './parsers/laterIn.js';
import { clockTimeParser } from './parsers/clockTime.js';
import { clockWordsParser } from './parsers/clockWords.js';
import { monthYearParser } from './parsers/monthYear.js';
import { partOfDayParser } from './parsers/partOfDay.js';
import { quarterParser } from './parsers/quarter.js';
import { rangeFirstDayParser } from './parsers/rangeFirstDay.js';
import { relativeDayParser } from './parsers/relativeDay.js';
import { relativeUnitParser } from './parsers/relativeUnit.js';
import { seasonParser } from './parsers/season.js';
import { weekdayDayParser } from './parsers/weekdayDay.js';
import { weekOfMonthParser } from './parsers/weekOfMonth.js';
import { weekNumberParser } from './parsers/weekNumber.js';
import { gated } from './parsers/util.js';
import { KIND } from './windows.js';
import { yearParser } from './parsers/year.js';
import { articleExtentRefiner } from './refiners/articleExtent.js';
import { dateTimeRefiner } from './refiners/dateTime.js';
import { falseHitsRefiner } from './refiners/falseHits.js';
import { festivalParser } from './parsers/festival.js';
import { hyphenRangeRefiner } from './refiners/hyphenRange.js';
import { relativeSuffixRefiner } from './refiners/relativeSuffix.js';
import { podClockRefiner } from './refiners/podClock.js';
import { shortWeekdayRefiner } from './refiners/shortWeekday.js';
import { splitRangesRefiner } from './refiners/splitRanges.js';
import { trailingPunctuationRefiner } from './refiners/trailingPunctuation.js';

/**
 * chrono's French parsers we drop, by class name: the time-expression parsers read "à 2023" as
 * 20:23 and "mercredi 6 et" as 6 o'clock; the relative/within parsers give a day for "la semaine
 * dernière" or "pendant deux jours", which TimeML writes as a week or a DURATION (ours do that);
 * the casual-time parser is replaced by parsers/partOfDay.ts.
 */
const DROPPED_PARSERS = new Set([
  'FRTimeExpressionParser',
  'FRSpecificTimeExpressionParser',
  'FRTimeUnitWithinFormatParser',
  'FRCasualTimeParser',
]);
/**
 * chrono 2.10 ships FRTimeUnitRelativeFormatParser under the class name of the "il y a" parser,
 * so that one is recognised by what it does: its pattern reads "la semaine dernière".
 */
const RELATIVE_PROBE = 'la semaine dernière';
/**
 * chrono refiners we drop: the date-range merger would fuse "le 6 et le 10 janvier" into one
 * range (TimeBank annotates two dates); the date-time merger is replaced by refiners/dateTime.ts;
 * time-zone abbreviations ("h", "CET") are not worth their false hits in prose.
 */
const DROPPED_REFINERS = new Set([
  'FRMergeDateRangeRefiner',
  'FRMergeDateTimeRefiner',
  'ExtractTimezoneAbbrRefiner',
  'ExtractTimezoneOffsetRefiner',
  'ForwardDateRefiner',
  // Removes every result written with digits only, i.e. our years; refiners/falseHits.ts filters instead.
  'UnlikelyFormatFilter',
]);

/** Keywords without which one of chrono's parsers cannot match, by class name. */
const MONTH_GATE = /jan|f[ée]vr?|mars|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c/i;
const WEEKDAY_GATE = /lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche/i;

/** Keywords, kinds of trigger, and the kinds whose triggers are themselves keywords (util.ts gated()). */
const CHRONO_GATES: Readonly<Record<string, [RegExp, number, number?]>> = {
  FRTimeUnitAgoFormatParser: [/il\s+y\s+a/i, KIND.unit | KIND.number],
  ISOFormatParser: [/\d{4}-\d/, KIND.number],
  FRMonthNameLittleEndianParser: [MONTH_GATE, KIND.month, KIND.month],
  FRCasualDateParser: [/maintenant|aujourd|demain|hier|nuit|veille/i, KIND.deictic | KIND.partOfDay],
  // Short weekdays ("Dim 15 Sept") count only before a date with a month (falseHits.ts).
  // A month window without a weekday word needs a short weekday as a word of its own ("mar" in "marché" is not one).
  FRWeekdayParser: [/(?<![A-Za-zÀ-ÖØ-öø-ÿ])(?:lun|mar|mer|jeu|ven|sam|dim)(?![A-Za-zÀ-ÖØ-öø-ÿ])/i, KIND.month, KIND.weekday],
  SlashDateFormatParser: [/\d[/.-]\d/, KIND.number],
};

/** Keywords without which a parser cannot match: rarer constructions are skipped cheaply. */
const GATES = {
  quarter: /trimestre|semestre|[TQS][1-4]/i,
  relativeDay: /hier|demain|lendemain|veille/i,
  weekOfMonth: /semaine\s+d/i,
  weekNumber: /semaine\s+\d/i,
  season: /printemps|été|automne|hiver/i,
  partOfDay: /matin|midi|soir|nuit|aprem|aprèm/i,
  century: /siècle/i,
  month: MONTH_GATE,
  weekday: WEEKDAY_GATE,
  year: /\d\d|années\s/i,
  relativeUnit: /ann[ée]e|an|mois|semaine|week|trimestre|semestre/i,
  clockTime: /\d|midi|minuit/i,
  clockWords: /heure/i,
  ago: /il\s+y\s+a/i,
  laterIn: /t[ôo]t\s+dans|tard\s+dans/i,
  festival: /no[eë]l|p[âa]ques|pentec[ôo]te|toussaint|ascension|assomption|armistice|sylvestre|valentin|[ée]piphanie|chandeleur|nouvel\s+an|jour\s+de\s+l|f[êe]te\s+(?:du|nat)|mardi\s+gras|rameaux/i,
} as const;

const OUR_PARSERS: Parser[] = [
  gated(GATES.year, yearParser, KIND.number | KIND.unit),
  gated(GATES.month, monthYearParser, KIND.month, KIND.month),
  gated(GATES.quarter, quarterParser, KIND.number, KIND.quarterUnit),
  gated(GATES.relativeUnit, relativeUnitParser, KIND.unit),
  gated(GATES.relativeDay, relativeDayParser, KIND.deictic),
  gated(GATES.weekOfMonth, weekOfMonthParser, KIND.week),
  gated(GATES.weekNumber, weekNumberParser, KIND.week),
  gated(GATES.month, rangeFirstDayParser, KIND.month, KIND.month),
  // After the range parser: on a tie ("mercredi 6 et dimanche 10 janvier") the range's reading wins.
  gated(GATES.weekday, weekdayDayParser, KIND.weekday, KIND.weekday),
  gated(GATES.season, seasonParser, KIND.season, KIND.season),
  gated(GATES.partOfDay, partOfDayParser, KIND.partOfDay, KIND.partOfDay),
  gated(GATES.century, centuryParser, KIND.century, KIND.century),
  gated(GATES.clockTime, clockTimeParser, KIND.number | KIND.unit | KIND.partOfDay),
  gated(GATES.clockWords, clockWordsParser, KIND.unit),
  gated(GATES.festival, festivalParser, KIND.festival),
  gated(GATES.ago, agoYearParser, KIND.unit),
  gated(GATES.laterIn, laterInParser, KIND.unit | KIND.partOfDay),
];

function build(): chrono.Chrono {
  const base = chrono.createCasualConfiguration(true);
  const probe = new chrono.Chrono({ parsers: [], refiners: [] });
  const parsers = base.parsers
    .filter((p) => {
      if (DROPPED_PARSERS.has(p.constructor.name)) return false;
      if (p.constructor.name !== 'FRTimeUnitAgoFormatParser') return true;
      probe.parsers = [p];
      return probe.parse(RELATIVE_PROBE, new Date(2000, 0, 1, 12)).length === 0;
    })
    // chrono's patterns open with "(\W|^)" and are tried at every position; a literal keyword scan
    // first skips texts they cannot match (the "il y a" parser even compiles its pattern anew on
    // every call).
    .map((p) => {
      const gate = CHRONO_GATES[p.constructor.name];
      return gate ? gated(gate[0], p, gate[1], gate[2]) : p;
    });
  const kept = base.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name));
  // chrono's refiners remove overlaps (longest wins) before ours run; ours then widen extents
  // and glue dates to times; a last overlap pass closes the list.
  const OverlapRemoval = kept[0]!.constructor as new () => Refiner;
  const refiners: Refiner[] = [
    // First, so that a dropped chrono hit ("la veille" read as a plain day) leaves room for ours.
    falseHitsRefiner,
    splitRangesRefiner,
    ...kept,
    shortWeekdayRefiner,
    trailingPunctuationRefiner,
    hyphenRangeRefiner,
    relativeSuffixRefiner,
    podClockRefiner,
    dateTimeRefiner,
    articleExtentRefiner,
    new OverlapRemoval(),
  ];
  return new chrono.Chrono({ parsers: [...parsers, ...OUR_PARSERS], refiners });
}

export const engine: chrono.Chrono = build();

