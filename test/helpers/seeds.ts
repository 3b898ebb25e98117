// The five seed articles of fixtures/seeds/, run through the library, for the seed tests.
import { readFileSync } from 'node:fs';
import { extract } from '../../src/index.js';
import type { ArticleRecord } from '../../src/types.js';

export const SEED_NAMES = {
  '000': '000_db02f81f4d40176f',
  '001': '001_1e10293603a2d6cb',
  '002': '002_d957d97b46065a7f',
  '003': '003_6dc9c2d6638d55dd',
  '004': '004_cec3a274c3eddf67',
} as const;

export type SeedKey = keyof typeof SEED_NAMES;

export function seedText(key: SeedKey): string {
  return readFileSync(new URL(`../../fixtures/seeds/${SEED_NAMES[key]}.txt`, import.meta.url), 'utf8');
}

/** Each seed's record, without a reference date, as `extract` gives it. */
export function seedRecords(): Record<SeedKey, ArticleRecord> {
  const entries = (Object.keys(SEED_NAMES) as SeedKey[]).map((key) => [key, extract({ id: SEED_NAMES[key], text: seedText(key) })]);
  return Object.fromEntries(entries) as Record<SeedKey, ArticleRecord>;
}
