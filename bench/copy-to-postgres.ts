import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import pg from 'pg';
import { READING_PIPELINE } from '../src/pipeline/reading.js';
import { PostgresStore } from '../src/store/postgres/index.js';
import { COUNTED, countRows } from '../src/store/record-counts.js';
import { BENCH_DATABASE, benchLocation } from './bench-database.js';
import type { GeneratedStore } from './generate-store.js';
import { openTile, replicateTable, TILED_TABLES } from './tile-postgres.js';
import { COPIED, tileArticles } from './tile-store.js';
import type { CopiedArticle } from './tile-store.js';
import type { TileSource } from './tile-postgres.js';

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

/** The connected records' tables (see `src/store/sqlite/connected.ts`): columns text unless typed `name:type`. */
const CONNECTED_COPIES: TableCopy[] = (
  [
    ['connected_actors', ['id', 'record', 'name', 'type', 'mentions:integer', 'names'], 'id'],
    ['connected_actor_keys', ['key', 'actor_id', 'mentions:integer'], 'key, actor_id'],
    ['connected_actor_names', ['name', 'actor_id'], 'name, actor_id'],
    ['connected_members', ['member', 'actor_id', 'article_id'], 'member'],
    [
      'connected_events',
      ['id', 'story_id', 'ord', 'record', 'timeline', 'day_from', 'day_to', 'confidence:double precision'],
      'id',
    ],
    ['connected_event_actors', ['actor_id', 'event_id', 'story_id'], 'actor_id, event_id'],
    ['connected_event_articles', ['article_id', 'event_id'], 'article_id, event_id'],
    ['connected_measures', ['measure_id', 'article_id'], 'measure_id, article_id'],
    ['connected_series', ['id', 'record', 'first_as_of', 'confidence:double precision'], 'id'],
    [
      'connected_discrepancies',
      ['scope', 'id', 'record', 'kind_rank:integer', 'confidence:double precision'],
      'scope, id',
    ],
    ['furniture_keys', ['key'], 'key'],
    [
      'connected_event_ties',
      ['event_id', 'ordinal:integer', 'source', 'target', 'type', 'confidence:double precision'],
      'event_id, ordinal',
    ],
  ] as const
).map(([table, columns, orderBy]) => ({
  table,
  columns: columns.map((c): [string, string] => {
    const [name, type] = c.split(':');
    return [name!, type ?? 'text'];
  }),
  orderBy,
}));

/** Each copied table: its columns with their PostgreSQL types, the order to read them in, how to convert. */
interface TableCopy {
  table: string;
  columns: Array<[string, string]>;
  orderBy: string;
  convert?: (row: Record<string, unknown>) => Record<string, unknown>;
}

const TABLES: TableCopy[] = [
  {
    table: 'articles',
    columns: [
      ['seq', 'bigint'],
      ['id', 'text'],
      ['revision', 'integer'],
      ['source', 'text'],
      ['url', 'text'],
      ['url_key', 'text'],
      ['canonical_url', 'text'],
      ['title', 'text'],
      ['text', 'text'],
      ['removed', 'text'],
      ['outlet', 'text'],
      ['outlet_evidence', 'text'],
      ['author', 'text'],
      ['lang', 'text'],
      ['published', 'text'],
      ['published_evidence', 'text'],
      ['published_range', 'text'],
      ['fingerprint', 'text'],
      ['user_patch', 'text'],
      ['ingested_at', 'text'],
      ['updated_at', 'text'],
      ['read_revision', 'integer'],
      ['linked_revision', 'integer'],
    ],
    orderBy: 'seq',
  },
  {
    table: 'fingerprints',
    columns: [
      ['fingerprint', 'text'],
      ['article_id', 'text'],
      ['revision', 'integer'],
    ],
    orderBy: 'rowid',
  },
  {
    table: 'readings',
    columns: [
      ['article_id', 'text'],
      ['revision', 'integer'],
      ['pipeline', 'text'],
      ['reading', 'text'],
      ['read_at', 'text'],
    ],
    orderBy: 'rowid',
  },
  {
    table: 'signatures',
    columns: [
      ['article_id', 'text'],
      ['revision', 'integer'],
      ['signature', 'bytea'],
      ['fingerprint', 'text'],
    ],
    orderBy: 'rowid',
  },
  {
    table: 'signature_bands',
    columns: [
      ['band_key', 'text'],
      ['article_id', 'text'],
    ],
    orderBy: 'band_key, article_id',
  },
  {
    table: 'duplicates',
    columns: [
      ['a', 'text'],
      ['b', 'text'],
      ['similarity', 'double precision'],
      ['kind', 'text'],
    ],
    orderBy: 'a, b',
  },
  {
    table: 'stories',
    columns: [
      ['id', 'text'],
      ['title', 'text'],
      ['title_score', 'double precision'],
      ['title_from_keys', 'boolean'],
      ['article_count', 'integer'],
      ['date_from', 'text'],
      ['date_to', 'text'],
    ],
    orderBy: 'id',
    convert: (row) => ({ ...row, title_from_keys: row.title_from_keys === 1 }),
  },
  {
    table: 'story_articles',
    columns: [
      ['article_id', 'text'],
      ['story_id', 'text'],
    ],
    orderBy: 'article_id',
  },
  {
    table: 'story_weights',
    columns: [
      ['key', 'text'],
      ['story_id', 'text'],
      ['weight', 'double precision'],
    ],
    orderBy: 'key, story_id',
  },
  {
    table: 'repeated_sentences',
    columns: [
      ['key', 'text'],
      ['article_id', 'text'],
    ],
    orderBy: 'key',
  },
  {
    table: 'story_postings',
    columns: [
      ['posting_key', 'text'],
      ['story_id', 'text'],
    ],
    orderBy: 'posting_key, story_id',
  },
  {
    table: 'key_frequencies',
    columns: [
      ['key', 'text'],
      ['articles', 'integer'],
    ],
    orderBy: 'key',
  },
  ...CONNECTED_COPIES,
  // The quote and figure rows kept beside each reading (migration 13): SQLite's 0/1 is PostgreSQL's boolean.
  ...['article_quotes', 'article_figures'].map((table): TableCopy => ({
    table,
    columns: [
      ['article_id', 'text'],
      ['ordinal', 'integer'],
      ['seq', 'bigint'],
      ['published', 'text'],
      ['undated', 'boolean'],
      ['speaker', 'text'],
      ['confidence', 'double precision'],
      ['search', 'text'],
      ['record', 'text'],
    ],
    orderBy: 'article_id, ordinal',
    convert: (row) => ({ ...row, undated: row.undated === 1 }),
  })),
];

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
      if (tiled) await target.query('UPDATE key_frequencies SET articles = articles * $1', [tiled.tiles]);
      await target.query(
        "UPDATE counters SET value = (SELECT COUNT(*) FROM story_articles) WHERE name = 'story_articles'",
      );
      // The load ran with triggers off (`session_replication_role`), the ones keeping page totals too.
      await target.query('DELETE FROM record_counts');
      for (const counted of COUNTED) await target.query(countRows(counted));
      await target.query(
        "SELECT setval(pg_get_serial_sequence('articles', 'seq'), (SELECT COALESCE(MAX(seq), 1) FROM articles))",
      );
      await target.query('ANALYZE');
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
