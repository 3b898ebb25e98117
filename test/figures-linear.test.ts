// The qualifier's last word is read backwards without an end-anchored pattern (issue #8):
// same qualifiers as before behind brackets and quotes, none behind other words.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/figures/index.js';
import { qualifierBefore, qualifierPhraseBefore } from '../src/figures/resolve.js';

const before = (prefix: string) => qualifierBefore(`Le bilan ${prefix}12`, `Le bilan ${prefix}`.length);

describe('a qualifier behind a bracket, a quote or a dash', () => {
  it.each([
    ['(environ ', 'about'],
    ['«\u00a0environ ', 'about'],
    ['[presque ', 'about'],
    ['(au moins ', 'at-least'],
    ['—plus de ', 'over'],
    ["(plus d'", 'over'],
  ])('%s', (prefix, q) => {
    expect(before(prefix)).toBe(q);
  });

  it.each([
    // a letter glued to the phrase makes another word
    ['xenviron '],
    ['(environs '],
    ['(de '],
    ['(… '],
  ])('none after %s', (prefix) => {
    expect(before(prefix)).toBeUndefined();
  });

  it('a long run of word characters before the figure is read in linear time', () => {
    const text = `${"'".repeat(200_000)}environ 12`;
    const t = performance.now();
    expect(qualifierPhraseBefore(text, text.length - 2)).toBeUndefined();
    expect(performance.now() - t).toBeLessThan(1000);
  });
});

// The age cue before a figure is compared after trailing whitespace is trimmed (trimEnd, not an
// end-anchored pattern): any run of spaces, tabs or line breaks between cue and figure.
describe('an age cue separated by a whitespace run', () => {
  it.each([
    ['Un homme âgé de 52 ans a été interpellé.'],
    ['Un homme âgé de\u00a0\t 52 ans a été interpellé.'],
    ['Des patients âgés de plus de \n 3 mois.'],
  ])('%s', (text) => {
    const one = extractFigures(text.replace(/\s+/gu, ' '));
    const many = extractFigures(text);
    expect(many.map((f) => [f.text.replace(/\s+/gu, ' '), f.value, f.unit, f.kind, f.qualifier])).toEqual(
      one.map((f) => [f.text, f.value, f.unit, f.kind, f.qualifier]),
    );
    expect(many).toHaveLength(1);
  });
});
