import { describe, expect, it } from 'vitest';
import { decodeBytes, InputError, looksBinary, normalizeLineBreaks } from '../src/input/decode.js';

const bytes = (...parts: Array<number[] | string>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeBytes', () => {
  it.each([
    ['UTF-8 without BOM', bytes('Élysée'), 'Élysée', 'utf-8'],
    ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], 'Élysée'), 'Élysée', 'utf-8'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Noël', 'utf16le')]), 'Noël', 'utf-16le'],
    ['Windows-1252 (not valid UTF-8)', bytes([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80]), 'Café €', 'windows-1252'],
  ])('%s', (_what, input, text, encoding) => {
    const decoded = decodeBytes(input);
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
  });

  it('warns when it falls back to Windows-1252', () => {
    expect(decodeBytes(bytes([0xe9])).warnings.map((w) => w.code)).toEqual(['DECODED_AS_WINDOWS_1252']);
    expect(decodeBytes(bytes('é')).warnings).toEqual([]);
  });

  it('honours a declared charset when the bytes fit it, and says so when they do not', () => {
    expect(decodeBytes(bytes([0xe9, 0x74, 0xe9]), 'iso-8859-1')).toMatchObject({ text: 'été', encoding: 'windows-1252' });
    const mismatch = decodeBytes(bytes([0xe9, 0x74, 0xe9]), 'utf-8');
    expect(mismatch.text).toBe('été');
    expect(mismatch.warnings.map((w) => w.code)).toContain('CHARSET_MISMATCH');
  });

  it('refuses binary input', () => {
    expect(looksBinary(bytes([0x89, 0x50, 0x4e, 0x47, 0x00]))).toBe(true);
    expect(looksBinary(bytes('texte'))).toBe(false);
    expect(() => decodeBytes(bytes([0x1f, 0x8b, 0x08, 0x00]))).toThrow(InputError);
  });
});

describe('normalizeLineBreaks', () => {
  it.each([
    ['a\r\nb', 'a\nb'],
    ['a\rb\r\nc\nd', 'a\nb\nc\nd'],
    ['plain', 'plain'],
  ])('%j', (input, expected) => {
    expect(normalizeLineBreaks(input)).toBe(expected);
  });
});
