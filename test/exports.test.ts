import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { schemaErrors } from '../src/output/schema.js';

describe('library API', () => {
  it('exports a stable set of names', () => {
    expect(Object.keys(api).sort()).toEqual(['DEFAULT_STAGES', 'StatsAccumulator', 'computeStats', 'extract', 'extractFiles', 'renderReport', 'runPipeline']);
  });

  it('runs the stages in their documented order', () => {
    expect(api.DEFAULT_STAGES.map((s) => s.name)).toEqual(['clean', 'published', 'language', 'dates', 'figures', 'entities']);
  });

  it('extract() returns a schema-valid record for plain text, with the given date as reference', () => {
    const record = api.extract({ id: 'demo', text: 'Le 14 octobre, le ministère a annoncé que 25 % des comptes étaient faux.', date: '2024-10-20T08:00:00Z' });
    expect(record.id).toBe('demo');
    expect(record.published).toEqual({ value: '2024-10-20', from: 'input' });
    expect(record.source.format).toBe('text');
    expect(schemaErrors(record)).toEqual([]);
  });

  it('extract() takes author and site as given, else the site from the URL', () => {
    const text = 'Le ministère a annoncé la mesure mardi.';
    expect(api.extract({ text, author: 'Jeanne Dupont', site: 'Le Journal', url: 'https://www.exemple.fr/a' })).toMatchObject({ author: 'Jeanne Dupont', site: 'Le Journal' });
    expect(api.extract({ text, url: 'https://www.exemple.fr/a' })).toMatchObject({ author: null, site: 'exemple.fr' });
  });

  it('extract() sniffs HTML and reads its metadata', () => {
    const html = `<!doctype html><html><head><title>Titre - Site</title>
      <meta property="og:title" content="Le vrai titre">
      <meta property="article:published_time" content="2021-01-12T10:30:00+01:00">
      <meta name="author" content="Marc Jacob"><meta property="og:site_name" content="Le Site"></head>
      <body><nav>Accueil</nav><article><h1>Le vrai titre</h1><p>Premier paragraphe de l'article, en français.</p>
      <p>Second <b>paragraphe</b>.</p></article><footer>Mentions légales</footer></body></html>`;
    const record = api.extract(html);
    expect(record.source.format).toBe('html');
    expect(record.title).toBe('Le vrai titre');
    expect(record.published).toEqual({ value: '2021-01-12', text: '2021-01-12T10:30:00+01:00', from: 'meta' });
    expect([record.author, record.site]).toEqual(['Marc Jacob', 'Le Site']);
    expect(record.text).not.toContain('Accueil');
    expect(record.text).not.toContain('Mentions légales');
    expect(record.text).toContain('Second paragraphe.');
  });
});

describe('the npm package', () => {
  it('holds the built library with its types, the schema, the bin and the data, and nothing from tests or fixtures', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: new URL('../', import.meta.url), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as [{ files: Array<{ path: string }> }];
    const paths = pack.files.map((f) => f.path);
    for (const needed of ['bin/extract', 'dist/index.js', 'dist/index.d.ts', 'dist/cli.js', 'schema/record.schema.json', 'package.json', 'README.md']) {
      expect(paths).toContain(needed);
    }
    expect(paths.some((p) => p.startsWith('data/'))).toBe(true);
    expect(paths.filter((p) => /^(test|fixtures|src|docs|scripts)\//.test(p))).toEqual([]);
  });
});
