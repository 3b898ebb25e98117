import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteers, nameKey } from '../src/entities/gazetteers.js';
import { lookup } from '../src/entities/classify.js';

const DATA = new URL('../data/gazetteers/', import.meta.url);
const TRAIN = new URL('../../shared/train/', import.meta.url);

describe('gazetteers', () => {
  it('loads every list, once', () => {
    const g = gazetteers();
    expect(g.names.size).toBeGreaterThan(50_000);
    expect(g.firstNames.size).toBeGreaterThan(3_000);
    expect(g.commonWords.size).toBeGreaterThan(3_000);
    expect(g.tickers.size).toBeGreaterThan(5_000);
    expect(gazetteers()).toBe(g);
  });

  it.each([
    ['Norvège', 'LOC'],
    ['Bordeaux', 'LOC'],
    ['Amérique latine', 'LOC'],
    ['Microsoft', 'ORG'],
    ['TELEGRAM', 'ORG'],
  ])('%s is %s', (name, type) => {
    expect(lookup(name)).toBe(type);
  });

  it.each([['Politique'], ['Ce'], ['Les attaques'], ['Importance']])('%s is no known name', (name) => {
    expect(lookup(name)).toBeUndefined();
  });

  it('maps retired tickers to their company', () => {
    expect(gazetteers().tickers.get('TWTR')).toBe('Twitter');
    expect(gazetteers().tickers.get('MSFT')).toBe('Microsoft');
  });

  it('keys names without case, accents or curly apostrophes', () => {
    expect(nameKey('États-Unis')).toBe('etats-unis');
    expect(nameKey('Côte d’Ivoire')).toBe("cote d'ivoire");
  });

  it.skipIf(!existsSync(TRAIN))('is rebuilt byte for byte by scripts/build-gazetteers.mjs', () => {
    const out = mkdtempSync(join(tmpdir(), 'gaz-'));
    try {
      execFileSync(process.execPath, ['scripts/build-gazetteers.mjs', TRAIN.pathname, out], { stdio: 'pipe' });
      for (const f of readdirSync(out)) {
        expect(readFileSync(join(out, f)).equals(readFileSync(new URL(f, DATA))), f).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
