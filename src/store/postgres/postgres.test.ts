import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import pg from 'pg';
import { dropSchemas, freshSchema, TEST_DATABASE, testLocation } from '../../../test/support/postgres.js';
import { runStoreConformance } from '../conformance.js';
import { waitingForTheLock } from '../conformance/lock-waiting.js';
import { checkActorEvents, HeldEvents, saveActorEvents } from '../conformance/actor-events.js';
import { checkMigratedActor, oldActor, oldMemberRows, oldRecord } from '../conformance/actor-rows.js';
import { countedUpdate, event, keptTotals, stored } from '../conformance/counts.js';
import { checkKeptCounts, checkKeptNetwork, saveBeforeKeptCounts } from '../conformance/kept-counts.js';
import { emptyUpdate } from '../../core/record-ports.js';
import { placeReading, savePlaceReadings } from '../conformance/fixtures.js';
import { encodeReading, readingToJson } from '../../core/reading-codec.js';
import { analyzeText } from '../../pipeline/reading.js';
import { COUNTED } from '../record-counts.js';
import { PostgresStore } from './index.js';
import { LATEST_VERSION, MIGRATION_VERSIONS } from './migrations.js';

const schemas: string[] = [];
const schema = () => {
  const name = freshSchema('store');
  schemas.push(name);
  return name;
};
after(() => dropSchemas(schemas));

runStoreConformance('PostgreSQL', () => PostgresStore.open(testLocation(schema())));

async function query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: TEST_DATABASE });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

test('a new schema gets every migration recorded, and reopening applies none twice', async () => {
  const name = schema();
  await (await PostgresStore.open(testLocation(name))).close();
  await (await PostgresStore.open(testLocation(name))).close();
  const versions = await query<{ version: number }>(
    `SELECT version FROM ${name}.schema_migrations ORDER BY version`,
  );
  assert.deepEqual(
    versions.map((v) => v.version),
    MIGRATION_VERSIONS,
  );
});

test('a schema from a newer Dossier is refused rather than misread', async () => {
  const name = schema();
  await (await PostgresStore.open(testLocation(name))).close();
  await query(`INSERT INTO ${name}.schema_migrations (version, name) VALUES ($1, 'future')`, [
    LATEST_VERSION + 1,
  ]);
  await assert.rejects(
    PostgresStore.open(testLocation(name)),
    /schema version \d+ is newer than this Dossier understands/,
  );
});

test('a server that cannot be reached is named in one line', async () => {
  await assert.rejects(
    PostgresStore.open('postgres://nobody:secret@127.0.0.1:1/none?schema=x'),
    (error: Error) =>
      /^cannot open database postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none: /.test(error.message) &&
      !error.message.includes('secret'),
  );
});

