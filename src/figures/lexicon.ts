// Word lists of the figures stage. Data only: the code that uses them is in find.ts / resolve.ts.
// Keys are lower case, with accents as written in standard French; lookups lower-case first.
//
// Sources:
// - Cardinal and ordinal number words, Belgian/Swiss forms (septante, huitante, octante, nonante)
//   and the 1990 rectified spelling (hyphens everywhere): Grevisse, "Le Bon Usage", §§ 593-600;
//   Académie française, "Rapport sur les rectifications de l'orthographe" (1990), II.1.
// - Magnitude words: long scale as used in French (billion = 10^12): Décret n° 61-501 (1961)
//   and Grevisse § 596; the abbreviations k, M, Md/Mds/Mrd are the usual French press ones
//   (AFP style sheet: "12 M€", "1,2 Md€").
// - Approximation nouns ("une dizaine", "une centaine", "un millier"): Grevisse § 598.
// - Currencies: ISO 4217 list (https://www.iso.org/iso-4217-currency-codes.html) and the French
//   names of currencies in Wikipedia "Liste des monnaies en circulation".
// - Units: SI brochure (BIPM, 9th ed.) symbols and French names, plus common non-SI units
//   in the press (miles, pieds, pouces, barils, nœuds).
// - Qualifier phrases: the mapping of the project's conventions (EXPECTED-dates-figures.md) and
//   common French approximators (Grevisse § 1009, adverbes de quantité).
import type { Qualifier } from '../types.js';

/** Cardinal number words below one hundred (and the plural "vingts" of "quatre-vingts"). */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zéro', 0], ['zero', 0],
  ['un', 1], ['une', 1], ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6],
  ['sept', 7], ['huit', 8], ['neuf', 9], ['dix', 10], ['onze', 11], ['douze', 12],
  ['treize', 13], ['quatorze', 14], ['quinze', 15], ['seize', 16],
  ['vingt', 20], ['vingts', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60],
  // Belgian and Swiss forms
  ['septante', 70], ['huitante', 80], ['octante', 80], ['nonante', 90],
]);

/** "cent" multiplies what precedes it inside a group of three digits. */
export const HUNDRED_WORDS: ReadonlySet<string> = new Set(['cent', 'cents']);

/** "mille" (invariable; "mil" in dates of the old style). */
export const THOUSAND_WORDS: ReadonlySet<string> = new Set(['mille', 'mil']);

/** Long-scale magnitude words (French: billion = 10^12). */
export const MAGNITUDE_WORDS: ReadonlyMap<string, number> = new Map([
  ['million', 1e6], ['millions', 1e6],
  ['milliard', 1e9], ['milliards', 1e9],
  ['billion', 1e12], ['billions', 1e12],
  ['trillion', 1e18], ['trillions', 1e18],
  // Indian numbering, used in French reports on India ("10 crores de roupies")
  ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7],
]);

/**
 * Magnitude abbreviations written after digits. Case matters ("M" is mega, "m" a metre), so the
 * keys are as written. Accepted only glued to the number or in front of a currency.
 */
export const MAGNITUDE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['K', 1e3],
  ['M', 1e6], ['Mio', 1e6], ['mio', 1e6],
  ['Md', 1e9], ['Mds', 1e9], ['Mrd', 1e9], ['Mrds', 1e9], ['md', 1e9], ['mds', 1e9], ['Mia', 1e9],
]);

/** Fraction denominators other than the "-ième" ordinals. */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['demi', 2], ['demie', 2], ['demis', 2], ['demies', 2],
  ['tiers', 3],
  ['quart', 4], ['quarts', 4],
]);

/** Approximation nouns that need "de" after them: "une quarantaine" alone is a quarantine, "une quinzaine" a fortnight. */
export const APPROXIMATION_NEEDS_DE: ReadonlySet<string> = new Set(['quarantaine', 'quinzaine']);

/** Unicode vulgar fractions (Unicode block "Number Forms"). */
export const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['½', 1 / 2], ['⅓', 1 / 3], ['⅔', 2 / 3], ['¼', 1 / 4], ['¾', 3 / 4], ['⅕', 1 / 5], ['⅖', 2 / 5],
  ['⅗', 3 / 5], ['⅘', 4 / 5], ['⅙', 1 / 6], ['⅚', 5 / 6], ['⅛', 1 / 8], ['⅜', 3 / 8], ['⅝', 5 / 8], ['⅞', 7 / 8],
]);

/** Spelled decimal separator: "deux virgule cinq". */
export const DECIMAL_WORDS: ReadonlySet<string> = new Set(['virgule']);

/** Ratio word: "un sur trois". */
export const RATIO_WORDS: ReadonlySet<string> = new Set(['sur']);

/** Adverbs that may stand between "avoir" and an age ("j'ai seulement 29 ans"). */
export const AGE_ADVERBS: ReadonlySet<string> = new Set([
  'seulement', 'déjà', 'presque', 'environ', 'bientôt', 'juste', 'maintenant', 'alors', 'aujourd', 'hui',
  'à', 'peine', 'tout', 'pas', 'encore', 'près', 'de', 'plus', 'moins', 'quasiment', 'désormais', 'only',
]);

/** Forms of "avoir" and "être" before an age ("j'ai 29 ans", "elle avait dix ans"). */
export const AGE_VERBS: ReadonlySet<string> = new Set([
  'ai', 'as', 'a', 'avons', 'avez', 'ont', 'avais', 'avait', 'avions', 'aviez', 'avaient', 'aurai', 'auras',
  'aura', 'aurons', 'aurez', 'auront', 'aurais', 'aurait', 'auraient', 'eu', 'ayant', 'avoir', 'eut',
]);

/** "et demi" after a number or magnitude adds a half. */
export const HALF_WORDS: ReadonlySet<string> = new Set(['demi', 'demie']);

/**
 * Ordinal words: the ordinal suffix "-ième" is stripped and the stem looked up here to get the
 * cardinal word it derives from ("neuvième" -> "neuf", "cinquième" -> "cinq").
 */
