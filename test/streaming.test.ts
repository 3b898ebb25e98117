// Memory stays flat with the size of a JSONL corpus (issue #7): peak RSS for a corpus ten times
// larger grows by far less than the extra data, because lines are read, processed and written
// one at a time.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

function peakRssMb(lines: number, bytesPerLine: number): number {
  const text = 'le chat dort sous la table. '.repeat(Math.ceil(bytesPerLine / 28)).slice(0, bytesPerLine);
  const corpus = Array.from({ length: lines }, (_, i) => `{"id":"${i}","text":"${text}"}`).join('\n');
  const script = `import { main } from './dist/cli.js';
    const code = await main(['node', 'extract', '--input-type', 'jsonl', '--jsonl', '--no-clean', '-j', '1', '-']);
    process.stderr.write('RSS ' + process.resourceUsage().maxRSS + ' CODE ' + code);`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, input: corpus, encoding: 'utf8', maxBuffer: 1 << 30 });
  const match = /RSS (\d+) CODE (\d+)/.exec(result.stderr);
  expect(match?.[2]).toBe('0');
  expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(lines);
  return Number(match![1]) / 1024;
}

describe('streaming', () => {
  it('peak RSS does not grow with the corpus (20 MB against 40 MB of JSONL)', () => {
    // V8 grows its heap once, in the first megabytes of a run (about +18 MB), then stays there:
    // both runs are past that step, so what is compared is the growth with the input alone.
    const small = peakRssMb(5_000, 4_000);
    const large = peakRssMb(10_000, 4_000);
    // 20 MB more input may not cost more than 10 MB more memory.
    expect(large - small).toBeLessThan(10);
  }, 240_000);
});
