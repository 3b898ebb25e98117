// ISO 639-3 -> ISO 639-1 for the languages franc can return that have a two-letter code.
// Source: ISO 639-2/RA code tables (Library of Congress, loc.gov/standards/iso639-2), restricted
// to franc 6's language set. A language missing here is reported by its 639-3 code.
export const ISO639_3_TO_1: ReadonlyMap<string, string> = new Map([
  ['afr', 'af'], ['aka', 'ak'], ['amh', 'am'], ['arb', 'ar'], ['azj', 'az'], ['bel', 'be'], ['ben', 'bn'],
  ['bos', 'bs'], ['bul', 'bg'], ['cat', 'ca'], ['ces', 'cs'], ['ckb', 'ku'], ['dan', 'da'], ['deu', 'de'],
  ['ell', 'el'], ['eng', 'en'], ['ekk', 'et'], ['est', 'et'], ['eus', 'eu'], ['ewe', 'ee'], ['fin', 'fi'], ['fra', 'fr'],
  ['ful', 'ff'], ['fuf', 'ff'], ['fuv', 'ff'], ['gax', 'om'], ['glg', 'gl'], ['guj', 'gu'], ['hat', 'ht'],
  ['hau', 'ha'], ['heb', 'he'], ['hin', 'hi'], ['hrv', 'hr'], ['hun', 'hu'], ['hye', 'hy'], ['ibo', 'ig'],
  ['ind', 'id'], ['isl', 'is'], ['ita', 'it'], ['jav', 'jv'], ['jpn', 'ja'], ['kan', 'kn'],
  ['kat', 'ka'], ['kaz', 'kk'], ['khk', 'mn'], ['khm', 'km'], ['kin', 'rw'], ['kir', 'ky'], ['kor', 'ko'],
  ['lao', 'lo'], ['lin', 'ln'], ['lit', 'lt'], ['lug', 'lg'], ['lvs', 'lv'], ['mal', 'ml'], ['mar', 'mr'],
  ['mkd', 'mk'], ['mlg', 'mg'], ['mya', 'my'], ['nld', 'nl'], ['nno', 'nn'], ['nob', 'nb'], ['npi', 'ne'],
  ['nya', 'ny'], ['ori', 'or'], ['pan', 'pa'], ['pbu', 'ps'], ['pes', 'fa'], ['plt', 'mg'], ['pol', 'pl'],
  ['por', 'pt'], ['ron', 'ro'], ['run', 'rn'], ['rus', 'ru'], ['sin', 'si'], ['slk', 'sk'], ['slv', 'sl'],
  ['sna', 'sn'], ['som', 'so'], ['spa', 'es'], ['sqi', 'sq'], ['als', 'sq'], ['srp', 'sr'], ['sot', 'st'],
  ['sun', 'su'], ['swe', 'sv'], ['swh', 'sw'], ['tam', 'ta'], ['tat', 'tt'], ['tel', 'te'], ['tgk', 'tg'],
  ['tgl', 'tl'], ['tha', 'th'], ['tir', 'ti'], ['tuk', 'tk'], ['tur', 'tr'], ['twi', 'tw'], ['uig', 'ug'],
  ['ukr', 'uk'], ['urd', 'ur'], ['uzn', 'uz'], ['vie', 'vi'], ['wol', 'wo'], ['xho', 'xh'], ['ydd', 'yi'],
  ['yor', 'yo'], ['zlm', 'ms'], ['zul', 'zu'], ['cmn', 'zh'], ['yue', 'zh'], ['ltz', 'lb'], ['bre', 'br'],
  ['cym', 'cy'], ['gle', 'ga'], ['gla', 'gd'], ['oci', 'oc'], ['cos', 'co'], ['epo', 'eo'], ['lat', 'la'],
  ['fao', 'fo'], ['fry', 'fy'], ['roh', 'rm'], ['srd', 'sc'], ['mlt', 'mt'], ['kur', 'ku'], ['tsn', 'tn'],
  ['tso', 'ts'], ['ssw', 'ss'], ['ven', 've'], ['nde', 'nd'], ['nbl', 'nr'], ['kik', 'ki'], ['kon', 'kg'],
  ['quy', 'qu'], ['quz', 'qu'], ['ayr', 'ay'], ['grn', 'gn'], ['gug', 'gn'], ['bam', 'bm'],
  ['aze', 'az'], ['uzb', 'uz'], ['msa', 'ms'], ['zho', 'zh'], ['ara', 'ar'], ['fas', 'fa'], ['nep', 'ne'],
]);