export const ORDINAL_STEMS: ReadonlyMap<string, string> = new Map([
  ['un', 'un'], ['deux', 'deux'], ['trois', 'trois'], ['quatr', 'quatre'], ['cinqu', 'cinq'],
  ['six', 'six'], ['sept', 'sept'], ['huit', 'huit'], ['neuv', 'neuf'], ['dix', 'dix'],
  ['onz', 'onze'], ['douz', 'douze'], ['treiz', 'treize'], ['quatorz', 'quatorze'],
  ['quinz', 'quinze'], ['seiz', 'seize'], ['vingt', 'vingt'], ['trent', 'trente'],
  ['quarant', 'quarante'], ['cinquant', 'cinquante'], ['soixant', 'soixante'],
  ['septant', 'septante'], ['huitant', 'huitante'], ['octant', 'octante'], ['nonant', 'nonante'],
  ['cent', 'cent'], ['mill', 'mille'], ['million', 'million'], ['milliard', 'milliard'],
  ['billion', 'billion'], ['trillion', 'trillion'],
]);

/** Ordinal suffixes stripped before the stem lookup (with and without accent). */
export const ORDINAL_SUFFIXES: readonly string[] = ['ièmes', 'iemes', 'ième', 'ieme'];

/** Irregular ordinal words: 1st and 2nd. */
export const IRREGULAR_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['premier', 1], ['première', 1], ['premiers', 1], ['premières', 1], ['premiere', 1], ['premieres', 1],
  ['second', 2], ['seconde', 2], ['seconds', 2], ['secondes', 2],
]);

/** "second(e)" is also the time unit: an ordinal only after these determiners ("la seconde guerre"). */
export const SECOND_DETERMINERS: ReadonlySet<string> = new Set([
  'le', 'la', 'les', 'l', 'au', 'aux', 'du', 'sa', 'son', 'ses', 'leur', 'leurs', 'ce', 'cette', 'ces',
  'notre', 'votre', 'nos', 'vos', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'en',
]);

/** Digit ordinal suffixes glued to the number: "1er", "1re", "2e", "3ème", "2nd". */
export const DIGIT_ORDINAL_SUFFIXES: ReadonlySet<string> = new Set([
  'er', 'ers', 're', 'res', 'ère', 'ères', 'ere', 'eres',
  'e', 'es', 'è', 'ème', 'èmes', 'eme', 'emes', 'ième', 'ièmes', 'ieme', 'iemes',
  'nd', 'nde', 'nds', 'ndes', 'd', 'de',
]);

/** Nouns after "premier/première" that make a title, not a rank ("Premier ministre"). */
export const TITLE_NOUNS_AFTER_FIRST: ReadonlySet<string> = new Set([
  'ministre', 'ministres', 'secrétaire', 'secretaire', 'dame', 'consul', 'magistrat', 'adjoint', 'adjointe',
  'président', 'présidente', 'vice-président', 'league', 'lady',
]);

/** Approximation nouns: "une dizaine de", "un millier de" = about n. */
export const APPROXIMATION_NOUNS: ReadonlyMap<string, number> = new Map([
  ['dizaine', 10], ['dizaines', 10], ['douzaine', 12], ['douzaines', 12], ['quinzaine', 15],
  ['vingtaine', 20], ['trentaine', 30], ['quarantaine', 40], ['cinquantaine', 50],
  ['soixantaine', 60], ['centaine', 100], ['centaines', 100], ['millier', 1000], ['milliers', 1000],
]);

/** Month names and their usual abbreviations (a day number followed by one is a date). */
export const MONTHS: ReadonlySet<string> = new Set([
  'janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout',
  'septembre', 'octobre', 'novembre', 'décembre', 'decembre',
  'janv', 'févr', 'fevr', 'fév', 'fev', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'dec',
]);

/** Weekday names (a number right after one is a day of the month). */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
]);

/**
 * Time nouns: a number counting them is a duration or a date ("72 heures", "sept ans",
 * "troisième trimestre"), the dates stage's business, unless it is an age.
 */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'seconde', 'secondes', 'minute', 'minutes', 'heure', 'heures', 'h', 'min', 'mn', 'jour', 'jours', 'journée', 'journées',
  'nuit', 'nuits', 'semaine', 'semaines', 'mois', 'trimestre', 'trimestres', 'semestre', 'semestres',
  'an', 'ans', 'année', 'années', 'annee', 'annees', 'décennie', 'décennies', 'siècle', 'siècles',
  'millénaire', 'millénaires', 'week-end', 'week-ends', 'weekend', 'weekends',
]);

/** Units of an age ("âgé de 45 ans", "un bébé de six mois"). */
export const AGE_UNITS: ReadonlySet<string> = new Set([
  'an', 'ans', 'année', 'années', 'mois', 'semaine', 'semaines', 'jour', 'jours',
]);

/** Words just before the number that make "N ans" an age. */
export const AGE_CUES_BEFORE: readonly string[] = [
  'âgé de', 'âgée de', 'âgés de', 'âgées de', 'agé de', 'agée de', 'agés de', 'agées de',
  'âgé d', 'âgée d', 'âgés d', 'âgées d',
  "à l'âge de", "à l'âge d", "a l'age de",
  'avait', 'avaient', 'aura', 'auront', 'aurait', 'ayant', 'fête ses', 'fêté ses', 'fêtera ses',
  'a eu', 'vient d avoir', "vient d'avoir", 'va avoir',
  // comparisons of age ("plus jeunes que trois mois", "plus âgé que 40 ans")
  'jeune que', 'jeunes que', 'âgé que', 'âgée que', 'âgés que', 'âgées que', 'vieux que', 'vieille que', 'vieilles que',
];

/** Person nouns: "un homme de 45 ans", "une fillette de 8 ans" is an age. */
export const AGE_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'homme', 'hommes', 'femme', 'femmes', 'garçon', 'garçons', 'fille', 'filles', 'fillette', 'fillettes',
  'enfant', 'enfants', 'adolescent', 'adolescente', 'adolescents', 'adolescentes', 'ado', 'ados',
  'bébé', 'bébés', 'nourrisson', 'jeune', 'jeunes', 'personne', 'victime', 'victimes',
  'suspect', 'suspecte', 'suspects', 'conducteur', 'conductrice', 'retraité', 'retraitée', 'patient', 'patiente',
  'étudiant', 'étudiante', 'lycéen', 'lycéenne', 'collégien', 'collégienne', 'joueur', 'joueuse',
  'père', 'mère', 'fils', 'frère', 'sœur', 'soeur', 'mari', 'épouse', 'octogénaire', 'quadragénaire',
  'quinquagénaire', 'sexagénaire', 'septuagénaire', 'trentenaire', 'quadragenaire', 'cadet', 'aîné',
  'individu', 'salarié', 'salariée', 'chien', 'chat',
]);

/** Words after "N ans" that make it an age ("18 ans révolus", "45 ans d'âge"). */
export const AGE_CUES_AFTER: ReadonlySet<string> = new Set(['révolus', 'revolus', 'révolues']);

