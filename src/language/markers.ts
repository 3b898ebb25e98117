// Function words of French and of the languages a statistical detector confuses with it.
//
// Source: written from grammars and our own knowledge of these languages (articles, pronouns,
// prepositions, conjunctions, negation, the commonest auxiliary and modal forms): Occitan after
// the classical norm (Alibèrt's grammar, Lengadocian/Provençal forms), Walloon after the Feller
// spelling and the "rifondou" one, Picard as written in Picardy and Hainaut (Lexique picard,
// Chés Wèpes), Franco-Provençal in the ORB/Stich spelling, Haitian Creole after the 1979 IPN
// orthography, Corsican, Asturian (ALLA norm), Judeo-Spanish in the Aki Yerushalayim spelling,
// and the standard languages. Not taken from any evaluation file.
//
// Each list holds the language's own frequent words, INCLUDING those it shares with French:
// ./neighbours.ts counts, pairwise, only the words one language has and the other has not, so a
// shared word ("la", "que", "pas") weighs for neither. Words are lower case, with their
// diacritics; an elided form keeps its apostrophe ("l'", "ch'"), as the tokenizer does.

const list = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

/** French: the words the comparison is made against. */
export const FRENCH = list(`
le la les l' un une des du de d' au aux à en y et ou où mais donc ni car or ne n' pas plus jamais
rien personne point guère je j' tu il elle on nous vous ils elles me m' te t' se s' moi toi lui eux
leur leurs mon ma mes ton ta tes son sa ses notre nos votre vos ce c' cet cette ces ceci cela ça
celui celle ceux celles qui que qu' quoi dont quand comment pourquoi combien quel quelle quels
quelles lequel laquelle lesquels avec sans pour par dans sur sous chez vers entre depuis pendant
avant après contre selon parmi jusqu' lorsque puisque parce comme si oui non très trop bien mal
beaucoup peu assez aussi encore déjà toujours souvent ici là-bas maintenant aujourd' hui hier
demain alors puis ensuite enfin tout tous toute toutes même mêmes autre autres chaque plusieurs
aucun aucune quelque quelques certains est sont suis es sommes êtes était étaient étais serai sera
seront serait seraient être été ai as a avons avez ont avait avaient aurai aura auront aurait avoir
eu fait faire fais faites font vais va allons allez vont peux peut pouvons pouvez peuvent pu veux
veut voulons voulez veulent voudrais dois doit devons devez doivent faut sais sait savez dit dire
vraiment chose quelqu'
`);

/** Occitan (Lengadocian and Provençal, classical spelling). */
export const OCCITAN = list(`
n' òme òmes femna femnas pòble pòbles país lenga vida vila ciutat tèrra jorn jorns annada trabalh ostal
escòla govèrn estat nacion mond meteis quitament sovent pro encara totun pasmens mentre d'abòrd
dempuèi jos dessús dejós davant darrièr prèp luènh aital atal tanpauc sonque solament benlèu
segur vertat causa causas cadun caduna quicòm devon gaireben anar venir veire saber voler poder
caler cal caldrà fòu foguèt seriá auriá podiá deviá aurà serà seràn auràn faguèt diguèt sieua
quora onte cossí quant quanta alara pr'aquò alai çaí enlà qu'èi èm ètz hèr hèit hèita hilh hilha
hemna òmi devath tostemps jamei digun aquet aquera aqueth aqueths aqueras sons mei mensh hèra
dejà adara doman chasduna chaduna chausa chausas erian em etz ame dinc iò sei sès sem setz sou
tuchi tuchas dintre cu mieu tieu noastre vouastre toui toutei nòstras vòstras son sas
lou li dóu di i au aus dau daus emé embe emb pèr tóuti touto tout aquéu aquelo aquéli noun soun èi fai èro
coume mounte pamens tambèn rèn toujour vuei eici eiçò acò nous vous ié sian sias siéu pòu podon déu
contro sènso segound chasque chascun chasco quò queu quela ilh ilhs nautres vautres eu ren eth era
eths eras deu deus dera deras dab damb ua uas qu'ei ac mes hòrt har hèr arren briga nat nada cadun
cadua shens tà entà dens lu dai ai nen mi car va vas van mal tant ne à on
lo la los las l' un una unes unas uns de d' del dels al als a en dins sus per pel pels amb sens
entre contra fins e o mas mai que qu' qui çò quand coma ont se s' si pas pus ni non es èra èran
son sèm sètz soi èsser èstre aver ai as a an avèm avètz aviá avián òm ieu tu el ela nosautres
vosautres eles elas me m' te t' nos vos li lor lors mon ma mos mas ton ta tos tas son sa sos sas
nòstre nòstra nòstres nòstras vòstre vòstra vòstres sieu sieus sieua aqueste aquesta aquestes
aquestas aquel aquela aqueles aquelas aquò aicí ailà tot tota totes totas cada cap degun deguna
res jamai totjorn ara ben plan fòrça tanben gaire quin quina quinas quines pòt pòdon pòdes pòdi
deu dèu dèvon fa fan far fach facha fachas fachs dire dich vòl vòli vòlon sabi sap perque perqué
doncas puèi après abans uèi deman ièr aquí ja segon tanplan pr'amor qualque qualques mantun
`);

