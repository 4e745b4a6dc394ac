import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { connectAll, storedDossier } from '../src/service/connect.js';
import { ingest } from '../src/service/ingest.js';
import { CONNECTED_TABLES } from '../src/store/connected-tables.js';
import { PostgresStore } from '../src/store/postgres/index.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import type { Store } from '../src/store/store.js';
import { comparableRecords } from './support/connected.js';
import { TEST_DATABASE, dropSchemas, freshSchema, testLocation } from './support/postgres.js';
import { SEEDS_MANIFEST, SHARED } from './support/seeds.js';

/**
 * Measures kept with their points' facts and regrown from the changed articles alone give, row for row, the
 * connected tables that measuring every measure again over all of its articles gives (what linking did
 * before every measure was kept): two stores of each kind take the same articles one by one, the second
 * with its kept measures emptied before each, so that it measures every measure it touches whole.
 */

const options = { sources: { allowPrivate: false, maxBytes: 20 << 20 } };
const dir = mkdtempSync(join(tmpdir(), 'dossier-measure-rows-'));
const schemas: string[] = [];
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropSchemas(schemas);
});

/**
 * The reference articles (`../shared`) one by one, with price bulletins written for the test between
 * them: one measure in two wordings, values repeated and disagreeing, some rounded.
 */
function corpus(): string[] {
  const seeds = readFileSync(SEEDS_MANIFEST, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const entry = JSON.parse(line) as { path: string; published: string };
      return JSON.stringify({ ...entry, path: join(SHARED, entry.path) });
    });
  const bulletins = Array.from({ length: 12 }, (_, i) => {
    const day = String(Math.floor(i / 3) + 10).padStart(2, '0');
    const price = [42.5, 44, 41][i % 3];
    const subject = i % 2 === 0 ? "Poland's wheat price" : 'The wheat price in Poland';
    const text =
      `${subject} stands at ${i % 4 === 1 ? 'about ' : ''}${price} euros a tonne, the farm ministry in Warsaw ` +
      `said on Monday. Traders in Gdansk expect the price to hold until the harvest, bulletin ${i + 1} added.`;
    return JSON.stringify({ title: `Wheat bulletin ${i + 1}`, text, published: `2025-06-${day}` });
  });
  return [...seeds.slice(0, 3), ...bulletins.slice(0, 6), ...seeds.slice(3), ...bulletins.slice(6)];
}

interface Kind {
  name: string;
  open(): Promise<{ store: Store; rows(table: string): Promise<string[]>; forget(): Promise<void> }>;
}

const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();

const kinds: Kind[] = [
  {
    name: 'SQLite',
    async open() {
      const file = join(dir, `${Math.random().toString(36).slice(2)}.db`);
      const store = new SqliteStore(file);
      const db = new Database(file);
      return {
        store,
        rows: async (table) => sorted(db.prepare(`SELECT * FROM ${table}`).all()),
        forget: async () => void db.exec('DELETE FROM connected_measures_kept'),
      };
    },
  },
  {
    name: 'PostgreSQL',
    async open() {
      const schema = freshSchema('measurerows');
      schemas.push(schema);
      const store = await PostgresStore.open(testLocation(schema));
      const query = async (sql: string) => {
        const client = new pg.Client({ connectionString: TEST_DATABASE });
        await client.connect();
        try {
          return (await client.query(sql)).rows;
        } finally {
          await client.end();
        }
      };
      return {
        store,
        rows: async (table) => sorted(await query(`SELECT * FROM ${schema}.${table}`)),
        forget: async () => void (await query(`DELETE FROM ${schema}.connected_measures_kept`)),
      };
    },
  },
];

for (const kind of kinds) {
  describe(`kept measures (${kind.name})`, () => {
    it('give the connected tables, row for row, that measuring every measure whole gives', async () => {
      const kept = await kind.open();
      const whole = await kind.open();
      try {
        for (const [i, line] of corpus().entries()) {
          const file = join(dir, `${kind.name}-${i}.jsonl`);
          writeFileSync(file, `${line}\n`);
          await whole.forget();
          await ingest(kept.store, [file], options);
          await ingest(whole.store, [file], options);
        }
        for (const table of CONNECTED_TABLES.filter((t) => t !== 'connected_measures_kept'))
          assert.deepEqual(await kept.rows(table), await whole.rows(table), table);
        const stored = await storedDossier(kept.store);
        assert.deepEqual(comparableRecords(stored), comparableRecords(await connectAll(kept.store)));
        const wheat = stored.series.filter((s) => /wheat price/i.test(s.subject));
        assert.equal(wheat.length, 1, stored.series.map((s) => s.subject).join('; '));
        assert.ok(stored.discrepancies.some((d) => d.kind === 'figure' && /wheat price/i.test(d.subject)));
        // Every measure the index holds is kept, each point with its facts.
        const measureIds = [
          ...new Set((await kept.rows('connected_measures')).map((r) => JSON.parse(r).measure_id as string)),
        ];
        const measures = await kept.store.keptMeasures(measureIds);
        assert.equal(measures.length, measureIds.length);
        for (const point of measures.flatMap((m) => m.points))
          assert.ok('subject' in point && 'figure' in point && 'qualifier' in point);
      } finally {
        await kept.store.close();
        await whole.store.close();
      }
    });
  });
}
