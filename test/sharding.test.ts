// Scale-out (issue #7): the tool is a stateless map from articles to records, so a corpus split
// into shards, run by several processes and concatenated in shard order, gives the records of a
// single run. Only the provenance fields that name the input (source.path, source.line) differ.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from './helpers/cli.js';

const SENTENCES = [
  'Le 14 octobre, le ministère a annoncé que 25 % des comptes étaient faux.',
  'Environ 12,5 millions d’utilisateurs au Kazakhstan, selon Telegram.',
  'Meta a bloqué pas moins de 1,2 milliard de faux comptes au troisième trimestre 2024.',
  'Emmanuel Macron et Jacinda Ardern se sont réunis à Paris le 15 mai.',
];

function withoutProvenance(line: string) {
  const record = JSON.parse(line);
  delete record.source.path;
  delete record.source.line;
  return record;
}

describe('sharded runs', () => {
  it('three shards run by xargs -P 2 and concatenated give the records of a single run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-shards-'));
    // A line every article repeats: corpus mode would count it per run (per shard), so the recipe
    // turns it off and every record depends on its article alone.
    const lines = Array.from({ length: 30 }, (_, i) =>
      JSON.stringify({ id: `doc-${i}`, text: `Édition du soir — Région Centre\n${SENTENCES[i % 4]} (${i})`, date: '2024-10-20' }),
    );
    writeFileSync(join(dir, 'corpus.jsonl'), lines.join('\n') + '\n');
    const single = runCli(['--jsonl', '--no-corpus', join(dir, 'corpus.jsonl')]).stdout;
    // split -l 10 --additional-suffix=.jsonl corpus.jsonl shard- && ls shard-*.jsonl | xargs -P 2 -I{} sh -c 'extract --jsonl --no-corpus {} > {}.out' && cat shard-*.jsonl.out
    execFileSync('split', ['-l', '10', '--additional-suffix=.jsonl', 'corpus.jsonl', 'shard-'], { cwd: dir });
    execFileSync('sh', ['-c', `ls shard-??.jsonl | xargs -P 2 -I{} sh -c '"${process.execPath}" "${BIN}" --jsonl --no-corpus -j 1 {} > {}.out'`], { cwd: dir });
    const sharded = execFileSync('sh', ['-c', 'cat shard-??.jsonl.out'], { cwd: dir, encoding: 'utf8' });
    const a = single.trimEnd().split('\n').map(withoutProvenance);
    const b = sharded.trimEnd().split('\n').map(withoutProvenance);
    expect(b).toHaveLength(30);
    expect(b).toEqual(a);
    expect(readFileSync(join(dir, 'shard-ab.jsonl.out'), 'utf8').split('\n')[0]).toContain('"id":"doc-10"');
  });

  it('--jobs 2 gives the same records, in the same order, as --jobs 1 (past the hand-over to workers)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-jobs-'));
    // More articles than the run keeps in its own thread before starting workers (500).
    const lines = Array.from({ length: 800 }, (_, i) => JSON.stringify({ id: `doc-${i}`, text: `${SENTENCES[i % 4]} (${i})` }));
    writeFileSync(join(dir, 'corpus.jsonl'), lines.join('\n') + '\n');
    const one = runCli(['--jsonl', '-j', '1', join(dir, 'corpus.jsonl')]);
    const two = runCli(['--jsonl', '-j', '2', join(dir, 'corpus.jsonl')]);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });
});
