import { UsageError } from '../core/errors.js';
import { SqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/store.js';

export const DEFAULT_DB = './dossier.db';

/**
 * The store a location names: a file path is the embedded SQLite default. Other backends join here by
 * URL scheme, so callers never name an implementation.
 */
export async function openStore(location: string = process.env.DOSSIER_DB || DEFAULT_DB): Promise<Store> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) {
    throw new UsageError(`unsupported database location ${location}: give a file path for SQLite`);
  }
  return new SqliteStore(location);
}
