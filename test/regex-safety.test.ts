// Every regular expression the pipeline executes is checked for catastrophic backtracking with
// recheck. Patterns are collected at run time (so lexicon-built ones count too) by watching
// RegExp.prototype.exec while the pipeline reads the seeds and a few made-up inputs.
// recheck takes seconds per pattern: results for safe patterns are cached in
// fixtures/regex/safe.json, rewritten only with UPDATE_REGEX_CACHE=1.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';

const CACHE_URL = new URL('../fixtures/regex/safe.json', import.meta.url);
const KNOWN_URL = new URL('../fixtures/regex/known-unsafe.json', import.meta.url);

interface Seen {
  source: string;
  flags: string;
  ours: boolean;
  where: string;
}

async function collectPatterns(): Promise<Seen[]> {
  const seen = new Map<string, Seen>();
  const originalExec = RegExp.prototype.exec;
  let inside = false; // building a stack trace runs regular expressions too
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const key = `${this.flags} ${this.source}`;
    if (!inside && !seen.has(key)) {
      inside = true;
      const frames = (new Error().stack ?? '').split('\n').slice(2).map((l) => l.trim());
      // The first frame with a file: native frames (String.prototype.replace…) say nothing.
      const first = frames.find((f) => /\.[cm]?[jt]s:\d+:\d+\)?$/.test(f) && !f.includes('node:internal')) ?? '';
      const ours = first.includes('/src/') && !first.includes('node_modules');
      seen.set(key, { source: this.source, flags: this.flags, ours, where: first.replace(/^at /, '') });
      inside = false;
    }
    return originalExec.call(this, input);
  };
  try {
    const { extract } = await import('../src/index.js');
    const dir = new URL('../fixtures/seeds/', import.meta.url);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(new URL(name, dir), 'utf8');
      extract({ text });
      extract({ text, date: '2024-10-20' });
    }
    extract({
      html: `<html><head><title>Un titre | Le Journal</title><meta charset="utf-8">
        <script type="application/ld+json">{"datePublished":"2021-01-12"}</script></head>
        <body><nav>Accueil</nav><article><h1>Un titre</h1><p>Publié le 12/01/2021 à 10h30</p>
        <p>Le 14 octobre à 14h30, 25 % des 12,5 millions d’euros promis par la Banque mondiale à Paris.</p>
        <p>Lire aussi : un autre article</p></article><footer>© 2021 Le Journal</footer></body></html>`,
    });
    extract('Entre 10 et 20 euros, environ 3,5 milliards de dollars, 300 k€, 12 M€ et deux cent cinquante mille habitants.');
    // Addresses, handles, ages, clock times and quotes run patterns the seeds never reach.
    extract(
      "Écrivez à redaction@journal.fr ou suivez @JournalFR sur https://example.org/page?x=1. Marie Dupont, âgée de 45 ans, " +
        "a rendez-vous demain à 14h30 avec le PDG de la Société générale (GLE), « pour parler de l'avenir », dit-elle.\n" +
        'Lire aussi : Le gouvernement annonce 3 % de croissance\nPublicité\n© AFP 2024',
    );
  } finally {
    RegExp.prototype.exec = originalExec;
  }
  return [...seen.values()].sort((a, b) => (a.flags + a.source < b.flags + b.source ? -1 : 1));
}

const readJson = <T>(url: URL, fallback: T): T => {
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as T;
  } catch {
    return fallback;
  }
};

describe('regular expressions', () => {
  it('none of ours can backtrack catastrophically (beyond the known list, which must only shrink)', async () => {
    const patterns = await collectPatterns();
    expect(patterns.length).toBeGreaterThan(50);
    const cache = new Set(readJson<string[]>(CACHE_URL, []));
    const known = readJson<Record<string, string>>(KNOWN_URL, {});
    const safe: string[] = [];
    const unsafe: Array<{ key: string; status: string; where: string; attack?: string }> = [];
    for (const p of patterns) {
      // recheck rejects the sticky/global flags' semantics; they do not change backtracking.
      const flags = p.flags.replace(/[gyd]/g, '');
      const key = `${flags} ${p.source}`;
      if (cache.has(key)) {
        safe.push(key);
        continue;
      }
      const result = await check(p.source, flags, { timeout: 10_000 });
      if (result.status === 'safe') safe.push(key);
      else if (p.ours) unsafe.push({ key, status: result.status, where: p.where, ...(result.status === 'vulnerable' ? { attack: result.attack.pattern } : {}) });
    }
    if (process.env.UPDATE_REGEX_CACHE) writeFileSync(CACHE_URL, JSON.stringify([...new Set(safe)].sort(), null, 1) + '\n');
    if (process.env.WRITE_KNOWN_UNSAFE) {
      writeFileSync(KNOWN_URL, JSON.stringify(Object.fromEntries(unsafe.map((u) => [u.key, `${u.status} at ${u.where}${u.attack ? `; attack ${u.attack}` : ''}`])), null, 1) + '\n');
    }
    const newlyUnsafe = unsafe.filter((u) => !(u.key in known));
    expect(newlyUnsafe, JSON.stringify(newlyUnsafe, null, 2)).toEqual([]);
  }, 600_000);
});