/**
 * Languages the detector may answer (franc's `only`): the written languages a French news
 * pipeline meets — Europe's languages, the main languages of France's neighbours and of the
 * francophone world, and the world's most used written languages. Dropping franc's many small
 * languages stops short French sentences from being read as, say, Serbian-Cyrillic-in-Latin or
 * Bulu, whose trigram profiles happen to be close. Source: franc's language list (franc 6
 * readme, "Support"), intersected with the EU official languages and the languages with the most
 * internet users (W3Techs content-language ranking).
 */
export const CANDIDATE_LANGUAGES: readonly string[] = [
  'fra', 'eng', 'spa', 'ita', 'por', 'deu', 'nld', 'cat', 'glg', 'ron', 'pol', 'ces', 'slk', 'hun', 'swe',
  'dan', 'nob', 'fin', 'ekk', 'lvs', 'lit', 'slv', 'hrv', 'srp', 'bos', 'bul', 'rus', 'ukr', 'ell', 'tur',
  'arb', 'heb', 'pes', 'hin', 'urd', 'ben', 'cmn', 'jpn', 'kor', 'vie', 'ind', 'zlm', 'tha', 'swh', 'hau',
  'yor', 'wol', 'lin', 'bam', 'hat', 'plt', 'als', 'afr', 'tgl', 'epo', 'kin',
  'run', 'amh', 'som',
];

/**
 * ISO 639-1 (what eld answers) -> ISO 639-3, for eld 2.1's 60 languages. Macrolanguages get
 * their macrolanguage code ("et" -> "est", "ms" -> "msa"), as eld does not tell their members
 * apart. Source: ISO 639-3 code tables (SIL, iso639-3.sil.org).
 */
export const ELD_TO_ISO639_3: ReadonlyMap<string, string> = new Map([
  ['am', 'amh'], ['ar', 'ara'], ['az', 'aze'], ['be', 'bel'], ['bg', 'bul'], ['bn', 'ben'], ['ca', 'cat'],
  ['cs', 'ces'], ['da', 'dan'], ['de', 'deu'], ['el', 'ell'], ['en', 'eng'], ['es', 'spa'], ['et', 'est'],
  ['eu', 'eus'], ['fa', 'fas'], ['fi', 'fin'], ['fr', 'fra'], ['gu', 'guj'], ['he', 'heb'], ['hi', 'hin'],
  ['hr', 'hrv'], ['hu', 'hun'], ['hy', 'hye'], ['is', 'isl'], ['it', 'ita'], ['ja', 'jpn'], ['ka', 'kat'],
  ['kn', 'kan'], ['ko', 'kor'], ['ku', 'kur'], ['lo', 'lao'], ['lt', 'lit'], ['lv', 'lav'], ['ml', 'mal'],
  ['mr', 'mar'], ['ms', 'msa'], ['nl', 'nld'], ['no', 'nor'], ['or', 'ori'], ['pa', 'pan'], ['pl', 'pol'],
  ['pt', 'por'], ['ro', 'ron'], ['ru', 'rus'], ['sk', 'slk'], ['sl', 'slv'], ['sq', 'sqi'], ['sr', 'srp'],
  ['sv', 'swe'], ['ta', 'tam'], ['te', 'tel'], ['th', 'tha'], ['tl', 'tgl'], ['tr', 'tur'], ['uk', 'ukr'],
  ['ur', 'urd'], ['vi', 'vie'], ['yo', 'yor'], ['zh', 'zho'],
]);