/** Walloon (Feller and rifondou spellings). */
export const WALLOON = list(`
do de è si se mès tès sès mi ti èl dè dèl dèn ine avoû divins pår rin bin ossi sacwants djins
dju çoula cial vola chaque tchaeke tchèke totès dreut lîbe paski pa
li les lès l' on one ene des dès del d' di å ås a avou avoû po pol so dins sins addé disk' ki k'
ke çou ç' cwè kécwè wice cwand kimint poqwè dji dj' ti t' i il ele nos vos zels zeles mi mu lu leu
leus nén nin pus rén todi co ossu eyet et ou mins bén fwert tot totes tos tote ci cist cisse ces
çola ça est èst sont ont esse sereut avu fé fwait pout polu vout dvént dit dire vey inte pa pask'
dji-m' sacwè ni nu s' m'
`);

/** Picard (Amiénois, Vimeu, Hainaut). */
export const PICARD = list(`
ch' chés ches éch ech l' el les un eune ène in des ed éd d' du au à o j' ej éj ju te ti mi li lu i
ale alle os nous vous min tin sin mes tes ses no vo nos vos leu leus cha chl' chol ichi lo pis et
èt aveuc dins pour pou su sus sans tout tous tertous toute qu' qui quo quoé pas point mie ni rien
core acore pu itou aussi est sont a ont éte ète étoait avoèr foaire fait peut veut dwot é
`);

/** Franco-Provençal / Arpitan (ORB and Stich spellings). */
export const FRANCO_PROVENCAL = list(`
lo la los les l' un una on des de d' du u ux a et ou mas que qu' qui ne pas jo te il el ele nos vos
ils lor lyor mon ma mos ton son nouthron voutron cen cél cela avouéc avoué dens por sur su sen tot
tota tôs totes étre avêr est at ant sont éte fât pôt vôt diont dèvont
`);

/** Haitian Creole (IPN orthography). */
export const HAITIAN = list(`
mwen m ou w li l nou n yo y pa ak avèk nan se gen genyen pou ki te ap pral kapab kap tout moun sou
kòm lè konsa tankou yon youn sa fè dwe chak lòt sèlman paske men ke deja bezwen vle konnen ye e
nenpòt okenn yonn anpil tou sa-a sa a la lan pèsonn ankò kounye a bay di kòman poukisa kisa kilès
`);

/** Galician. */
export const GALICIAN = list(`
grazas bos días noite estamos teñen temos tes queres quere sabes podes fun fixen fixo dixen imos vexo
ves coñezo gústame gustan cal cales canto cantos aínda pouco menos alguén ninguén vostede alí aí
logo cousa cousas xente muller neno nena traballo día ano vez veces bo boa pequeno vello vella
es mes vas sabe entre contra sobre ata desde despois antes dixo
o a os as un unha uns unhas de do da dos das en no na nos nas ao á aos ás con coa co cos coas sen
para por pola polo polas polos e ou mais pero que quen cando onde como porque non si é son está
están estou era foi ser estar ten teño ter ha hai facer fai vai vou máis tamén xa eu ti el ela
nós vós eles elas me te se lle lles che meu miña teu túa seu súa noso nosa voso vosa este esta
isto ese esa iso aquel aquela aquilo aquí agora hoxe onte mañá todo todos toda todas nada algo
moi moito moita moitos moitas ben mal sempre nunca ningún ningunha nin pode podo quero sei
`);

