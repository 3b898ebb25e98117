// Word lists of the dates stage. Data only: the code that uses them lives in parsers/, finders/
// and refiners/. Sources: French grammar and dictionary usage (Grevisse, Le Bon Usage, chapters on
// numerals and dates), the TimeML/ISO-TimeML annotation guidelines for French (Bittar 2010) for
// the TIMEX3 values, and chrono-node's own French constants (src/locales/fr/constants.ts), which
// these lists extend (accent-less spellings, abbreviations with and without a dot).

/** Month names in full: the only ones a month may be written alone with ("en mars"). */
export const MONTH_NAMES: Readonly<Record<string, number>> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
};

/**
 * Abbreviations written without their dot, usable next to a day number or a year only ("15 déc
 * 2012"). "sept" (seven) and "mar"/"mer" (common words) are left out.
 */
export const MONTH_SHORT: Readonly<Record<string, number>> = {
  janv: 1, fév: 2, fev: 2, avr: 4, juil: 7, oct: 10, nov: 11, déc: 12, dec: 12,
};

/** Month names and their usual abbreviations (press style: "janv.", "févr.", "sept."). */
export const MONTHS: Readonly<Record<string, number>> = {
  ...MONTH_SHORT,
  janvier: 1, 'janv.': 1, janv: 1,
  février: 2, fevrier: 2, 'févr.': 2, 'fevr.': 2, févr: 2, fevr: 2, 'fév.': 2,
  mars: 3,
  avril: 4, 'avr.': 4,
  mai: 5,
  juin: 6,
  juillet: 7, 'juil.': 7,
  août: 8, aout: 8,
  septembre: 9, 'sept.': 9,
  octobre: 10, 'oct.': 10,
  novembre: 11, 'nov.': 11,
  décembre: 12, decembre: 12, 'déc.': 12, 'dec.': 12,
};

/** Weekdays, ISO numbering (lundi = 1 … dimanche = 7), as TIMEX3 writes "XXXX-WXX-3". */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7,
};

/** Cardinal number words usable in counts of time units ("sept ans", "douze jours"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19, vingt: 20, 'vingt-quatre': 24, trente: 30,
  quarante: 40, 'quarante-huit': 48, cinquante: 50, soixante: 60, cent: 100, mille: 1000,
};

/**
 * Number words of a clock in letters, 1-59 ("à seize heures", "sept heures moins dix", "vingt-trois
 * heures quarante-cinq"): the units and teens of French, then each ten with its units joined by a
 * hyphen ("vingt-deux") or "et" for one ("vingt et un", also "vingt-et-un" since the 1990
 * spelling reform). Grevisse, Le Bon Usage, on cardinal numerals.
 */
const CLOCK_UNITS: readonly string[] = ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
const CLOCK_TEENS: readonly string[] = ['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const CLOCK_TENS: readonly [string, number][] = [['vingt', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50]];
export const CLOCK_NUMBER_WORDS: Readonly<Record<string, number>> = (() => {
  const out: Record<string, number> = { une: 1 };
  CLOCK_UNITS.forEach((w, i) => { out[w] = i + 1; });
  CLOCK_TEENS.forEach((w, i) => { out[w] = i + 10; });
  for (const [ten, n] of CLOCK_TENS) {
    out[ten] = n;
    for (const one of ['un', 'une']) { out[`${ten} et ${one}`] = n + 1; out[`${ten}-et-${one}`] = n + 1; }
    CLOCK_UNITS.slice(1).forEach((w, i) => { out[`${ten}-${w}`] = n + i + 2; });
  }
  return out;
})();

/**
 * Decades of the twentieth century named in letters: "les années soixante", "les années
 * quatre-vingt-dix" (French usage, Grevisse on "les années" + numeral). Values are the decade's
 * first year.
 */
export const DECADE_WORDS: Readonly<Record<string, number>> = {
  vingt: 1920, trente: 1930, quarante: 1940, cinquante: 1950, soixante: 1960, 'soixante-dix': 1970,
  'quatre-vingt': 1980, 'quatre-vingts': 1980, 'quatre-vingt-dix': 1990,
};

/** Approximate numbers of French ("une dizaine de jours" = about ten days). */
export const APPROX_NUMBERS: Readonly<Record<string, number>> = {
  dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40,
  cinquantaine: 50, soixantaine: 60, centaine: 100,
};

/** Words that stand for an unknown number of units: TIMEX3 writes the count as "X" ("PXY"). */
export const VAGUE_COUNT_WORDS: readonly string[] = [
  'quelques', 'plusieurs', 'nombreuses', 'nombreux', 'des', 'de longues', 'de longs',
];

/** Ordinals as they appear in "premier trimestre", "la deuxième semaine". */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  premier: 1, première: 1, '1er': 1, '1re': 1, '1ère': 1,
  deuxième: 2, second: 2, seconde: 2, '2e': 2, '2ème': 2,
  troisième: 3, '3e': 3, '3ème': 3,
  quatrième: 4, '4e': 4, '4ème': 4,
  cinquième: 5, '5e': 5,
  dernier: -1, dernière: -1,
};

