// The title and copyright checks read text without patterns that backtrack (issue #8): same
// answers as before on ordinary and odd input, and linear time on long runs of the characters
// such patterns used to retry.
import { describe, expect, it } from 'vitest';
import { lexiconReason } from '../src/clean/matcher.js';
import { fold } from '../src/clean/normalize.js';
import { titleFromSentence, titleKeys } from '../src/clean/title.js';

const keyStrings = (title: string) => titleKeys(title).map((k) => k.join(' '));

describe('titleKeys splits at separators with whitespace on both sides', () => {
  it.each([
    ['Un budget record pour les écoles | Le Journal du Soir', ['un budget record pour les ecoles le journal du soir', 'un budget record pour les ecoles', 'le journal du soir']],
    ['La ville vote son budget - Actualités de la région', ['la ville vote son budget actualites de la region', 'la ville vote son budget', 'actualites de la region']],
    ['La ville vote son budget :: Une radio locale ici', ['la ville vote son budget une radio locale ici', 'la ville vote son budget', 'une radio locale ici']],
    ['La ville vote son budget\u00a0—\u00a0La Gazette du Nord', ['la ville vote son budget la gazette du nord', 'la ville vote son budget', 'la gazette du nord']],
  ])('%s', (title, keys) => {
    expect(keyStrings(title)).toEqual(keys);
  });

  it.each([
    // a hyphen inside a word, a colon right after a word, ":::" are not separators
    'Saint-Étienne-du-Rouvray vote son budget',
    'Budget: la ville vote enfin le sien',
    'La ville vote ::: le budget de la région',
  ])('no segment keys for %s', (title) => {
    expect(titleKeys(title)).toHaveLength(1);
  });

  it('a mark whose space was taken by the previous separator does not split again', () => {
    // "| -": the hyphen follows the space the pipe's separator took
    expect(keyStrings('Le budget de la ville | - Les nouvelles du jour')).toEqual([
      'le budget de la ville les nouvelles du jour',
      'le budget de la ville',
      'les nouvelles du jour',
    ]);
  });
});

describe('titleFromSentence', () => {
  it.each([
    ['Le budget est voté. La ville respire.', 'Le budget est voté.'],
    ['Le budget est voté !? La ville respire.', 'Le budget est voté !?'],
    ['Le budget est voté… “Enfin”, dit-on.', 'Le budget est voté…'],
    ['Le budget est voté. 2025 sera meilleur.', 'Le budget est voté.'],
    ['M. Dupont est arrivé. Il a parlé.', 'M. Dupont est arrivé.'],
    ["Selon J. Martin, le budget passe. D'autres doutent.", 'Selon J. Martin, le budget passe.'],
    // an initial's dot followed by another mark: the sentence ends with the run
    ['Signé J.. La suite demain.', 'Signé J..'],
    // a capital after a word is no initial
    ['Il travaille chez IBM. Elle aussi.', 'Il travaille chez IBM.'],
  ])('%s', (text, title) => {
    expect(titleFromSentence(text)).toBe(title);
  });

  it.each([
    ['Le budget est voté. la ville respire.'],
    ['Le budget est voté.La ville respire.'],
    // French spacing inside guillemets: the quote is not followed by the capital
    ['Le budget est voté… « Enfin », dit-on.'],
    ['Le budget est voté...'],
  ])('no sentence end in %s', (text) => {
    expect(titleFromSentence(text)).toBe(text);
  });

  it('drops separators left dangling by the cut', () => {
    const long = `${'mot '.repeat(36)}fin, - ${'suite '.repeat(20)}`;
    const t = titleFromSentence(long);
    expect(t.endsWith('fin')).toBe(true);
  });
});

describe('copyright years', () => {
  it.each([
    ['© 2020 Prisma Média', 'copyright'],
    ['(c) Le Devoir 2002-2020', 'copyright'],
    ['Copyright Les Éditions du Soir, tous droits réservés 1999', 'copyright'],
  ])('%s', (text, reason) => {
    expect(lexiconReason(fold(text))).toBe(reason);
  });

  it.each([
    // no year, the year too far from the mark, part of a longer number, or out of range
    ['© Les Éditions du Soir'],
    [`© Les Éditions du Soir ${'et associés '.repeat(5)}2020`],
    ['© Les Éditions du Soir 20201'],
    ['© Les Éditions du Soir 1820'],
  ])('no copyright year in %s', (text) => {
    expect(lexiconReason(fold(text))).not.toBe('copyright');
  });
});

describe('linear time on long runs', () => {
  const N = 200_000;
  it.each([
    ['titleKeys on whitespace', () => titleKeys(`${' \t'.repeat(N)}x`)],
    ['titleFromSentence on final punctuation', () => titleFromSentence(`x${'.!'.repeat(N)}x`)],
    ['titleFromSentence on an initial-like run', () => titleFromSentence(`${' M.'.repeat(N)}x`)],
    ['titleFromSentence cut on separators', () => titleFromSentence(`${'x'.repeat(200)} ${' ,'.repeat(N)}`)],
  ])('%s', (_name, run) => {
    const t = performance.now();
    run();
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