/** Catalan. */
export const CATALAN = list(`
et ou ni car or pas te se es on ses sa mes son mal peu va vas van dit fa avant fins dir
el la els les l' un una uns unes de d' del dels al als a en amb per pel pels sense sobre sota
entre fins i o però que què qui quan on com perquè no sí és són era eren ser estar està estan
estic sóc ets som sou ha han he hem heu havia fer fa fan molt molta molts moltes més també jo tu
ell ella nosaltres vosaltres ells elles em m' et t' es s' ens us li hi ho meu meva teu teva seu
seva nostre nostra vostre vostra aquest aquesta aquests aquestes aquell aquella això allò aquí
ara avui ahir demà tot tota tots totes res cap cada gaire mai sempre bé doncs encara puc pot
vull vol sé sap
`);

/** Corsican. */
export const CORSICAN = list(`
u a i e l' di d' da in à cù per par chì ch' ùn è hè sò era eranu omu un una unu tutti tutte ogni
ognunu ancu dinù cusì quessu questu stu sta issu ellu ella elli noi voi mè tè so sua nostru vostru
micca nunda nimu sempre avà quì quandu cumu perchè ma o si anu hà hannu pò ponu deve devenu fà
esse avè
`);

/** Asturian. */
export const ASTURIAN = list(`
el la los les l' un una unos unes de del en nel na a al pa pal por col cola colos coles ensin ente
y o pero que qui cuando onde como nun non ye son yera foi ser tien tienen pue puen tou toa toos
toes tolos toles cada dalgún dalguna dengún nada esti esta estos estes eso ello elli ella ellos
elles nós vós yo tu mio to so sos nuesu vuesu
`);

/** Judeo-Spanish (Ladino), Aki Yerushalayim spelling. */
export const LADINO = list(`
el la los las un una de del en a al kon sin para por entre i o ama ke ken kual kuando ande komo
porke no es son era fue ser tyene tyenen puede todo todos kada dinguno nada mozotros vozotros eyos
eyas yo tu eya su sus muestro vuestro aki agora ansina tambien muncho
`);

/** Spanish. */
export const SPANISH = list(`
es son mes va vas van ni tan ante tras ha he mal sobre entre contra di dos tres sea
el la los las un una unos unas de del en a al con sin para por y o pero que qué quien cuando donde
dónde como cómo no sí es son está están estoy era fue ser estar tiene tengo hay muy más también yo
tú él ella nosotros ellos ellas me te se le lo les nos mi mis tu tus su sus este esta esto ese esa
eso aquí ahora hoy ayer mañana todo todos nada algo porque puedo puede quiero quiere sé hacer ha
he han hemos bien mucho mucha ya siempre nunca
`);

/** Italian. */
export const ITALIAN = list(`
me te ne ce ci vi ma va fa sa dire ai alle son quel quelle quelli sei tre mal
il lo la i gli le l' un una uno di del della dei delle da dal in nel nella a al alla con per su
tra fra e o ma che chi cosa quando dove come perché non sì è sono era sei siamo essere ho hai ha
abbiamo hanno avere io tu lui lei noi voi loro mi ti ci vi si mio mia tuo tua suo sua questo
questa quello quella qui qua oggi ieri domani molto più anche già sempre mai tutto tutti niente
nulla fare fatto posso può voglio vuole so sa bene
`);

/** Portuguese. */
export const PORTUGUESE = list(`
ou mais mal entre contra sobre vai nem tão lá cá sou só pois
o a os as um uma de do da dos das em no na nos nas ao à com sem para por pelo pela e ou mas que
quem quando onde como não sim é são está estou era foi ser estar tem tenho há muito mais também
eu tu você ele ela nós eles elas me te se lhe meu minha seu sua este esta isto esse essa isso
aqui agora hoje ontem amanhã tudo todos nada porque posso pode quero quer sei fazer já sempre
nunca bem ainda
`);

