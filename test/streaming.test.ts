// Memory stays flat with the size of a JSONL corpus (issue #7): lines are read, processed and
// written one at a time. Peak RSS compared between two runs is at the mercy of when V8 grows its
// heap (it does so once, at a moment that moves with the machine's load), so the bound is made
// hard instead: a corpus twice the size of the old generation the process may use must run.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

/** The old generation's limit for the run: the stages' data and one article fit, the corpus does not. */
const OLD_SPACE_MB = 96;

function run(lines: number, bytesPerLine: number): { code: string | undefined; records: number; peakRssMb: number } {
  const text = 'le chat dort sous la table. '.repeat(Math.ceil(bytesPerLine / 28)).slice(0, bytesPerLine);
  const corpus = Array.from({ length: lines }, (_, i) => `{"id":"${i}","text":"${text}"}`).join('\n');
  const script = `import { main } from './dist/cli.js';
    const code = await main(['node', 'extract', '--input-type', 'jsonl', '--jsonl', '--no-clean', '-j', '1', '-']);
    process.stderr.write('RSS ' + process.resourceUsage().maxRSS + ' CODE ' + code);`;
  const result = spawnSync(process.execPath, [`--max-old-space-size=${OLD_SPACE_MB}`, '--input-type=module', '-e', script], {
    cwd: ROOT,
    input: corpus,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const match = /RSS (\d+) CODE (\d+)/.exec(result.stderr);
  return { code: match?.[2], records: result.stdout.split('\n').filter(Boolean).length, peakRssMb: Number(match?.[1] ?? 0) / 1024 };
}

describe('streaming', () => {
  it(`100 MB of JSONL run within a ${OLD_SPACE_MB} MB old generation, under 200 MB RSS`, () => {
    const { code, records, peakRssMb } = run(25_000, 4_000);
    expect(code).toBe('0');
    expect(records).toBe(25_000);
    expect(peakRssMb).toBeLessThan(200);
  }, 240_000);
});
