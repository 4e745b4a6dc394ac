import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import pg from 'pg';
import { READING_PIPELINE } from '../src/pipeline/reading.js';
import { PostgresStore } from '../src/store/postgres/index.js';
import {
  COUNTED,
  countActorEventsSql,
  countActorRows,
  countEdgesSql,
  countRows,
} from '../src/store/record-counts.js';
import { BENCH_DATABASE, benchLocation } from './bench-database.js';
import type { GeneratedStore } from './generate-store.js';
import { sharedActorRecord } from './tile-actors.js';
import { openTile, replicateTable, TILED_TABLES } from './tile-postgres.js';
import { COPIED, tileArticles } from './tile-store.js';
import type { CopiedArticle } from './tile-store.js';
import type { TileSource } from './tile-postgres.js';
import { TABLES } from './postgres-copies.js';
import type { TableCopy } from './postgres-copies.js';

/** The articles of `rows`, each one's fingerprint row put aside in `fingerprints`. */
function* withFingerprints(rows: Iterable<CopiedArticle>, fingerprints: Array<Record<string, unknown>>) {
  for (const { article, fingerprint } of rows) {
    if (fingerprint) fingerprints.push(fingerprint);
    yield article;
  }
}

/** A tile row as staged: converted as copied, then every id it names templated (`tile-postgres.ts`). */
function stagedRow(copy: TableCopy, template: (value: unknown) => unknown) {
  const ids = COPIED.find((c) => c.table === copy.table)!.ids;
  return (raw: Record<string, unknown>) => {
    const row = copy.convert ? copy.convert(raw) : raw;
    return Object.fromEntries(
      Object.entries(row).map(([name, value]) => [name, ids.includes(name) ? template(value) : value]),
    );
  };
}

/**
 * The schema's tables vacuumed and analyzed, as autovacuum leaves a store that grew article by article
 * (PostgreSQL 13 and later vacuum a table after enough inserts). A bulk load leaves the visibility map
 * empty, and then every count over a GIN index's matches and every index-only scan reads each heap page
 * it touches: the API's first search at 100k counted 21.5k matches in 280 ms, reading 7.8k pages.
 */
async function vacuum(client: pg.Client, schema: string): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    'SELECT tablename AS name FROM pg_tables WHERE schemaname = $1 ORDER BY tablename',
    [schema],
  );
  if (rows.length > 0)
    await client.query(`VACUUM (ANALYZE) ${rows.map((r) => `${schema}.${r.name}`).join(', ')}`);
}

/**
 * The SQLite store copied into a PostgreSQL schema of its own, table by table, in the order foreign keys
 * need; built as `<schema>_partial` and renamed when complete.
 */
