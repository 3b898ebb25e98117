// Dates stage: extents and TIMEX3 values of the constructions French news uses, at a fixed
// reference date. Sentences are our own; each row: text, expected [extent, value, type].
import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/dates/index.js';
import type { ReferenceDate } from '../src/types.js';

const REF: ReferenceDate = { value: '2024-10-16', from: 'option' }; // a Wednesday, ISO 2024-W42
const rows = (text: string, ref: ReferenceDate | null = REF): [string, string, string][] =>
  extractDates(text, ref).map((d) => [d.text, d.value, d.type]);

describe('extractDates: dated expressions with a reference', () => {
  it.each<[string, [string, string, string][]]>([
    ['La société a été fondée en 2006 à Lyon.', [['2006', '2006', 'DATE']]],
    ["L'objectif doit être atteint d'ici 2030.", [['2030', '2030', 'DATE']]],
    ['Les ventes progressent par rapport à 2023.', [['2023', '2023', 'DATE']]],
    ['Le rapport publié en juin 2022 le confirme.', [['juin 2022', '2022-06', 'DATE']]],
    ['Les travaux reprendront début mars.', [['début mars', '2025-03', 'DATE']]],
    ['Les travaux avaient repris début mars.', [['début mars', '2024-03', 'DATE']]],
    ['Les ventes avaient chuté en novembre.', [['novembre', '2023-11', 'DATE']]],
    ['Les soldes commencent en novembre.', [['novembre', '2024-11', 'DATE']]],
    ['Plusieurs arrestations ont eu lieu fin août.', [['fin août', '2024-08', 'DATE']]],
    ['La récolte commence mi-juillet.', [['mi-juillet', '2024-07', 'DATE']]],
    ['Le chiffre d’affaires a bondi au troisième trimestre 2023.', [['troisième trimestre 2023', '2023-Q3', 'DATE']]],
    ['Résultats du T2 2025 en baisse.', [['T2 2025', '2025-Q2', 'DATE']]],
    ['Le sommet se tiendra le 14 novembre à Paris.', [['le 14 novembre', '2024-11-14', 'DATE']]],
    ['Le décret du 3 mars 2021 est abrogé.', [['3 mars 2021', '2021-03-03', 'DATE']]],
    ['Il est arrivé ce lundi 14 octobre au matin.', [['ce lundi 14 octobre au matin', '2024-10-14TMO', 'TIME']]],
    ['Les élections auront lieu les 6 et 13 avril prochains.', [['les 6', '2025-04-06', 'DATE'], ['13 avril prochains', '2025-04-13', 'DATE']]],
    ['Le procès se tiendra du 3 au 5 mars 2025.', [['3', '2025-03-03', 'DATE'], ['5 mars 2025', '2025-03-05', 'DATE']]],
    ['Il avait dîné la veille au soir.', [['la veille au soir', '2024-10-15TEV', 'TIME']]],
    ['Les comptes seront publiés en fin d’année.', [['fin d’année', '2024', 'DATE']]],
    ['La loi sera votée fin 2025.', [['fin 2025', '2025', 'DATE']]],
    ['Au XIXe siècle, la ville grandit.', [['XIXe siècle', '18', 'DATE']]],
    ['Le train part à 16h00 demain.', [['16h00', '2024-10-17T16:00', 'TIME'], ['demain', '2024-10-17', 'DATE']]],
    ['Le bureau ferme à 6 h de l’après-midi.', [['6 h de l’après-midi', '2024-10-16T18:00', 'TIME']]],
    ['Il s’est levé à 5 heures du matin.', [['5 heures du matin', '2024-10-16T05:00', 'TIME']]],
    ['La réunion aura lieu lundi de la semaine prochaine.', [['lundi', '2024-10-21', 'DATE'], ['la semaine prochaine', '2024-W43', 'DATE']]],
    ['Rendez-vous mardi 22, à 20 h 30.', [['mardi 22', '2024-10-22', 'DATE'], ['20 h 30', '2024-10-22T20:30', 'TIME']]],
    ['Le concert a eu lieu le samedi 12.', [['le samedi 12', '2024-10-12', 'DATE']]],
    ['Elle est arrivée vers 18 heures.', [['18 heures', '2024-10-16T18:00', 'TIME']]],
    ['Les candidatures sont ouvertes entre le lundi 2 et le vendredi 6 décembre.', [
      ['le lundi 2', '2024-12-02', 'DATE'], ['le vendredi 6 décembre', '2024-12-06', 'DATE'],
    ]],
    ['Le ministre a démissionné lundi.', [['lundi', '2024-10-14', 'DATE']]],
    ['Le club jouera samedi contre Nantes.', [['samedi', '2024-10-19', 'DATE']]],
    ['Le prix avait doublé l’an dernier.', [['l’an dernier', '2023', 'DATE']]],
    ["Il avait voté contre l'année dernière.", [["l'année dernière", '2023', 'DATE']]],
    ['Le texte a été adopté le mois dernier.', [['le mois dernier', '2024-09', 'DATE']]],
    ['Les négociations ont échoué la semaine dernière.', [['la semaine dernière', '2024-W41', 'DATE']]],
    ['Le rapport sera rendu cette semaine.', [['cette semaine', '2024-W42', 'DATE']]],
    ['La grève a commencé hier.', [['hier', '2024-10-15', 'DATE']]],
    ["Les magasins ferment aujourd'hui.", [["aujourd'hui", '2024-10-16', 'DATE']]],
    ['Le verdict tombera demain.', [['demain', '2024-10-17', 'DATE']]],
    ['La hausse atteint la première semaine de janvier 2021.', [['la première semaine de janvier 2021', '2021-W01', 'DATE']]],
    ['Le musée rouvre le 1er septembre prochain.', [['le 1er septembre prochain', '2025-09-01', 'DATE']]],
    ['Les élections de septembre dernier ont surpris.', [['septembre dernier', '2024-09', 'DATE']]],
    ["L'accord a été signé le 20 décembre dernier.", [['le 20 décembre dernier', '2023-12-20', 'DATE']]],
    ["Le festival aura lieu l'été prochain.", [["l'été prochain", '2025-SU', 'DATE']]],
    ['Les prix ont flambé dans les années 1970.', [['les années 1970', '197', 'DATE']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('extractDates: times of day', () => {
  it.each<[string, [string, string, string][]]>([
    ['Le concert commence à 20 h 30.', [['20 h 30', '2024-10-16T20:30', 'TIME']]],
    ['Il est parti hier soir.', [['hier soir', '2024-10-15TEV', 'TIME']]],
    ['Le vote a eu lieu mardi matin.', [['mardi matin', '2024-10-15TMO', 'TIME']]],
    ['Rendez-vous ce soir devant la mairie.', [['ce soir', '2024-10-16TEV', 'TIME']]],
    ['Le bal commence samedi 19 octobre à 22h.', [['samedi 19 octobre', '2024-10-19', 'DATE'], ['22h', '2024-10-19T22:00', 'TIME']]],
    ['En fin d’après-midi, la foule a grossi.', [['fin d’après-midi', '2024-10-16TAF', 'TIME']]],
    ['Le 3 octobre, la séance a débuté à 9 h.', [['Le 3 octobre', '2024-10-03', 'DATE'], ['9 h', '2024-10-03T09:00', 'TIME']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('extractDates: durations, sets and vague references', () => {
  it.each<[string, [string, string, string][]]>([
    ['Le site a reçu ces dernières 48 heures des milliers de messages.', [['ces dernières 48 heures', 'PT48H', 'DURATION']]],
    ['La réponse doit venir dans les 24 heures.', [['24 heures', 'PT24H', 'DURATION']]],
    ['Après dix ans de procédure, le procès s’ouvre.', [['dix ans', 'P10Y', 'DURATION']]],
    ['Il a fallu quelques minutes pour évacuer.', [['quelques minutes', 'PTXM', 'DURATION']]],
    ['Ces dernières années, le nombre a doublé.', [['Ces dernières années', 'PXY', 'DURATION']]],
    ['Le chantier a duré près de trois mois.', [['près de trois mois', 'P3M', 'DURATION']]],
    ['Il faut un demi-siècle pour reconstruire.', [['un demi-siècle', 'P50Y', 'DURATION']]],
    ['Le site reçoit 200 visites par jour.', [['par jour', 'P1D', 'SET']]],
    ['Le loyer est payé chaque mois.', [['chaque mois', 'P1M', 'SET']]],
    ['Le marché se tient chaque mardi.', [['chaque mardi', 'XXXX-WXX-2', 'SET']]],
    ['Le bus passe tous les deux jours.', [['tous les deux jours', 'P2D', 'SET']]],
    ['Il vit maintenant à Lille.', [['maintenant', 'PRESENT_REF', 'DATE']]],
    ['Le maire a récemment changé d’avis.', [['récemment', 'PAST_REF', 'DATE']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('extractDates: without a reference date', () => {
  it.each<[string, [string, string, string][]]>([
    ['Le sommet se tiendra le 14 novembre.', [['le 14 novembre', 'XXXX-11-14', 'DATE']]],
    ['Plusieurs arrestations ont eu lieu fin août.', [['fin août', 'XXXX-08', 'DATE']]],
    ['Le ministre a démissionné mercredi.', [['mercredi', 'XXXX-WXX-3', 'DATE']]],
    ['Le prix avait doublé l’an dernier.', [['l’an dernier', 'XXXX', 'DATE']]],
    ['La grève a commencé hier.', [['hier', 'XXXX-XX-XX', 'DATE']]],
    ['La société a été fondée en 2006.', [['2006', '2006', 'DATE']]],
    ['Rendez-vous mardi 22.', [['mardi 22', 'XXXX-XX-22', 'DATE']]],
    ['Les résultats du troisième trimestre sont bons.', [['troisième trimestre', 'XXXX-Q3', 'DATE']]],
    ['Entre le mercredi 6 et le dimanche 10 janvier, les ventes ont triplé.', [
      ['le mercredi 6', 'XXXX-01-06', 'DATE'], ['le dimanche 10 janvier', 'XXXX-01-10', 'DATE'],
    ]],
  ])('%s', (text, expected) => {
    expect(rows(text, null)).toEqual(expected);
  });

  it('never depends on the day the tool runs', () => {
    const a = extractDates('Le sommet se tiendra le 14 novembre, mercredi.', null);
    expect(a.map((d) => d.value)).toEqual(['XXXX-11-14', 'XXXX-WXX-3']);
  });
});

describe('extractDates: offsets', () => {
  it('returns spans that slice the input exactly, sorted by start', () => {
    const text = 'Le 14 octobre, après 72 heures de garde à vue et deux ans d’enquête, fin août 2023 reste loin.';
    const found = extractDates(text, REF);
    expect(found.length).toBeGreaterThanOrEqual(4);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
    const starts = found.map((d) => d.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('accepts a month-only reference', () => {
    expect(rows('Le texte a été adopté le mois dernier.', { value: '2022-06', from: 'byline' })).toEqual([
      ['le mois dernier', '2022-05', 'DATE'],
    ]);
  });
});

describe('extractDates: conventions of French TimeBank', () => {
  it.each<[string, [string, string, string][]]>([
    ['Il a été condamné à une peine de 10 ans.', [['10 ans', 'P10Y', 'DURATION']]],
    ['Le marché a lieu le mercredi.', [['le mercredi', 'XXXX-WXX-3', 'SET']]],
    ["Le bilan de la fin de l'année dernière est bon.", [["la fin de l'année dernière", '2023', 'DATE']]],
    ['Le spectacle aura lieu dimanche.', [['dimanche', '2024-10-20', 'DATE']]],
    ['Il pense à l’avenir.', [['l’avenir', 'FUTURE_REF', 'DATE']]],
    ['Les prix ont baissé les trois derniers mois.', [['les trois derniers mois', 'P3M', 'DURATION']]],
    ['Le bilan couvre les 30 jours précédents.', [['les 30 jours précédents', 'P30D', 'DURATION']]],
    ['Les ventes du dernier trimestre ont chuté.', [['dernier trimestre', '2024-Q3', 'DATE']]],
    ['Elle a couru le marathon en 3 heures, 21 minutes et 28 secondes.', [['3 heures, 21 minutes et 28 secondes', 'PT3H21M28S', 'DURATION']]],
    ['Il est resté deux ans et six mois.', [['deux ans et six mois', 'P2Y6M', 'DURATION']]],
    ['Le chômage a baissé entre janvier et juillet 2016.', [['janvier', '2016-01', 'DATE'], ['juillet 2016', '2016-07', 'DATE']]],
    ['C’est le dixième depuis le début de l’année 2016.', [['le début de l’année 2016', '2016', 'DATE']]],
    ['Il a été condamné à 10 ans de prison.', [['10 ans', 'P10Y', 'DURATION']]],
    ['Arrêté le 3 octobre, il a été présenté au juge le samedi suivant.', [['le 3 octobre', '2024-10-03', 'DATE'], ['le samedi suivant', '2024-10-05', 'DATE']]],
    ['La ville est bloquée depuis une dizaine de jours.', [['une dizaine de jours', 'P10D', 'DURATION']]],
    ['Il a plu toute la journée.', [['toute la journée', 'P1D', 'DURATION']]],
    ['Les comptes seront publiés à la fin du mois.', [['la fin du mois', '2024-10', 'DATE']]],
    ['Le bilan du prochain trimestre inquiète.', [['prochain trimestre', '2025-Q1', 'DATE']]],
    ['Le décret du 15 déc 2012 est caduc.', [['15 déc 2012', '2012-12-15', 'DATE']]],
    ['La réunion commence à 17:30 précises.', [['17:30', '2024-10-16T17:30', 'TIME']]],
    ['Il est sans club depuis novembre, a indiqué Jean Diawara.', [['novembre', '2023-11', 'DATE']]],
    ['Le club a gagné ce week-end.', [['ce week-end', '2024-W41-WE', 'DATE']]],
    ['Le club jouera ce week-end.', [['ce week-end', '2024-W42-WE', 'DATE']]],
    ['La date limite est Mardi 22 octobre.', [['Mardi 22 octobre', '2024-10-22', 'DATE']]],
    ['La veille du scrutin, le 3 octobre, puis le lendemain.', [['La veille', '2024-10-15', 'DATE'], ['le 3 octobre', '2024-10-03', 'DATE'], ['le lendemain', '2024-10-04', 'DATE']]],
    // Agenda style: a short weekday with its dot before the date is one expression.
    ['Exposition le mer. 23 octobre 2024 à la mairie.', [['mer. 23 octobre 2024', '2024-10-23', 'DATE']]],
    ['Sam. 12 octobre, concert en plein air.', [['Sam. 12 octobre', '2024-10-12', 'DATE']]],
    // "plus tard dans la journée": the DCT's day, part of day, week or year; the words before stay out.
    ['Il l’a confirmé plus tôt dans la journée.', [['la journée', '2024-10-16', 'DATE']]],
    ['Il reviendra plus tard dans l’après-midi.', [['l’après-midi', '2024-10-16TAF', 'TIME']]],
    ['Le texte sera voté plus tard dans l’année.', [['l’année', '2024', 'DATE']]],
    ['La police est restée jusqu’à tard dans la nuit.', [['la nuit', '2024-10-16TNI', 'TIME']]],
    ['Il défilera plus tard dans la semaine de la mode.', []],
    // "à ce jour": up to now; "ce jour-là" is another day.
    ['Aucune plainte n’a été déposée à ce jour.', [['à ce jour', 'PRESENT_REF', 'DATE']]],
    ['À ce jour-là, personne ne savait.', []],
    ['Nous partirons cette été.', [['cette été', '2024-SU', 'DATE']]],
    // Decades in letters; a month number before a year.
    ['La ville a changé dans les années quatre-vingt-dix.', [['les années quatre-vingt-dix', '199', 'DATE']]],
    ['Les années soixante-dix ont vu naître le mouvement.', [['Les années soixante-dix', '197', 'DATE']]],
    ['Le contrat court jusqu’au 03/2026.', [['03/2026', '2026-03', 'DATE']]],
    ['Le décret 12/2015 est publié.', []],
    ['Tous les deux vendredis, le marché s’installe.', [['Tous les deux vendredis', 'XXXX-WXX-5', 'SET']]],
    // An ISO week by its number.
    ['Les livraisons reprennent en semaine 12.', [['semaine 12', '2024-W12', 'DATE']]],
    ['Le pic est attendu la semaine 3 de 2025.', [['la semaine 3 de 2025', '2025-W03', 'DATE']]],
    ['Il s’entraîne une semaine 3 fois par jour.', [['une semaine', 'P1W', 'DURATION'], ['par jour', 'P1D', 'SET']]],
    // A year before the era keeps four digits after its sign.
    ['La bataille eut lieu le 10 août 234 AC.', [['le 10 août 234 AC', '-0234-08-10', 'DATE']]],
    // A year range has two members; a hyphen chain of numbers is a code.
    ['La saison 1998-1999 fut la meilleure.', [['1998', '1998', 'DATE'], ['1999', '1999', 'DATE']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