/** English. */
export const ENGLISH = list(`
on or as me son dire plus pour chose ton font car ma
the a an and or but of to in on at for with from by about is are was were be been am have has
had do does did not no yes i you he she it we they me him her us them my your his its our their
this that these those what who when where how why will would can could should shall may must
there here very all some any so if just don' doesn' didn' isn' can' won' i' it' that' there'
`);

export interface NeighbourLanguage {
  /** ISO 639-3. */
  iso639_3: string;
  /** ISO 639-1 where one exists, else the 639-3 code. */
  code: string;
  words: ReadonlySet<string>;
  /**
   * Written in several spellings (Occitan: classical, Mistralian, Gascon, Limousin…), so our
   * lists miss many of its words, while its function words differ from French's throughout
   * ("lo, los, es, e, del" against "le, les, est, et, du"): French prose always shows French
   * words it lacks, and their near absence is evidence even when none of its listed words occurs.
   * Languages with one standard spelling are told by their own words instead.
   */
  variedSpelling?: boolean;
}

/** French's neighbours, each answered when its own words outweigh the French ones. */
export const NEIGHBOURS: readonly NeighbourLanguage[] = [
  { variedSpelling: true, iso639_3: 'oci', code: 'oc', words: OCCITAN },
  { iso639_3: 'wln', code: 'wa', words: WALLOON },
  { iso639_3: 'pcd', code: 'pcd', words: PICARD },
  { iso639_3: 'frp', code: 'frp', words: FRANCO_PROVENCAL },
  { iso639_3: 'hat', code: 'ht', words: HAITIAN },
  { iso639_3: 'glg', code: 'gl', words: GALICIAN },
  { iso639_3: 'cat', code: 'ca', words: CATALAN },
  { iso639_3: 'cos', code: 'co', words: CORSICAN },
  { iso639_3: 'ast', code: 'ast', words: ASTURIAN },
  { iso639_3: 'lad', code: 'lad', words: LADINO },
  { iso639_3: 'spa', code: 'es', words: SPANISH },
  { iso639_3: 'ita', code: 'it', words: ITALIAN },
  { iso639_3: 'por', code: 'pt', words: PORTUGUESE },
  { iso639_3: 'eng', code: 'en', words: ENGLISH },
];

/**
 * Spellings French never uses, and the neighbours that do: a word showing one counts as that
 * neighbour's own word even when it is in no list above (content words: "miña", "filh", "pòble").
 * Only words written in lower case are tested: names ("Delgado", "Muñoz") occur in any language.
 * Source: the alphabets and spelling rules of each language (see the header).
 */
export interface SpellingMark {
  /** Tested on one lower-case token. */
  pattern: RegExp;
  languages: readonly string[];
  /** The mark is a letter outside ASCII: plain-ASCII tokens (most of a text) need no test. */
  letter?: true;
}

/** Letters absent from French: acute on i, o, u; grave on i, o, u except French "où". */
const LETTER_I_O_U_ACUTE = /[íóú]/u;
const LETTER_O_GRAVE = /ò/u;
const LETTER_I_U_GRAVE = /ì|(?<!^o)ù/u;
const LETTER_N_TILDE = /ñ/u;
const LETTER_A_O_TILDE = /[ãõ]/u;
const LETTER_A_RING = /å/u;
/** Occitan writes "lh" and "nh" where French writes "il(l)" and "gn"; at a word's end only Occitan. */
const FINAL_LH_NH = /(?:lh|nh)s?$/u;
/** Initial x before a vowel: Galician, Catalan, Asturian (French has it in a few learned words). */
const INITIAL_X_VOWEL = /^x[aeiouáéíóú]/u;
/** Iberian and Occitan participles ("cansado", "perdidos"); French has them only in names. */
const PARTICIPLE_ADO_IDO = /\p{L}{2}(?:ad|id)os?$/u;
/** Walloon "dj" and "tch" ("dji", "djins", "tchèke"). */
const INITIAL_DJ_TCH = /^(?:dj|tch)/u;

