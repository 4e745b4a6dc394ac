import assert from 'node:assert/strict';
import test from 'node:test';
import Database from 'better-sqlite3';
import { KeptStatements } from './kept-statements.js';

test('a text is prepared once and kept; past the bound the least recently used statement goes', () => {
  const db = new Database(':memory:');
  try {
    const kept = new KeptStatements(db, 3);
    const one = kept.get('SELECT 1 AS n');
    assert.equal(kept.get('SELECT 1 AS n'), one);
    const two = kept.get('SELECT 2 AS n');
    kept.get('SELECT 3 AS n');
    // `SELECT 1` used again, so `SELECT 2` is the least recently used when a fourth text comes.
    assert.equal(kept.get('SELECT 1 AS n'), one);
    kept.get('SELECT 4 AS n');
    assert.equal(kept.size, 3);
    assert.equal(kept.get('SELECT 1 AS n'), one);
    const again = kept.get('SELECT 2 AS n');
    assert.notEqual(again, two);
    // A dropped statement still answers whoever holds it.
    assert.deepEqual(two.get(), { n: 2 });
  } finally {
    db.close();
  }
});

test('under the bound nothing is dropped', () => {
  const db = new Database(':memory:');
  try {
    const kept = new KeptStatements(db, 10);
    const first = Array.from({ length: 10 }, (_, i) => kept.get(`SELECT ${i} AS n`));
    assert.equal(kept.size, 10);
    first.forEach((statement, i) => assert.equal(kept.get(`SELECT ${i} AS n`), statement));
  } finally {
    db.close();
  }
});
