import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { ingest } from '../src/service/ingest.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { sharedActorRecord, shiftedHex } from '../bench/tile-actors.js';
import { tileStore } from '../bench/tile-store.js';
import { TEST_DATABASE, dropSchemas, freshSchema } from './support/postgres.js';

/**
 * The benches' tiled stores (`bench/tile-store.ts`, `bench/tile-postgres.ts`): every copy's articles,
 * links and records, with the actors the tile's, shared by every copy (their member and role rows hold
 * every copy's, in copy order), in SQLite and in PostgreSQL alike.
 */

const ARTICLES = [
  'Mayor Ilse Varnholt opened the new ferry terminal in Ostmarsch on Monday. Ilse Varnholt said the ' +
    'terminal would carry 4,000 passengers a day.',
  'The Ostmarsch council approved the budget on Tuesday. Mayor Ilse Varnholt praised the council.',
  'Ferry operator Baltrek Lines cancelled three crossings on Wednesday because of storms. Baltrek Lines ' +
    'said the crossings would resume on Friday.',
];
const TILES = 3;
const variedText = (n: number, copy: number) => `${ARTICLES[n]} (Edition ${copy}.)`;

const dir = mkdtempSync(join(tmpdir(), 'dossier-tile-store-'));
const tile = join(dir, 'tile.db');
const tiled = join(dir, 'tiled.db');
const schemas: string[] = [];

before(async () => {
  const manifest = join(dir, 'articles.jsonl');
  writeFileSync(
    manifest,
    ARTICLES.map((text, i) =>
      JSON.stringify({ title: `Ostmarsch ${i}`, text, published: `2025-03-0${i + 1}T09:00:00Z` }),
    ).join('\n'),
  );
  const store = new SqliteStore(tile);
  await ingest(store, [manifest], { sources: { allowPrivate: false, maxBytes: 1 << 20 } });
  await store.close();
  // The tiler reads an article's generated number from its source.
  const db = new Database(tile);
  const ids = db.prepare('SELECT id FROM articles ORDER BY seq').pluck().all() as string[];
  ids.forEach((id, n) => db.prepare('UPDATE articles SET source = ? WHERE id = ?').run(`generated/${n}`, id));
  db.close();
  tileStore(tile, tiled, TILES, variedText, () => {});
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropSchemas(schemas);
});

const rows = (file: string, sql: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all() as Array<Record<string, unknown>>;
  } finally {
    db.close();
  }
};

const sorted = (list: Array<Record<string, unknown>>) => list.map((r) => JSON.stringify(r)).sort();

interface Actor {
  name: string;
  mentionCount: number;
}
const actors = (list: Array<Record<string, unknown>>) =>
  new Map(list.map((r) => [r.id as string, JSON.parse(r.record as string) as Actor]));

