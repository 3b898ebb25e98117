import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SortedNames } from '../src/entities/sorted-names.js';

const DATA = new URL('../data/gazetteers/', import.meta.url);

describe('SortedNames', () => {
  const names = ['Aix-en-Provence', 'Bordeaux', 'Saint-Denis', 'Saint-Denis de la Réunion', 'Zürich', 'Élancourt'];
  const list = new SortedNames(`${names.join('\n')}\n`);

  it.each(names)('finds %s', (name) => {
    expect(list.has(name)).toBe(true);
  });

  it.each(['', 'Aix', 'Saint', 'Saint-Denis ', 'bordeaux', 'Zurich', 'Élancourt2', 'Aaa', 'Ω'])('does not find %j', (name) => {
    expect(list.has(name)).toBe(false);
  });

  it('skips blank lines and reads a last line without a newline', () => {
    const l = new SortedNames('\nA\n\nB');
    expect([l.length, l.at(0), l.at(1), l.has('B'), l.has('')]).toEqual([2, 'A', 'B', true, false]);
  });

  it('yields the names holding a space', () => {
    expect([...list.withSpace()]).toEqual(['Saint-Denis de la Réunion']);
  });

  it.each(['org.txt', 'loc-communes.txt'])('%s is sorted and without duplicates (bisection needs it), and every line is found', (file) => {
    const text = readFileSync(new URL(file, DATA), 'utf8');
    const lines = text.split('\n').filter(Boolean);
    for (let i = 1; i < lines.length; i++) expect(lines[i - 1]! < lines[i]!).toBe(true);
    const sorted = new SortedNames(text);
    expect(sorted.length).toBe(lines.length);
    expect(lines.every((name) => sorted.has(name))).toBe(true);
    expect(lines.some((name) => sorted.has(`${name}x`) && !lines.includes(`${name}x`))).toBe(false);
  });
});