export async function copyToPostgres(
  sqlitePath: string,
  count: number,
  schema: string,
  tiled?: TileSource,
): Promise<GeneratedStore> {
  const admin = new pg.Client({ connectionString: BENCH_DATABASE });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (exists.rowCount) {
      // As for SQLite (see `relabelSqlite`).
      await admin.query(`UPDATE ${schema}.readings SET pipeline = $1 WHERE pipeline < $1 OR pipeline > $1`, [
        READING_PIPELINE,
      ]);
      // A store kept by a build that only analyzed it: cheap once done (only pages changed since are read).
      await vacuum(admin, schema);
      const n = await admin.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${schema}.articles`);
      return { location: benchLocation(schema), seconds: 0, reused: true, articles: Number(n.rows[0]!.n) };
    }
    const partial = `${schema}_partial`;
    await admin.query(`DROP SCHEMA IF EXISTS ${partial} CASCADE`);
    await (await PostgresStore.open(benchLocation(partial))).close();
    const started = process.hrtime.bigint();
    const sqlite = new Database(sqlitePath, { readonly: true });
    const target = new pg.Client({ connectionString: BENCH_DATABASE, options: `-c search_path=${partial}` });
    await target.connect();
    try {
      // A bulk load: foreign keys are not checked row by row (the rows come from a store that kept them),
      // and the indexes no lookup during the load needs are built once at the end, sorted, not row by row.
      await target.query('SET synchronous_commit = off');
      await target.query('SET session_replication_role = replica');
      await target.query("SET maintenance_work_mem = '512MB'");
      const { rows: deferred } = await target.query<{ name: string; definition: string }>(
        `SELECT c.relname AS name, pg_get_indexdef(c.oid) AS definition FROM pg_index x
         JOIN pg_class c ON c.oid = x.indexrelid
         WHERE c.relnamespace = $1::text::regnamespace AND NOT x.indisunique`,
        [partial],
      );
      for (const index of deferred) await target.query(`DROP INDEX ${index.name}`);
      // Keys no foreign key points to are built at the end too (a copied tile's rows arrive in copy order).
      const { rows: keys } = await target.query<{ tbl: string; name: string; definition: string }>(
        `SELECT k.conrelid::regclass::text AS tbl, k.conname AS name, pg_get_constraintdef(k.oid) AS definition
           FROM pg_constraint k
          WHERE k.connamespace = $1::text::regnamespace AND k.contype IN ('p', 'u')
            AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.confrelid = k.conrelid)`,
        [partial],
      );
      if (tiled)
        for (const key of keys) await target.query(`ALTER TABLE ${key.tbl} DROP CONSTRAINT ${key.name}`);
      const tile = tiled ? sqlite : null;
      const { template, seqStep } = tiled
        ? openTile(tiled.tile, tiled.tiles)
        : { template: null, seqStep: 0 };
      const fingerprints: Array<Record<string, unknown>> = [];
      for (const copy of TABLES) {
        if (tiled && copy.table === 'articles') {
          // Every copy's articles as the SQLite tiles make them, their fingerprint rows kept for next.
          const rows = tileArticles(sqlite, 'main', tiled.tiles, 0, tiled.variedText);
          await copyRows(partial, copy, count, withFingerprints(rows, fingerprints));
          continue;
        }
        if (tiled && copy.table === 'fingerprints') {
          await copyRows(partial, copy, count, fingerprints.splice(0));
          continue;
        }
        if (tiled && copy.table === 'connected_actors') {
          // The tile's actors, each record made every copy's (`tile-actors.ts`).
          const convert = (row: Record<string, unknown>) => ({
            ...row,
            ...sharedActorRecord(row.record as string, tiled.tiles),
          });
          await copyTable(sqlite, partial, { ...copy, convert }, count);
          continue;
        }
        if (!tile || !TILED_TABLES.has(copy.table)) {
          await copyTable(sqlite, partial, copy, count);
          continue;
        }
        // Staged once from the tile, ids templated, then copied inside the server (`tile-postgres.ts`).
        await target.query(`CREATE UNLOGGED TABLE ${copy.table}_tile (LIKE ${copy.table})`);
        const staged = { ...copy, convert: stagedRow(copy, template!) };
        await copyTable(tile, partial, staged, count, `${copy.table}_tile`);
        const started = Date.now();
        await replicateTable(
          target,
          copy.table,
          copy.columns.map(([name]) => name),
          tiled!.tiles,
          seqStep,
        );
        process.stderr.write(`replicated ${copy.table} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      }
      for (const index of [
        ...(tiled
          ? keys.map((k) => ({
              name: k.name,
              definition: `ALTER TABLE ${k.tbl} ADD CONSTRAINT ${k.name} ${k.definition}`,
            }))
          : []),
        ...deferred,
      ]) {
        const started = Date.now();
        await target.query(index.definition);
        process.stderr.write(
          `built index ${index.name} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
        );
      }
      // As the SQLite tiles count (`tile-store.ts`): every copy's articles, and its stories' articles.
      if (tiled) {
        await target.query('UPDATE key_frequencies SET articles = articles * $1', [tiled.tiles]);
        await target.query('UPDATE connected_actor_keys SET mentions = mentions * $1', [tiled.tiles]);
      }
      await target.query(
        "UPDATE counters SET value = (SELECT COUNT(*) FROM story_articles) WHERE name = 'story_articles'",
      );
      // The load ran with triggers off (`session_replication_role`), the ones keeping page totals too.
      await target.query('DELETE FROM record_counts');
      for (const counted of COUNTED) await target.query(countRows(counted));
      // And those kept per actor and per edge of the network (migrations 30 and 31), as they count them.
      await target.query('DELETE FROM connected_actor_counts');
      await target.query(countActorRows);
      await target.query(countEdgesSql);
      await target.query(countActorEventsSql);
      await target.query(
        "SELECT setval(pg_get_serial_sequence('articles', 'seq'), (SELECT COALESCE(MAX(seq), 1) FROM articles))",
      );
      await vacuum(target, partial);
    } finally {
      sqlite.close();
      await target.end();
    }
    await admin.query(`ALTER SCHEMA ${partial} RENAME TO ${schema}`);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const n = await admin.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${schema}.articles`);
    return { location: benchLocation(schema), seconds, reused: false, articles: Number(n.rows[0]!.n) };
  } finally {
    await admin.end();
  }
}

