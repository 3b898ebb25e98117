// Compares a record with its expected record field by field, in words a person can read:
// dates, figures and entities as added/missing items rather than a wall of JSON.
import type { ArticleRecord, DateMention, Entity, Figure } from '../types.js';

/** What an expected file holds: the record without the parts that depend on how it was called. */
export type ExpectedRecord = Omit<ArticleRecord, 'id' | 'source'> & {
  id?: string;
  source: Omit<ArticleRecord['source'], 'path'>;
};

export function toExpected(record: ArticleRecord, keepId: boolean): ExpectedRecord {
  const { id, source, ...rest } = record;
  const { path: _path, ...sourceRest } = source;
  void _path;
  return keepId ? { id, source: sourceRest, ...rest } : { source: sourceRest, ...rest };
}

const quote = (s: string) => JSON.stringify(s);

const dateKey = (d: DateMention) => `${quote(d.text)} @${d.start}-${d.end} → ${d.type} ${d.value}`;
const figureKey = (f: Figure) =>
  `${quote(f.text)} @${f.start}-${f.end} → ${f.value} ${f.kind}` +
  (f.unit !== null ? ` unit=${quote(f.unit)}` : '') +
  (f.qualifier ? ` qualifier=${f.qualifier}` : '') +
  (f.min !== undefined ? ` min=${f.min} max=${f.max}` : '');
const entityKey = (e: Entity) => `${quote(e.name)} ${e.mentions.map((m) => `${quote(m.text)}@${m.start}`).join(' ')}`;

/** Lines "- item" for what is expected but missing and "+ item" for what is new. */
function diffItems(field: string, expected: readonly string[], actual: readonly string[]): string[] {
  const remaining = new Map<string, number>();
  for (const key of actual) remaining.set(key, (remaining.get(key) ?? 0) + 1);
  const missing: string[] = [];
  for (const key of expected) {
    const left = remaining.get(key) ?? 0;
    if (left > 0) remaining.set(key, left - 1);
    else missing.push(key);
  }
  const expectedCount = new Map<string, number>();
  for (const key of expected) expectedCount.set(key, (expectedCount.get(key) ?? 0) + 1);
  const added: string[] = [];
  for (const key of actual) {
    const left = expectedCount.get(key) ?? 0;
    if (left > 0) expectedCount.set(key, left - 1);
    else added.push(key);
  }
  return [...missing.map((k) => `${field}: - missing ${k}`), ...added.map((k) => `${field}: + unexpected ${k}`)];
}

function diffValue(field: string, expected: unknown, actual: unknown): string[] {
  const e = JSON.stringify(expected);
  const a = JSON.stringify(actual);
  return e === a ? [] : [`${field}: expected ${e}, got ${a}`];
}

/** Every difference between an expected record and the record the tool gives now; empty when equal. */
export function compareRecords(expected: ExpectedRecord, actual: ArticleRecord): string[] {
  const lines: string[] = [];
  if (expected.source.sha256 !== actual.source.sha256) {
    lines.push('source: the input has changed since the expected file was written (sha256 differs)');
  }
  if (expected.id !== undefined) lines.push(...diffValue('id', expected.id, actual.id));
  lines.push(...diffValue('title', expected.title, actual.title));
  lines.push(...diffValue('published', expected.published, actual.published));
  // Expected files written before these fields existed compare as null.
  lines.push(...diffValue('author', expected.author ?? null, actual.author));
  lines.push(...diffValue('site', expected.site ?? null, actual.site));
  lines.push(...diffValue('language.code', expected.language.code, actual.language.code));
  if (expected.text !== actual.text) {
    lines.push(...diffItems('text block', expected.text.split('\n\n').map(quote), actual.text.split('\n\n').map(quote)));
    if (lines.length === 0 || !lines.some((l) => l.startsWith('text block'))) lines.push('text: differs in spacing or block order');
  }
  const removedKey = (r: { text: string; reason: string }) => `${quote(r.text)} (${r.reason})`;
  lines.push(...diffItems('removed', expected.removed.map(removedKey), actual.removed.map(removedKey)));
  lines.push(...diffItems('warnings', expected.warnings.map((w) => w.code), actual.warnings.map((w) => w.code)));
  lines.push(...diffItems('dates', expected.dates.map(dateKey), actual.dates.map(dateKey)));
  lines.push(...diffItems('figures', expected.figures.map(figureKey), actual.figures.map(figureKey)));
  lines.push(...diffItems('organizations', expected.organizations.map(entityKey), actual.organizations.map(entityKey)));
  lines.push(...diffItems('people', expected.people.map(entityKey), actual.people.map(entityKey)));
  lines.push(...diffItems('places', expected.places.map(entityKey), actual.places.map(entityKey)));
  return lines;
}
