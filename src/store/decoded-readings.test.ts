import assert from 'node:assert/strict';
import test from 'node:test';
import { decodeEncodedReading, encodeReading } from '../core/reading-codec.js';
import { emptyReading, placeReading } from './conformance/fixtures.js';
import { DecodedReadings } from './decoded-readings.js';

const stamp = (article_id: string, read_at = '2026-12-06T00:00:00.000Z') => ({
  article_id,
  revision: 1,
  pipeline: 'p1',
  read_at,
});

test('a decoded reading is kept under its row, and a row saved again is another row', () => {
  const decoded = new DecodedReadings();
  const first = decoded.decode(stamp('a'), encodeReading(placeReading('Kyiv')));
  assert.deepEqual(first, placeReading('Kyiv'));
  assert.equal(decoded.get(stamp('a')), first);
  assert.equal(decoded.get(stamp('a', '2026-12-06T00:00:01.000Z')), undefined);
  assert.equal(decoded.get({ ...stamp('a'), pipeline: 'p2' }), undefined);
  assert.equal(decoded.get(stamp('b')), undefined);
});

test('past its bound the least recently used reading goes first', () => {
  const decoded = new DecodedReadings();
  const bytes = encodeReading(emptyReading());
  for (let i = 0; i < 600; i++) decoded.decode(stamp(`a${i}`), bytes);
  // a0 used again, so a1 is the least recently used when one more comes.
  assert.ok(decoded.get(stamp('a0')));
  decoded.decode(stamp('a600'), bytes);
  assert.ok(decoded.get(stamp('a0')));
  assert.equal(decoded.get(stamp('a1')), undefined);
  assert.ok(decoded.get(stamp('a600')));
});

test('a reading saved is kept as a read of its row gives it: itself only when decoded from those bytes', () => {
  const decoded = new DecodedReadings();
  // A read job's reading, carried in its stored form and decoded by the linker: kept as it is.
  const carried = decodeEncodedReading(encodeReading(placeReading('Kyiv')));
  decoded.saved(stamp('a'), encodeReading(carried), carried);
  assert.equal(decoded.get(stamp('a')), carried);
  // A reading made here: kept as decoded from the bytes saved, as a read of the row would give it.
  const made = placeReading('Odesa');
  decoded.saved(stamp('b'), encodeReading(made), made);
  const kept = decoded.get(stamp('b'));
  assert.notEqual(kept, made);
  assert.deepEqual(kept, decoded.decode(stamp('c'), encodeReading(made)));
});