/**
 * Currency names written after the number (or after "de"/"d'"), with an optional qualifying
 * word that picks the ISO 4217 code. `null` code: the name alone is ambiguous (a "franc" may be
 * Swiss, CFA, or the former French franc).
 */
export interface CurrencyName {
  code: string | null;
  /** Following words (lower case) that change the code: "dollars canadiens" -> CAD. */
  variants?: ReadonlyMap<string, string>;
}

const DOLLAR_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['américains', 'USD'], ['américain', 'USD'], ['us', 'USD'], ['canadiens', 'CAD'], ['canadien', 'CAD'],
  ['australiens', 'AUD'], ['australien', 'AUD'], ['néo-zélandais', 'NZD'], ['zélandais', 'NZD'],
  ['hongkongais', 'HKD'], ['singapouriens', 'SGD'], ['taïwanais', 'TWD'], ['ca', 'CAD'], ['au', 'AUD'],
]);
const FRANC_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['suisses', 'CHF'], ['suisse', 'CHF'], ['cfa', 'XOF'], ['cfp', 'XPF'], ['congolais', 'CDF'],
  ['guinéens', 'GNF'], ['rwandais', 'RWF'], ['burundais', 'BIF'], ['malgaches', 'MGA'],
  ['français', 'FRF'], ['belges', 'BEF'], ['comoriens', 'KMF'], ['djiboutiens', 'DJF'],
]);
const POUND_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['sterling', 'GBP'], ['sterlings', 'GBP'], ['britanniques', 'GBP'], ['britannique', 'GBP'],
  ['turques', 'TRY'], ['turque', 'TRY'], ['égyptiennes', 'EGP'], ['égyptienne', 'EGP'],
  ['libanaises', 'LBP'], ['libanaise', 'LBP'], ['syriennes', 'SYP'],
]);
const CROWN_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['suédoises', 'SEK'], ['suédoise', 'SEK'], ['norvégiennes', 'NOK'], ['norvégienne', 'NOK'],
  ['danoises', 'DKK'], ['danoise', 'DKK'], ['tchèques', 'CZK'], ['tchèque', 'CZK'],
  ['islandaises', 'ISK'], ['islandaise', 'ISK'],
]);
const DINAR_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['algériens', 'DZD'], ['algérien', 'DZD'], ['tunisiens', 'TND'], ['tunisien', 'TND'],
  ['koweïtiens', 'KWD'], ['irakiens', 'IQD'], ['jordaniens', 'JOD'], ['libyens', 'LYD'],
  ['serbes', 'RSD'], ['bahreïnis', 'BHD'],
]);
const DIRHAM_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['marocains', 'MAD'], ['marocain', 'MAD'], ['émiratis', 'AED'], ['émirati', 'AED'],
]);
const PESO_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['mexicains', 'MXN'], ['argentins', 'ARS'], ['chiliens', 'CLP'], ['colombiens', 'COP'],
  ['cubains', 'CUP'], ['philippins', 'PHP'], ['uruguayens', 'UYU'],
]);
const RUPEE_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['indiennes', 'INR'], ['indienne', 'INR'], ['pakistanaises', 'PKR'], ['népalaises', 'NPR'],
  ['mauriciennes', 'MUR'], ['indonésiennes', 'IDR'], ['srilankaises', 'LKR'],
]);

