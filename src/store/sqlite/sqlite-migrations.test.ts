import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { Quote } from '../../core/analysis.js';
import { checkMigratedActor, oldActor, oldMemberRows, oldRecord } from '../conformance/actor-rows.js';
import { countedUpdate, event, keptTotals, stored } from '../conformance/counts.js';
import { checkKeptCounts, checkKeptNetwork, saveBeforeKeptCounts } from '../conformance/kept-counts.js';
import { emptyUpdate } from '../../core/record-ports.js';
import {
  draft,
  emptyReading,
  loneStoryLinks,
  placeReading,
  savePlaceReadings,
} from '../conformance/fixtures.js';
import { readingToJson } from '../../core/reading-codec.js';
import { COUNTED } from '../record-counts.js';
import { SqlRecordViews } from '../record-views.js';
import { roleOrder, sqliteJsonText } from '../record-sql.js';
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

test('migration 24 keys the story weights a store already holds by story, keeping every weight', async () => {
  const path = join(folder, 'before-24.db');
  const store = new SqliteStore(path);
  const [first, second] = await store.saveArticles([
    draft('A report on the port.'),
    draft('A report on the dock.'),
  ]);
  for (const [article, id, weights] of [
    [first!, 'story-a', { 'e:port': 0.8, 'w:crane': 0.6 }],
    [second!, 'story-b', { 'e:port': 0.5, 'e:dock': 0.5 }],
  ] as const) {
    await store.saveLinks(loneStoryLinks(article.id, id, weights));
  }
  await store.close();
  // As an older Dossier kept them: keyed by key first.
  const db = new Database(path);
  db.exec(`
    CREATE TABLE old_weights (key TEXT NOT NULL, story_id TEXT NOT NULL REFERENCES stories(id),
      weight REAL NOT NULL, PRIMARY KEY (key, story_id)) WITHOUT ROWID;
    INSERT INTO old_weights SELECT key, story_id, weight FROM story_weights;
    DROP TABLE story_weights; ALTER TABLE old_weights RENAME TO story_weights;
    DELETE FROM schema_migrations WHERE version >= 24;`);
  db.close();
  const reopened = new SqliteStore(path);
  try {
    const weights = async () =>
      (await reopened.storiesById(['story-a', 'story-b'], ['e:port', 'e:dock', 'w:crane'])).map((s) => [
        s.id,
        s.keyWeights,
      ]);
    assert.deepEqual(await weights(), [
      ['story-a', { 'e:port': 0.8, 'w:crane': 0.6 }],
      ['story-b', { 'e:dock': 0.5, 'e:port': 0.5 }],
    ]);
  } finally {
    await reopened.close();
  }
  const after = new Database(path, { readonly: true });
  const plan = after
    .prepare(
      "EXPLAIN QUERY PLAN SELECT weight FROM story_weights WHERE story_id = 'story-a' AND key = 'e:port'",
    )
    .all() as Array<{ detail: string }>;
  assert.match(plan[0]!.detail, /PRIMARY KEY \(story_id=\? AND key=\?\)/);
  after.close();
});

test("migration 27 moves each actor's members and roles from its record to their rows", async () => {
  const path = join(folder, 'before-27.db');
  await new SqliteStore(path).close();
  // The store as migration 26 left it: members without their order, no roles table, whole records.
  const db = new Database(path);
  db.exec(`DROP TABLE connected_actor_roles; DROP INDEX connected_members_actor;
    ALTER TABLE connected_members DROP COLUMN ord;
    CREATE INDEX connected_members_actor ON connected_members (actor_id);
    DELETE FROM schema_migrations WHERE version >= 27;`);
  db.prepare(
    `INSERT INTO connected_actors (id, record, name, type, mentions, names)
     VALUES (?, ?, 'Ana Lind', 'person', 2, 'ana lind\nlind')`,
  ).run(oldActor.id, oldRecord);
  db.prepare("INSERT INTO connected_actor_names (name, actor_id) VALUES ('lind', ?)").run(oldActor.id);
  const member = db.prepare('INSERT INTO connected_members (member, actor_id, article_id) VALUES (?, ?, ?)');
  for (const row of oldMemberRows) member.run(...row);
  db.close();
  const reopened = new SqliteStore(path);
  try {
    await checkMigratedActor(reopened);
  } finally {
    await reopened.close();
  }
  const after = new Database(path, { readonly: true });
  try {
    // Its record keeps neither: what stays small of the actor, as it grew.
    const { record } = after.prepare('SELECT record FROM connected_actors').get() as { record: string };
    assert.deepEqual(JSON.parse(record), {
      ...oldActor,
      roles: [],
      members: [],
      mentionCount: 3,
    });
  } finally {
    after.close();
  }
});

