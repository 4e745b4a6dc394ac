import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDenseRows, addPackedRows, quantise, readDenseRows, readPackedRows, rowsBytes } from './rows.js';

/** Five classes over four buckets, 8-bit: the extremes, zeros and a bucket with no row at all. */
const WEIGHTS = Float32Array.from(
  [
    [127, -127, 0, 5, -1],
    [0, 0, 0, 0, 0],
    [-64, 64, 1, -2, 3],
    [100, 100, -100, -100, 0],
  ].flat(),
);

function tables() {
  const { header, buckets, rows } = quantise(WEIGHTS, 5, 4, 127);
  const body = rowsBytes(buckets, rows);
  return {
    dense: readDenseRows(header, body, 0, 8).rows,
    packed: readPackedRows(header, body, 0, 8).rows,
  };
}

test('packed rows sum what dense rows sum, plus 128 per feature for every class', () => {
  const { dense, packed } = tables();
  const features = Int32Array.from([0, 2, 3, 1, 0, 3, 3]);
  const expected = new Int32Array(5);
  addDenseRows(dense, features, 0, features.length, expected);
  assert.deepEqual(Array.from(expected), [490, 110, -299, -292, 1]);
  const scores = new Int32Array(5);
  addPackedRows(packed, features, 0, features.length, scores);
  assert.deepEqual(
    Array.from(scores),
    Array.from(expected, (s) => s + 128 * features.length),
  );
});