export const CURRENCY_NAMES: ReadonlyMap<string, CurrencyName> = new Map<string, CurrencyName>([
  ['euro', { code: 'EUR' }], ['euros', { code: 'EUR' }],
  ['dollar', { code: 'USD', variants: DOLLAR_VARIANTS }], ['dollars', { code: 'USD', variants: DOLLAR_VARIANTS }],
  ['livre', { code: 'GBP', variants: POUND_VARIANTS }], ['livres', { code: 'GBP', variants: POUND_VARIANTS }],
  ['franc', { code: null, variants: FRANC_VARIANTS }], ['francs', { code: null, variants: FRANC_VARIANTS }],
  ['yen', { code: 'JPY' }], ['yens', { code: 'JPY' }],
  ['yuan', { code: 'CNY' }], ['yuans', { code: 'CNY' }], ['renminbi', { code: 'CNY' }], ['renminbis', { code: 'CNY' }],
  ['rouble', { code: 'RUB' }], ['roubles', { code: 'RUB' }],
  ['roupie', { code: null, variants: RUPEE_VARIANTS }], ['roupies', { code: null, variants: RUPEE_VARIANTS }],
  ['won', { code: 'KRW' }], ['wons', { code: 'KRW' }],
  ['real', { code: 'BRL' }], ['reals', { code: 'BRL' }], ['reais', { code: 'BRL' }],
  ['peso', { code: null, variants: PESO_VARIANTS }], ['pesos', { code: null, variants: PESO_VARIANTS }],
  ['dinar', { code: null, variants: DINAR_VARIANTS }], ['dinars', { code: null, variants: DINAR_VARIANTS }],
  ['dirham', { code: null, variants: DIRHAM_VARIANTS }], ['dirhams', { code: null, variants: DIRHAM_VARIANTS }],
  ['couronne', { code: null, variants: CROWN_VARIANTS }], ['couronnes', { code: null, variants: CROWN_VARIANTS }],
  ['lire', { code: null, variants: POUND_VARIANTS }], ['lires', { code: null, variants: POUND_VARIANTS }],
  ['zloty', { code: 'PLN' }], ['zlotys', { code: 'PLN' }], ['zlotych', { code: 'PLN' }],
  ['forint', { code: 'HUF' }], ['forints', { code: 'HUF' }],
  ['rand', { code: 'ZAR' }], ['rands', { code: 'ZAR' }],
  ['shekel', { code: 'ILS' }], ['shekels', { code: 'ILS' }], ['sheqel', { code: 'ILS' }], ['sheqalim', { code: 'ILS' }],
  ['naira', { code: 'NGN' }], ['nairas', { code: 'NGN' }],
  ['hryvnia', { code: 'UAH' }], ['hryvnias', { code: 'UAH' }], ['hryvnas', { code: 'UAH' }],
  ['leu', { code: 'RON' }], ['lei', { code: 'RON' }], ['lev', { code: 'BGN' }], ['leva', { code: 'BGN' }],
  ['baht', { code: 'THB' }], ['bahts', { code: 'THB' }], ['ringgit', { code: 'MYR' }], ['ringgits', { code: 'MYR' }],
  ['rial', { code: null }], ['rials', { code: null }], ['riyal', { code: null }], ['riyals', { code: null }],
  ['bitcoin', { code: 'BTC' }], ['bitcoins', { code: 'BTC' }],
  ['cfa', { code: 'XOF' }], ['fcfa', { code: 'XOF' }],
  // "2 750 000 F CFA": the franc abbreviated, named by its zone
  ['f', { code: null, variants: new Map([['cfa', 'XOF']]) }],
  ['mark', { code: 'DEM', variants: new Map([['finlandais', 'FIM']]) }], ['marks', { code: 'DEM', variants: new Map([['finlandais', 'FIM']]) }],
  ['florin', { code: null, variants: new Map([['hollandais', 'NLG'], ['néerlandais', 'NLG'], ['hongrois', 'HUF']]) }],
  ['florins', { code: null, variants: new Map([['hollandais', 'NLG'], ['néerlandais', 'NLG'], ['hongrois', 'HUF']]) }],
  ['cent', { code: 'USD' }], ['cents', { code: 'USD' }], ['penny', { code: 'GBP' }], ['pence', { code: 'GBP' }],
  ['centime', { code: 'EUR' }], ['centimes', { code: 'EUR' }],
  // more ISO 4217 currencies by their French names, and hundredths of some
  ['cedi', { code: 'GHS' }], ['cedis', { code: 'GHS' }], ['pesewa', { code: 'GHS' }], ['pesewas', { code: 'GHS' }],
  ['kopeck', { code: 'RUB' }], ['kopecks', { code: 'RUB' }], ['kopek', { code: 'RUB' }], ['kopeks', { code: 'RUB' }],
  ['paisa', { code: 'INR' }], ['paise', { code: 'INR' }],
  ['dong', { code: 'VND' }], ['dongs', { code: 'VND' }], ['rupiah', { code: 'IDR' }], ['rupiahs', { code: 'IDR' }],
  ['kwacha', { code: null }], ['kwachas', { code: null }], ['birr', { code: 'ETB' }], ['birrs', { code: 'ETB' }],
  ['ariary', { code: 'MGA' }], ['ouguiya', { code: 'MRU' }], ['ouguiyas', { code: 'MRU' }],
  ['tenge', { code: 'KZT' }], ['tenges', { code: 'KZT' }], ['lari', { code: 'GEL' }],
  ['dram', { code: 'AMD' }], ['drams', { code: 'AMD' }], ['manat', { code: null }], ['manats', { code: null }],
  ['som', { code: null }], ['soms', { code: null }], ['taka', { code: 'BDT' }], ['takas', { code: 'BDT' }],
  ['kyat', { code: 'MMK' }], ['kyats', { code: 'MMK' }], ['kip', { code: 'LAK' }], ['riel', { code: 'KHR' }], ['riels', { code: 'KHR' }],
  ['afghani', { code: 'AFN' }], ['afghanis', { code: 'AFN' }], ['quetzal', { code: 'GTQ' }], ['quetzales', { code: 'GTQ' }],
  ['bolivar', { code: 'VES' }], ['bolivars', { code: 'VES' }], ['sol', { code: 'PEN', variants: new Map([['péruvien', 'PEN'], ['péruviens', 'PEN']]) }], ['sols', { code: 'PEN', variants: new Map([['péruvien', 'PEN'], ['péruviens', 'PEN']]) }],
  ['colón', { code: null }], ['colones', { code: null }], ['lempira', { code: 'HNL' }], ['lempiras', { code: 'HNL' }],
  ['shilling', { code: null, variants: new Map([['kényan', 'KES'], ['kényans', 'KES'], ['ougandais', 'UGX'], ['tanzanien', 'TZS'], ['tanzaniens', 'TZS'], ['somalien', 'SOS'], ['somaliens', 'SOS']]) }],
  ['shillings', { code: null, variants: new Map([['kényan', 'KES'], ['kényans', 'KES'], ['ougandais', 'UGX'], ['tanzanien', 'TZS'], ['tanzaniens', 'TZS'], ['somalien', 'SOS'], ['somaliens', 'SOS']]) }],
]);

/** Names that are a currency only with their qualifier ("livres sterling", not "trois livres"). */
export const CURRENCY_NAMES_NEEDING_VARIANT: ReadonlySet<string> = new Set([
  'livre', 'livres', 'lire', 'lires', 'couronne', 'couronnes', 'rial', 'rials', 'real', 'reals', 'won', 'wons',
  'rand', 'rands', 'lev', 'leu', 'lei', 'sol', 'sols', 'som', 'soms', 'f',
]);

/**
 * "livres" alone is pounds sterling in a sentence about money ("un résultat d'exploitation de
 * 361 millions de livres"), books or a weight otherwise. Stems of business and money words,
 * matched at word starts in the sentence before the figure (French financial press vocabulary).
 */
export const MONEY_CONTEXT_STEMS: readonly string[] = [
  'résultat', 'bénéfice', 'chiffre d\'affaires', 'perte', 'dette', 'budget', 'coût', 'prix', 'payé', 'payer', 'paie',
  'investi', 'amende', 'salaire', 'revenu', 'recette', 'valoris', 'levé', 'emprunt', 'dividende', 'capital',
  'financ', 'subvention', 'fortune', 'rachat', 'rachet', 'transfert', 'exploitation', 'trimestriel', 'semestriel',
  'facture', 'dépens', 'milliardaire', 'banque', 'bours', 'fonds', 'indemni', 'rémunér', 'encaiss', 'déficit',
  'excédent', 'impôt', 'taxe', 'sterling', 'britannique', 'londres',
];

/** Words after "livres" that make them books ("2 millions de livres vendus"). */
export const POUND_NOT_MONEY_AFTER: ReadonlySet<string> = new Set([
  'vendus', 'écrits', 'publiés', 'imprimés', 'numériques', 'lus', 'édités', 'scolaires', 'empruntés',
]);

/** Sub-units: the value is divided by 100 ("50 centimes" = 0.50 EUR). */
export const CURRENCY_SUBUNITS: ReadonlySet<string> = new Set([
  'centime', 'centimes', 'cent', 'cents', 'penny', 'pence', 'pesewa', 'pesewas', 'kopeck', 'kopecks', 'kopek', 'kopeks',
  'paisa', 'paise',
]);

