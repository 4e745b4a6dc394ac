import { UsageError } from '../core/errors.js';
import type { JobQueue } from '../core/ports.js';
import { isPostgresLocation } from '../store/postgres/connection.js';
import { PostgresStore } from '../store/postgres/index.js';
import { PgBossQueue } from '../store/postgres/queue.js';
import { SqliteStore } from '../store/sqlite/index.js';
import type { SharedStore, Store } from '../store/store.js';

export const DEFAULT_DB = './dossier.db';

/** The location a command names (`--db`), else `DOSSIER_DB`, else the default file. */
export function storeLocation(location?: string): string {
  return location || process.env.DOSSIER_DB || DEFAULT_DB;
}

/**
 * The store a location names: a file path is the embedded SQLite default; a `postgres://` URL (with an
 * optional `?schema=`) is the shared PostgreSQL store that workers on several machines use. Callers never
 * name an implementation.
 */
export async function openStore(location?: string): Promise<Store> {
  const resolved = storeLocation(location);
  if (isPostgresLocation(resolved)) return PostgresStore.open(resolved);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(resolved)) {
    throw new UsageError(
      `unsupported database location ${resolved}: give a file path for SQLite or a postgres:// URL`,
    );
  }
  return new SqliteStore(resolved);
}

/**
 * The job queue of a shared store: pg-boss in the same PostgreSQL. `supervise`: this process also expires
 * the jobs of workers that vanished (workers do; a command that only enqueues need not).
 */
export async function openQueue(store: SharedStore, options: { supervise: boolean }): Promise<JobQueue> {
  if (!(store instanceof PostgresStore)) throw new UsageError('workers need a postgres:// store');
  return PgBossQueue.open(store.locationUrl, { supervise: options.supervise });
}
