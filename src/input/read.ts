// Reads one input target (a file or stdin) into articles ready for the pipeline, or error records.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { ErrorRecord, InputFormat, Published, SourceInfo, Warning } from '../types.js';
import { decodeBytes, InputError } from './decode.js';
import { isoDatePart, prepareText, type PreparedText } from './prepare-text.js';
import { looksLikeHtml, siteFromUrl, sniffDeclaredCharset } from './sniff.js';
import { streamLines } from './lines.js';
import { formatFromPath, type InputTarget } from './sources.js';

export interface ArticleInput {
  id: string;
  source: SourceInfo;
  prepared: PreparedText;
}

export type ReadResult = ArticleInput | ErrorRecord;

export interface ReadOptions {
  /** Forces the format of every input (stdin is text unless told otherwise). */
  inputType?: InputFormat;
  stdin: Readable;
  /** Largest article read, in bytes: a text or HTML file, or one JSONL line (default 10 MiB). */
  maxBytes?: number;
}

/** News articles are tens of kilobytes; past this an input is refused rather than read. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Reads a stream whole, or returns null as soon as it holds more than `limit` bytes. */
async function readAtMost(stream: Readable, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > limit) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

const tooLarge = (what: string, limit: number) => `${what} is larger than --max-bytes (${limit} bytes)`;

function errorRecord(id: string, source: ErrorRecord['source'], code: string, message: string): ErrorRecord {
  return { id, source, error: { code, message } };
}

const ERRNO_MESSAGES: Readonly<Record<string, [code: string, message: string]>> = {
  ENOENT: ['NOT_FOUND', 'no such file'],
  EACCES: ['UNREADABLE', 'permission denied'],
  EPERM: ['UNREADABLE', 'operation not permitted'],
  EISDIR: ['UNREADABLE', 'is a directory'],
};

function withMeta(prepared: PreparedText, warnings: Warning[]): PreparedText {
  return warnings.length ? { ...prepared, warnings: [...warnings, ...prepared.warnings] } : prepared;
}

