// How read failures become error records, including the ones a test running as root cannot
// provoke for real (permission denied).
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('node:fs/promises');
  vi.resetModules();
});

async function readWithFailure(errno: string) {
  vi.resetModules();
  vi.doMock('node:fs/promises', async (importOriginal) => {
    const actual = await importOriginal<typeof import('node:fs/promises')>();
    const fail = async () => {
      throw Object.assign(new Error(`${errno}: simulated`), { code: errno });
    };
    return { ...actual, stat: async () => ({ size: 10 }), readFile: fail };
  });
  const { readTarget } = await import('../src/input/read.js');
  const records = [];
  for await (const r of readTarget({ kind: 'file', path: 'article.txt' }, { stdin: process.stdin })) records.push(r);
  return records;
}

describe('read failures', () => {
  it.each([
    ['EACCES', 'UNREADABLE', 'permission denied'],
    ['EPERM', 'UNREADABLE', 'operation not permitted'],
    ['ENOENT', 'NOT_FOUND', 'no such file'],
    ['EISDIR', 'UNREADABLE', 'is a directory'],
    ['EIO', 'UNREADABLE', 'EIO: simulated'],
  ])('%s gives %s with a readable message', async (errno, code, message) => {
    const records = await readWithFailure(errno);
    expect(records).toEqual([{ id: 'article.txt', source: { path: 'article.txt' }, error: { code, message: `cannot read article.txt: ${message}` } }]);
  });
});
