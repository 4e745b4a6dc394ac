// The migrations from 24 on (migrations-from-23.ts): each test makes a store, undoes the migration and what
// came after it, and checks that reopening the store brings its rows back to the same answers.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { checkActorEvents, HeldEvents, saveActorEvents } from '../conformance/actor-events.js';
import { saveActorItemReadings } from '../conformance/actor-items.js';
import { checkMigratedActor, oldActor, oldMemberRows, oldRecord } from '../conformance/actor-rows.js';
import { event, stored } from '../conformance/counts.js';
import { checkKeptCounts, checkKeptNetwork, saveBeforeKeptCounts } from '../conformance/kept-counts.js';
import { emptyUpdate } from '../../core/record-ports.js';
import { draft, loneStoryLinks } from '../conformance/fixtures.js';
import { SqlRecordViews } from '../record-views.js';
import { roleOrder, sqliteJsonText } from '../record-sql.js';
import { SqliteStore } from './index.js';

const folder = mkdtempSync(join(tmpdir(), 'dossier-sqlite-migrations-from-24-'));

/** The steps of SQLite's plan for `sql`, as `EXPLAIN QUERY PLAN` details. */
const planOf = (db: Database.Database, sql: string, ...values: unknown[]): string[] =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...values) as Array<{ detail: string }>).map((p) => p.detail);

/** The plan of `sql` in the store file at `path`, opened read-only. */
function planAt(path: string, sql: string, ...values: unknown[]): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return planOf(db, sql, ...values);
  } finally {
    db.close();
  }
}

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
  const plan = planAt(path, "SELECT weight FROM story_weights WHERE story_id = 'story-a' AND key = 'e:port'");
  assert.match(plan[0]!, /PRIMARY KEY \(story_id=\? AND key=\?\)/);
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

test("migration 28 indexes the events' confidence and order by id: an edge's events are counted and paged from it", async () => {
  const path = join(folder, 'before-28.db');
  const store = new SqliteStore(path);
  const confidences = [0.9, 0.2, 0.7, 0.4, 0.8];
  await store.saveConnected({
    ...emptyUpdate(),
    events: confidences.map((c, i) =>
      stored({ ...event(`evt_${i}`, 's', c), sourceIds: ['ent_x'], targetIds: ['ent_y'] }),
    ),
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
      plans.push(planOf(after, sql, ...values).join('\n'));
      return after.prepare(sql).all(...values) as Array<Record<string, unknown>>;
    },
    placeholder: () => '?',
    jsonText: (column, ...keys) => `json_extract(${column}, '$.${keys.join('.')}')`,
  });
  try {
    // An edge's events (an actor's alone are read from the actor's own rows since migrations 31 and 33).
    const tie = { source: 'ent_x', target: 'ent_y', type: 'CONSULT' as const };
    const found = await views.eventPage({ tie }, 'timeline', {
      limit: 2,
      offset: 1,
      all: false,
    });
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
    assert.deepEqual(
      planOf(
        floor,
        `SELECT role FROM connected_actor_roles WHERE actor_id = ?
         ORDER BY ${roleOrder(sqliteJsonText).join(', ')} LIMIT 10`,
        'ent_a',
      ),
      ['SEARCH connected_actor_roles USING INDEX connected_actor_roles_order (actor_id=?)'],
    );
    floor.close();
    await checkKeptNetwork(reopened);
  } finally {
    await reopened.close();
  }
});

test("migration 31 gives each actor's event rows their order and confidence and counts them: the pages stay the same", async () => {
  const path = join(folder, 'before-31.db');
  const store = new SqliteStore(path);
  const held = new HeldEvents();
  await saveActorEvents(store, held);
  await store.close();
  // The store as migration 30 left it: the rows without order or confidence, no counts, and a row whose
  // event is gone (which no page showed).
  const db = new Database(path);
  db.exec(`DROP TRIGGER connected_event_actors_count_replaced; DROP TRIGGER connected_event_actors_count_insert;
    DROP TRIGGER connected_event_actors_count_delete; DROP TRIGGER connected_event_actors_count_update;
    DROP TABLE connected_actor_event_counts; DROP INDEX connected_event_actors_order;
    DROP INDEX connected_event_actors_timeline; ALTER TABLE connected_event_actors DROP COLUMN timeline;
    ALTER TABLE connected_event_actors DROP COLUMN ord; ALTER TABLE connected_event_actors DROP COLUMN confidence;
    INSERT INTO connected_event_actors (actor_id, event_id, story_id) VALUES ('ent_a', 'evt_gone', 's0');
    DELETE FROM schema_migrations WHERE version >= 31;`);
  db.close();
  const reopened = new SqliteStore(path);
  try {
    await checkActorEvents(reopened, held);
    // Kept by the triggers from then on.
    await reopened.saveConnected(held.apply({ ...emptyUpdate(), eventStories: ['s1'], events: [] }));
    await checkActorEvents(reopened, held);
  } finally {
    await reopened.close();
  }
  // The page's keys are the first entries of the actor's range, confidence read from the index: no sort.
  assert.deepEqual(
    planAt(
      path,
      `SELECT event_id FROM connected_event_actors WHERE actor_id = ? AND confidence >= ?
       ORDER BY ord, event_id LIMIT 3`,
      'ent_a',
      0.5,
    ),
    ['SEARCH connected_event_actors USING COVERING INDEX connected_event_actors_order (actor_id=?)'],
  );
});

test("migration 33 gives each actor's event rows their place in the timeline: an actor's timeline is paged from them", async () => {
  const path = join(folder, 'before-33.db');
  const store = new SqliteStore(path);
  const held = new HeldEvents();
  await saveActorEvents(store, held);
  await store.close();
  // The store as migration 31 left it: the rows without their place in the timeline.
  const db = new Database(path);
  db.exec(`DROP INDEX connected_event_actors_timeline; ALTER TABLE connected_event_actors DROP COLUMN timeline;
    DELETE FROM schema_migrations WHERE version >= 33;`);
  db.close();
  const reopened = new SqliteStore(path);
  try {
    await checkActorEvents(reopened, held);
  } finally {
    await reopened.close();
  }
  // The page's keys are the first entries of the actor's range in the timeline's order: no sort.
  assert.deepEqual(
    planAt(
      path,
      `SELECT event_id FROM connected_event_actors WHERE actor_id = ? AND confidence >= ?
       ORDER BY timeline, event_id LIMIT 3`,
      'ent_a',
      0.5,
    ),
    ['SEARCH connected_event_actors USING COVERING INDEX connected_event_actors_timeline (actor_id=?)'],
  );
});

test("migration 34 keeps what an actor's profile reads of each reading a store already holds", async () => {
  const path = join(folder, 'before-34.db');
  const store = new SqliteStore(path);
  const saved = await saveActorItemReadings(store);
  await store.close();
  // The store as migration 33 left it: only the readings.
  const db = new Database(path);
  db.exec(`DROP TABLE article_actor_items; DELETE FROM schema_migrations WHERE version >= 34;`);
  db.close();
  const reopened = new SqliteStore(path);
  try {
    const ids = saved.map((items) => items.article.id);
    assert.deepEqual(await reopened.actorItemsOf(ids), saved);
  } finally {
    await reopened.close();
  }
});
