// Function words per language, used for the jusText-style "stop-word density" of a block: running
// prose is full of function words, menus, link lists and credits are not.
//
// Source: hand-picked from the most frequent closed-class words of each language (articles,
// pronouns, prepositions, conjunctions, auxiliaries), in the spirit of the Snowball stop-word
// lists (snowballstem.org, BSD) and jusText's stoplists (Pomikálek 2011). Written in folded form:
// lower case, diacritics removed, elided forms ("l", "d", "qu") listed alone because the tokenizer
// splits on apostrophes. Kept short on purpose: density thresholds in ./settings.ts are tuned to
// these lists, not to the much longer jusText ones.

const FR = `
a au aux avec ce ces cet cette c d dans de des du elle elles en et eux il ils j je l la le les leur
leurs lui m ma mais me meme mes moi mon n ne nos notre nous on ou par pas pour qu que qui s sa se
ses son sur t ta te tes toi ton tu un une vos votre vous y est sont ete etait etaient sera seront
serait ont avait avaient aura fait comme plus ainsi aussi apres avant entre sans sous selon depuis
contre vers chez lors dont donc car si tout tous toute toutes deja encore tres bien peu cela ceci
ca celle celui ceux celles quand alors puis leurs autre autres chaque aucun aucune plusieurs
`;

const EN = `
a an the and or but if of at by for with about against between into through during before after
above below to from up down in out on off over under again then once here there when where why how
all any both each few more most other some such no nor not only own same so than too very can will
just should now i me my we our you your he him his she her it its they them their what which who
whom this that these those am is are was were be been being have has had having do does did would
could as until while also
`;

const DE = `
der die das den dem des ein eine einer eines einem einen und oder aber nicht mit von zu im in am an
auf aus bei nach vor fur uber unter durch ist sind war waren wird werden wurde wurden hat haben
hatte hatten sein seine ihr ihre er sie es wir ich du man auch noch nur schon wie als wenn dass so
sich um bis dieser diese dieses zum zur vom beim kein keine mehr sehr
`;

const ES = `
el la los las un una unos unas y o pero de del al a en con por para sin sobre entre hasta desde
que quien como cuando donde es son fue fueron ser ha han habia esta estan este esta estos estas
ese esa su sus lo le les se no mas muy ya tambien mi tu nos
`;

const IT = `
il lo la i gli le un una uno e o ma di del della dei delle degli a al alla ai alle da dal dalla in
nel nella nei con su per tra fra che chi come quando dove non piu molto anche gia e sono era erano
stato stata ha hanno aveva questo questa questi queste quello quella suo sua suoi si ci ne
`;

const PT = `
o a os as um uma uns umas e ou mas de do da dos das em no na nos nas por pelo pela para com sem
sobre entre ate desde que quem como quando onde nao mais muito tambem ja e sao foi foram ser esta
estao este esta estes estas esse essa seu sua seus suas se lhe
`;

const toSet = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter((w) => w.length > 0));

/** Stop-word sets keyed by ISO 639-1 code. French first: ties go to French. */
export const STOPWORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['fr', toSet(FR)],
  ['en', toSet(EN)],
  ['de', toSet(DE)],
  ['es', toSet(ES)],
  ['it', toSet(IT)],
  ['pt', toSet(PT)],
]);
