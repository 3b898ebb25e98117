// E-mail addresses and @handles are scrubbed from the language sample by a scan from each "@"
// (issue #8): the same spans as the former address pattern, in linear time.
import { describe, expect, it } from 'vitest';
import { sampleText, scrubAddresses } from '../src/language/index.js';

describe('scrubAddresses', () => {
  it.each([
    ['Écrivez à redaction@journal.fr pour réagir.', 'Écrivez à   pour réagir.'],
    ['Suivez @LeJournal_Soir et @mairie75.', 'Suivez   et  .'],
    // the domain ends at its last dot followed by a letter or digit, and that run of letters
    ['contact: jean.dupont@mairie.paris.fr.', 'contact:  .'],
    ['écrire à a@b.c-d', 'écrire à  -d'],
    // two addresses glued by their "@": the second starts where the first ended
    ['x@y.com@z.org', '  .org'],
    ['x@y.com-w@z.org', '  '],
  ])('%s', (text, scrubbed) => {
    expect(scrubAddresses(text)).toBe(scrubbed);
  });

  it.each([
    ['Rendez-vous @ 14 h'],
    ['prix: 3 @ 2 €'],
    ['adresse @ sans point'],
    ['Le café @-la gare'],
    ['pas d’arobase ici'],
  ])('nothing to scrub in %s', (text) => {
    expect(scrubAddresses(text)).toBe(text);
  });

  it('a name without a domain is kept, its "@" starts a handle', () => {
    expect(scrubAddresses('adresse@sans-point')).toBe('adresse -point');
  });

  it('the sample has no address', () => {
    expect(sampleText('Écrivez à redaction@journal.fr ou à @LeJournal  pour réagir.')).toBe('Écrivez à ou à pour réagir.');
  });

  it.each([
    ['a long name without "@" before a lone one', () => scrubAddresses(`${'0'.repeat(200_000)}@ fin`)],
    ['many "@" in a row', () => scrubAddresses('a@'.repeat(200_000))],
    ['a long domain without a dot', () => scrubAddresses(`x@${'y'.repeat(200_000)}`)],
  ])('linear time: %s', (_name, run) => {
    const t = performance.now();
    run();
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