/**
 * Time units for durations: ISO 8601 designator and whether it sits after the "T".
 * "siècle"/"décennie" are written in years, as TimeML does (P100Y, P10Y).
 */
export interface DurationUnit {
  letter: 'Y' | 'M' | 'W' | 'D' | 'H' | 'S';
  time: boolean;
  /** Multiplier applied to the count (a century is 100 years). */
  factor: number;
}
export const DURATION_UNITS: Readonly<Record<string, DurationUnit>> = {
  an: { letter: 'Y', time: false, factor: 1 },
  ans: { letter: 'Y', time: false, factor: 1 },
  année: { letter: 'Y', time: false, factor: 1 },
  années: { letter: 'Y', time: false, factor: 1 },
  siècle: { letter: 'Y', time: false, factor: 100 },
  siècles: { letter: 'Y', time: false, factor: 100 },
  décennie: { letter: 'Y', time: false, factor: 10 },
  décennies: { letter: 'Y', time: false, factor: 10 },
  mois: { letter: 'M', time: false, factor: 1 },
  semaine: { letter: 'W', time: false, factor: 1 },
  semaines: { letter: 'W', time: false, factor: 1 },
  jour: { letter: 'D', time: false, factor: 1 },
  jours: { letter: 'D', time: false, factor: 1 },
  journée: { letter: 'D', time: false, factor: 1 },
  journées: { letter: 'D', time: false, factor: 1 },
  nuit: { letter: 'D', time: false, factor: 1 },
  nuits: { letter: 'D', time: false, factor: 1 },
  heure: { letter: 'H', time: true, factor: 1 },
  heures: { letter: 'H', time: true, factor: 1 },
  minute: { letter: 'M', time: true, factor: 1 },
  minutes: { letter: 'M', time: true, factor: 1 },
  min: { letter: 'M', time: true, factor: 1 },
  mins: { letter: 'M', time: true, factor: 1 },
  seconde: { letter: 'S', time: true, factor: 1 },
  secondes: { letter: 'S', time: true, factor: 1 },
};

/** Units of "par jour", "chaque mois", "tous les ans": the SET's period. */
export const SET_UNITS: Readonly<Record<string, string>> = {
  jour: 'P1D', jours: 'P1D', journée: 'P1D',
  semaine: 'P1W', semaines: 'P1W',
  mois: 'P1M',
  an: 'P1Y', ans: 'P1Y', année: 'P1Y', années: 'P1Y',
  heure: 'PT1H', heures: 'PT1H',
  'week-end': 'P1WE', 'week-ends': 'P1WE',
  trimestre: 'P3M', trimestres: 'P3M', semestre: 'P6M', semestres: 'P6M',
};

/** Adverbs of adjectival "-ly" sets ("quotidiennement" = every day). */
export const SET_ADVERBS: Readonly<Record<string, string>> = {
  quotidiennement: 'P1D', quotidien: 'P1D', quotidienne: 'P1D',
  hebdomadaire: 'P1W', hebdomadairement: 'P1W',
  mensuel: 'P1M', mensuelle: 'P1M', mensuellement: 'P1M',
  annuel: 'P1Y', annuelle: 'P1Y', annuellement: 'P1Y',
};

