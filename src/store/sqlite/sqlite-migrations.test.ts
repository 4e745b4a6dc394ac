import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { Quote } from '../../core/analysis.js';
import { countedUpdate, event, keptTotals, stored } from '../conformance/counts.js';
import { emptyUpdate } from '../../core/record-ports.js';
import { draft, emptyReading, placeReading, savePlaceReadings } from '../conformance/fixtures.js';
import { readingToJson } from '../../core/reading-codec.js';
import { COUNTED } from '../record-counts.js';
import { SqliteStore } from './index.js';
import { LATEST_VERSION, MIGRATION_VERSIONS } from './migrations.js';
import { WORD_TABLES, wordIndex } from './words.js';
const folder = mkdtempSync(join(tmpdir(), 'dossier-sqlite-migrations-'));

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
  // Nor what later steps added (migration 16's indexes, 17's word indexes, 18's tie order, 19's kept measures, 20's actor words).
  undoWordIndexes(db);
  db.exec('DROP TABLE record_counts; DELETE FROM schema_migrations WHERE version >= 15;');
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

/** The store as migration 16 left it: no trigram indexes of the words, nor their views, triggers and keys. */
/** What migrations 19 and 20 add (kept measures, the actors' word index), undone with an earlier step. */
const UNDO_LATER = `DROP TABLE IF EXISTS connected_measures_kept;
  DROP TRIGGER IF EXISTS connected_actors_words_insert; DROP TRIGGER IF EXISTS connected_actors_words_delete;
  DROP TRIGGER IF EXISTS connected_actors_words_update; DROP TABLE IF EXISTS connected_actors_words;
  DROP TABLE IF EXISTS connected_actor_rows;`;

function undoWordIndexes(db: Database.Database): void {
  undoTieOrder(db);
  for (const table of WORD_TABLES) {
    for (const when of ['insert', 'delete', 'update']) db.exec(`DROP TRIGGER ${wordIndex(table)}_${when}`);
    db.exec(`DROP TABLE ${wordIndex(table)}; DROP VIEW ${table}_keyed; DROP INDEX ${table}_keys;`);
  }
  db.exec(`${UNDO_LATER} DELETE FROM schema_migrations WHERE version >= 17`);
}

test('migration 17 indexes the words of the quotes and figures a store already holds', async () => {
  const path = join(folder, 'before-17.db');
  const store = new SqliteStore(path);
  const [article] = await store.saveArticles([draft('Ceasefire talks resume, she said.', {})]);
  const text = 'Ceasefire talks resume';
  const quote: Quote = {
    content: { text, start: 0, end: text.length },
    source: null,
    cue: null,
    speaker: null,
    speakerId: null,
    direct: true,
    channel: null,
    date: null,
    sentence: 0,
    confidence: 0.9,
  };
  const reading = { ...emptyReading(), quotes: [quote] };
  await store.saveReadings([{ articleId: article!.id, revision: 1, pipeline: 'p1', reading }]);
  await store.close();
  const db = new Database(path);
  undoWordIndexes(db);
  db.close();
  const reopened = new SqliteStore(path);
  try {
    const page = await reopened.views.quotePage({ q: 'fire talk' }, { limit: 10, offset: 0, all: true });
    assert.deepEqual(
      page.items.map((q) => q.content.text),
      [text],
    );
  } finally {
    await reopened.close();
  }
});

/** The store as migration 17 left it: ties without their event's order. */
function undoTieOrder(db: Database.Database): void {
  db.exec(`DROP INDEX connected_event_ties_edge_order; ALTER TABLE connected_event_ties DROP COLUMN ord;
    ${UNDO_LATER} DELETE FROM schema_migrations WHERE version >= 18;`);
}