/** A value as a CSV field of `COPY … (FORMAT csv)`: unquoted empty is NULL, bytes in bytea's hex form. */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`;
  return `"${String(value).replace(/"/g, '""')}"`;
}

/**
 * One table streamed into PostgreSQL by `COPY FROM STDIN` through `psql` (the `pg` driver has no COPY of
 * its own): a row costs its bytes, not a parameter each to bind and parse, which made the story index's
 * millions of narrow rows the slowest part of the copy. The session's settings are the bulk load's:
 * foreign keys not checked row by row, commits not waited for.
 */
async function copyTable(
  sqlite: Database.Database,
  schema: string,
  copy: TableCopy,
  count: number,
  into = copy.table,
) {
  const names = copy.columns.map(([name]) => name);
  const rows = sqlite
    .prepare(`SELECT ${names.join(', ')} FROM ${copy.table} ORDER BY ${copy.orderBy}`)
    .iterate() as IterableIterator<Record<string, unknown>>;
  await copyRows(schema, { ...copy, table: into }, count, rows);
}

/** `rows` streamed into `copy.table` by `COPY FROM STDIN` (see `copyTable`). */
async function copyRows(
  schema: string,
  copy: TableCopy,
  count: number,
  rows: Iterable<Record<string, unknown>>,
): Promise<void> {
  const names = copy.columns.map(([name]) => name);
  const into = copy.table;
  const started = Date.now();
  const child = spawn(
    'psql',
    [
      BENCH_DATABASE,
      '--no-psqlrc',
      '-v',
      'ON_ERROR_STOP=1',
      '-c',
      `\\copy ${schema}.${into} (${names.join(', ')}) FROM pstdin WITH (FORMAT csv)`,
    ],
    {
      stdio: ['pipe', 'ignore', 'pipe'],
      env: { ...process.env, PGOPTIONS: '-c session_replication_role=replica -c synchronous_commit=off' },
    },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  let copied = 0;
  let chunk = '';
  for (const raw of rows) {
    const row = copy.convert ? copy.convert(raw) : raw;
    chunk += `${names.map((name) => csvField(row[name])).join(',')}\n`;
    copied += 1;
    if (chunk.length >= 1 << 20) {
      if (!child.stdin.write(chunk)) await once(child.stdin, 'drain');
      chunk = '';
    }
    if (copied % 1_000_000 === 0)
      process.stderr.write(
        `copying the store of ${count} to PostgreSQL: ${copy.table} ${copied} rows, ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
      );
  }
  child.stdin.end(chunk);
  const code = await exited;
  if (code !== 0) throw new Error(`psql \\copy ${copy.table} exited with ${code}: ${stderr.trim()}`);
  process.stderr.write(
    `copied ${copy.table}: ${copied} rows in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}
