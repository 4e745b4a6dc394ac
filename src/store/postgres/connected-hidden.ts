import type { ResolvedEntity } from '../../core/connected.js';
import type { ConnectedUpdate } from '../../core/ports.js';
import type { Queryable } from './connection.js';
import type { WriteBatch } from './write-batch.js';

const articleOf = (member: string) => member.slice(0, member.indexOf('/'));
const unique = (values: string[]) => [...new Set(values)];

/**
 * The hidden groups (see `ConnectedRepository.hiddenGroupsByKeys`), as in SQLite (`../sqlite/connected-hidden.ts`):
 * a JSON record under its id, its blocking keys ranked by its mentions and its members by article.
 */
export class HiddenGroupTables {
  constructor(private readonly db: Queryable) {}

  private async records(sql: string, values: unknown[]): Promise<ResolvedEntity[]> {
    const { rows } = await this.db.query<{ record: string }>(sql, values);
    return rows.map((r) => JSON.parse(r.record) as ResolvedEntity);
  }

  byKeys(keys: string[], perKey: number): Promise<ResolvedEntity[]> {
    if (keys.length === 0) return Promise.resolve([]);
    return this.records(
      `SELECT record FROM connected_hidden_groups WHERE id IN (
         SELECT ranked.group_id FROM unnest($1::text[]) AS wanted(key)
         CROSS JOIN LATERAL (
           SELECT group_id FROM connected_hidden_keys WHERE key = wanted.key
           ORDER BY mentions DESC, group_id LIMIT $2) AS ranked) ORDER BY id`,
      [unique(keys), perKey],
    );
  }

  ofMembers(members: string[]): Promise<ResolvedEntity[]> {
    if (members.length === 0) return Promise.resolve([]);
    return this.records(
      `SELECT record FROM connected_hidden_groups WHERE id IN (
         SELECT group_id FROM connected_hidden_members WHERE member = ANY($1::text[])) ORDER BY id`,
      [unique(members)],
    );
  }

  ofArticles(articleIds: string[]): Promise<ResolvedEntity[]> {
    if (articleIds.length === 0) return Promise.resolve([]);
    return this.records(
      `SELECT record FROM connected_hidden_groups WHERE id IN (
         SELECT group_id FROM connected_hidden_members WHERE article_id = ANY($1::text[])) ORDER BY id`,
      [unique(articleIds)],
    );
  }
}

/** `removeHidden` then `hidden`: a group named in both is written whole, any other only added to. */
export function writeHidden(writes: WriteBatch, u: ConnectedUpdate): void {
  const removed = unique(u.removeHidden ?? []);
  if (removed.length > 0) {
    for (const table of ['connected_hidden_keys', 'connected_hidden_members'])
      writes.add(`DELETE FROM ${table} WHERE group_id = ANY($1::text[])`, [removed]);
    writes.add('DELETE FROM connected_hidden_groups WHERE id = ANY($1::text[])', [removed]);
  }
  // The last of each id's values wins, as when each was written in turn.
  const groups = [...new Map((u.hidden ?? []).map((g) => [g.entity.id, g])).values()];
  if (groups.length === 0) return;
  writes.add(
    `INSERT INTO connected_hidden_groups (id, record) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (id) DO UPDATE SET record = excluded.record`,
    [groups.map((g) => g.entity.id), groups.map((g) => JSON.stringify(g.entity))],
  );
  const keys = groups.flatMap((g) =>
    unique(g.keys).map((key) => [key, g.entity.id, g.entity.mentionCount] as const),
  );
  writes.add(
    `INSERT INTO connected_hidden_keys (key, group_id, mentions)
     SELECT * FROM unnest($1::text[], $2::text[], $3::int[]) ON CONFLICT DO NOTHING`,
    [keys.map((k) => k[0]), keys.map((k) => k[1]), keys.map((k) => k[2])],
  );
  writes.add(
    `UPDATE connected_hidden_keys k SET mentions = g.mentions
     FROM unnest($1::text[], $2::int[]) AS g(id, mentions)
     WHERE k.group_id = g.id AND k.mentions <> g.mentions`,
    [groups.map((g) => g.entity.id), groups.map((g) => g.entity.mentionCount)],
  );
  const members = [
    ...new Map(groups.flatMap((g) => g.members.map((m) => [m, g.entity.id] as const))).entries(),
  ];
  writes.add(
    `INSERT INTO connected_hidden_members AS m (member, group_id, article_id)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
     ON CONFLICT (member) DO UPDATE SET group_id = excluded.group_id, article_id = excluded.article_id`,
    [members.map((m) => m[0]), members.map((m) => m[1]), members.map((m) => articleOf(m[0]))],
  );
}
