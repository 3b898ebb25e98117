import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../src/clean/index.js';
import { htmlBlocks } from '../src/clean/html-blocks.js';
import { P1, P2 } from './helpers/prose.js';


describe('cleanBlocks explain', () => {
  const blocks = ['Accueil', 'Un budget record pour les écoles', P1, '', 'Partager', P2, 'Abonnez-vous à notre newsletter'];
  const r = cleanBlocks({ blocks, title: null, explain: true });

  it('gives one row per input block, in order, with the block as given', () => {
    expect(r.explain?.map((row) => row.text)).toEqual(blocks);
  });

  it('agrees with the text and the removed list', () => {
    const rows = r.explain!;
    expect(rows.filter((row) => row.keep).map((row) => row.text).join('\n\n')).toBe(r.text);
    const removed = rows.filter((row) => !row.keep && row.text !== '').map((row) => ({ text: row.text, reason: row.reason }));
    expect(removed).toEqual(r.removed);
    for (const row of rows) expect(row.keep ? row.reason === null : typeof row.reason === 'string').toBe(true);
  });

  it('shows the features behind each verdict', () => {
    const prose = r.explain![2]!.features;
    expect(prose.chars).toBe(P1.length);
    expect(prose.sentence).toBe(true);
    expect(prose.stopwords).toBeGreaterThan(0.2);
    expect(prose.initial).toBe('good');
    const share = r.explain![4]!;
    expect(share.keep).toBe(false);
    expect(share.features.lexicon).toBe('share-bar');
    expect(r.explain![6]!.reason).toBe('newsletter');
  });

  it('is absent unless asked for', () => {
    expect(cleanBlocks({ blocks, title: null }).explain).toBeUndefined();
  });

  it('adds the DOM evidence for HTML blocks', () => {
    const page = htmlBlocks(`<body><div class="share-bar"><a href="#">Partager</a></div><article><p>${P1}</p><p>${P2}</p></article></body>`);
    const e = cleanBlocks({ blocks: page.blocks, hints: page.hints, title: null, explain: true }).explain!;
    expect(e[0]!.features.container).not.toBe('');
    expect(e[1]!.features.inMain).toBe(true);
    expect(e[1]!.features.tag).toBe('p');
    expect(e[1]!.keep).toBe(true);
  });
});