/** Currency symbols, written before or after the number. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['€', 'EUR'], ['$', 'USD'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'], ['₺', 'TRY'],
  ['₩', 'KRW'], ['₪', 'ILS'], ['₿', 'BTC'], ['₴', 'UAH'], ['₦', 'NGN'], ['฿', 'THB'],
]);

/** Letters glued to "$" that name the dollar: "US$", "$US", "C$", "HK$". */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['US', 'USD'], ['U.S.', 'USD'], ['C', 'CAD'], ['CA', 'CAD'], ['CAN', 'CAD'], ['A', 'AUD'], ['AU', 'AUD'],
  ['HK', 'HKD'], ['NZ', 'NZD'], ['S', 'SGD'], ['SG', 'SGD'], ['R', 'BRL'], ['NT', 'TWD'], ['MX', 'MXN'],
  // ISO codes glued to the sign, in either case ("usd$ 15", "$CAD")
  ['USD', 'USD'], ['CAD', 'CAD'], ['AUD', 'AUD'], ['NZD', 'NZD'], ['HKD', 'HKD'], ['SGD', 'SGD'], ['MXN', 'MXN'],
  ['usd', 'USD'], ['cad', 'CAD'], ['aud', 'AUD'], ['nzd', 'NZD'], ['hkd', 'HKD'], ['sgd', 'SGD'], ['mxn', 'MXN'],
]);

/** ISO 4217 codes recognised when written next to a number ("12 USD", "CHF 40"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'EUR', 'USD', 'GBP', 'CHF', 'JPY', 'CNY', 'RMB', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'SEK', 'NOK', 'DKK',
  'PLN', 'CZK', 'HUF', 'RON', 'BGN', 'RUB', 'UAH', 'TRY', 'INR', 'PKR', 'BRL', 'MXN', 'ARS', 'ZAR',
  'XOF', 'XAF', 'XPF', 'MAD', 'DZD', 'TND', 'EGP', 'AED', 'SAR', 'QAR', 'KRW', 'ILS', 'THB', 'IDR', 'BTC',
  'FCFA',
]);

/** Codes that are not ISO spellings of a currency. */
export const CURRENCY_CODE_ALIASES: ReadonlyMap<string, string> = new Map([['RMB', 'CNY'], ['FCFA', 'XOF']]);

/**
 * Measurement units written after the number, as symbols (case-sensitive) or words (lower case).
 * The unit is reported as written; these sets only decide what is a unit.
 */
export const UNIT_SYMBOLS: ReadonlySet<string> = new Set([
  'km', 'm', 'cm', 'mm', 'µm', 'nm', 'dm', 'hm', 'mi', 'ft',
  'kg', 'g', 'mg', 'µg', 'mcg', 't', 'Mt', 'kt', 'Gt', 'lb', 'lbs', 'oz',
  'l', 'L', 'ml', 'mL', 'cl', 'cL', 'dl', 'dL', 'hl', 'hL',
  'ha', 'km²', 'm²', 'cm²', 'km2', 'm2', 'cm2', 'm³', 'm3', 'cm³', 'cm3',
  'W', 'kW', 'MW', 'GW', 'TW', 'Wh', 'kWh', 'MWh', 'GWh', 'TWh', 'V', 'kV', 'mV', 'mA', 'mAh',
  'Hz', 'kHz', 'MHz', 'GHz', 'kJ', 'cal', 'kcal', 'dB', 'Pa', 'hPa', 'bar', 'bars', 'psi',
  'Ko', 'Mo', 'Go', 'To', 'Po', 'kb', 'Kb', 'Mb', 'Gb', 'Tb', 'ko', 'mo', 'go',
  'km/h', 'm/s', 'mph', 'ppm', 'ppb', 'ch', 'cv', 'CV', 'K',
  'mmHg', 'mol', 'lx', 'Bq', 'Gy', 'Sv', 'mSv', 'µSv', 'rad', 'sr', 'ug',
]);

/** Unit words (lower case). Multi-word units ("mètres carrés") are listed with a single space. */
export const UNIT_WORDS: readonly string[] = [
  'kilomètre', 'kilomètres', 'kilometre', 'kilometres', 'mètre', 'mètres', 'metre', 'metres',
  'centimètre', 'centimètres', 'millimètre', 'millimètres', 'micromètre', 'micromètres', 'nanomètre', 'nanomètres',
  'décimètre', 'décimètres', 'hectomètre', 'hectomètres',
  'kilomètre carré', 'kilomètres carrés', 'mètre carré', 'mètres carrés', 'centimètre carré', 'centimètres carrés',
  'mètre cube', 'mètres cubes', 'centimètre cube', 'centimètres cubes', 'pied carré', 'pieds carrés',
  'kilomètre par heure', 'kilomètres par heure', 'kilomètres-heure', 'kilomètre-heure', 'kilomètres à l\'heure',
  'mètre par seconde', 'mètres par seconde', 'miles par heure', 'mile par heure', 'mile à l\'heure', 'miles à l\'heure',
  'pied cube', 'pieds cubes', 'tonne métrique', 'tonnes métriques',
  'kilogramme', 'kilogrammes', 'kilo', 'kilos', 'gramme', 'grammes', 'milligramme', 'milligrammes',
  'microgramme', 'microgrammes', 'tonne', 'tonnes', 'quintal', 'quintaux',
  'litre', 'litres', 'millilitre', 'millilitres', 'centilitre', 'centilitres', 'décilitre', 'décilitres',
  'hectolitre', 'hectolitres', 'hectare', 'hectares', 'are', 'ares', 'acre', 'acres',
  'mile', 'miles', 'pied', 'pieds', 'pouce', 'pouces', 'yard', 'yards', 'once', 'onces',
  'livre', 'livres', 'gallon', 'gallons', 'baril', 'barils', 'nœud', 'nœuds', 'noeud', 'noeuds',
  // "milles" with an s is the mile ("une course de 300 milles"); the thousand is invariable
  'mille nautique', 'milles nautiques', 'milles',
  'watt', 'watts', 'kilowatt', 'kilowatts', 'mégawatt', 'mégawatts', 'gigawatt', 'gigawatts',
  'kilowattheure', 'kilowattheures', 'kilowatt-heure', 'kilowatts-heure', 'mégawattheure', 'mégawattheures',
  'térawattheure', 'térawattheures', 'gigawattheure', 'gigawattheures',
  'volt', 'volts', 'ampère', 'ampères', 'hertz', 'joule', 'joules', 'calorie', 'calories',
  'kilocalorie', 'kilocalories', 'décibel', 'décibels', 'octet', 'octets', 'kilooctet', 'kilooctets',
  'mégaoctet', 'mégaoctets', 'gigaoctet', 'gigaoctets', 'téraoctet', 'téraoctets',
  'bit', 'bits', 'mégabit', 'mégabits', 'gigabit', 'gigabits',
  'degré', 'degrés', 'degre', 'degres',
  'degré celsius', 'degrés celsius', 'degré fahrenheit', 'degrés fahrenheit',
  'degré c', 'degrés c', 'degré f', 'degrés f',
  'celsius', 'fahrenheit', 'kelvin', 'kelvins', 'radian', 'radians',
  'chevaux', 'cheval', 'année-lumière', 'années-lumière',
  'tasse', 'tasses', 'cuillère', 'cuillères',
  // spellings without accents and abbreviations seen in typed text
  'hectometre', 'hectometres', 'decimetre', 'decimetres', 'centimetre', 'centimetres', 'millimetre', 'millimetres',
  'kilometre carre', 'kilometres carres', 'metre carre', 'metres carres',
  'deg', 'deg c', 'deg f', 'deg celsius', 'deg fahrenheit', 'centigrade', 'centigrades', 'degrés centigrades', 'degré centigrade',
  'deg centigrade', 'miles a l\'heure', 'mile a l\'heure', 'kilometres a l\'heure',
];