test("migration 28 indexes the events' confidence and order by id: an actor's events are counted and paged from it", async () => {
  const path = join(folder, 'before-28.db');
  const store = new SqliteStore(path);
  const confidences = [0.9, 0.2, 0.7, 0.4, 0.8];
  await store.saveConnected({
    ...emptyUpdate(),
    events: confidences.map((c, i) => stored({ ...event(`evt_${i}`, 's', c), sourceIds: ['ent_x'] })),
  });
  await store.close();
  // The store as migration 27 left it.
  const db = new Database(path);
  db.exec('DROP INDEX connected_events_keys; DELETE FROM schema_migrations WHERE version >= 28;');
  db.close();
  await new SqliteStore(path).close();
  const after = new Database(path);
  const plans: string[] = [];
  // The store's own queries, each asked for its plan first.
  const views = new SqlRecordViews({
    all: async (sql, values) => {
      const plan = after.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...values) as Array<{ detail: string }>;
      plans.push(plan.map((step) => step.detail).join('\n'));
      return after.prepare(sql).all(...values) as Array<Record<string, unknown>>;
    },
    placeholder: () => '?',
    jsonText: (column, ...keys) => `json_extract(${column}, '$.${keys.join('.')}')`,
  });
  try {
    const found = await views.eventPage({ actorId: 'ent_x' }, 'stored', { limit: 2, offset: 1, all: false });
    assert.deepEqual(
      found.items.map((e) => e.id),
      ['evt_2', 'evt_4'],
    );
    assert.deepEqual([found.total, found.hidden], [3, 2]);
    const [counted, paged] = plans;
    // Counted from the index alone, both ranges of confidence; the page's keys too, then its rows by key.
    assert.equal(counted!.match(/COVERING INDEX connected_events_keys/g)?.length, 2, counted);
    assert.doesNotMatch(counted!, /connected_events USING PRIMARY KEY/);
    assert.match(paged!, /COVERING INDEX connected_events_keys \(id=\? AND confidence>\?\)/);
  } finally {
    after.close();
  }
});

test("migration 29 puts the events' confidence in their orders' indexes: the pages stay the same", async () => {
  const path = join(folder, 'before-29.db');
  const store = new SqliteStore(path);
  const confidences = [0.9, 0.2, 0.7, 0.4, 0.8];
  await store.saveConnected({
    ...emptyUpdate(),
    events: confidences.map((c, i) => stored(event(`evt_${i}`, i < 3 ? 's' : 't', c))),
  });
  await store.close();
  // The store as migration 28 left it: the orders' indexes without the confidence.
  const db = new Database(path);
  db.exec(`DROP INDEX connected_events_timeline; CREATE INDEX connected_events_timeline ON connected_events (timeline, id);
    DELETE FROM schema_migrations WHERE version >= 29;`);
  db.close();
  const reopened = new SqliteStore(path);
  const after = new Database(path, { readonly: true });
  try {
    const indexed = {
      connected_events_timeline: 'timeline, id, confidence',
      connected_events_order: 'ord, id, confidence',
      connected_events_keys: 'id, confidence, ord, timeline',
      article_quotes_speaker: 'speaker, confidence, undated, published, seq',
      duplicates_b: 'b',
    };
    for (const [index, columns] of Object.entries(indexed)) {
      const found = after.prepare(`PRAGMA index_info(${index})`).all() as Array<{ name: string }>;
      assert.equal(found.map((c) => c.name).join(', '), columns, index);
    }
    const ids = (found: { items: Array<{ id: string }> }) => found.items.map((e) => e.id);
    const confident = { limit: 2, offset: 1, all: false };
    assert.deepEqual(ids(await reopened.views.eventPage({}, 'timeline', confident)), ['evt_2', 'evt_4']);
    assert.deepEqual(ids(await reopened.views.eventPage({ storyId: 's' }, 'stored', confident)), ['evt_2']);
  } finally {
    after.close();
    await reopened.close();
  }
});

test("migration 30 counts each actor's members and roles and the network's edges, and its triggers keep them", async () => {
  const path = join(folder, 'before-30.db');
  const store = new SqliteStore(path);
  await saveBeforeKeptCounts(store);
  await store.close();
  // The store as migration 29 left it: no counts, no triggers.
  const db = new Database(path);
  db.exec(`DROP TABLE connected_actor_counts;
    DROP TRIGGER connected_members_actor_count_insert; DROP TRIGGER connected_members_actor_count_delete;
    DROP TRIGGER connected_members_actor_count_update; DROP TRIGGER connected_actor_roles_actor_count_insert;
    DROP TRIGGER connected_actor_roles_actor_count_delete; DROP TRIGGER connected_actor_roles_actor_count_update;
    DROP TABLE connected_edge_counts; DROP TRIGGER connected_event_ties_edge_replaced;
    DROP TRIGGER connected_event_ties_edge_insert; DROP TRIGGER connected_event_ties_edge_delete;
    DROP TRIGGER connected_event_ties_edge_update; DELETE FROM record_counts WHERE tbl = 'connected_event_ties_first';
    DELETE FROM counters WHERE name = 'network_shown_from'; DELETE FROM schema_migrations WHERE version >= 30;`);
  db.close();
  const reopened = new SqliteStore(path);
  try {
    await checkKeptCounts(reopened);
    // Counted for another floor of events shown, the network is read from the ties as before: the same.
    const floor = new Database(path);
    floor.exec("UPDATE counters SET value = 60 WHERE name = 'network_shown_from'");
    // An actor's first roles are the first entries of the index of their order, never sorted.
    const plan = floor
      .prepare(
        `EXPLAIN QUERY PLAN SELECT role FROM connected_actor_roles WHERE actor_id = ?
         ORDER BY ${roleOrder(sqliteJsonText).join(', ')} LIMIT 10`,
      )
      .all('ent_a') as Array<{ detail: string }>;
    assert.deepEqual(
      plan.map((p) => p.detail),
      ['SEARCH connected_actor_roles USING INDEX connected_actor_roles_order (actor_id=?)'],
    );
    floor.close();
    await checkKeptNetwork(reopened);
  } finally {
    await reopened.close();
  }
});