test('migration 15 counts the records a schema already holds', async () => {
  const name = schema();
  const store = await PostgresStore.open(testLocation(name));
  await store.saveConnected(countedUpdate());
  await store.close();
  // The schema as migration 14 left it: no counts, no triggers keeping them.
  await query(`DROP TABLE ${name}.record_counts`);
  for (const { table } of COUNTED)
    for (const when of ['insert', 'update', 'delete', 'truncate'])
      await query(`DROP TRIGGER ${table}_count_${when} ON ${name}.${table}`);
  await query(`DROP FUNCTION ${name}.count_records`);
  // Nor what later steps added (migration 16's indexes, 17's word indexes, 18's tie order, 19's kept measures).
  for (const index of [
    'connected_event_ties_edge',
    'connected_event_ties_first',
    'article_quotes_words',
    'article_figures_words',
    'connected_actors_words',
  ])
    await query(`DROP INDEX ${name}.${index}`);
  await query(`ALTER TABLE ${name}.connected_event_ties DROP COLUMN ord`);
  await query(`DROP TABLE ${name}.connected_measures_kept`);
  await query(`DELETE FROM ${name}.schema_migrations WHERE version >= 15`);
  const reopened = await PostgresStore.open(testLocation(name));
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

test('migration 21 makes readings bytes and deflates them, and goes on where a stopped one left off', async () => {
  const name = schema();
  const store = await PostgresStore.open(testLocation(name));
  const words = ['Kyiv is far', 'Oslo is near', 'Lviv is west'];
  const ids = await savePlaceReadings(store, words);
  await store.close();
  const firstBytes = async () =>
    (
      await query<{ b: number }>(
        `SELECT get_byte(r.reading, 0) AS b FROM ${name}.readings r JOIN ${name}.articles a ON a.id = r.article_id
          ORDER BY a.seq`,
      )
    ).map((row) => row.b);
  const reopenAndRead = async () => {
    const reopened = await PostgresStore.open(testLocation(name));
    try {
      assert.deepEqual((await reopened.getReading(ids[1]!))?.reading, placeReading(words[1]!));
      assert.deepEqual(
        (await reopened.readArticles(ids)).map((r) => r.reading.mentions[0]!.text),
        words,
      );
    } finally {
      await reopened.close();
    }
  };
  assert.deepEqual(await firstBytes(), [1, 1, 1], 'saved deflated');
  // As an older Dossier kept them: a text column of JSON.
  await query(`ALTER TABLE ${name}.readings ALTER COLUMN reading TYPE text USING ''`);
  for (const [k, id] of ids.entries())
    await query(`UPDATE ${name}.readings SET reading = $1 WHERE article_id = $2`, [
      readingToJson(placeReading(words[k]!)),
      id,
    ]);
  await query(`DELETE FROM ${name}.schema_migrations WHERE version >= 21`);
  await reopenAndRead();
  assert.deepEqual(await firstBytes(), [1, 1, 1]);
  // A run stopped after its first batch: bytes, the first row deflated, the others JSON still.
  for (const [k, id] of ids.entries())
    if (k > 0)
      await query(`UPDATE ${name}.readings SET reading = convert_to($1, 'UTF8') WHERE article_id = $2`, [
        readingToJson(placeReading(words[k]!)),
        id,
      ]);
  await query(`DELETE FROM ${name}.schema_migrations WHERE version >= 21`);
  assert.deepEqual(await firstBytes(), [1, 0x7b, 0x7b]);
  await reopenAndRead();
  assert.deepEqual(await firstBytes(), [1, 1, 1]);
  const recorded = await query(`SELECT 1 FROM ${name}.schema_migrations WHERE version = 21`);
  assert.equal(recorded.length, 1);
});

test("a transaction waiting for another connection's write lock does the caller's steps meanwhile, then its work", async () => {
  const name = schema();
  const holder = await PostgresStore.open(testLocation(name));
  const waiter = await PostgresStore.open(testLocation(name));
  try {
    await waitingForTheLock(holder, waiter, (steps) => steps < 3);
  } finally {
    await holder.close();
    await waiter.close();
  }
});

test("the intake keeps a read document's reading in its stored form, and gives it back equal", async () => {
  const name = schema();
  const store = await PostgresStore.open(testLocation(name));
  try {
    const text =
      'The minister, Anna Berg, said on Monday that the port in Gdansk would reopen. Critics disagreed.';
    const { text: _text, ...reading } = analyzeText(text, '2025-03-04T10:00:00Z');
    const batch = await store.createBatch({ allowPrivate: false, maxBytes: 1 << 20 });
    const [seq] = await store.addIntake(batch, [{ kind: 'stdin', text }]);
    const document = {
      source: 'a.txt',
      draft: null,
      error: null,
      reading,
      pipeline: 'p',
      readingError: null,
    };
    assert.equal(await store.advanceIntake(seq!, 'queued', 'read', [document]), true);
    const [item] = await store.nextIntake(1);
    const back = item!.documents![0]!.reading!;
    assert.deepEqual(JSON.parse(JSON.stringify(back)), JSON.parse(JSON.stringify(reading)));
    assert.deepEqual(encodeReading(back), encodeReading(reading));
    const [kept] = await query<{ documents: string }>(`SELECT documents FROM ${name}.intake WHERE seq = $1`, [
      seq,
    ]);
    assert.ok(kept!.documents.length < JSON.stringify(reading).length / 2, 'stored, not JSON');
  } finally {
    await store.close();
  }
});

test("migration 27 moves each actor's members and roles from its record to their rows", async () => {
  const name = schema();
  await (await PostgresStore.open(testLocation(name))).close();
  // The schema as migration 26 left it: members without their order, no roles table, whole records.
  await query(`DROP TABLE ${name}.connected_actor_roles`);
  await query(`ALTER TABLE ${name}.connected_members DROP COLUMN ord`);
  await query(`CREATE INDEX connected_members_actor ON ${name}.connected_members (actor_id)`);
  await query(`DELETE FROM ${name}.schema_migrations WHERE version >= 27`);
  await query(
    `INSERT INTO ${name}.connected_actors (id, record, name, type, mentions, names)
     VALUES ($1, $2, 'Ana Lind', 'person', 2, E'ana lind\\nlind')`,
    [oldActor.id, oldRecord],
  );
  await query(`INSERT INTO ${name}.connected_actor_names (name, actor_id) VALUES ('lind', $1)`, [
    oldActor.id,
  ]);
  for (const row of oldMemberRows)
    await query(
      `INSERT INTO ${name}.connected_members (member, actor_id, article_id) VALUES ($1, $2, $3)`,
      row,
    );
  const reopened = await PostgresStore.open(testLocation(name));
  try {
    await checkMigratedActor(reopened);
  } finally {
    await reopened.close();
  }
  // Its record keeps neither: what stays small of the actor, as it grew.
  const [row] = await query<{ record: string }>(`SELECT record FROM ${name}.connected_actors`);
  assert.deepEqual(JSON.parse(row!.record), {
    ...oldActor,
    roles: [],
    members: [],
    mentionCount: 3,
  });
});

test("migration 28 indexes the events' confidence and order by id, and an actor's events are counted the same", async () => {
  const name = schema();
  const store = await PostgresStore.open(testLocation(name));
  const confidences = [0.9, 0.2, 0.7, 0.4, 0.8];
  await store.saveConnected({
    ...emptyUpdate(),
    events: confidences.map((c, i) => stored({ ...event(`evt_${i}`, 's', c), sourceIds: ['ent_x'] })),
  });
  await store.close();
  // The schema as migration 27 left it.
  await query(`DROP INDEX ${name}.connected_events_keys`);
  await query(`DELETE FROM ${name}.schema_migrations WHERE version >= 28`);
  const reopened = await PostgresStore.open(testLocation(name));
  try {
    const indexes = await query<{ indexdef: string }>(
      `SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND indexname = 'connected_events_keys'`,
      [name],
    );
    assert.match(indexes[0]?.indexdef ?? '', /\(id, confidence, ord(, timeline)?\)/);
    const found = await reopened.views.eventPage({ actorId: 'ent_x' }, 'stored', {
      limit: 2,
      offset: 1,
      all: false,
    });
    assert.deepEqual(
      found.items.map((e) => e.id),
      ['evt_2', 'evt_4'],
    );
    assert.deepEqual([found.total, found.hidden], [3, 2]);
  } finally {
    await reopened.close();
  }
});

test("migration 29 puts the events' confidence in their orders' indexes, and the pages stay the same", async () => {
  const name = schema();
  const store = await PostgresStore.open(testLocation(name));
  const confidences = [0.9, 0.2, 0.7, 0.4, 0.8];
  await store.saveConnected({
    ...emptyUpdate(),
    events: confidences.map((c, i) => stored(event(`evt_${i}`, i < 3 ? 's' : 't', c))),
  });
  await store.close();
  // The schema as migration 28 left it: the orders' indexes without the confidence.
  await query(`DROP INDEX ${name}.connected_events_timeline`);
  await query(`CREATE INDEX connected_events_timeline ON ${name}.connected_events (timeline, id)`);
  await query(`DELETE FROM ${name}.schema_migrations WHERE version >= 29`);
  const reopened = await PostgresStore.open(testLocation(name));
  try {
    const indexes = await query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1 AND indexname IN
         ('connected_events_timeline', 'connected_events_order', 'connected_events_keys', 'article_quotes_speaker',
          'duplicates_b') ORDER BY indexname`,
      [name],
    );
    assert.deepEqual(
      indexes.map(({ indexdef }) => /\((.*)\)$/.exec(indexdef)?.[1]),
      [
        'speaker, confidence, undated, published, seq',
        'id, confidence, ord, timeline',
        'ord, id, confidence',
        'timeline, id, confidence',
        'b',
      ],
    );
    const ids = (found: { items: Array<{ id: string }> }) => found.items.map((e) => e.id);
    const confident = { limit: 2, offset: 1, all: false };
    assert.deepEqual(ids(await reopened.views.eventPage({}, 'timeline', confident)), ['evt_2', 'evt_4']);
    assert.deepEqual(ids(await reopened.views.eventPage({ storyId: 's' }, 'stored', confident)), ['evt_2']);
  } finally {
    await reopened.close();
  }
});

test("migration 30 counts each actor's members and roles and the network's edges, and its triggers keep them", async () => {
  const name = schema();
  const store = await PostgresStore.open(testLocation(name));
  await saveBeforeKeptCounts(store);
  await store.close();
  // The schema as migration 29 left it: no counts, no triggers.
  await query(`DROP TABLE ${name}.connected_actor_counts`);
  await query(`DROP TRIGGER connected_members_actor_articles ON ${name}.connected_members`);
  for (const table of ['connected_members', 'connected_actor_roles'])
    for (const op of ['insert', 'update', 'delete', 'truncate'])
      await query(`DROP TRIGGER ${table}_actor_count_${op} ON ${name}.${table}`);
  await query(`DROP TABLE ${name}.connected_edge_counts`);
  for (const op of ['insert', 'update', 'delete', 'truncate'])
    await query(`DROP TRIGGER connected_event_ties_edge_${op} ON ${name}.connected_event_ties`);
  await query(`DELETE FROM ${name}.record_counts WHERE tbl = 'connected_event_ties_first'`);
  await query(`DELETE FROM ${name}.counters WHERE name = 'network_shown_from'`);
  await query(`DELETE FROM ${name}.schema_migrations WHERE version >= 30`);
  const reopened = await PostgresStore.open(testLocation(name));
  try {
    await checkKeptCounts(reopened);
    // The roles' order indexed with the expressions a profile orders by.
    const [roles] = await query<{ indexdef: string }>(
      `SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND indexname = 'connected_actor_roles_order'`,
      [name],
    );
    assert.equal(
      roles?.indexdef.split('USING btree ')[1],
      "(actor_id, ((((role)::jsonb #>> '{date}'::text[]) IS NULL)), (((role)::jsonb #>> '{date}'::text[])), " +
        "(((role)::jsonb #>> '{evidence,articleId}'::text[])), " +
        "((((role)::jsonb #>> '{evidence,start}'::text[]))::integer), seq)",
    );
    await query(`UPDATE ${name}.counters SET value = 60 WHERE name = 'network_shown_from'`);
    await checkKeptNetwork(reopened);
  } finally {
    await reopened.close();
  }
});

test("migration 31 gives each actor's event rows their order and confidence and counts them: the pages stay the same", async () => {
  const name = schema();
  const store = await PostgresStore.open(testLocation(name));
  const held = new HeldEvents();
  await saveActorEvents(store, held);
  await store.close();
  // The schema as migration 30 left it: the rows without order or confidence, no counts, and a row whose
  // event is gone (which no page showed).
  for (const op of ['insert', 'update', 'delete', 'truncate'])
    await query(`DROP TRIGGER connected_event_actors_count_${op} ON ${name}.connected_event_actors`);
  await query(`DROP TABLE ${name}.connected_actor_event_counts`);
  await query(
    `ALTER TABLE ${name}.connected_event_actors DROP COLUMN ord, DROP COLUMN confidence, DROP COLUMN timeline`,
  );
  await query(
    `INSERT INTO ${name}.connected_event_actors (actor_id, event_id, story_id) VALUES ('ent_a', 'evt_gone', 's0')`,
  );
  await query(`DELETE FROM ${name}.schema_migrations WHERE version >= 31`);
  const reopened = await PostgresStore.open(testLocation(name));
  try {
    await checkActorEvents(reopened, held);
    // Kept by the triggers from then on.
    await reopened.saveConnected(held.apply({ ...emptyUpdate(), eventStories: ['s1'], events: [] }));
    await checkActorEvents(reopened, held);
  } finally {
    await reopened.close();
  }
});

test("migration 33 gives each actor's event rows their place in the timeline: an actor's timeline is paged from them", async () => {
  const name = schema();
  const store = await PostgresStore.open(testLocation(name));
  const held = new HeldEvents();
  await saveActorEvents(store, held);
  await store.close();
  // The schema as migration 32 left it: the rows without their place in the timeline (nor its index).
  await query(`ALTER TABLE ${name}.connected_event_actors DROP COLUMN timeline`);
  await query(`DELETE FROM ${name}.schema_migrations WHERE version >= 33`);
  const reopened = await PostgresStore.open(testLocation(name));
  try {
    await checkActorEvents(reopened, held);
    const [index] = await query<{ indexdef: string }>(
      `SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND indexname = 'connected_event_actors_timeline'`,
      [name],
    );
    assert.equal(index?.indexdef.split('USING btree ')[1], '(actor_id, timeline, event_id, confidence)');
  } finally {
    await reopened.close();
  }
});