/**
 * Franco-Provençal writes "â" at a word's end (infinitives "parlâ", participles, nouns in "-tâ"
 * for French "-té"); French never ends a word in "â".
 */
const FINAL_A_CIRCUMFLEX = /â$/u;
/**
 * Franco-Provençal's affricate "ts" where French has "ch" ("tsanta", "tsemin", "tsaca"), at a
 * word's start; French has it only in a few borrowings (tsar, tsarine, tsigane, tsé-tsé,
 * tsunami), left out.
 */
const INITIAL_TS = /^ts(?!ar|ig|é|u)[aeioâêîô]/u;
/** Franco-Provençal "-achon" where French writes "-ation" ("nachon", "associachon"). */
const FINAL_ACHON = /achons?$/u;
/**
 * A word ending in "è": Italian ("è", "perchè"), Catalan ("què", "cafè"), Occitan, Corsican,
 * Walloon, Franco-Provençal ("dè"), Haitian ("fè", "kè"); French writes "è" only before a
 * consonant ("père", "très").
 */
const FINAL_E_GRAVE = /è$/u;
/** Haitian writes "w" for French "r" after a labial ("pwoblèm", "bwè", "fwè"); French never starts a word so. */
const INITIAL_LABIAL_W = /^[pbf]w[aeioèò]/u;
/** "-xo", "-xa" ("roxa", "baixo", "caixa", "queixo"): Galician, Portuguese, Catalan, Asturian; French words end in "-xe". */
const FINAL_X_VOWEL = /x[oa]s?$/u;
/**
 * Galician attaches "lle(s)" (to him, to them) to a verb ending in a consonant ("darlle",
 * "dixémoslle"); in French "-lle" always follows a vowel ("fille", "elle", "taille").
 */
const FINAL_CONSONANT_LLE = /[^aeiouáéíóúàèòy]lles?$/u;
/**
 * Catalan "ny" (French "gn": "any", "companyia", "senyor"), inside a word or at its end; French has
 * it only in a few borrowings ("canyon", "nylon", which starts with it).
 */
const INNER_NY = /.ny(?:[aeiouà]|$)/u;

// Spellings of French that some neighbours lack: a word showing one counts as a French word
// against those neighbours only (the `languages` of such a mark list "fra" and the neighbours
// that share the spelling, against whom it weighs nothing).
/** "é" inside a word: Italian and Corsican write "é" only at a word's end ("perché"), Haitian and English not at all. */
const INNER_E_ACUTE = /é./u;
/** Circumflex on e, i, o, u ("être", "île", "côte", "sûr"): Franco-Provençal, Walloon, Picard and Portuguese have it too. */
const LETTER_CIRCUMFLEX = /[êîôû]/u;
/** "œ" ("cœur", "sœur", "œuvre") is French alone. */
const LETTER_OE = /œ/u;
/** "ç" also in Catalan, Portuguese, Occitan and the langues d'oïl, not in Spanish, Italian, Galician… */
const LETTER_C_CEDILLA = /ç/u;
/** The imperfect's "-aient" is French alone; "-eau(x)", "-eux", "-oux" French and the langues d'oïl. */
const FINAL_AIENT = /aient$/u;
const FINAL_EAU_EUX = /(?:eaux?|[eo]ux)$/u;

/**
 * "oi" ("fois", "voir", "droit", "trois"): French, and Italian, Portuguese, Galician, Catalan,
 * Corsican, English, the langues d'oïl; Occitan writes these words otherwise ("còp", "veire",
 * "drech", "tres"), Haitian with "wa" ("fwa", "twa"), Asturian and Ladino rarely.
 */
const DIGRAPH_OI = /oi/u;

