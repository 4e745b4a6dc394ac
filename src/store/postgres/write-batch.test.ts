import assert from 'node:assert/strict';
import { test } from 'node:test';
import pg from 'pg';
import { TEST_DATABASE } from '../../../test/support/postgres.js';
import { WriteBatch } from './write-batch.js';

test('a write batch stores every value as the same statements with parameters would, in order', async () => {
  const client = new pg.Client({ connectionString: TEST_DATABASE });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      'CREATE TEMP TABLE t (id int, name text, score float8, flag boolean, bytes bytea, tags text[]) ON COMMIT DROP',
    );
    const writes = new WriteBatch();
    const odd = `it's a "quote" \\ back\\slash, $1 and ünïcode`;
    writes.add('INSERT INTO t (id, name, score, flag, bytes, tags) VALUES ($1, $2, $3, $4, $5, $6)', [
      1,
      odd,
      0.1 + 0.2,
      true,
      Buffer.from([0, 92, 39, 255]),
      ['a', null, 'b"c', 'd\\e', "f'g", ''],
    ]);
    writes.add('INSERT INTO t (id, name, score) SELECT * FROM unnest($1::int[], $2::text[], $3::float8[])', [
      [2, 3],
      ['x', null],
      [1.5, -2],
    ]);
    // Runs after the inserts, in the same round trip.
    writes.add('UPDATE t SET name = $2 WHERE id = $1', [3, 'y']);
    await writes.send(client);
    const { rows } = await client.query('SELECT * FROM t ORDER BY id');
    assert.deepEqual(rows, [
      {
        id: 1,
        name: odd,
        score: 0.30000000000000004,
        flag: true,
        bytes: Buffer.from([0, 92, 39, 255]),
        tags: ['a', null, 'b"c', 'd\\e', "f'g", ''],
      },
      { id: 2, name: 'x', score: 1.5, flag: null, bytes: null, tags: null },
      { id: 3, name: 'y', score: -2, flag: null, bytes: null, tags: null },
    ]);
    await client.query('ROLLBACK');
  } finally {
    await client.end();
  }
});

test('a write batch refuses a statement missing a value, and a value it cannot write', () => {
  const writes = new WriteBatch();
  assert.throws(() => writes.add('DELETE FROM t WHERE id = $2', [1]), /no value for \$2/);
  assert.throws(() => writes.add('DELETE FROM t WHERE id = $1', [{ id: 1 }]), /cannot write object/);
});
