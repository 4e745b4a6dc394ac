import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { InputError } from '../core/errors.js';
import { decodeDocument } from './decode.js';

const MAX = 1024 * 1024;

function bytes(...values: number[]): Uint8Array {
  return Uint8Array.from(values);
}

function utf16le(text: string): Uint8Array {
  return Uint8Array.from(Buffer.from(text, 'utf16le'));
}

function problemOf(input: Uint8Array, maxBytes = MAX): [string, string] {
  try {
    decodeDocument(input, 'doc', maxBytes);
  } catch (error) {
    assert.ok(error instanceof InputError);
    return [error.problem, error.reason];
  }
  assert.fail('expected an InputError');
}

test('decodes plain UTF-8', () => {
  assert.equal(decodeDocument(Buffer.from('Zürich — café'), 'doc', MAX), 'Zürich — café');
});

test('strips a UTF-8 BOM', () => {
  assert.equal(decodeDocument(bytes(0xef, 0xbb, 0xbf, 0x68, 0x69), 'doc', MAX), 'hi');
});

test('decodes UTF-16 LE with a BOM', () => {
  assert.equal(
    decodeDocument(Buffer.concat([bytes(0xff, 0xfe), utf16le('café au lait')]), 'doc', MAX),
    'café au lait',
  );
});

test('decodes UTF-16 BE with a BOM', () => {
  const be = Buffer.from(utf16le('news')).swap16();
  assert.equal(decodeDocument(Buffer.concat([bytes(0xfe, 0xff), be]), 'doc', MAX), 'news');
});

test('recognises UTF-16 LE without a BOM by its NUL bytes', () => {
  assert.equal(decodeDocument(utf16le('The harbour reopened.'), 'doc', MAX), 'The harbour reopened.');
});

test('falls back to windows-1252 when the bytes are not UTF-8', () => {
  assert.equal(decodeDocument(bytes(0x63, 0x61, 0x66, 0xe9), 'doc', MAX), 'café');
});

test('honours a declared legacy charset', () => {
  const html = Buffer.concat([Buffer.from('<meta charset="iso-8859-2"><p>'), bytes(0xb3, 0xf3, 0x64, 0xbc)]);
  assert.equal(decodeDocument(html, 'doc', MAX), '<meta charset="iso-8859-2"><p>łódź');
  const xml = Buffer.concat([
    Buffer.from('<?xml version="1.0" encoding="windows-1251"?><t>'),
    bytes(0xe4, 0xe0),
  ]);
  assert.equal(decodeDocument(xml, 'doc', MAX), '<?xml version="1.0" encoding="windows-1251"?><t>да');
});

test('prefers valid UTF-8 over a mislabelled declaration', () => {
  const page = Buffer.from('<meta charset="iso-8859-1"><p>café</p>');
  assert.equal(decodeDocument(page, 'doc', MAX), '<meta charset="iso-8859-1"><p>café</p>');
});

test('honours a charset given by the caller', () => {
  assert.equal(decodeDocument(bytes(0xe4, 0xe0), 'doc', MAX, { charset: 'windows-1251' }), 'да');
});

test('gunzips gzip data', () => {
  assert.equal(decodeDocument(gzipSync('zipped story'), 'doc', MAX), 'zipped story');
});

test('caps the decompressed size of gzip data', () => {
  assert.deepEqual(problemOf(gzipSync('a'.repeat(5000)), 1000), [
    'too-large',
    'larger than the 1000 bytes limit',
  ]);
});

test('refuses input larger than the cap', () => {
  assert.deepEqual(problemOf(Buffer.from('a'.repeat(2048)), 1024), [
    'too-large',
    'larger than the 1 KB limit',
  ]);
});

test('reports corrupt gzip data', () => {
  assert.deepEqual(problemOf(bytes(0x1f, 0x8b, 0x08, 0x00, 0x01)), ['malformed', 'corrupt gzip data']);
});

test('refuses binary formats by their signature', () => {
  assert.deepEqual(problemOf(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)), [
    'binary',
    'binary file (looks like PNG)',
  ]);
  assert.deepEqual(problemOf(Buffer.from('%PDF-1.7\n%âãÏÓ')), ['binary', 'binary file (looks like PDF)']);
  assert.deepEqual(problemOf(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00)), [
    'binary',
    'binary file (looks like ZIP)',
  ]);
  assert.deepEqual(problemOf(gzipSync(Buffer.from('%PDF-1.4 zipped'))), [
    'binary',
    'binary file (looks like PDF)',
  ]);
});

test('refuses NUL bytes and control-character noise', () => {
  assert.deepEqual(problemOf(bytes(0x41, 0x00, 0x00, 0x42, 0x43, 0x00, 0x44)), [
    'binary',
    'binary file (contains NUL bytes)',
  ]);
  const noise = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
  assert.deepEqual(problemOf(noise), ['binary', 'binary file (too many control characters)']);
});

test('refuses empty and whitespace-only input', () => {
  assert.deepEqual(problemOf(bytes()), ['empty', 'empty document']);
  assert.deepEqual(problemOf(Buffer.from(' \n\t \r\n')), ['empty', 'empty document (only whitespace)']);
  assert.deepEqual(problemOf(bytes(0xef, 0xbb, 0xbf)), ['empty', 'empty document']);
});

test('keeps ordinary tabs and newlines', () => {
  assert.equal(decodeDocument(Buffer.from('a\tb\r\nc\n'), 'doc', MAX), 'a\tb\r\nc\n');
});
