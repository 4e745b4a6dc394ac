import { join } from 'node:path';
import type { ConnectedDossier } from '../../src/service/connect.js';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';
import { freshSchema, testLocation } from './postgres.js';

/**
 * What the tests of connected records share: a fresh store of each kind to run the same checks on, and the
 * records in a form two dossiers can be compared in.
 */

/**
 * Openers of a fresh SQLite file in `dir` and of a fresh PostgreSQL schema named for `label`; each schema
 * made is pushed to `schemas`, for the file's `after` to drop.
 */
export function freshStores(
  dir: string,
  label: string,
  schemas: string[],
): Array<[string, () => Promise<Store>]> {
  return [
    ['SQLite', async () => new SqliteStore(join(dir, `${Math.random().toString(36).slice(2)}.db`))],
    [
      'PostgreSQL',
      async () => {
        const schema = freshSchema(label);
        schemas.push(schema);
        return PostgresStore.open(testLocation(schema));
      },
    ],
  ];
}

const byId = <T extends { id: string }>(records: readonly T[]) =>
  [...records].sort((a, b) => a.id.localeCompare(b.id));

/** The records that are kept, in a comparable form (the stored lists have their own order). */
export function comparableRecords(dossier: ConnectedDossier) {
  return {
    entities: byId(dossier.entities),
    events: byId(dossier.events),
    stories: byId(dossier.stories).map((s) => ({ ...s, eventIds: [...s.eventIds].sort() })),
    series: byId(dossier.series),
    discrepancies: [...dossier.discrepancies].sort(
      (a, b) => a.id.localeCompare(b.id) || a.subject.localeCompare(b.subject),
    ),
    memberOf: [...dossier.memberOf].sort(([a], [b]) => a.localeCompare(b)),
  };
}
