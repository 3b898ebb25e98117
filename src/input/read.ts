// Reads one input target (a file or stdin) into articles ready for the pipeline, or error records.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { ErrorRecord, InputFormat, Published, SourceInfo, Warning } from '../types.js';
import { decodeBytes, InputError, normalizeLineBreaks } from './decode.js';
import { looksLikeHtml, sniffDeclaredCharset } from './html.js';
import { isoDatePart, prepareHtml, prepareText, type PreparedText } from './prepare.js';
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
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

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

/** One JSONL corpus line → an article or an error record. */
function readJsonlLine(path: string, lineNumber: number, line: string, encoding: string, fileWarnings: Warning[]): ReadResult {
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
  const warnings: Warning[] = [...fileWarnings];
  let published: Published | null = null;
  if (typeof fields.date === 'string') {
    const value = isoDatePart(fields.date);
    if (value) published = { value, from: 'input' };
    else warnings.push({ code: 'DATE_UNREADABLE', message: `the line's "date" (${fields.date}) is not an ISO date; it was ignored` });
  }
  const title = typeof fields.title === 'string' && fields.title.trim() ? fields.title.trim() : null;
  return { id, source, prepared: withMeta({ ...prepared, title, published, url }, warnings) };
}

/** Reads a target: one article for a text or HTML input, one per line for a JSONL corpus. */
export async function* readTarget(target: InputTarget, options: ReadOptions): AsyncGenerator<ReadResult> {
  if (target.kind === 'error') {
    yield target.record;
    return;
  }
  const path = target.path;
  let bytes: Buffer;
  try {
    bytes = target.kind === 'stdin' ? await readAll(options.stdin) : await readFile(path);
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code ?? '';
    const [code, message] = ERRNO_MESSAGES[errno] ?? ['UNREADABLE', (error as Error).message];
    yield errorRecord(path, { path }, code, `cannot read ${path}: ${message}`);
    return;
  }
  const byExtension = target.kind === 'stdin' ? null : formatFromPath(path);
  let format: InputFormat = options.inputType ?? byExtension ?? 'text';
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
  if (format === 'jsonl') {
    const lines = normalizeLineBreaks(decoded.text).split('\n');
    let articles = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.trim() === '') continue;
      articles++;
      yield readJsonlLine(path, i + 1, line, decoded.encoding, decoded.warnings);
    }
    if (articles === 0) yield errorRecord(path, source, 'EMPTY_INPUT', `${path} holds no JSONL line`);
    return;
  }
  if (decoded.text.trim() === '') {
    yield errorRecord(path, source, 'EMPTY_INPUT', `${path} holds only white space`);
    return;
  }
  const prepared = format === 'html' ? prepareHtml(decoded.text) : prepareText(decoded.text);
  yield { id: path, source, prepared: withMeta(prepared, decoded.warnings) };
}