export const SPELLING_MARKS: readonly SpellingMark[] = [
  { letter: true, pattern: FINAL_A_CIRCUMFLEX, languages: ['frp'] },
  { pattern: INITIAL_TS, languages: ['frp'] },
  { pattern: FINAL_ACHON, languages: ['frp'] },
  { letter: true, pattern: FINAL_E_GRAVE, languages: ['ita', 'cat', 'oci', 'wln', 'pcd', 'frp', 'hat', 'cos'] },
  { pattern: INITIAL_LABIAL_W, languages: ['hat'] },
  { pattern: FINAL_X_VOWEL, languages: ['glg', 'por', 'cat', 'ast'] },
  { pattern: FINAL_CONSONANT_LLE, languages: ['glg'] },
  { pattern: INNER_NY, languages: ['cat'] },
  { letter: true, pattern: INNER_E_ACUTE, languages: ['fra', 'spa', 'por', 'glg', 'cat', 'oci', 'ast', 'wln', 'pcd', 'frp'] },
  { letter: true, pattern: LETTER_CIRCUMFLEX, languages: ['fra', 'wln', 'pcd', 'frp', 'por', 'oci'] },
  { letter: true, pattern: LETTER_OE, languages: ['fra'] },
  { letter: true, pattern: LETTER_C_CEDILLA, languages: ['fra', 'cat', 'por', 'oci', 'pcd', 'wln', 'frp'] },
  { pattern: FINAL_AIENT, languages: ['fra'] },
  { pattern: FINAL_EAU_EUX, languages: ['fra', 'pcd', 'wln', 'frp'] },
  { pattern: DIGRAPH_OI, languages: ['fra', 'ita', 'por', 'glg', 'cat', 'cos', 'eng', 'spa', 'wln', 'pcd', 'frp'] },
  { letter: true, pattern: LETTER_I_O_U_ACUTE, languages: ['oci', 'glg', 'cat', 'ast', 'spa', 'por', 'ita', 'cos', 'lad'] },
  { letter: true, pattern: LETTER_O_GRAVE, languages: ['oci', 'cat', 'ita', 'cos', 'hat'] },
  { letter: true, pattern: LETTER_I_U_GRAVE, languages: ['ita', 'cos'] },
  { letter: true, pattern: LETTER_N_TILDE, languages: ['spa', 'glg', 'ast'] },
  { letter: true, pattern: LETTER_A_O_TILDE, languages: ['por'] },
  { letter: true, pattern: LETTER_A_RING, languages: ['wln'] },
  { pattern: FINAL_LH_NH, languages: ['oci'] },
  { pattern: INITIAL_X_VOWEL, languages: ['glg', 'cat', 'ast'] },
  { pattern: INITIAL_DJ_TCH, languages: ['wln'] },
  { pattern: PARTICIPLE_ADO_IDO, languages: ['spa', 'glg', 'por', 'ast', 'lad'] },
];

/**
 * Subject pronouns that French puts after its verb, joined by a hyphen, in questions and
 * inserted clauses ("Parles-tu", "dit-il", "Viendra-t-elle"). The Iberian languages attach only
 * object pronouns to a verb ("dime", "afanyar-vos", "dá-me"), Italian none with a hyphen; the
 * langues d'oïl (Walloon, Picard) and Franco-Provençal invert like French.
 */
export const INVERTED_SUBJECTS: ReadonlySet<string> = list(`je tu il elle on nous vous ils elles`);
export const INVERSION_SHARED_WITH: readonly string[] = ['wln', 'pcd', 'frp'];

/**
 * "non" as the negation of a verb: Galician and Italian put it straight before a clitic pronoun
 * or the verb ("non me", "non son", "non è", "non mi"); French says "ne… pas" and puts nothing
 * of the kind after its "non" ("non, merci", "non seulement", "non loin").
 */
export const VERBAL_NON_FOLLOWERS: ReadonlySet<string> = list(`
me te se lle lles che nos vos mi ti ci vi si ne é è son sono está estou ten teño hai podo pode sei
`);
export const VERBAL_NON_LANGUAGES: readonly string[] = ['glg', 'ita'];

/**
 * "son" as "they are / I am" opening a sentence before an article ("Son un home", "Son os
 * mellores"): Galician, Spanish, Catalan, Asturian. French "son" there is the possessive, which
 * never stands before an article.
 */
export const COPULA_SON_FOLLOWERS: ReadonlySet<string> = list(`un una unha uns unhas unos unas o os as el los las lo les`);
export const COPULA_SON_LANGUAGES: readonly string[] = ['glg', 'spa', 'cat', 'ast'];
