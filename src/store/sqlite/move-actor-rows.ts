import type Database from 'better-sqlite3';
import { splitActorRecord } from '../actor-rows.js';

/**
 * Migration 27 (`migrations-from-23.ts`): each actor's members (in order) and roles move from its
 * record to their rows.
 */
export function moveActorRows(db: Database.Database): void {
  const columns = db.prepare('PRAGMA table_info(connected_members)').all() as Array<{ name: string }>;
  if (!columns.some((c) => c.name === 'ord'))
    db.exec('ALTER TABLE connected_members ADD COLUMN ord INTEGER NOT NULL DEFAULT 0');
  db.exec('CREATE INDEX connected_members_actor ON connected_members (actor_id, ord)');
  const batch = db.prepare('SELECT id, record FROM connected_actors WHERE id > ? ORDER BY id LIMIT 500');
  const record = db.prepare('UPDATE connected_actors SET record = ? WHERE id = ?');
  const member = db.prepare(
    `INSERT INTO connected_members (member, actor_id, article_id, ord) VALUES (?, ?, ?, ?)
     ON CONFLICT (member) DO UPDATE SET actor_id = excluded.actor_id, ord = excluded.ord`,
  );
  const roles = db.prepare('DELETE FROM connected_actor_roles WHERE actor_id = ?');
  const role = db.prepare('INSERT INTO connected_actor_roles (actor_id, seq, role) VALUES (?, ?, ?)');
  for (let after = ''; ;) {
    const rows = batch.all(after) as Array<{ id: string; record: string }>;
    if (rows.length === 0) return;
    after = rows[rows.length - 1]!.id;
    for (const row of rows) {
      const split = splitActorRecord(row.record);
      if (!split) continue;
      record.run(split.record, row.id);
      for (const [i, m] of split.entity.members.entries())
        member.run(m, row.id, m.slice(0, m.indexOf('/')), i);
      roles.run(row.id);
      for (const [i, r] of split.roles.entries()) role.run(row.id, i, r);
    }
  }
}
