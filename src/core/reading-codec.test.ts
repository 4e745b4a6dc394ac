import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyReading, type ArticleReading } from './types.js';
import type { SyntaxToken } from './analysis.js';
import {
  decodeReading,
  deflateReadingJson,
  encodeReading,
  packTokens,
  readingFromJson,
  readingToJson,
  unpackTokens,
} from './reading-codec.js';

const TOKENS: SyntaxToken[] = [
  { start: 300000, end: 300003, upos: 'PROPN', head: 2, dep: 'nsubj:pass' },
  { start: 300004, end: 300007, upos: 'AUX', head: 2, dep: 'aux:pass' },
  { start: 300008, end: 300016, upos: 'VERB', head: -1, dep: 'root' },
  { start: 300100, end: 300190, upos: 'X', head: 0, dep: 'obl:agent' },
  { start: 300190, end: 300191, upos: 'PUNCT', head: 2, dep: 'punct' },
];

test('packed words come back exactly, far offsets, long words and heads either side included', () => {
  const packed = packTokens(299990, TOKENS);
  assert.ok(packed.length < 40, packed);
  assert.deepEqual(unpackTokens(299990, packed), TOKENS);
  const far = Array.from({ length: 200 }, (_, k): SyntaxToken => ({
    start: 2 * k,
    end: 2 * k + 1,
    upos: 'NOUN',
    head: k === 0 ? -1 : k < 100 ? 199 - k : 0,
    dep: k === 0 ? 'root' : 'dep',
  }));
  assert.deepEqual(unpackTokens(0, packTokens(0, far)), far);
});

test('a stored reading keeps its sentences’ words, and one without them stays without', () => {
  const reading: ArticleReading = {
    ...emptyReading(),
    sentences: [
      { start: 299990, end: 300191, index: 0, tokens: TOKENS },
      { start: 300192, end: 300200, index: 1 },
    ],
  };
  const json = readingToJson(reading);
  assert.ok(!json.includes('"upos"'));
  assert.deepEqual(readingFromJson(json), reading);
});

test('a reading is stored deflated, and read back from that, from JSON text and from JSON bytes alike', () => {
  const reading: ArticleReading = {
    sentences: [{ start: 299990, end: 300191, index: 0, tokens: TOKENS }],
    mentions: Array.from({ length: 40 }, (_, k) => ({
      start: 10 * k,
      end: 10 * k + 7,
      text: 'Erdoğan',
      type: 'person' as const,
      kind: 'name' as const,
      sentence: 0,
      entityId: 'e1',
    })),
    entities: [],
    dates: [],
    quotes: [],
    figures: [],
    events: [],
    stances: [],
  };
  const json = readingToJson(reading);
  const stored = encodeReading(reading);
  assert.equal(stored[0], 1);
  assert.ok(stored.length < json.length / 4, `${stored.length} bytes for ${json.length} of JSON`);
  assert.deepEqual(stored, deflateReadingJson(json));
  for (const kept of [stored, json, Buffer.from(json, 'utf8')])
    assert.deepEqual(decodeReading(kept), reading);
  assert.throws(() => decodeReading(Buffer.of(7, 1, 2)), /stored reading: unknown encoding \(first byte 7\)/);
  assert.throws(() => decodeReading(Buffer.alloc(0)), /unknown encoding \(first byte missing\)/);
});