function stringField(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** One JSONL corpus line → an article or an error record (lines past --max-bytes never come here: streamLines skips them). */
function readJsonlLine(path: string, lineNumber: number, line: string, encoding: string): ReadResult {
  const fallbackId = `${path}:${lineNumber}`;
  const bytes = Buffer.byteLength(line, 'utf8');
  const baseSource = { path, line: lineNumber, format: 'jsonl' as const, encoding, bytes, sha256: sha256(line) };
  let item: unknown;
  try {
    item = JSON.parse(line);
  } catch (error) {
    return errorRecord(fallbackId, baseSource, 'JSONL_INVALID', `line ${lineNumber} is not valid JSON: ${(error as Error).message}`);
  }
  if (!item || typeof item !== 'object' || Array.isArray(item)) {
    return errorRecord(fallbackId, baseSource, 'JSONL_INVALID', `line ${lineNumber} is not a JSON object`);
  }
  const fields = item as Record<string, unknown>;
  const id = typeof fields.id === 'string' || typeof fields.id === 'number' ? String(fields.id) : fallbackId;
  if (typeof fields.text !== 'string') {
    const what = fields.text === undefined ? 'has no "text" field' : '"text" is not a string';
    return errorRecord(id, baseSource, 'JSONL_NO_TEXT', `line ${lineNumber} ${what}`);
  }
  if (fields.text.trim() === '') return errorRecord(id, baseSource, 'EMPTY_INPUT', `line ${lineNumber} has an empty text`);
  const url = typeof fields.url === 'string' ? fields.url : null;
  const source: SourceInfo = url ? { ...baseSource, url } : baseSource;
  const prepared = prepareText(fields.text);
  const warnings: Warning[] = [];
  let published: Published | null = null;
  if (typeof fields.date === 'string') {
    const value = isoDatePart(fields.date);
    if (value) published = { value, from: 'input' };
    else warnings.push({ code: 'DATE_UNREADABLE', message: `the line's "date" (${fields.date}) is not an ISO date; it was ignored` });
  }
  const title = stringField(fields.title);
  const author = stringField(fields.author);
  const site = stringField(fields.site) ?? siteFromUrl(url);
  return { id, source, prepared: withMeta({ ...prepared, title, published, url, author, site }, warnings) };
}

/**
 * A JSONL corpus, line by line: memory stays flat whatever the corpus size. JSON text is UTF-8
 * (RFC 8259); a byte-order mark on the first line is dropped.
 */
async function* readJsonlStream(path: string, stream: Readable, maxBytes: number): AsyncGenerator<ReadResult> {
  let lineNumber = 0;
  let articles = 0;
  try {
    for await (const item of streamLines(stream, maxBytes)) {
      lineNumber++;
      if ('tooLargeBytes' in item) {
        articles++;
        const source = { path, line: lineNumber, format: 'jsonl' as const, encoding: 'utf-8', bytes: item.tooLargeBytes };
        yield errorRecord(`${path}:${lineNumber}`, source, 'INPUT_TOO_LARGE', tooLarge(`line ${lineNumber}`, maxBytes));
        continue;
      }
      const raw = item.text;
      const line = lineNumber === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
      if (line.trim() === '') continue;
      articles++;
      yield readJsonlLine(path, lineNumber, line, 'utf-8');
    }
  } catch (error) {
    yield errorRecord(`${path}:${lineNumber + 1}`, { path, format: 'jsonl' }, readErrorCode(error), `cannot read ${path}: ${(error as Error).message}`);
    return;
  }
  if (articles === 0) yield errorRecord(path, { path, format: 'jsonl' }, 'EMPTY_INPUT', `${path} holds no JSONL line`);
}

function readErrorCode(error: unknown): string {
  const errno = (error as NodeJS.ErrnoException).code ?? '';
  return ERRNO_MESSAGES[errno]?.[0] ?? 'UNREADABLE';
}

/** Reads a target: one article for a text or HTML input, one per line for a JSONL corpus. */
export async function* readTarget(target: InputTarget, options: ReadOptions): AsyncGenerator<ReadResult> {
  if (target.kind === 'error') {
    yield target.record;
    return;
  }
  const path = target.path;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const byExtension = target.kind === 'stdin' ? null : formatFromPath(path);
  let format: InputFormat = options.inputType ?? byExtension ?? 'text';
  if (format === 'jsonl') {
    const stream = target.kind === 'stdin' ? options.stdin : createReadStream(path);
    yield* readJsonlStream(path, stream, maxBytes);
    return;
  }
  let bytes: Buffer | null;
  try {
    if (target.kind === 'file' && (await stat(path)).size > maxBytes) bytes = null;
    else bytes = target.kind === 'stdin' ? await readAtMost(options.stdin, maxBytes) : await readFile(path);
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code ?? '';
    const [code, message] = ERRNO_MESSAGES[errno] ?? ['UNREADABLE', (error as Error).message];
    yield errorRecord(path, { path }, code, `cannot read ${path}: ${message}`);
    return;
  }
  if (bytes === null) {
    yield errorRecord(path, { path, format }, 'INPUT_TOO_LARGE', tooLarge(path, maxBytes));
    return;
  }
  const baseSource = { path, format, bytes: bytes.length, sha256: sha256(bytes) };
  if (bytes.length === 0) {
    yield errorRecord(path, baseSource, 'EMPTY_INPUT', `${path} is empty`);
    return;
  }
  let decoded;
  try {
    decoded = decodeBytes(bytes, format === 'html' || !byExtension ? sniffDeclaredCharset(bytes) : null);
  } catch (error) {
    const code = error instanceof InputError ? error.code : 'UNREADABLE';
    yield errorRecord(path, baseSource, code, `cannot read ${path}: ${(error as Error).message}`);
    return;
  }
  if (!options.inputType && format === 'text' && looksLikeHtml(decoded.text)) format = 'html';
  const source: SourceInfo = { path, format, encoding: decoded.encoding, bytes: bytes.length, sha256: baseSource.sha256 };
  if (decoded.text.trim() === '') {
    yield errorRecord(path, source, 'EMPTY_INPUT', `${path} holds only white space`);
    return;
  }
  // cheerio loads with the first page: a run over text files never pays for it.
  const prepared = format === 'html' ? (await import('./prepare.js')).prepareHtml(decoded.text) : prepareText(decoded.text);
  yield { id: path, source, prepared: withMeta(prepared, decoded.warnings) };
}
