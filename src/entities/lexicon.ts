// Hand-made word lists of the entities stage. Large derived lists (places, companies, first
// names, common words) are files in data/gazetteers/, built by scripts/build-gazetteers.mjs.
// Every list below is written from general knowledge of French (and English names used in French
// news); none is taken from the evaluation data. Entries are lower case unless said otherwise.

/**
 * Words that join capitalised tokens inside one name: "Banque de France", "Afrique du Nord",
 * "Côte d'Ivoire", "Bank of America", "Tech for Good", "Ludwig van Beethoven". Only used when the
 * run continues with a capitalised token. Plain "et" is left out on purpose: "Facebook et
 * Twitter" are two names (it is allowed inside cue-headed institution names, see below).
 */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'de', 'du', 'des', 'd', 'la', 'le', 'of', 'the', 'for', 'and', 'von', 'van', 'der', 'den', 'di', 'da',
  'del', 'della', 'dos', 'das', 'al', 'el', 'y', 'bin', 'ben', 'ibn',
]);

/**
 * Nouns of French prepositional locutions ("du fait de", "au sujet de", "au cours de", "au niveau
 * de", "de la part de", "au nom de"): after a name they start the sentence's own phrase, not a
 * segment of the name. Hand list (French grammar).
 */
export const LOCUTION_NOUNS: ReadonlySet<string> = new Set([
  'fait', 'sujet', 'cours', 'niveau', 'côté', 'moment', 'lieu', 'cas', 'biais', 'part', 'nom', 'titre',
  'suite', 'faveur', 'raison', 'cadre', 'terme', 'issue', 'lendemain', 'veille', 'avis', 'sein',
]);

/** Connectors that may not start a continuation by themselves (need "de" before): "de la", "de l'". */
export const ARTICLE_AFTER_DE: ReadonlySet<string> = new Set(['la', 'l', 'le', 'les']);

/**
 * Determiners, pronouns and other function words that start sentences or titles with a capital
 * and are never names by themselves; stripped from the front of a run ("La Nouvelle-Zélande",
 * "Notre Président Recep Tayyip Erdogan"). Hand list (French grammar).
 */
export const LEADING_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses',
  'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'au', 'aux', 'à',
  'en', 'et', 'ou', 'mais', 'donc', 'or', 'ni', 'car', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je',
  'tu', 'cela', 'ceci', 'ça', 'celui', 'celle', 'ceux', 'selon', 'parmi', 'notamment', 'pour', 'par', 'avec',
  'sans', 'sous', 'sur', 'dans', 'chez', 'vers', 'depuis', 'pendant', 'après', 'avant', 'lors', 'quand',
  'alors', 'ainsi', 'aussi', 'puis', 'enfin', 'déjà', 'encore', 'toutefois', 'cependant', 'pourtant',
  'néanmoins', 'tous', 'tout', 'toute', 'toutes', 'chaque', 'plusieurs', 'certains', 'certaines',
  'aucun', 'aucune', 'quel', 'quelle', 'quels', 'quelles', 'qui', 'que', 'quoi', 'où', 'comment',
  'pourquoi', 'si', 'oui', 'non', 'près', 'loin', 'ici', 'là', 'hier', 'aujourd', 'demain',
  // "A Paris": a capital À is often written without its accent
  'a',
  'voir', 'lire', 'suivez', 'partager', 'connue', 'connu', 'baptisée', 'baptisé', 'afin', 'dès', 'face',
  'outre', 'contre', 'entre', 'malgré', 'grâce', 'concernant', 'mercredi', 'lundi', 'mardi', 'jeudi',
  'vendredi', 'samedi', 'dimanche', 'plus', 'moins', 'très', 'bien', 'même', 'autre', 'autres',
]);