test("migration 18 gives the ties a store already holds their event's order", async () => {
  const path = join(folder, 'before-18.db');
  const store = new SqliteStore(path);
  // Two events of one story, each with a tie.
  const tied = (id: string, order: string) => ({
    ...stored(event(id, 's', 0.9)),
    event: { ...event(id, 's', 0.9), sourceIds: ['ent_a'], targetIds: ['ent_b'] },
    order,
  });
  await store.saveConnected({
    ...emptyUpdate(),
    eventStories: ['s'],
    events: [tied('evt_1', 'b'), tied('evt_2', 'a')],
  });
  await store.close();
  const db = new Database(path);
  const orders = () =>
    db
      .prepare(
        `SELECT t.event_id, t.ordinal, t.ord, e.ord AS event_ord FROM connected_event_ties t
         JOIN connected_events e ON e.id = t.event_id ORDER BY t.event_id, t.ordinal`,
      )
      .all() as Array<{ ord: string; event_ord: string }>;
  const before = orders();
  assert.ok(before.length === 2 && before.every((t) => t.ord === t.event_ord && t.ord !== ''));
  undoTieOrder(db);
  db.close();
  await new SqliteStore(path).close();
  const reopened = new Database(path, { readonly: true });
  try {
    const migrated = reopened
      .prepare('SELECT event_id, ordinal, ord FROM connected_event_ties ORDER BY event_id, ordinal')
      .all();
    assert.deepEqual(
      migrated,
      before.map(({ event_ord: _, ...tie }) => tie),
    );
  } finally {
    reopened.close();
  }
});

test('migration 20 indexes the names of the actors a store already holds', async () => {
  const path = join(folder, 'before-20.db');
  const store = new SqliteStore(path);
  const actor = (id: string, name: string, aliases: string[]) => ({
    entity: {
      id,
      name,
      type: 'person' as const,
      country: null,
      stands: null,
      aliases,
      roles: [],
      members: [],
      mentionCount: 1,
    },
    keys: [],
    members: [],
    roles: [],
  });
  await store.saveConnected({
    ...emptyUpdate(),
    actors: [actor('ent_a', 'Kaja Kallas', ['Kallas']), actor('ent_b', 'Olaf Scholz', ['Scholz'])],
  });
  await store.close();
  const db = new Database(path);
  db.exec(`${UNDO_LATER} DELETE FROM schema_migrations WHERE version >= 19`);
  db.close();
  const reopened = new SqliteStore(path);
  try {
    const names = async (q: string) =>
      (await reopened.views.actorPage({ q }, { limit: 10, offset: 0 }, 0)).items.map((a) => a.entity.id);
    assert.deepEqual(await names('ja kal'), ['ent_a']);
    assert.deepEqual(await names('SCHOLZ'), ['ent_b']);
    // Written after the migration, through its triggers: a rewritten actor is found by its new names only.
    await reopened.saveConnected({
      ...emptyUpdate(),
      actors: [actor('ent_b', 'Olaf Scholz', ['Chancellor'])],
    });
    assert.deepEqual(await names('chancel'), ['ent_b']);
    await reopened.saveConnected({ ...emptyUpdate(), removeActors: ['ent_a'] });
    assert.deepEqual(await names('kallas'), []);
  } finally {
    await reopened.close();
  }
});

test('migration 21 deflates the readings a store kept as JSON, and goes on where a stopped one left off', async () => {
  const path = join(folder, 'before-21.db');
  const store = new SqliteStore(path);
  const words = ['Kyiv is far', 'Oslo is near', 'Lviv is west'];
  const ids = await savePlaceReadings(store, words);
  await store.close();
  const types = (db: Database.Database) =>
    (
      db.prepare('SELECT typeof(reading) AS t FROM readings ORDER BY rowid').all() as Array<{ t: string }>
    ).map((row) => row.t);
  const db = new Database(path);
  assert.deepEqual(types(db), ['blob', 'blob', 'blob'], 'saved deflated');
  // As an older Dossier kept them: JSON text; the first row converted, as by a run stopped after a batch.
  const back = db.prepare('UPDATE readings SET reading = ? WHERE article_id = ?');
  ids.forEach((id, k) => {
    if (k > 0) back.run(readingToJson(placeReading(words[k]!)), id);
  });
  db.exec('DELETE FROM schema_migrations WHERE version >= 21');
  assert.deepEqual(types(db), ['blob', 'text', 'text']);
  db.close();
  const reopened = new SqliteStore(path);
  try {
    assert.deepEqual((await reopened.getReading(ids[1]!))?.reading, placeReading('Oslo is near'));
    assert.deepEqual(
      (await reopened.readArticles(ids)).map((r) => r.reading.mentions[0]!.text),
      ['Kyiv is far', 'Oslo is near', 'Lviv is west'],
    );
  } finally {
    await reopened.close();
  }
  const after = new Database(path, { readonly: true });
  assert.deepEqual(types(after), ['blob', 'blob', 'blob']);
  assert.ok(after.prepare('SELECT 1 FROM schema_migrations WHERE version = 21').get());
  after.close();
});