/** "°" is followed by these scale letters ("25 °C", "77°F"). */
export const DEGREE_SCALES: ReadonlySet<string> = new Set(['C', 'F', 'K', 'c', 'f']);

/** Percent markers after the number. Keys lower case, words separated by one space. */
export const PERCENT_WORDS: ReadonlyMap<string, string> = new Map([
  ['pour cent', '%'], ['pourcent', '%'], ['pourcents', '%'], ['pour-cent', '%'], ['p. cent', '%'], ['p. 100', '%'],
  ['pour mille', '‰'], ['pourcentage', '%'], ['pourcentages', '%'],
  ['points de pourcentage', 'points de pourcentage'], ['point de pourcentage', 'points de pourcentage'],
  ['points de pourcent', 'points de pourcentage'], ['points de %', 'points de pourcentage'],
]);

/** Nouns naming a rate before "de" and a bare number: "un pourcentage de 20" is 20 %. */
export const PERCENT_NOUNS_BEFORE: ReadonlySet<string> = new Set(['pourcentage', 'pourcentages']);

export const PERCENT_SYMBOLS: ReadonlyMap<string, string> = new Map([['%', '%'], ['‰', '‰'], ['％', '%']]);

/**
 * Qualifier phrases written before the figure (lower case, straight apostrophe; the code
 * normalises the text before matching). Longer phrases win ("pas moins de" over "moins de").
 */
export const QUALIFIER_PHRASES: ReadonlyMap<string, Qualifier> = new Map<string, Qualifier>([
  ['environ', 'about'], ['près de', 'about'], ["près d'", 'about'], ['presque', 'about'],
  ['quelque', 'about'], ['autour de', 'about'], ["autour d'", 'about'], ['aux alentours de', 'about'],
  ["aux alentours d'", 'about'], ['approximativement', 'about'], ['à peu près', 'about'],
  ['grosso modo', 'about'], ['avoisinant', 'about'], ['avoisine', 'about'], ['quasiment', 'about'],
  ['pratiquement', 'about'], ['plus ou moins', 'about'], ['de l\'ordre de', 'about'], ["de l'ordre d'", 'about'],
  ['env.', 'about'], ['près', 'about'], ['dans les', 'about'], ['quasi', 'about'], ['a peu pres', 'about'],
  ['plus de', 'over'], ["plus d'", 'over'], ['au-delà de', 'over'], ["au-delà d'", 'over'],
  ['au delà de', 'over'], ['a dépassé', 'over'], ['ont dépassé', 'over'], ['dépasse', 'over'],
  ['dépassé', 'over'], ['dépassent', 'over'], ['dépassant', 'over'], ['dépasser', 'over'],
  ['supérieur à', 'over'], ['supérieure à', 'over'], ['supérieurs à', 'over'], ['supérieures à', 'over'],
  ['plus que', 'over'], ['franchi', 'over'], ['franchit', 'over'], ['au-dessus de', 'over'], ["au-dessus d'", 'over'],
  ['moins de', 'under'], ["moins d'", 'under'], ['inférieur à', 'under'], ['inférieure à', 'under'],
  ['inférieurs à', 'under'], ['inférieures à', 'under'], ['en dessous de', 'under'], ["en dessous d'", 'under'],
  ['en deçà de', 'under'], ['sous la barre de', 'under'], ['sous la barre des', 'under'], ['moins que', 'under'],
  ['au moins', 'at-least'], ['pas moins de', 'at-least'], ["pas moins d'", 'at-least'],
  ['au minimum', 'at-least'], ['minimum', 'at-least'], ['un minimum de', 'at-least'], ["un minimum d'", 'at-least'],
  ['à partir de', 'at-least'], ["à partir d'", 'at-least'], ['dès', 'at-least'],
  ['au plus', 'at-most'], ['au maximum', 'at-most'], ['maximum', 'at-most'], ["jusqu'à", 'at-most'],
  ["jusqu'a", 'at-most'], ["jusqu'au", 'at-most'], ['pas plus de', 'at-most'], ["pas plus d'", 'at-most'],
  ['tout au plus', 'at-most'], ['un maximum de', 'at-most'], ["un maximum d'", 'at-most'],
]);

/** Qualifiers that approximate only a round amount: "dans les 2 000 euros", not "dans les deux sens". */
export const ROUND_ONLY_QUALIFIERS: ReadonlySet<string> = new Set(['dans les']);

/**
 * Words that can start a counted noun phrase as a preposed adjective: "nouveaux utilisateurs",
 * "faux comptes". Kept with the noun in the unit.
 */
export const PREPOSED_ADJECTIVES: ReadonlySet<string> = new Set([
  'nouveau', 'nouveaux', 'nouvel', 'nouvelle', 'nouvelles', 'faux', 'fausse', 'fausses',
  'petit', 'petits', 'petite', 'petites', 'grand', 'grands', 'grande', 'grandes', 'gros', 'grosse', 'grosses',
  'jeune', 'jeunes', 'vieux', 'vieil', 'vieille', 'vieilles', 'ancien', 'anciens', 'ancienne', 'anciennes',
  'autres', 'vrais', 'vraies', 'bons', 'bonnes', 'mauvais', 'mauvaises', 'hauts', 'hautes',
  'simples', 'véritables', 'principaux', 'principales', 'importants', 'nombreux',
  // ordinal adjectives after a cardinal: "les cinq premières places", "les trois prochains mois"
  'premiers', 'premières', 'derniers', 'dernières', 'prochains', 'prochaines', 'longues', 'longs', 'courtes', 'courts',
]);

