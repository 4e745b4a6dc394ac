import pg from 'pg';
import { UsageError } from '../../core/errors.js';

/**
 * Where a PostgreSQL store lives: a `postgres://` URL as libpq and `pg` read it, plus Dossier's own
 * `schema` parameter (default `dossier`), so several Dossiers (or test runs) can share one database. The
 * job queue keeps its tables in `<schema>_jobs`.
 */
export interface PostgresLocation {
  /** As given, `schema` included. */
  url: string;
  /** The URL without the `schema` parameter, as handed to the driver. */
  connectionString: string;
  schema: string;
  /** The URL with any password replaced, for messages. */
  display: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,40}$/;
export const DEFAULT_SCHEMA = 'dossier';

export function isPostgresLocation(location: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(location);
}

export function parseLocation(location: string): PostgresLocation {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw new UsageError(`invalid database URL ${redact(location)}`);
  }
  const schema = url.searchParams.get('schema') ?? DEFAULT_SCHEMA;
  if (!SCHEMA_NAME.test(schema)) {
    throw new UsageError(
      `invalid schema "${schema}" in ${redact(location)}: lower-case letters, digits and _ only`,
    );
  }
  url.searchParams.delete('schema');
  return { url: location, connectionString: url.toString(), schema, display: redact(url.toString()) };
}

function redact(location: string): string {
  return location.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}

/** What runs a query: the pool, or one client holding a transaction. */
export interface Queryable {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    text: string,
    values?: unknown[],
  ): Promise<pg.QueryResult<R>>;
}

/** `bigint` columns (sequence numbers, counts) as numbers: every one stays far below 2^53. */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

export function createPool(location: PostgresLocation, max = 4): pg.Pool {
  const pool = new pg.Pool({
    connectionString: location.connectionString,
    max,
    types,
    application_name: 'dossier',
    // Every connection works in the store's schema, so the SQL names its tables without qualifying them.
    options: `-c search_path=${location.schema}`,
  });
  // An idle client whose server went away must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  if (process.env.DOSSIER_TRACE_SQL) pool.on('connect', traceQueries);
  return pool;
}

/**
 * With `DOSSIER_TRACE_SQL` set, each statement a connection runs is written to stderr with its time (the
 * server's, round trip included; not the wait for a pooled connection): where a request's time goes.
 */
function traceQueries(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
  (client as unknown as { query: unknown }).query = async (...args: unknown[]) => {
    const started = performance.now();
    try {
      return await query(...args);
    } finally {
      const text = String((args[0] as { text?: string }).text ?? args[0]).replace(/\s+/g, ' ');
      process.stderr.write(`sql ${(performance.now() - started).toFixed(1)} ms ${text.slice(0, 160)}\n`);
    }
  };
}

/** A connection failure as one line naming the database, instead of a driver stack trace. */
export function connectionError(location: PostgresLocation, error: unknown): UsageError {
  const reason = error instanceof Error ? error.message : String(error);
  return new UsageError(`cannot open database ${location.display}: ${reason}`);
}

/** The first row of a query's result, or null when it has none. */
export async function one<R extends pg.QueryResultRow>(
  db: Queryable,
  text: string,
  values?: unknown[],
): Promise<R | null> {
  const { rows } = await db.query<R>(text, values);
  return rows[0] ?? null;
}