/**
 * Titles and honorifics: never part of a name, and a strong cue that a person's name follows
 * ("Le ministre Zhaslan Madiyev", "M.Dourov", "le président français Emmanuel Macron", "Le PDG
 * Mark Zuckerberg"). Compared in lower case; multi-word titles are matched word by word, so their
 * words are listed separately ("première", "ministre").
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mr', 'mrs', 'ms', 'dr', 'pr', 'me', 'mgr', 'sir', 'lord', 'lady', 'dame',
  'monsieur', 'madame', 'mademoiselle', 'docteur', 'professeur', 'maître', 'président', 'présidente',
  'vice-président', 'vice-présidente', 'ministre', 'premier', 'première', 'secrétaire', 'sénateur',
  'sénatrice', 'député', 'députée', 'maire', 'gouverneur', 'gouverneure', 'ambassadeur', 'ambassadrice',
  'roi', 'reine', 'prince', 'princesse', 'pape', 'cardinal', 'archevêque', 'évêque', 'abbé', 'père',
  'sœur', 'frère', 'saint', 'général', 'générale', 'colonel', 'capitaine', 'lieutenant', 'commandant',
  'sergent', 'amiral', 'maréchal', 'juge', 'procureur', 'procureure', 'avocat', 'avocate', 'chancelier',
  'chancelière', 'pdg', 'ceo', 'dg', 'directeur', 'directrice', 'fondateur', 'fondatrice', 'cofondateur',
  'cofondatrice', 'co-fondateur', 'patron', 'patronne', 'chef', 'porte-parole', 'entraîneur', 'sélectionneur',
  'joueur', 'joueuse', 'chanteur', 'chanteuse', 'acteur', 'actrice', 'écrivain', 'écrivaine', 'auteur',
  'autrice', 'journaliste', 'photographe', 'réalisateur', 'réalisatrice', 'présentateur', 'présentatrice',
  'candidat', 'candidate', 'leader', 'dirigeant', 'dirigeante', 'émir', 'cheikh', 'sultan', 'ayatollah',
  'président-directeur', 'administrateur', 'administratrice', 'commissaire', 'préfet', 'préfète',
  'conseiller', 'conseillère', 'vice-premier', 'ex-président', 'ex-ministre', 'opposant', 'opposante',
  'militant', 'militante', 'artiste', 'président-élu', 'économiste', 'historien', 'historienne',
  'chercheur', 'chercheuse', 'entrepreneur', 'entrepreneure', 'ingénieur', 'ingénieure', 'analyste',
]);

/** Titles whose "de …" names a ministry ("le ministre de l'Intérieur"). */
export const MINISTER_TITLES: ReadonlySet<string> = new Set(['ministre', 'ministres', 'ministère', 'secrétaire']);

/** Particles inside people's names ("Anna van der Breggen", "Hubert de Givenchy", "Ibn Saoud"). */
export const NOBILIARY_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'du', 'des', 'd', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'della', 'dos', 'la', 'le', 'ben', 'bin',
  'ibn', 'al', 'el', 'y',
]);

/**
 * Official forms of a state's name, joined to its short name ("République du Kazakhstan" and
 * "Kazakhstan"). Accent-free lower case, as group.ts compares name keys.
 */
export const STATE_FORMS: ReadonlySet<string> = new Set([
  'republique', 'royaume', 'principaute', 'sultanat', 'emirat', 'etat', 'federation', 'confederation',
]);

/** Honorifics that may be glued to the name with a dot: "M.Dourov", "Dr.House", "Mme.X". */
export const GLUED_HONORIFICS: ReadonlySet<string> = new Set(['m', 'mm', 'mme', 'mlle', 'dr', 'pr', 'me', 'mgr', 'mr', 'mrs', 'ms', 'st']);

/**
 * Head nouns of organisation names. Inside a capitalised run they make it an organisation
 * ("Internet Watch Foundation", "Tech Coalition", "Zoom Video Communications Inc."); before a
 * name, within a few words, they classify the name ("la société Sensor Tower", "le journal
 * britannique Telegraph", "le réseau social Parler"). Lower case; French and English.
 */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'société', 'groupe', 'entreprise', 'compagnie', 'firme', 'multinationale', 'start-up', 'startup',
  'constructeur', 'opérateur', 'banque', 'assureur', 'laboratoire', 'ministère', 'ministry', 'agence',
  'agency', 'fondation', 'foundation', 'coalition', 'alliance', 'comité', 'committee', 'conseil',
  'council', 'commission', 'chambre', 'chamber', 'partenariat', 'partnership', 'organisation',
  'organization', 'organisme', 'association', 'fédération', 'federation', 'confédération', 'union',
  'syndicat', 'parti', 'party', 'mouvement', 'front', 'institut', 'institute', 'université',
  'university', 'école', 'school', 'académie', 'academy', 'collège', 'college', 'lycée', 'centre',
  'center', 'office', 'bureau', 'autorité', 'authority', 'tribunal', 'cour', 'court',
  'assemblée', 'assembly', 'sénat', 'parlement', 'gouvernement', 'administration', 'direction',
  'département', 'department', 'service', 'club', 'équipe', 'team', 'journal', 'quotidien',
  'hebdomadaire', 'magazine', 'revue', 'chaîne', 'radio', 'télévision', 'média', 'site', 'réseau',
  'plateforme', 'application', 'messagerie', 'éditeur', 'studio', 'studios', 'label', 'marque',
  'enseigne', 'fonds', 'fund', 'trust', 'bank', 'group', 'company', 'corporation', 'inc', 'corp', 'ltd',
  'llc', 'plc', 'sa', 'sas', 'sarl', 'gmbh', 'ag', 'nv', 'bv', 'spa', 'co', 'holding', 'holdings',
  'technologies', 'communications', 'systems', 'networks', 'media', 'news', 'press', 'times',
  'post', 'tribune', 'herald', 'telegraph', 'daily', 'watch', 'observatoire', 'police',
  'gendarmerie', 'armée', 'army', 'forces', 'brigade', 'régiment', 'orchestre', 'ensemble', 'caritative',
  'ong', 'fc', 'afc', 'sc', 'ac', 'as', 'rc', 'og', 'olympique', 'racing', 'sporting', 'athletic', 'united',
  'city', 'diocèse', 'église', 'ordre', 'congrès', 'congress', 'musée', 'museum', 'bibliothèque',
  'hôpital', 'clinique', 'airlines', 'airways', 'motors', 'pharma', 'pharmaceuticals', 'industries',
  'international', 'global', 'business', 'capital', 'partners', 'ventures', 'labs', 'software', 'board',
  'survey', 'observatory', 'programme', 'program', 'initiative', 'network', 'services',
]);

