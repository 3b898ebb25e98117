// Expands the command line's inputs into a list of things to read, in a stable order:
// files as given, directories recursed (sorted), glob patterns the shell did not expand, "-".
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { ErrorRecord, InputFormat } from '../types.js';

/** Extensions taken when a directory is recursed, and the format each implies. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

const EXTENSION = /\.[^./\\]+$/;

export function formatFromPath(path: string): InputFormat | null {
  const ext = EXTENSION.exec(path)?.[0]?.toLowerCase();
  return (ext && FORMAT_BY_EXTENSION[ext]) || null;
}

export type InputTarget = { kind: 'file'; path: string } | { kind: 'stdin'; path: '-' } | { kind: 'error'; record: ErrorRecord };

function errorTarget(path: string, code: string, message: string): InputTarget {
  return { kind: 'error', record: { id: path, source: { path }, error: { code, message } } };
}

const compareCodePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Files below `dir` with a known extension, depth first, names sorted; symlink loops are not followed. */
async function listDirectory(dir: string, seen: Set<string>): Promise<string[]> {
  const found: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  entries.sort((a, b) => compareCodePoints(a.name, b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
        if (isDir) {
          const key = `${target.dev}:${target.ino}`;
          if (seen.has(key)) continue;
          seen.add(key);
        }
      } catch {
        continue;
      }
    }
    if (isDir) found.push(...(await listDirectory(path, seen)));
    else if (isFile && formatFromPath(entry.name)) found.push(path);
  }
  return found;
}

/** The inputs to read, in command-line order; what cannot be found becomes an error record. */
export async function* expandInputs(args: readonly string[]): AsyncGenerator<InputTarget> {
  for (const arg of args) {
    if (arg === '-') {
      yield { kind: 'stdin', path: '-' };
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (error) {
      if (isDynamicPattern(arg)) {
        const matches = (await glob(arg, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(arg) })).sort(compareCodePoints);
        if (matches.length === 0) yield errorTarget(arg, 'NO_MATCH', `no file matches the pattern ${arg}`);
        for (const match of matches) yield { kind: 'file', path: match };
        continue;
      }
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES') yield errorTarget(arg, 'UNREADABLE', `cannot read ${arg}: permission denied`);
      else yield errorTarget(arg, 'NOT_FOUND', `no such file or directory: ${arg}`);
      continue;
    }
    if (info.isDirectory()) {
      const files = await listDirectory(arg, new Set([`${info.dev}:${info.ino}`]));
      if (files.length === 0) {
        yield errorTarget(arg, 'NO_INPUTS', `the directory ${arg} holds no .txt, .html, .htm or .jsonl file`);
      }
      for (const file of files) yield { kind: 'file', path: file };
    } else {
      yield { kind: 'file', path: arg };
    }
  }
}
