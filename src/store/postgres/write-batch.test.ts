import assert from 'node:assert/strict';
import { test } from 'node:test';
import pg from 'pg';
import { TEST_DATABASE } from '../../../test/support/postgres.js';
import { inline, preparedWrites, TransactionClient, WriteBatch, write } from './write-batch.js';

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

/** A transaction client over a real connection that records every text it sends to the server. */
async function countingTransaction(): Promise<{ client: pg.Client; sent: string[]; tx: TransactionClient }> {
  const client = new pg.Client({ connectionString: TEST_DATABASE });
  await client.connect();
  const sent: string[] = [];
  const counting = Object.assign(Object.create(client) as pg.Client, {
    query: (text: string, values?: unknown[]) => {
      sent.push(text);
      return client.query(text, values);
    },
  });
  return { client, sent, tx: new TransactionClient(counting as unknown as pg.PoolClient) };
}

test('a transaction client sends held-back writes with its next statement, in order, in one round trip', async () => {
  const { client, sent, tx } = await countingTransaction();
  try {
    tx.defer(['BEGIN']);
    await tx.query('CREATE TEMP TABLE t (id int, name text) ON COMMIT DROP');
    const writes = new WriteBatch();
    writes.add('INSERT INTO t (id, name) SELECT * FROM unnest($1::int[], $2::text[])', [
      [1, 2],
      ["it's $1", 'b'],
    ]);
    await writes.send(tx);
    await writes.send(tx);
    writes.add('UPDATE t SET name = $2 WHERE id = $1', [2, 'c']);
    await writes.send(tx);
    assert.equal(sent.length, 1, 'the writes wait');
    // A read after them sees them; its placeholders are filled in, a "$1" quoted in its text is not.
    const { rows, rowCount } = await tx.query<{ id: number; name: string; tag: string }>(
      "SELECT id, name, '$1' AS tag FROM t WHERE id = ANY($1::int[]) AND name <> $2 ORDER BY id",
      [[1, 2, 3], 'nobody'],
    );
    assert.equal(sent.length, 2);
    assert.equal(rowCount, 2);
    assert.deepEqual(rows, [
      { id: 1, name: "it's $1", tag: '$1' },
      { id: 2, name: 'c', tag: '$1' },
    ]);
    // With nothing held back, a statement goes as it is, with its parameters.
    await tx.query('SELECT $1::int AS n', [5]);
    assert.equal(sent[2], 'SELECT $1::int AS n');
    // A write that fails fails the statement it goes with, and the transaction.
    await write(tx, 'INSERT INTO t (id) VALUES ($1)', ['not a number']);
    await assert.rejects(tx.query('SELECT 1'), /invalid input syntax for type integer/);
    tx.discard();
    await client.query('ROLLBACK');
  } finally {
    await client.end();
  }
});

test('a transaction client sends statements asked at once in one round trip, each after the writes held before it', async () => {
  const { client, sent, tx } = await countingTransaction();
  try {
    tx.defer(['BEGIN']);
    await tx.query('CREATE TEMP TABLE t (id int, name text) ON COMMIT DROP');
    await write(tx, 'INSERT INTO t (id, name) VALUES ($1, $2)', [1, 'a; b']);
    const first = tx.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM t WHERE name <> $1', ['x;y']);
    // Held back after the first was asked: it runs between the two.
    await write(tx, 'INSERT INTO t (id, name) VALUES ($1, $2)', [2, 'c']);
    const [a, b, c] = await Promise.all([
      first,
      tx.query<{ id: number; name: string }>('SELECT id, name FROM t ORDER BY id'),
      tx.query<{ n: number }>('SELECT $1::int AS n', [7]),
    ]);
    assert.equal(sent.length, 3, 'two round trips: the first, then the write with the other two');
    assert.deepEqual(a.rows, [{ n: 1 }]);
    assert.deepEqual(b.rows, [
      { id: 1, name: 'a; b' },
      { id: 2, name: 'c' },
    ]);
    assert.equal(b.rowCount, 2);
    assert.deepEqual(c.rows, [{ n: 7 }]);
    // One that cannot be written with literals goes on its own, in turn.
    const [d, e] = await Promise.all([
      tx.query<{ n: number }>('SELECT $1::int AS n -- a comment', [1]),
      tx.query<{ n: number }>('SELECT $1::int AS n', [2]),
    ]);
    assert.deepEqual([d.rows, e.rows], [[{ n: 1 }], [{ n: 2 }]]);
    assert.equal(sent.length, 5);
    // A failure fails every statement sent with it; once the transaction is over nothing more is sent.
    const failed = await Promise.allSettled([tx.query('SELECT 1/0'), tx.query('SELECT 1')]);
    assert.deepEqual(
      failed.map((f) => f.status),
      ['rejected', 'rejected'],
    );
    tx.discard();
    await assert.rejects(tx.query('SELECT 1'), /the transaction is over/);
    assert.equal(sent.length, 6);
    await client.query('ROLLBACK');
  } finally {
    await client.end();
  }
});