/**
 * Legal-form suffixes written with a final dot that belongs to the name ("Zoom Video
 * Communications Inc."). Lower case, without the dot.
 */
export const DOTTED_ORG_SUFFIXES: ReadonlySet<string> = new Set(['inc', 'corp', 'ltd', 'co', 'bros', 'cie']);

/**
 * Lower-case institution heads that may start a long, mostly lower-case official name:
 * "ministère du Développement numérique, des Innovations et de l'Industrie aérospatiale",
 * "Chambre de commerce des États-Unis". The name must reach a capitalised word.
 */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'ministère', 'agence', 'comité', 'conseil', 'chambre', 'partenariat', 'fondation', 'coalition',
  'alliance', 'organisation', 'commission', 'fédération', 'confédération', 'union', 'office', 'institut',
  'université', 'banque', 'cour', 'tribunal', 'parti', 'assemblée', 'association', 'autorité',
  'direction', 'secrétariat', 'haut-commissariat', 'diocèse', 'académie', 'observatoire', 'centre',
]);

/**
 * Lower-case words that, just before a name (possibly with adjectives in between), say it is a
 * place: "la ville de", "la capitale", "la région". Prepositions are weaker and only tip
 * otherwise unknown names (see PLACE_PREPOSITIONS).
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'ville', 'village', 'commune', 'capitale', 'région', 'province', 'état', 'pays', 'île', 'îles',
  'département', 'quartier', 'comté', 'district', 'territoire', 'archipel', 'péninsule', 'presqu',
  'fleuve', 'rivière', 'lac', 'mont', 'montagne', 'massif', 'désert', 'vallée', 'océan', 'mer',
  'golfe', 'baie', 'détroit', 'port', 'aéroport', 'gare', 'rue', 'avenue', 'boulevard', 'place',
  'pont', 'stade', 'arrondissement', 'canton', 'municipalité', 'métropole', 'agglomération', 'banlieue',
]);

/**
 * English-style organisation heads that machine translation sometimes leaves in lower case
 * after the capitalised part of the name ("la Tech coalition"). Joined to the run before them.
 */
export const POSTPOSED_ORG_HEADS: ReadonlySet<string> = new Set([
  'coalition', 'alliance', 'foundation', 'partnership', 'corporation', 'consortium', 'institute',
]);

/** First words that make a multi-word name a place: "République du Kazakhstan", "Royaume-Uni" is one token already. */
export const PLACE_NAME_FIRST_WORDS: ReadonlySet<string> = new Set([
  'république', 'royaume', 'principauté', 'émirat', 'émirats', 'sultanat', 'île', 'îles', 'mont', 'monts',
  'lac', 'golfe', 'cap', 'baie', 'mer', 'océan', 'pointe', 'col', 'rue', 'avenue', 'boulevard', 'place',
  'pont', 'gare', 'aéroport', 'stade', 'port', 'vallée', 'forêt', 'massif', 'plaine', 'plateau', 'canal',
  'quai', 'cours', 'parc', 'détroit', 'archipel', 'péninsule', 'province', 'région', 'comté', 'district',
]);

