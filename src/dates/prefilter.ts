// A text with none of these letter sequences (and no digit) holds no temporal expression: the
// stage returns at once. test/dates-timex.test.ts checks every lexicon word is caught.

/** Cheap test before any regex work: a text with no digit and none of these letters has no date. */
export const PREFILTER = /\d|janv|fév|fev|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|demain|aujourd|an|mois|semaine|jour|heure|min|second|soir|matin|nuit|midi|aprem|aprèm|ment|été|hiver|automne|printemps|trimestre|semestre|veille|lendemain|par|chaque|tous|toutes|avenir|désormais|présent|bientôt|jadis|naguère|autrefois|siècle|décennie|week|noël|noel|pâques|paques|pentec|toussaint|ascension|assomption|armistice|sylvestre|valentin|piphanie|chandeleur|nouvel|fête|rameaux|quotidien|hebdo|mensuel|annuel/i;
