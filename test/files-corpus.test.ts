// Corpus mode end to end: a first pass over re-readable inputs finds the blocks a site repeats,
// and the cleaning removes them with the reason "corpus-repeated".
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusSiteOf, extractFiles } from '../src/files.js';
import type { ArticleRecord } from '../src/types.js';
import { parseArray, runCli } from './helpers/cli.js';

// A site template line written for this test: neither a lexicon phrase nor prose, so only its
// repetition across the site's pages can tell that it is not article text.
const TEMPLATE = 'Édition du soir — Région Centre-Val de Loire';
const BODIES = [
  "Le conseil municipal a voté mardi soir un budget en hausse pour la rénovation des écoles de la ville, après un débat de plus de trois heures dans une salle comble.",
  "La préfecture a annoncé jeudi la fermeture provisoire du pont principal, dont les piles doivent être renforcées avant l'hiver, ce qui allongera les trajets des habitants.",
  "Les producteurs de fruits de la vallée craignent une récolte réduite de moitié après les gelées tardives du printemps, qui ont touché la plupart des vergers du département.",
  "Le club de football local a obtenu sa montée en division supérieure samedi, au terme d'une saison où il n'a perdu que deux matchs, devant un public venu en nombre.",
];

function siteFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'extract-corpus-'));
  mkdirSync(join(dir, 'site'));
  BODIES.forEach((body, i) => writeFileSync(join(dir, 'site', `a${i}.txt`), `${TEMPLATE}\n${body}\n`));
  return join(dir, 'site');
}

async function records(inputs: string[], options = {}): Promise<ArticleRecord[]> {
  const out: ArticleRecord[] = [];
  for await (const r of extractFiles(inputs, options)) if (!('error' in r)) out.push(r);
  return out;
}

describe('corpus mode', () => {
  it('removes a block that the pages of one folder repeat, and says why', async () => {
    const got = await records([siteFolder()]);
    expect(got).toHaveLength(BODIES.length);
    for (const r of got) {
      expect(r.text).not.toContain(TEMPLATE);
      expect(r.removed).toContainEqual({ text: TEMPLATE, reason: 'corpus-repeated' });
    }
  });

  it('keeps the same block when a run has too few pages of the site, or when turned off', async () => {
    const dir = siteFolder();
    const one = await records([join(dir, 'a0.txt'), join(dir, 'a1.txt')]);
    for (const r of one) expect(r.removed.map((b) => b.reason)).not.toContain('corpus-repeated');
    const off = await records([dir], { corpus: false });
    for (const r of [...one, ...off]) {
      expect(r.removed.map((b) => b.reason)).not.toContain('corpus-repeated');
      expect(r.text).toContain(TEMPLATE);
    }
  });

  it('groups JSONL lines by the site of their URL, else by their file', () => {
    const item = (site: string | null, format: 'jsonl' | 'text', path: string) =>
      ({ id: 'x', source: { path, format, encoding: 'utf-8', bytes: 1, sha256: '' }, prepared: { site } }) as unknown as Parameters<typeof corpusSiteOf>[0];
    expect(corpusSiteOf(item('exemple.fr', 'jsonl', 'c.jsonl'))).toBe('site:exemple.fr');
    expect(corpusSiteOf(item(null, 'jsonl', 'c.jsonl'))).toBe('file:c.jsonl');
    expect(corpusSiteOf(item(null, 'text', 'a/b/c.txt'))).toBe('dir:a/b');
  });

  it('the CLI: on by default, --no-corpus turns it off, stdin never uses it', () => {
    const dir = siteFolder();
    const reasons = (stdout: string) => parseArray(stdout).flatMap((r) => r.removed.map((b: { reason: string }) => b.reason));
    expect(reasons(runCli(['-q', dir]).stdout)).toContain('corpus-repeated');
    expect(reasons(runCli(['-q', '--no-corpus', dir]).stdout)).not.toContain('corpus-repeated');
    const corpus = BODIES.map((text, i) => JSON.stringify({ id: String(i), text: `${TEMPLATE}\n${text}` })).join('\n');
    expect(reasons(runCli(['-q', '--input-type', 'jsonl', '-'], { input: corpus }).stdout)).not.toContain('corpus-repeated');
  });
});