/**
 * Institution nouns that, capitalised in mid-sentence and alone, name one institution ("le
 * Parlement a voté", "saisir le Tribunal"). French usage of capitals for unique institutions.
 */
export const CAPITALISED_INSTITUTIONS: ReadonlySet<string> = new Set([
  'parlement', 'sénat', 'gouvernement', 'tribunal', 'cour', 'assemblée', 'commission', 'conseil',
  'ministère', 'élysée', 'matignon', 'parquet', 'préfecture', 'congrès', 'kremlin', 'pentagone',
]);

/**
 * Heads that take a nationality adjective to name a state body: "l'armée syrienne", "le
 * gouvernement espagnol", "le parlement catalan".
 */
export const NATIONAL_BODY_HEADS: ReadonlySet<string> = new Set(['armée', 'gouvernement', 'parlement', 'marine', 'police', 'sénat']);

/**
 * Endings of nationality adjectives and demonyms ("syrienne", "espagnol", "turque", "hongrois",
 * "Bermudienne", "Suissesse"). Used together with a word list, never alone.
 */
export const DEMONYM_ENDING = /(?:ien|ienne|iens|iennes|ais|aise|aises|ois|oise|oises|ain|aine|ains|aines|an|ane|ans|anes|ol|ole|ols|oles|esse|esses|in|ine|ins|ines|que|ques|ec|ek|èque|ote|otes|ite|ites|éen|éenne|éens|éennes|ique|iques)$/u;

/**
 * Lower-case heads of street and site names, which belong to the place's name: "rue Kléber",
 * "place de la Concorde", "gare Saint-Lazare", "aéroport de Roissy". French address usage.
 */
export const STREET_HEADS: ReadonlySet<string> = new Set([
  'rue', 'avenue', 'boulevard', 'place', 'quai', 'allée', 'impasse', 'chaussée', 'square', 'parvis',
  'esplanade', 'passage', 'cours', 'route', 'chemin', 'pont', 'gare', 'aéroport', 'port', 'jardin', 'parc',
  'mer', 'golfe', 'lac', 'mont', 'île', 'désert', 'vallée', 'col', 'canal', 'stade', 'cathédrale', 'basilique',
]);

/** Demonym endings that first names and surnames rarely have (feminine and plural forms). */
export const STRONG_DEMONYM_ENDING = /(?:ienne|iennes|aise|aises|oise|oises|éenne|éennes|aine|aines|iens|ains|ais)$/u;

/** Prepositions after which an unknown capitalised name is most often a place ("à Paris", "en Bretagne"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['à', 'en', 'au', 'aux', 'depuis', 'vers', 'dans']);

/**
 * Places of more than one country, which the country/city lists do not hold: continents and
 * world regions. Proper-case, as written in French (hand list, general geography).
 */
export const WORLD_REGIONS: readonly string[] = [
  'Afrique', 'Amérique', 'Asie', 'Europe', 'Océanie', 'Antarctique', 'Arctique', 'Eurasie',
  'Amérique latine', 'Amérique du Nord', 'Amérique du Sud', 'Amérique centrale', 'Afrique du Nord',
  'Afrique de l\'Ouest', 'Afrique de l\'Est', 'Afrique australe', 'Afrique subsaharienne', 'Moyen-Orient',
  'Proche-Orient', 'Extrême-Orient', 'Asie du Sud-Est', 'Asie centrale', 'Europe de l\'Est',
  'Europe occidentale', 'Europe centrale', 'Maghreb', 'Sahel', 'Balkans', 'Caraïbes', 'Scandinavie',
  'Méditerranée', 'Pacifique', 'Atlantique', 'Occident', 'Orient', 'Golfe', 'Levant', 'Kurdistan',
  'Cisjordanie', 'Gaza', 'Sibérie', 'Patagonie', 'Amazonie', 'Crimée', 'Donbass', 'Tibet', 'Cachemire',
  'Darfour', 'Catalogne', 'Flandre', 'Wallonie', 'Bavière', 'Écosse', 'Irlande du Nord', 'Pays de Galles',
  'Angleterre', 'Québec', 'Ontario', 'Californie', 'Floride', 'Texas', 'New York', 'Washington D.C.',
  'Corse', 'Bretagne', 'Alsace', 'Provence', 'Savoie', 'Normandie', 'Île-de-France', 'Outre-mer',
  // celestial bodies, places in French news about space ("la Terre", "la Lune", "sur Mars")
  'Terre', 'Lune', 'Soleil', 'Mars', 'Vénus', 'Jupiter', 'Saturne', 'Mercure', 'Uranus', 'Neptune', 'Pluton',
  'Voie lactée',
];

