// Dates stage: clock times in their French and 12-hour forms, compact ranges, and the gluing of
// a clock time to the date right before it. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/dates/index.js';
import type { ReferenceDate } from '../src/types.js';

const REF: ReferenceDate = { value: '2024-10-16', from: 'option' };
const rows = (text: string): [string, string, string][] =>
  extractDates(text, REF).map((d) => [d.text, d.value, d.type]);

describe('clock times', () => {
  it.each<[string, [string, string, string][]]>([
    ['Le départ est fixé à 8h10m00s.', [['8h10m00s', '2024-10-16T08:10', 'TIME']]],
    ['Le train part à 17:30:12.', [['17:30:12', '2024-10-16T17:30:12', 'TIME']]],
    ['Le vol atterrit à 8:10 PM heure locale.', [['8:10 PM', '2024-10-16T20:10', 'TIME']]],
    ['Rendez-vous à 5h16 p.m. devant la gare.', [['5h16 p.m.', '2024-10-16T17:16', 'TIME']]],
    ['Ouverture à 6.13 AM précises.', [['6.13 AM', '2024-10-16T06:13', 'TIME']]],
    ['La permanence est ouverte 13h-15h.', [['13h-15h', '2024-10-16T13:00', 'TIME']]],
    ['La buvette ouvre 18-22h.', [['18-22h', '2024-10-16T18:00', 'TIME']]],
    ['Le marché a lieu 8:10 - 12h32.', [['8:10 - 12h32', '2024-10-16T08:10', 'TIME']]],
    ['Ouvert 1-3pm seulement.', [['1-3pm', '2024-10-16T13:00', 'TIME']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each([
    ['La note moyenne est de 12.30 sur vingt.'],
    ['Le score final est de 2-3.'],
    ['Il a fait 6.13 au saut en longueur.'],
    ['Le taux atteint 12.5 cette fois.'],
    ['Le relevé indique 13.12 PM sur le cadran.'],
    ['Le chrono affiche 12h12:99s.'],
    ['Le lien porte l’identifiant ~3am3ioYcY0K.'],
  ])('finds no clock time in %s', (text) => {
    expect(rows(text).filter(([, , type]) => type === 'TIME')).toEqual([]);
  });
});

describe('a clock time right after a date', () => {
  it.each<[string, [string, string, string][]]>([
    ['La date limite est demain 17:00.', [['demain 17:00', '2024-10-17T17:00', 'TIME']]],
    ['Le dossier est attendu le 5 novembre 12:00 au plus tard.', [['le 5 novembre 12:00', '2024-11-05T12:00', 'TIME']]],
    ['Il arrivera demain matin 11h.', [['demain matin 11h', '2024-10-17T11:00', 'TIME']]],
    ['Hier à 10 h, les délégués sont arrivés.', [['Hier à 10 h', '2024-10-15T10:00', 'TIME']]],
    // TimeBank's habit: with "à" after a dated day, or "vers" after a deictic one, two expressions.
    ['La fête commence le samedi 19 octobre à 22 h.', [['le samedi 19 octobre', '2024-10-19', 'DATE'], ['22 h', '2024-10-19T22:00', 'TIME']]],
    ['Il a été agressé hier vers 18 h en ville.', [['hier', '2024-10-15', 'DATE'], ['18 h', '2024-10-15T18:00', 'TIME']]],
    ['Le jeudi 17 octobre, à 18 h, la séance reprend.', [['Le jeudi 17 octobre', '2024-10-17', 'DATE'], ['18 h', '2024-10-17T18:00', 'TIME']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('clock times in letters', () => {
  it.each<[string, [string, string, string][]]>([
    ['Le conseil se réunit à seize heures.', [['seize heures', '2024-10-16T16:00', 'TIME']]],
    ['La séance reprend à vingt et une heures.', [['vingt et une heures', '2024-10-16T21:00', 'TIME']]],
    ['Il est vingt heures, le scrutin est clos.', [['vingt heures', '2024-10-16T20:00', 'TIME']]],
    ['Le train part à sept heures dix.', [['sept heures dix', '2024-10-16T07:10', 'TIME']]],
    ['Le train part à sept heures et quart.', [['sept heures et quart', '2024-10-16T07:15', 'TIME']]],
    ['Rendez-vous vers sept heures et demie.', [['sept heures et demie', '2024-10-16T07:30', 'TIME']]],
    ['Rendez-vous à huit heures moins le quart.', [['huit heures moins le quart', '2024-10-16T07:45', 'TIME']]],
    ['Le cortège part dès huit heures moins dix.', [['huit heures moins dix', '2024-10-16T07:50', 'TIME']]],
    ['Le coucher du soleil est attendu à dix-neuf heures quarante-cinq.', [['dix-neuf heures quarante-cinq', '2024-10-16T19:45', 'TIME']]],
    ['Il est rentré à une heure du matin.', [['une heure du matin', '2024-10-16T01:00', 'TIME']]],
    ['Le concert commence à neuf heures du soir.', [['neuf heures du soir', '2024-10-16T21:00', 'TIME']]],
    // A small bare number after the hour counts something else.
    ['À dix heures deux policiers sont arrivés.', [['dix heures', '2024-10-16T10:00', 'TIME']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, [string, string, string][]]>([
    // No cue of a time of day: a length of time.
    ['Il a dormi huit heures.', [['huit heures', 'PT8H', 'DURATION']]],
    ['La réunion a duré deux heures.', [['deux heures', 'PT2H', 'DURATION']]],
    // "à deux heures de Paris": a distance in time.
    ['Le village est à deux heures de Paris.', [['deux heures', 'PT2H', 'DURATION']]],
    ['La ville est à une heure de route.', [['une heure', 'PT1H', 'DURATION']]],
  ])('is not a time of day: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('a clock hour with its part of the day', () => {
  it.each<[string, [string, string, string][]]>([
    ['Rendez-vous ce soir à 8 heures.', [['ce soir', '2024-10-16TEV', 'TIME'], ['8 heures', '2024-10-16T20:00', 'TIME']]],
    ['La séance reprend cet après-midi à 3 h.', [['cet après-midi', '2024-10-16TAF', 'TIME'], ['3 h', '2024-10-16T15:00', 'TIME']]],
    ['Il viendra demain soir à 8 h.', [['demain soir à 8 h', '2024-10-17T20:00', 'TIME']]],
    ['Le match commence à 9 h ce soir.', [['9 h', '2024-10-16T21:00', 'TIME'], ['ce soir', '2024-10-16TEV', 'TIME']]],
    ['Il est passé dimanche après-midi, vers 3 heures.', [['dimanche après-midi', '2024-10-13TAF', 'TIME'], ['3 heures', '2024-10-13T15:00', 'TIME']]],
    ['Il a travaillé l’après-midi à 5 heures.', [['l’après-midi', '2024-10-16TAF', 'TIME'], ['5 heures', '2024-10-16T17:00', 'TIME']]],
    // The morning, the night, a 24-hour clock or a meridiem keep the hour as written.
    ['Il est parti ce matin à 10 h 30.', [['ce matin', '2024-10-16TMO', 'TIME'], ['10 h 30', '2024-10-16T10:30', 'TIME']]],
    ['Les secours sont intervenus cette nuit à 2 h.', [['cette nuit', '2024-10-16TNI', 'TIME'], ['2 h', '2024-10-16T02:00', 'TIME']]],
    ['Le concert a lieu ce soir à 20 h.', [['ce soir', '2024-10-16TEV', 'TIME'], ['20 h', '2024-10-16T20:00', 'TIME']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('a clock time written before its day', () => {
  it.each<[string, [string, string, string][]]>([
    ['Il est arrivé vers 15 h 30, hier.', [['15 h 30', '2024-10-15T15:30', 'TIME'], ['hier', '2024-10-15', 'DATE']]],
    ['La séance s’ouvrira à 22 h le 3 novembre.', [['22 h', '2024-11-03T22:00', 'TIME'], ['le 3 novembre', '2024-11-03', 'DATE']]],
    // Not across other words: the time keeps the day it follows, or the DCT.
    ['Le 3 novembre, il partira à 22 h pour Lyon, puis hier soir.', [['Le 3 novembre', '2024-11-03', 'DATE'], ['22 h', '2024-11-03T22:00', 'TIME'], ['hier soir', '2024-10-15TEV', 'TIME']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