/** Vague temporal references (TimeML PAST_REF / PRESENT_REF / FUTURE_REF). */
export const VAGUE_REFS: Readonly<Record<string, string>> = {
  maintenant: 'PRESENT_REF',
  actuellement: 'PRESENT_REF',
  "aujourd'hui même": 'PRESENT_REF',
  'à présent': 'PRESENT_REF',
  désormais: 'PRESENT_REF',
  'de nos jours': 'PRESENT_REF',
  // "à ce jour": up to now ("aucune plainte n'a été déposée à ce jour").
  'à ce jour': 'PRESENT_REF',
  récemment: 'PAST_REF',
  précédemment: 'PAST_REF',
  autrefois: 'PAST_REF',
  jadis: 'PAST_REF',
  naguère: 'PAST_REF',
  dernièrement: 'PAST_REF',
  prochainement: 'FUTURE_REF',
  // The article is part of the expression, the preposition ("à l'avenir") is not.
  "l'avenir": 'FUTURE_REF',
  'l’avenir': 'FUTURE_REF',
  bientôt: 'FUTURE_REF',
};

/**
 * Words before "de N ans" that make it a span of time ("une peine de 10 ans", "l'espace de deux
 * ans"); after any other word "de N ans" is an age ("une fillette de 6 ans"), which TimeML does
 * not annotate.
 */
export const DURATION_HEADS: readonly string[] = [
  'espace', 'bout', 'durée', 'période', 'peine', 'délai', 'cours', 'terme', 'horizon', 'mandat',
  'contrat', 'prison', 'réclusion', 'absence', 'attente', 'retard', 'avance', 'total', 'moyenne',
  'plus', 'moins', 'près', 'environ', 'suite', 'travaux', 'engagement', 'programme', 'plan', 'bail',
];

/** Parts of the day and their TIMEX3 suffix (TimeML: MO, AF, EV, NI). */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  // Unaccented spellings too, as typed on phones ("apres-midi", "soiree").
  matin: 'MO', matinée: 'MO', matinee: 'MO',
  'après-midi': 'AF', 'apres-midi': 'AF', aprem: 'AF', 'aprèm': 'AF',
  soir: 'EV', soirée: 'EV', soiree: 'EV',
  nuit: 'NI',
};

/** Seasons and their TIMEX3 codes (SP, SU, FA, WI). */
export const SEASONS: Readonly<Record<string, string>> = {
  printemps: 'SP', été: 'SU', automne: 'FA', hiver: 'WI',
};

/** "fin août", "début mars", "mi-juillet", "courant mai": a part of a month keeps the month's value. */
export const MONTH_PART_WORDS: readonly string[] = [
  'fin', 'début', 'debut', 'mi', 'courant', 'milieu', 'la fin', 'le début', 'la mi', 'le milieu',
];

/**
 * Prepositions and cues after which a bare four-digit number reads as a year ("en 2006",
 * "depuis 1995", "d'ici 2020"). A year with no such cue is kept only when no counted noun follows.
 */
export const YEAR_CUES: readonly string[] = [
  'en', 'depuis', "d'ici", 'd’ici', 'avant', 'après', 'dès', 'de', 'à', 'au', 'jusqu’en', "jusqu'en",
  'vers', 'fin', 'début', 'mi', 'courant', 'année', 'an', 'l’an', "l'an", 'rapport à', 'entre', 'et',
  'pour', 'à partir de', 'dans les années', 'années', 'automne', 'été', 'hiver', 'printemps', 'saison',
  'exercice', 'budget', 'mandat', 'depuis le début de', 'milieu', 'fin de', 'début de',
];

/**
 * Nouns that, right after a number, show the number counts things and is not a year
 * ("1234 personnes", "2000 euros"). Measure words and common counted nouns of news text.
 */
