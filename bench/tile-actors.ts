import type Database from 'better-sqlite3';

/**
 * The actors of a tiled store (`tile-store.ts`, `tile-postgres.ts`) are the tile's, shared by every copy:
 * linking the whole corpus files a name it reads in every copy under one actor, so a copy's members are
 * filed under the tile's actor of the same name rather than under an actor of the copy's own. Its member
 * and role rows hold every copy's, its mentions are counted in every copy, and its keys and names rows
 * are the tile's (kept once, the keys' mentions counted in every copy).
 */

/** A 12-hex-digit id, alone or after a prefix (`ent_`, `evt_`, `story-`, `ser_`, `dis_`), or in a member key. */
export const ID_TOKEN = /(?<![0-9a-f])[0-9a-f]{12}(?![0-9a-f])/g;

/** Copy `copy`'s leading three hex digits of an id whose leading digits are `prefix`. */
export function shiftedHex(prefix: string, copy: number): string {
  return ((parseInt(prefix, 16) ^ copy) >>> 0).toString(16).padStart(3, '0');
}

/**
 * A value with every tile id it names (`ids`, the 12 hex digits) shifted to copy `copy`'s; other text, the
 * actors' ids among it when `ids` leaves them out, as it was.
 */
export function idShifter(ids: ReadonlySet<string>): (value: string, copy: number) => string {
  return (value, copy) =>
    copy === 0
      ? value
      : value.replace(ID_TOKEN, (m) => (ids.has(m) ? shiftedHex(m.slice(0, 3), copy) + m.slice(3) : m));
}

/**
 * A tile actor's record (JSON) made every copy's: its mentions counted `tiles` times. Its members and roles
 * are rows (migration 27), copied per copy with the other rows (`COPIED`'s `rank` orders them).
 */
export function sharedActorRecord(record: string, tiles: number): { record: string; mentions: number } {
  const actor = JSON.parse(record) as { mentionCount: number };
  actor.mentionCount *= tiles;
  return { record: JSON.stringify(actor), mentions: actor.mentionCount };
}

/**
 * The tiled SQLite store's actors made every copy's (see above). A copy's member and role rows name the
 * tile's actor already (its id is not shifted).
 */
export function shareActors(db: Database.Database, tiles: number): void {
  const update = db.prepare('UPDATE connected_actors SET record = ?, mentions = ? WHERE id = ?');
  const actors = db.prepare('SELECT id, record FROM connected_actors').all() as Array<{
    id: string;
    record: string;
  }>;
  db.transaction(() => {
    for (const { id, record } of actors) {
      const shared = sharedActorRecord(record, tiles);
      update.run(shared.record, shared.mentions, id);
    }
  })();
  db.prepare('UPDATE connected_actor_keys SET mentions = mentions * ?').run(tiles);
}
