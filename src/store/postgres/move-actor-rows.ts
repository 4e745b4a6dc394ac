import { splitActorRecord } from '../actor-rows.js';
import type { Queryable } from './connection.js';

/**
 * Migration 27 (`migrations-from-23.ts`): each actor's members (in order) and roles move from its
 * record to their rows.
 */
export async function moveActorRows(db: Queryable): Promise<void> {
  for (let after = ''; ;) {
    const { rows } = await db.query<{ id: string; record: string }>(
      'SELECT id, record FROM connected_actors WHERE id > $1 ORDER BY id LIMIT 500',
      [after],
    );
    if (rows.length === 0) return;
    after = rows[rows.length - 1]!.id;
    for (const row of rows) {
      const split = splitActorRecord(row.record);
      if (!split) continue;
      const members = split.entity.members;
      await db.query('UPDATE connected_actors SET record = $1 WHERE id = $2', [split.record, row.id]);
      await db.query(
        `INSERT INTO connected_members (member, actor_id, article_id, ord)
         SELECT v.member, $2, split_part(v.member, '/', 1), v.n - 1
         FROM unnest($1::text[]) WITH ORDINALITY AS v(member, n)
         ON CONFLICT (member) DO UPDATE SET actor_id = excluded.actor_id, ord = excluded.ord`,
        [members, row.id],
      );
      await db.query('DELETE FROM connected_actor_roles WHERE actor_id = $1', [row.id]);
      await db.query(
        `INSERT INTO connected_actor_roles (actor_id, seq, role)
         SELECT $2, v.n - 1, v.role FROM unnest($1::text[]) WITH ORDINALITY AS v(role, n)`,
        [split.roles, row.id],
      );
    }
  }
}