export const COUNTED_NOUNS: readonly string[] = [
  'personnes', 'habitants', 'euros', 'dollars', 'francs', 'livres', 'tonnes', 'kilos', 'kg', 'km',
  'mètres', 'm', 'litres', 'hectares', 'ha', 'salariés', 'emplois', 'postes', 'morts', 'victimes',
  'blessés', 'voitures', 'véhicules', 'logements', 'élèves', 'étudiants', 'spectateurs', 'visiteurs',
  'utilisateurs', 'abonnés', 'exemplaires', 'pages', 'points', 'voix', 'membres', 'participants',
  'enfants', 'agents', 'soldats', 'hommes', 'femmes', 'cas', 'fois', 'ans', 'jours',
  'heures', 'minutes', 'mois', 'pièces', 'unités', 'lits', 'places', 'sièges', 'km/h', '€', '$', '%',
];

/**
 * Simple-future endings of French verbs (Grevisse, conjugation of the future: -rai, -ras, -ra,
 * -rons, -rez, -ront; here the third persons and the "-er" verbs' plural forms that news prose
 * uses). A word is read as a future verb when it ends with one of these after at least two letters.
 */
export const FUTURE_ENDINGS: readonly string[] = ['eront', 'erons', 'erez', 'era', 'iront', 'ira', 'ront', 'ra'];

/** Irregular futures of auxiliaries and modal verbs, always verbs ("aura", "sera", "pourra"). */
/**
 * Words that announce a scheduled event in a present-tense sentence ("Rendez-vous est fixé
 * samedi", "la réunion prévue lundi", "le texte doit être voté mardi"): a bare weekday there lies
 * ahead of the DCT.
 */
export const FUTURE_CUE_WORDS: readonly string[] = [
  'rendez-vous', 'prévu', 'prévue', 'prévus', 'prévues', 'programmé', 'programmée', 'programmés',
  'programmées', 'doit', 'doivent', 'devrait', 'devraient',
];

export const FUTURE_AUXILIARIES: readonly string[] = [
  'aura', 'auront', 'sera', 'seront', 'fera', 'feront', 'ira', 'iront', 'pourra', 'pourront', 'devra', 'devront',
];

/** Forms of "aller" that make a near future with an infinitive ("va signer", "vont partir"). */
export const NEAR_FUTURE_AUXILIARIES: readonly string[] = ['va', 'vont', 'allons', 'allez'];

/** Infinitive endings: the word after a near-future "aller". */
export const INFINITIVE_ENDINGS: readonly string[] = ['er', 'ir', 're'];

/** Words ending like a simple future that are nouns or names, not verbs. */
export const NOT_FUTURE_VERBS: readonly string[] = [
  'extra', 'opéra', 'caméra', 'séra', 'contra', 'ultra', 'tiara', 'mantra', 'sierra', 'terra', 'hydra',
  'cobra', 'zebra', 'samsara',
];

/**
 * Festivals and named days whose date a rule fixes (calendar of French public holidays, Code du
 * travail art. L3133-1, and the Christian feasts counted from Easter): a fixed month and day, or
 * a number of days after Easter Sunday. Keys in lower case; "Vendredi saint" is left out (the
 * procession, not a day, in most news uses).
 */
/**
 * Nouns after which "de Noël", "de Pâques" names a kind of thing rather than a time ("les chants de
 * Noël", "un sapin de Noël", "des œufs de Pâques"): French usage of the complement of kind
 * (Grevisse, on "de" + noun as a noun's complement). Singular and plural.
 */
export const FESTIVAL_KIND_NOUNS: readonly string[] = [
  'chant', 'chants', 'chanson', 'chansons', 'conte', 'contes', 'sapin', 'sapins', 'arbre', 'arbres',
  'père', 'cadeau', 'cadeaux', 'décoration', 'décorations', 'illumination', 'illuminations', 'guirlande', 'guirlandes',
  'boule', 'boules', 'bûche', 'bûches', 'crèche', 'crèches', 'carte', 'cartes', 'film', 'films', 'œuf', 'œufs', 'oeuf',
  'oeufs', 'cloche', 'cloches', 'lapin', 'lapins', 'chocolat', 'chocolats',
];

