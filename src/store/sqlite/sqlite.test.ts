import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { runStoreConformance } from '../conformance.js';
import { countedUpdate, keptTotals } from '../conformance/counts.js';
import { COUNTED } from '../record-counts.js';
import { SqliteStore } from './index.js';
import { LATEST_VERSION, MIGRATION_VERSIONS } from './migrations.js';

const folder = mkdtempSync(join(tmpdir(), 'dossier-sqlite-'));
let count = 0;

runStoreConformance('SQLite file', async () => new SqliteStore(join(folder, `store-${count++}.db`)));

test('a new file is created in WAL mode with every migration recorded, and reopening applies none twice', async () => {
  const path = join(folder, 'nested', 'dir', 'fresh.db');
  await new SqliteStore(path).close();
  await new SqliteStore(path).close();
  const db = new Database(path, { readonly: true });
  try {
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as Array<{
      version: number;
    }>;
    assert.deepEqual(
      versions.map((v) => v.version),
      MIGRATION_VERSIONS,
    );
  } finally {
    db.close();
  }
});

test('a database from a newer Dossier is refused rather than misread', () => {
  const path = join(folder, 'future.db');
  const db = new Database(path);
  db.exec(
    'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(LATEST_VERSION + 1, 'future', 'now');
  db.close();
  assert.throws(() => new SqliteStore(path), /schema version \d+ is newer than this Dossier understands/);
});

test('migration 15 counts the records a store already holds', async () => {
  const path = join(folder, 'before-15.db');
  const store = new SqliteStore(path);
  await store.saveConnected(countedUpdate());
  await store.close();
  // The store as migration 14 left it: no counts, no triggers keeping them.
  const db = new Database(path);
  db.exec('DROP TABLE record_counts; DELETE FROM schema_migrations WHERE version >= 15;');
  // Nor what later steps added (migration 16's indexes).
  db.exec(
    'DROP INDEX connected_event_ties_edge; DROP INDEX article_quotes_search; DROP INDEX article_figures_search; DROP INDEX connected_event_ties_first;',
  );
  for (const { table } of COUNTED)
    for (const when of ['replaced', 'insert', 'delete', 'update'])
      db.exec(`DROP TRIGGER ${table}_count_${when}`);
  db.close();
  const reopened = new SqliteStore(path);
  try {
    assert.deepEqual(await keptTotals(reopened), {
      events: [2, 1],
      series: [1, 1],
      discrepancies: [2, 0],
      roles: [1, 0],
      figures: [1, 0],
    });
  } finally {
    await reopened.close();
  }
});
