// Migration 34 on PostgreSQL (as in SQLite's migration tests): what an actor's profile reads of each
// reading a schema already holds is kept once the migration has run.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import pg from 'pg';
import { dropSchemas, freshSchema, TEST_DATABASE, testLocation } from '../../../test/support/postgres.js';
import { saveActorItemReadings } from '../conformance/actor-items.js';
import { PostgresStore } from './index.js';

const schemas: string[] = [];
after(() => dropSchemas(schemas));

async function query(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

test("migration 34 keeps what an actor's profile reads of each reading a schema already holds", async () => {
  const name = freshSchema('store');
  schemas.push(name);
  const store = await PostgresStore.open(testLocation(name));
  const saved = await saveActorItemReadings(store);
  await store.close();
  // The schema as migration 33 left it: only the readings.
  await query(`DROP TABLE ${name}.article_actor_items`);
  await query(`DELETE FROM ${name}.schema_migrations WHERE version >= 34`);
  const reopened = await PostgresStore.open(testLocation(name));
  try {
    const ids = saved.map((items) => items.article.id);
    assert.deepEqual(await reopened.actorItemsOf(ids), saved);
  } finally {
    await reopened.close();
  }
});