/**
 * Adjective endings accepted right after the counted noun ("utilisateurs actifs",
 * "contenus terroristes"): derivational suffixes that in French are nearly always adjectives.
 */
export const POSTPOSED_ADJECTIVE_SUFFIXES: readonly string[] = [
  'if', 'ifs', 'ive', 'ives', 'el', 'els', 'elle', 'elles', 'al', 'aux', 'ale', 'ales',
  'ique', 'iques', 'aire', 'aires', 'eux', 'euse', 'euses', 'ien', 'iens', 'ienne', 'iennes',
  'ais', 'aise', 'aises', 'able', 'ables', 'ible', 'ibles', 'ain', 'ains', 'aine', 'aines',
  'iste', 'istes', 'oire', 'oires',
  // plural present participles used as adjectives ("abonnés payants", "membres participants")
  'ants', 'antes',
];

/**
 * Determiners before a bare dot-decimal that make it a reference, not a quantity ("le 49.3",
 * "du 17.2"): French writes decimals with a comma, a dot number after an article names a
 * constitutional article or a version.
 */
export const REFERENCE_DETERMINERS: ReadonlySet<string> = new Set(['le', 'la', 'l', 'les', 'du', 'au', 'un']);

/**
 * Function words: never a counted noun ("25 millions ces dernières", "4,5 milliards d'ici").
 * Determiners, pronouns, prepositions, conjunctions, frequent adverbs and auxiliaries.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'au', 'aux', 'ce', 'cet', 'cette', 'ces',
  'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs',
  'je', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'se', 's', 'me', 'm', 'te', 't', 'lui', 'y', 'en',
  'qui', 'que', 'qu', 'quoi', 'dont', 'où', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'celui', 'celle', 'ceux', 'celles',
  'à', 'a', 'dans', 'par', 'pour', 'sur', 'sous', 'avec', 'sans', 'chez', 'entre', 'contre', 'depuis',
  'pendant', 'vers', 'selon', 'après', 'avant', 'devant', 'derrière', 'parmi', 'malgré', 'durant', 'dès',
  'et', 'ou', 'ni', 'mais', 'donc', 'or', 'car', 'si', 'comme', 'lorsque', 'quand', 'puis', 'soit',
  'ne', 'n', 'pas', 'plus', 'moins', 'très', 'trop', 'peu', 'bien', 'aussi', 'encore', 'déjà', 'toujours',
  'jamais', 'ici', 'là', 'environ', 'seulement', 'près', 'autant', 'tant', 'ainsi', 'alors', 'même', 'tout',
  'tous', 'toute', 'toutes', 'chaque', 'aucun', 'aucune', 'quelques', 'plusieurs', 'certains', 'certaines',
  'est', 'sont', 'était', 'étaient', 'été', 'être', 'sera', 'seront', 'serait', 'seraient', 'soient',
  'ont', 'avait', 'avaient', 'avoir', 'aura', 'auront', 'aurait', 'ayant', 'eu', 'fait', 'font',
  'contre', 'hors', 'via', 'afin', 'cependant', 'pourtant', 'dont', 'ci', 'c', 'j', 'ça', 'cela', 'ceci',
  'autre', 'chacun', 'chacune', 'sur', 'vs', 'etc', 'respectivement', 'supplémentaires',
  'fois-ci', 'of', 'the', 'and', 'in', 'to', 'for',
]);

/**
 * Words before a bare number that make it a label, not a figure ("article 3", "saison 2",
 * "n° 5"). Compared lower case.
 */
export const LABEL_WORDS_BEFORE: ReadonlySet<string> = new Set([
  'article', 'articles', 'art', 'page', 'p', 'pp', 'numéro', 'numero', 'n', 'no', 'nº', 'chapitre', 'saison',
  'épisode', 'episode', 'version', 'tome', 'volume', 'vol', 'alinéa', 'ligne', 'étape', 'niveau',
  'catégorie', 'classe', 'groupe', 'section', 'partie', 'acte', 'scène', 'route', 'autoroute',
  'lot', 'série', 'phase', 'zone', 'annexe', 'note', 'verset', 'paragraphe', 'figure', 'tableau',
  'rue', 'bâtiment', 'salle', 'porte', 'terminal', 'quai', 'voie', 'vol', 'ligue', 'division', 'covid',
  'windows', 'iphone', 'android', 'ios', 'galaxy', 'pixel', 'playstation', 'xbox', 'v', 'gen',
  'stade', 'departement', 'département', 'arrondissement', 'secteur', 'bloc', 'code', 'pavillon',
  'box', 'mk', 'type', 'modèle', 'model', 'bus', 'tram', 'métro', 'metro', 'rer', 'tgv', 'canal',
  // a marker along a route ("au kilomètre 68"), a psalm
  'kilomètre', 'psaume', 'calibre',
]);

/** Words right after a bare number that make it part of an address ("12 rue de la Paix"). */
export const ADDRESS_WORDS_AFTER: ReadonlySet<string> = new Set([
  'rue', 'avenue', 'boulevard', 'bd', 'av', 'place', 'allée', 'impasse', 'chemin', 'quai', 'cours',
  'route', 'passage', 'square', 'faubourg', 'bis', 'ter',
]);

/** Words before a 4-digit number that make it a year ("en 2019", "depuis 1990", "d'ici 2030"). */
export const YEAR_CUES_BEFORE: ReadonlySet<string> = new Set([
  'en', 'depuis', 'ici', 'année', 'années', 'an', 'fin', 'début', 'mi', 'été', 'hiver', 'printemps',
  'automne', 'avant', 'après', 'dès', 'vers', 'jusqu', 'exercice', 'horizon', 'cuvée', 'millésime',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
  'novembre', 'décembre', 'since', 'in', 'of', 'rentrée', 'recensement', 'printemps',
]);

/**
 * Words after "un"/"une" that can make it a number rather than an article ("un sur trois",
 * "un et demi", "un virgule cinq", "un tiers", "un seul"). Magnitudes, approximation nouns and
 * "-ième" ordinals are checked through their own lists.
 */
export const ONE_CONTINUATIONS: ReadonlySet<string> = new Set([
  'sur', 'et', 'virgule', 'demi', 'demie', 'tiers', 'quart', 'seul', 'seule', 'mille',
]);

/** "un seul", "une seule": the number one, stressed (Grevisse § 615: "seul" as a numeral adjective). */
export const SINGLE_WORDS: ReadonlySet<string> = new Set(['seul', 'seule']);