export type Festival = { month: number; day: number } | { easter: number };
export const FESTIVALS: Readonly<Record<string, Festival>> = {
  'noël': { month: 12, day: 25 }, noel: { month: 12, day: 25 },
  'nouvel an': { month: 1, day: 1 }, "jour de l'an": { month: 1, day: 1 }, 'jour de l’an': { month: 1, day: 1 },
  'saint-sylvestre': { month: 12, day: 31 }, toussaint: { month: 11, day: 1 }, assomption: { month: 8, day: 15 },
  armistice: { month: 11, day: 11 }, 'saint-valentin': { month: 2, day: 14 }, 'épiphanie': { month: 1, day: 6 },
  chandeleur: { month: 2, day: 2 }, 'fête du travail': { month: 5, day: 1 }, 'fête nationale': { month: 7, day: 14 },
  'pâques': { easter: 0 }, paques: { easter: 0 }, 'lundi de pâques': { easter: 1 }, 'lundi de paques': { easter: 1 },
  ascension: { easter: 39 }, 'pentecôte': { easter: 49 }, pentecote: { easter: 49 },
  'lundi de pentecôte': { easter: 50 }, 'lundi de pentecote': { easter: 50 }, 'mardi gras': { easter: -47 },
  rameaux: { easter: -7 },
};

/**
 * Words without which neither the chrono engine nor the finders find anything (the month, weekday,
 * unit, part-of-day, season and deictic words of the lists above and of chrono's French
 * constants, in the forms they take in text), by the kind of expression they can start: the
 * engine and the finders only run on windows of text around one of these, and a parser only on
 * windows holding a word of a kind it needs. Whole words only ("mai", not the start of "maison").
 */
export const TRIGGER_WORDS = {
  month: [...Object.keys(MONTHS).filter((m) => !m.endsWith('.')), 'sept', 'jan'],
  weekday: [...Object.keys(WEEKDAYS), ...Object.keys(WEEKDAYS).map((d) => `${d}s`)],
  deictic: ['aujourd', 'demain', 'hier', 'veille', 'lendemain', 'surlendemain', 'maintenant'],
  unit: [
    'an', 'ans', 'année', 'années', 'annee', 'mois', 'semaine', 'semaines', 'week-end', 'week-ends', 'weekend',
    'trimestre', 'trimestres', 'semestre', 'semestres', 'siècle', 'siècles', 'décennie', 'décennies',
    'jour', 'jours', 'journée', 'journées', 'heure', 'heures', 'minute', 'minutes', 'min', 'seconde',
    'secondes', 'sec', 'hrs', 'hr', ...Object.keys(DURATION_UNITS), ...Object.keys(SET_UNITS),
  ],
  partOfDay: [...Object.keys(PARTS_OF_DAY), 'midi', 'minuit'],
  season: Object.keys(SEASONS),
  setAdverb: Object.keys(SET_ADVERBS),
  festival: ['noël', 'noel', 'pâques', 'paques', 'pentecôte', 'pentecote', 'toussaint', 'ascension', 'assomption',
    'armistice', 'saint-sylvestre', 'saint-valentin', 'épiphanie', 'chandeleur', 'nouvel', 'fête', 'rameaux',
    // "mardi gras", "jour de l'an": the festival's own word is not the first.
    'gras', 'an'],
  week: ['semaine', 'semaines'],
  quarterUnit: ['trimestre', 'trimestres', 'semestre', 'semestres'],
  century: ['siècle', 'siècles'],
  vague: [
    'actuellement', 'présent', 'désormais', 'récemment', 'précédemment', 'autrefois', 'jadis', 'naguère',
    'dernièrement', 'prochainement', 'avenir', 'bientôt', 'maintenant',
  ],
} as const satisfies Record<string, readonly string[]>;

/**
 * Festival trigger words that are a festival's second word ("jour de l'an", "mardi gras"): a
 * trigger of that kind only right after the first words (kept short: the windows module tests
 * the 16 characters before the word).
 */
export const FESTIVAL_FIRST_WORDS: Readonly<Record<string, RegExp>> = {
  an: /(?:jour\s+de\s+l|nouvel)['’\s]\s*$/i,
  gras: /mardi\s+$/i,
};

export const CHRONO_TRIGGER_WORDS: readonly string[] = Object.values(TRIGGER_WORDS).flat();