describe('a tiled store', () => {
  it('holds every copy of every article, each with its own id and text', () => {
    const tileIds = rows(tile, 'SELECT id FROM articles ORDER BY seq').map((r) => r.id as string);
    const copies = rows(tiled, 'SELECT id, text FROM articles ORDER BY seq');
    assert.equal(copies.length, ARTICLES.length * TILES);
    assert.deepEqual(
      copies.map((r) => r.id),
      [0, 1, 2].flatMap((k) => tileIds.map((id) => shiftedHex(id.slice(0, 3), k) + id.slice(3))),
    );
    assert.equal(copies[ARTICLES.length]!.text, `${ARTICLES[0]} (Edition 1.)`);
  });

  it("files every copy's members under the tile's actors, counted in every copy", () => {
    const sql = 'SELECT id, record, mentions FROM connected_actors ORDER BY id';
    const before = actors(rows(tile, sql));
    const after = actors(rows(tiled, sql));
    assert.deepEqual([...after.keys()], [...before.keys()]);
    const mayor = [...after.values()].find((a) => a.name === 'Ilse Varnholt')!;
    const mayorId = [...after].find(([, a]) => a === mayor)![0];
    const mayorBefore = before.get(mayorId)!;
    const members = (file: string) =>
      rows(file, `SELECT member FROM connected_members WHERE actor_id = '${mayorId}' ORDER BY ord`).map(
        (r) => r.member as string,
      );
    // Two articles name her in the tile: each copy's member rows follow the tile's, their article ids shifted.
    assert.equal(members(tile).length, 2);
    assert.deepEqual(
      members(tiled),
      [0, 1, 2].flatMap((k) => members(tile).map((m) => shiftedHex(m.slice(0, 3), k) + m.slice(3))),
    );
    assert.equal(mayor.mentionCount, mayorBefore.mentionCount * TILES);
    const roleRows = (file: string) => rows(file, 'SELECT 1 FROM connected_actor_roles').length;
    assert.ok(roleRows(tile) > 0);
    assert.equal(roleRows(tiled), roleRows(tile) * TILES);
    const memberRows = rows(tiled, 'SELECT actor_id FROM connected_members');
    assert.equal(memberRows.length, rows(tile, 'SELECT 1 FROM connected_members').length * TILES);
    assert.ok(memberRows.every((r) => after.has(r.actor_id as string)));
    const keys = (file: string) =>
      rows(file, 'SELECT key, actor_id, mentions FROM connected_actor_keys ORDER BY key, actor_id');
    assert.deepEqual(
      keys(tiled),
      keys(tile).map((r) => ({ ...r, mentions: (r.mentions as number) * TILES })),
    );
  });

  it("keeps every copy's event reports and passage keys, as relinking leaves them", () => {
    for (const table of ['event_reports', 'connected_passages']) {
      const count = (file: string) => rows(file, `SELECT 1 FROM ${table}`).length;
      assert.equal(count(tiled), count(tile) * TILES, table);
    }
    assert.equal(rows(tile, 'SELECT 1 FROM event_reports').length, ARTICLES.length);
    const reports = rows(tiled, 'SELECT article_id, record FROM event_reports');
    assert.ok(
      reports.every(
        (r) =>
          !(r.record as string).includes('"articleId"') ||
          (r.record as string).includes(`"articleId":"${r.article_id as string}"`),
      ),
    );
  });

  it("gives every copy's event rows their event's order, place in the timeline and confidence, and counts them per actor", () => {
    const count = (file: string, sql: string) => rows(file, sql)[0]!.n as number;
    const all = 'SELECT COUNT(*) AS n FROM connected_event_actors';
    assert.ok(count(tile, all) > 0);
    assert.equal(count(tiled, all), count(tile, all) * TILES);
    const agreeing = `${all} AS a JOIN connected_events AS e ON e.id = a.event_id
      WHERE a.ord = e.ord AND a.confidence = e.confidence AND a.timeline = e.timeline`;
    assert.equal(count(tiled, agreeing), count(tiled, all));
    const kept = 'SELECT actor_id, confidence, n FROM connected_actor_event_counts WHERE n > 0';
    const recounted = `SELECT actor_id, confidence, COUNT(*) AS n FROM connected_event_actors
      GROUP BY actor_id, confidence`;
    assert.deepEqual(sorted(rows(tiled, kept)), sorted(rows(tiled, recounted)));
  });

  it("indexes every copy's quotes' words in one merged segment, found as a scan finds them", () => {
    const quotes = rows(tiled, 'SELECT search FROM article_quotes').map((r) => r.search as string);
    assert.ok(quotes.length > 0);
    const word = 'terminal';
    const found = rows(
      tiled,
      `SELECT COUNT(*) AS n FROM article_quotes_words WHERE article_quotes_words MATCH '"${word}"'`,
    );
    assert.equal(found[0]!.n, quotes.filter((q) => q.includes(word)).length);
    // Merged into one segment ('optimize'), which holds every row ('integrity-check' throws otherwise).
    assert.deepEqual(rows(tiled, 'SELECT COUNT(DISTINCT segid) AS n FROM article_quotes_words_idx'), [
      { n: 1 },
    ]);
    const db = new Database(tiled);
    try {
      db.exec("INSERT INTO article_quotes_words(article_quotes_words, rank) VALUES ('integrity-check', 1)");
    } finally {
      db.close();
    }
  });

  it("counts a shared record's mentions in every copy and keeps the rest as it was", () => {
    const record = JSON.stringify({ name: 'Ilse Varnholt', members: [], roles: [], mentionCount: 2 });
    assert.deepEqual(JSON.parse(sharedActorRecord(record, 3).record), {
      name: 'Ilse Varnholt',
      members: [],
      roles: [],
      mentionCount: 6,
    });
  });

  it('is tiled alike in PostgreSQL, inside the server', async () => {
    process.env.DOSSIER_BENCH_DATABASE = TEST_DATABASE;
    const { copyToPostgres } = await import('../bench/copy-to-postgres.js');
    const schema = freshSchema('tile');
    schemas.push(schema);
    await copyToPostgres(tile, ARTICLES.length * TILES, schema, { tile, tiles: TILES, variedText });
    const client = new pg.Client({ connectionString: TEST_DATABASE });
    await client.connect();
    try {
      for (const sql of [
        'SELECT id, record, mentions FROM connected_actors ORDER BY id',
        'SELECT key, actor_id, mentions FROM connected_actor_keys ORDER BY key, actor_id',
        'SELECT member, actor_id, article_id, ord FROM connected_members ORDER BY member',
        'SELECT actor_id, seq, role FROM connected_actor_roles ORDER BY actor_id, seq',
        'SELECT id, text FROM articles ORDER BY seq',
        'SELECT actor_id, event_id, story_id, ord, confidence, timeline FROM connected_event_actors ORDER BY actor_id',
        'SELECT actor_id, confidence, CAST(n AS INTEGER) AS n FROM connected_actor_event_counts ORDER BY actor_id',
      ]) {
        const found = await client.query(sql.replace(/FROM (\w+)/, `FROM ${schema}.$1`));
        // Compared as sets: the servers' text orders differ (collation).
        assert.deepEqual(sorted(found.rows), sorted(rows(tiled, sql)), sql);
      }
    } finally {
      await client.end();
    }
  });
});