test('a statement asked alone is sent without waiting for the event loop; one asked after awaits that need no server still joins', async () => {
  const { client, sent, tx } = await countingTransaction();
  try {
    tx.defer(['BEGIN']);
    await tx.query('SELECT 1');
    // Queued before the statement is asked: it would run first were the statement sent on the loop's next turn.
    let sentByThen = -1;
    const turned = new Promise<void>((resolve) =>
      setImmediate(() => {
        sentByThen = sent.length;
        resolve();
      }),
    );
    const lone = tx.query<{ n: number }>('SELECT $1::int AS n', [1]);
    await turned;
    assert.equal(sentByThen, 2, 'sent before the next turn of the event loop');
    assert.deepEqual((await lone).rows, [{ n: 1 }]);
    // A lookup asked three continuations later (an async store method awaiting its own helpers) goes with
    // the one asked at once.
    const later = async () => {
      await null;
      await Promise.resolve();
      await null;
      return tx.query<{ n: number }>('SELECT $1::int AS n', [3]);
    };
    const [a, b] = await Promise.all([tx.query<{ n: number }>('SELECT $1::int AS n', [2]), later()]);
    assert.deepEqual([a.rows, b.rows], [[{ n: 2 }], [{ n: 3 }]]);
    assert.equal(sent.length, 3, 'the two in one round trip');
    tx.discard();
    await client.query('ROLLBACK');
  } finally {
    await client.end();
  }
});

test('a statement is written with literals only where that cannot change its meaning', () => {
  assert.equal(
    inline('SELECT \'$1\', "a$1", $1, $2 FROM t WHERE x = $10', ['a', 2, 3, 4, 5, 6, 7, 8, 9, "it's"]),
    "SELECT '$1', \"a$1\", 'a', '2' FROM t WHERE x = 'it''s'",
  );
  assert.equal(inline('SELECT $1', [null]), 'SELECT NULL');
  assert.equal(inline('SELECT $2', [1]), null, 'a missing value is left to the driver to report');
  assert.equal(inline('SELECT $1', [new Date(0)]), null, 'a value written only by the driver');
  assert.equal(inline("SELECT E'\\n' || $1", ['x']), null, 'an escape string');
  assert.equal(inline('SELECT $$ $1 $$ || $1', ['x']), null, 'dollar quoting');
  assert.equal(inline('SELECT $1 -- $1', ['x']), null, 'a comment');
});

test('a write sent before is prepared on each connection, outside the transaction, and sent as its EXECUTE', async () => {
  const { client, sent, tx: first } = await countingTransaction();
  const counting = (first as unknown as { client: pg.PoolClient }).client;
  const table = `prepared_writes_${process.pid}`;
  try {
    await client.query(`CREATE TABLE ${table} (id int PRIMARY KEY, name text, note text)`);
    const insert = `INSERT INTO ${table} (id, name, note) SELECT * FROM unnest($1::int[], $2::text[], $3::text[])`;
    const rename = `UPDATE ${table} SET name = $2 WHERE id = $1`;
    // No type for its parameter but the one its literal gets: the server cannot prepare it alone.
    const untyped = `UPDATE ${table} SET name = 'first' WHERE id = 1 AND $1 IS NOT NULL`;
    const run = async (tx: TransactionClient, n: number) => {
      await preparedWrites.prepare(counting);
      tx.defer(['BEGIN']);
      const writes = new WriteBatch();
      writes.add(insert, [
        [n, n + 1],
        [`it's ${n}`, null],
        ['a,b', null],
      ]);
      writes.add(rename, [n + 1, `name ${n}`]);
      writes.add(untyped, ['x']);
      await writes.send(tx);
      const { rows } = await tx.query<{ id: number; name: string }>(
        `SELECT id, name FROM ${table} WHERE id = ANY($1::int[]) ORDER BY id`,
        [[n, n + 1]],
      );
      await tx.query('COMMIT');
      tx.end();
      return rows;
    };
    assert.deepEqual(await run(first, 10), [
      { id: 10, name: "it's 10" },
      { id: 11, name: 'name 10' },
    ]);
    // (The other tests' writes, seen first in this process, are tried here too, and refused: their
    // tables are gone.)
    assert.ok(
      !sent.some((text) => /EXECUTE/.test(text) || (/PREPARE/.test(text) && text.includes(table))),
      'the first time with literals in place',
    );
    sent.length = 0;
    const second = new TransactionClient(counting);
    assert.deepEqual(await run(second, 20), [
      { id: 20, name: "it's 20" },
      { id: 21, name: 'name 20' },
    ]);
    // Prepared before BEGIN, together; the untyped one fails them, so each is tried alone and it is refused.
    assert.match(sent[0]!, /^PREPARE dossier_write_\d+ AS INSERT/);
    assert.equal(sent.filter((text) => /^PREPARE/.test(text)).length, 4, 'together, then one by one');
    const executed = sent.find((text) => text.startsWith('BEGIN'))!;
    assert.match(
      executed,
      /EXECUTE dossier_write_\d+\('\{"20","21"\}', '\{"it''s 20",NULL\}', '\{"a,b",NULL\}'\)/,
    );
    assert.match(executed, /EXECUTE dossier_write_\d+\('21', 'name 20'\)/);
    assert.match(executed, /UPDATE \S+ SET name = 'first' WHERE id = 1 AND 'x' IS NOT NULL/);
    const rows = await client.query(`SELECT id, name, note FROM ${table} ORDER BY id`);
    assert.deepEqual(rows.rows, [
      { id: 10, name: "it's 10", note: 'a,b' },
      { id: 11, name: 'name 10', note: null },
      { id: 20, name: "it's 20", note: 'a,b' },
      { id: 21, name: 'name 20', note: null },
    ]);
    sent.length = 0;
    await preparedWrites.prepare(counting);
    assert.deepEqual(sent, [], 'nothing left to prepare on this connection');
  } finally {
    await client.query(`ROLLBACK`).catch(() => undefined);
    await client.query(`DROP TABLE IF EXISTS ${table}`);
    await client.end();
  }
});
