/** A search statement's bounds on PostgreSQL, set in one round trip with the transaction that holds them. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import pg from 'pg';
import { TEST_DATABASE } from '../../../test/support/postgres.js';
import { BoundedSearch } from './search.js';

const SETTINGS =
  "SELECT current_setting('transaction_read_only') AS read_only, " +
  "current_setting('statement_timeout') AS timeout, current_setting('enable_seqscan') AS seqscan";

test('a search statement runs read-only, with a time limit and no sequential scan; the connection is left as it was', async () => {
  const pool = new pg.Pool({ connectionString: TEST_DATABASE, max: 1 });
  try {
    const bounded = await new BoundedSearch(pool).query(SETTINGS);
    assert.deepEqual(bounded.rows, [{ read_only: 'on', timeout: '10s', seqscan: 'off' }]);
    // The same (only) connection afterwards: the settings were the transaction's own.
    const plain = await pool.query(SETTINGS);
    assert.deepEqual(plain.rows, [{ read_only: 'off', timeout: '0', seqscan: 'on' }]);
  } finally {
    await pool.end();
  }
});

test('a search statement cannot write', async () => {
  const pool = new pg.Pool({ connectionString: TEST_DATABASE, max: 1 });
  try {
    await assert.rejects(
      new BoundedSearch(pool).query('CREATE TEMP TABLE search_write_check (n int)'),
      /read-only transaction/,
    );
  } finally {
    await pool.end();
  }
});