/**
 * Well-known organisations that the company/media lists miss (private companies, apps, news
 * agencies, non-profits), or whose one-word names are filtered out there as common words.
 * Proper-case. General knowledge of the tech and news landscape.
 */
export const KNOWN_ORGS: readonly string[] = [
  'Telegram', 'Reuters', 'AFP', 'Associated Press', 'Bloomberg', 'CNN', 'Sputnik', 'RIA Novosti', 'TASS',
  'Xinhua', 'Anadolu', 'Belga', 'ANSA', 'DPA', 'EFE', 'Kyodo', 'Yonhap',
  'BBC', 'CNBC', 'Al Jazeera', 'Le Monde', 'Le Figaro', 'Libération', 'Les Echos', 'La Croix', 'Mediapart',
  'Twitter', 'Facebook', 'Instagram', 'Snapchat', 'LinkedIn', 'Amazon', 'Uber', 'Airbnb', 'Spotify',
  'Netflix', 'Huawei', 'Xiaomi', 'Samsung', 'ByteDance', 'Tencent', 'Alibaba', 'Baidu', 'OpenAI',
  'SpaceX', 'Tesla', 'Meta', 'Google', 'Microsoft', 'Apple', 'YouTube', 'WhatsApp', 'TikTok', 'Zoom',
  'Unicef', 'UNICEF', 'Unesco', 'UNESCO', 'Interpol', 'Europol', 'Otan', 'OTAN', 'NATO', 'ONU', 'UE',
  'Union européenne', 'Nations unies', 'Croix-Rouge', 'Greenpeace', 'Amnesty International', 'Wikipédia',
  'Wikimedia', 'Renault', 'Peugeot', 'Airbus',
  'TotalEnergies', 'SNCF', 'RATP', 'EDF', 'Engie', 'Bouygues', 'Vivendi', 'Canal+',
  'France Télévisions', 'Radio France', 'TF1', 'M6', 'Arte', 'Europe 1', 'RTL', 'BFMTV', 'Twitch',
];

/**
 * Ticker symbols that left the exchange listings (renamed or delisted) but still appear in news:
 * the listing-derived tickers.tsv does not hold them. TICKER -> company name.
 */
export const EXTRA_TICKERS: ReadonlyMap<string, string> = new Map([
  ['FB', 'Facebook'],
  ['TWTR', 'Twitter'],
  ['GOOGL', 'Google'],
  ['GOOG', 'Google'],
  ['YHOO', 'Yahoo'],
  ['LNKD', 'LinkedIn'],
]);

/**
 * All-caps words that are not organisations: common abbreviations of French news (job titles,
 * technical terms, units, diseases). Upper case.
 */
export const NON_ORG_ACRONYMS: ReadonlySet<string> = new Set([
  'PDG', 'CEO', 'DG', 'DRH', 'CFO', 'COO', 'CTO', 'VIP', 'IP', 'IA', 'AI', 'TV', 'PC', 'USB', 'SMS', 'MMS',
  'GPS', 'ADN', 'ARN', 'PIB', 'TVA', 'UTC', 'GMT', 'HT', 'TTC', 'CDI', 'CDD', 'SUV', 'VIH', 'SIDA', 'OK',
  'FAQ', 'PDF', 'HTML', 'URL', 'API', 'APP', 'RSS', 'NB', 'AM', 'PM', 'KO', 'QR', 'LGBT', 'LGBTQ',
  'ONG', 'NEWSLETTER', 'FR', 'EN', 'DE', 'ES', 'IT', 'EUR', 'USD', 'TGV', 'RER', 'BD', 'CD', 'DVD', 'HD',
  'VPN', 'WIFI', 'WI-FI', 'XXE', 'XIXE', 'XXIE', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII',
  'COVID', 'COVID-19', 'SARS', 'SRAS', 'MERS', 'OGM', 'CO2', 'RDV', 'SVP', 'CV', 'QI', 'JO', 'VTT', 'NDLR',
  'RIC', 'CO', 'TATP', 'TNT', 'ISF', 'IRM', 'RSA', 'SMIC', 'HLM', 'QG', 'AVC', 'PMA', 'GPA', 'IVG', 'LED',
]);

/** Exchanges that may prefix a ticker in parentheses: "(NASDAQ: AAPL)". */
export const STOCK_EXCHANGES: ReadonlySet<string> = new Set(['NASDAQ', 'NYSE', 'Nasdaq', 'Euronext', 'LSE', 'TSX', 'Nyse']);
