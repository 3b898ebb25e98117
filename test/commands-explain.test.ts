import { describe, expect, it } from 'vitest';
import { formatExplain } from '../src/commands/explain.js';
import type { ExplainRow } from '../src/clean/index.js';
import { runCli } from './helpers/cli.js';

describe('formatExplain', () => {
  const rows: ExplainRow[] = [
    { text: 'Partager sur Facebook', keep: false, reason: 'share-bar', features: { chars: 21, stopwords: 0.25, sentence: false, initial: 'bad', context: 'bad', lexicon: 'share-bar' } },
    { text: '', keep: false, reason: null, features: {} },
    { text: `Le conseil municipal a voté ${'un budget '.repeat(20)}.`, keep: true, reason: null, features: { chars: 230, stopwords: 0.4, sentence: true, initial: 'good', context: 'good', lexicon: '' } },
  ];
  const table = formatExplain('a.txt', rows).split('\n');

  it('heads the table with the article and its counts, then one line per non-empty block', () => {
    expect(table[0]).toBe('== a.txt (1 kept, 1 removed)');
    expect(table[1]).toMatch(/^#\s+verdict\s+reason\s+chars\s+stop\s+sent\s+class\s+text/);
    expect(table).toHaveLength(5); // header, titles, 2 rows, trailing newline
  });

  it('shows the verdict, the reason, the features and an excerpt of the text', () => {
    expect(table[2]).toMatch(/^1\s+drop\s+share-bar\s+21\s+0\.25\s+no\s+bad>bad\s+Partager sur Facebook\s+\[lexicon=share-bar\]$/);
    expect(table[3]).toMatch(/^3\s+keep\s+-\s+230\s+0\.4\s+yes\s+good>good\s+Le conseil municipal/);
    expect(table[3]!.endsWith('…')).toBe(true);
  });
});

describe('--explain', () => {
  it('prints the table on stderr and leaves the records unchanged', () => {
    const input = 'Partager sur Facebook\nLe conseil municipal a voté mardi soir un budget en hausse pour la rénovation des écoles, après un long débat.\n';
    const plain = runCli(['-q', '-'], { input });
    const explained = runCli(['--explain', '-'], { input });
    expect(explained.code).toBe(0);
    expect(explained.stdout).toBe(plain.stdout);
    expect(explained.stderr).toMatch(/^== - \(1 kept, 1 removed\)$/m);
    expect(explained.stderr).toMatch(/drop\s+share-bar/);
  });
});
