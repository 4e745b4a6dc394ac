import type Database from 'better-sqlite3';
import type { ResolvedEntity } from '../../core/connected.js';
import type { ConnectedUpdate } from '../../core/ports.js';

const articleOf = (member: string) => member.slice(0, member.indexOf('/'));

/**
 * The hidden groups (see `ConnectedRepository.hiddenGroupsByKeys`): each a JSON record under its id, with
 * its blocking keys ranked by its mentions and its members by article, as the actors' tables are. Written
 * inside the caller's transaction (`ConnectedTables.saveConnected`).
 */
export class HiddenGroupTables {
  constructor(private readonly statement: (sql: string) => Database.Statement) {}

  private groupsIn(ids: string, values: string[]): ResolvedEntity[] {
    if (values.length === 0) return [];
    const rows = this.statement(
      `SELECT record FROM connected_hidden_groups WHERE id IN (${ids}) ORDER BY id`,
    ).all(JSON.stringify([...new Set(values)])) as Array<{ record: string }>;
    return rows.map((r) => JSON.parse(r.record) as ResolvedEntity);
  }

  byKeys(keys: string[], perKey: number): ResolvedEntity[] {
    const ranked = this.statement(
      'SELECT group_id FROM connected_hidden_keys WHERE key = ? ORDER BY mentions DESC, group_id LIMIT ?',
    );
    const ids = new Set<string>();
    for (const key of new Set(keys))
      for (const row of ranked.all(key, perKey) as Array<{ group_id: string }>) ids.add(row.group_id);
    return this.groupsIn('SELECT value FROM json_each(?)', [...ids]);
  }

  ofMembers(members: string[]): ResolvedEntity[] {
    return this.groupsIn(
      'SELECT group_id FROM connected_hidden_members WHERE member IN (SELECT value FROM json_each(?))',
      members,
    );
  }

  ofArticles(articleIds: string[]): ResolvedEntity[] {
    return this.groupsIn(
      'SELECT group_id FROM connected_hidden_members WHERE article_id IN (SELECT value FROM json_each(?))',
      articleIds,
    );
  }

  /** `removeHidden` then `hidden`: a group named in both is written whole, any other only added to. */
  write(u: ConnectedUpdate): void {
    const json = (values: string[]) => JSON.stringify([...new Set(values)]);
    const removed = json(u.removeHidden ?? []);
    for (const table of ['connected_hidden_keys', 'connected_hidden_members'])
      this.statement(`DELETE FROM ${table} WHERE group_id IN (SELECT value FROM json_each(?))`).run(removed);
    this.statement('DELETE FROM connected_hidden_groups WHERE id IN (SELECT value FROM json_each(?))').run(
      removed,
    );
    for (const { entity, keys, members } of u.hidden ?? []) {
      this.statement('INSERT OR REPLACE INTO connected_hidden_groups (id, record) VALUES (?, ?)').run(
        entity.id,
        JSON.stringify(entity),
      );
      this.statement(
        `INSERT OR IGNORE INTO connected_hidden_keys (key, group_id, mentions) SELECT value, ?, ? FROM json_each(?)`,
      ).run(entity.id, entity.mentionCount, json(keys));
      this.statement(
        'UPDATE connected_hidden_keys SET mentions = ? WHERE group_id = ? AND mentions <> ?',
      ).run(entity.mentionCount, entity.id, entity.mentionCount);
      const member = this.statement(
        `INSERT OR REPLACE INTO connected_hidden_members (member, group_id, article_id) VALUES (?, ?, ?)`,
      );
      for (const m of new Set(members)) member.run(m, entity.id, articleOf(m));
    }
  }
}