/**
 * Qualifier phrases that make a following "un"/"une" the number one ("au moins un policier",
 * "plus d'une fois"): a bound on a quantity, never in front of an article. Lower case,
 * straight apostrophe, the same spelling as QUALIFIER_PHRASES.
 */
export const ONE_QUALIFIER_PHRASES: ReadonlySet<string> = new Set([
  'au moins', 'pas moins de', "pas moins d'", 'au plus', 'tout au plus', 'plus de', "plus d'", 'moins de', "moins d'",
  'au minimum', 'au maximum', 'pas plus de', "pas plus d'",
]);

/**
 * Determiners that make a fraction a share of a whole ("les deux tiers", "trois quarts de la
 * population", "un tiers des votants", "deux tiers d'entre eux"): such fractions are reported
 * as percentages (project convention, issue 5). Checked before the fraction or after its "de".
 */
export const WHOLE_DETERMINERS: ReadonlySet<string> = new Set([
  'le', 'la', 'l', 'les', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos',
  'votre', 'vos', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'entre',
]);

/** Contracted "de" + article after a fraction: "trois quarts des élèves", "un tiers du budget". */
/** Contracted articles before a fraction of a whole: "la majorité des deux tiers", "remplie aux trois quarts". */
export const WHOLE_CONTRACTIONS_BEFORE: ReadonlySet<string> = new Set(['des', 'aux', 'du', 'au']);
export const WHOLE_CONTRACTIONS: ReadonlySet<string> = new Set(['des', 'du']);

/** Nouns naming a share of a whole with their percentage: "la moitié" = 50 %. */
export const SHARE_NOUNS: ReadonlyMap<string, number> = new Map([['moitié', 50], ['moitie', 50]]);

/**
 * Nouns after an ordinal that make it part of a name or an administrative label, not a rank in
 * running text ("la septième circonscription", "le 15e arrondissement", "la 17e chambre",
 * "le 2e régiment"). French administrative and military numbering (INSEE, Code électoral).
 */
export const ORDINAL_NAME_NOUNS: ReadonlySet<string> = new Set([
  'circonscription', 'circonscriptions', 'arrondissement', 'arrondissements', 'république', 'republique',
  'législature', 'legislature', 'régiment', 'regiment', 'bataillon', 'brigade', 'escadrille', 'flottille',
  'chambre', 'armée', 'division', 'dynastie', 'internationale', 'symphonie', 'croisade',
]);

/** "huitième de finale", "8e de finale": a round of a competition, a name. */
export const ORDINAL_ROUND_NOUNS: ReadonlySet<string> = new Set(['finale', 'finales']);

/**
 * Words shortly before "34-27" that make it a sports score (two counts) rather than a code or
 * a range: result nouns and verbs of sports reports.
 */
export const SCORE_CUES: ReadonlySet<string> = new Set([
  'score', 'scores', 'victoire', 'victoires', 'défaite', 'défaites', 'battu', 'battue', 'battus', 'battues',
  'bat', 'battent', 'impose', 'imposé', 'imposée', 'imposés', 'emporte', 'emporté', 'emportée', 'gagné',
  'gagnée', 'perdu', 'perdue', 'mène', 'mené', 'menée', 'menait', 'nul', 'victorieux', 'victorieuse',
  'vainqueur', 'vainqueurs', 'revers', 'succès', 'match', 'finale', 'mi-temps', 'battant', 'dominé', 'dominée',
  'écrasé', 'écrasée', 'corrigé', 'étrillé',
]);

/**
 * Nouns that name what a following number counts when the number itself has no noun after it
 * ("le nombre d'utilisateurs actifs a dépassé 500 millions"): the counted noun is the
 * complement of "nombre"/"total". A collective noun gives its member noun instead
 * ("la population ... est de 20 millions" counts inhabitants).
 */
export const COUNT_HEAD_NOUNS: ReadonlySet<string> = new Set(['nombre', 'total', 'effectif', 'effectifs']);
export const COLLECTIVE_MEMBERS: ReadonlyMap<string, string> = new Map([
  ['population', 'habitants'], ['populations', 'habitants'],
]);
/** Possessives or demonstratives allowed between "nombre de" and the noun ("le nombre de ses abonnés"). */
export const COUNT_COMPLEMENT_DETERMINERS: ReadonlySet<string> = new Set([
  'ses', 'leurs', 'nos', 'vos', 'mes', 'tes', 'ces',
]);

/** Spelled-out signs before a number ("négatif cinq" = -5), as in spoken arithmetic. */
export const NEGATIVE_WORDS: ReadonlySet<string> = new Set(['négatif', 'négative', 'négatifs', 'négatives', 'negatif', 'negative']);

/**
 * Lower-case country marks written after a spaced "$" ("16 millions de $ c", "10 $ us"), as
 * machine-translated and Canadian text writes them. Single letters that are French words
 * ("a", "s", "au") are left out.
 */
export const DOLLAR_SUFFIXES_LOWER: ReadonlyMap<string, string> = new Map([
  ['c', 'CAD'], ['ca', 'CAD'], ['can', 'CAD'], ['hk', 'HKD'], ['us', 'USD'], ['nz', 'NZD'], ['sg', 'SGD'],
]);

/**
 * Endings of French demonyms ("Français", "Américaines", "Italiens", "Suédois"): a capitalised
 * word with one of them may be the counted noun of a ratio ("un Français sur trois").
 */
export const DEMONYM_SUFFIXES: readonly string[] = [
  'ais', 'aise', 'aises', 'ois', 'oise', 'oises', 'ain', 'ains', 'aine', 'aines', 'ien', 'iens', 'ienne', 'iennes',
  'éen', 'éens', 'éenne', 'éennes', 'an', 'ans', 'ane', 'anes', 'in', 'ins', 'ine', 'ines', 'ote', 'otes', 'ol', 'ols',
];

/** Temperature units as written (lower case): a spaced minus before them is a sign ("- 10 °C"). */
export const TEMPERATURE_UNITS: ReadonlySet<string> = new Set([
  '°', '°c', '°f', 'degré', 'degrés', 'degre', 'degres', 'degré celsius', 'degrés celsius', 'degré fahrenheit',
  'degrés fahrenheit', 'degré c', 'degrés c', 'degré f', 'degrés f', 'celsius', 'fahrenheit', 'deg', 'deg c', 'deg f',
  'deg celsius', 'deg fahrenheit', 'centigrade', 'centigrades', 'degrés centigrades', 'degré centigrade',
]);
