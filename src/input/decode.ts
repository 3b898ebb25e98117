// Turns the bytes of an input into text, saying which encoding was used.
// Order of evidence: a byte-order mark, then (for HTML) the page's declared charset, then strict
// UTF-8, then Windows-1252 — the usual encoding of French files that are not UTF-8.
import type { Warning } from '../types.js';

export interface Decoded {
  text: string;
  encoding: string;
  warnings: Warning[];
}

export class InputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** True when the bytes look like a binary file rather than text (a NUL byte in the first 8 KiB). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM)) return false;
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** A TextDecoder label for a declared charset, or null when the name is unknown. */
export function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

/**
 * Decodes `bytes`. `declared` is a charset named by the document itself (HTML meta); it is
 * honoured when the bytes decode cleanly with it, otherwise the bytes are sniffed.
 */
export function decodeBytes(bytes: Uint8Array, declared: string | null = null): Decoded {
  if (looksBinary(bytes)) {
    throw new InputError('BINARY_INPUT', 'the file looks binary (it contains NUL bytes), not text');
  }
  if (startsWith(bytes, UTF8_BOM)) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', warnings: [] };
  }
  if (startsWith(bytes, UTF16LE_BOM)) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warnings: [] };
  }
  if (startsWith(bytes, UTF16BE_BOM)) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warnings: [] };
  }
  const warnings: Warning[] = [];
  if (declared) {
    const encoding = canonicalEncoding(declared);
    if (encoding) {
      const text = encoding === 'windows-1252' ? decodeWindows1252(bytes) : tryDecode(encoding, bytes);
      if (text !== null) return { text, encoding, warnings };
      warnings.push({
        code: 'CHARSET_MISMATCH',
        message: `the page declares charset ${declared} but its bytes do not decode as ${encoding}`,
      });
    }
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', warnings };
  warnings.push({
    code: 'DECODED_AS_WINDOWS_1252',
    message: 'the file is not valid UTF-8; it was decoded as Windows-1252',
  });
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252', warnings };
}

/**
 * Windows-1252's bytes 0x80–0x9F (WHATWG Encoding Standard, index-windows-1252). Node's
 * TextDecoder decodes "windows-1252" as ISO-8859-1, which turns "€", "’", "œ" into C1 controls.
 */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const C1_CONTROL = /[\u0080-\u009f]/g;

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1').replace(C1_CONTROL, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
}

const LINE_BREAK = /\r\n?/g;

/** CRLF and lone CR become LF, so that lines and offsets do not depend on the platform. */
export function normalizeLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(LINE_BREAK, '\n') : text;
}
