import type { Readable, Writable } from 'node:stream';

/** The streams a command uses; tests pass their own. */
export interface CommandIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;
