import type Database from 'better-sqlite3';
import type { ActorHead, ResolvedEntity } from '../../core/connected.js';
import type {
  ActorSpan,
  ConnectedUpdate,
  DaySpan,
  PlacedMember,
  PlacedRole,
  RoleArticle,
} from '../../core/ports.js';
import { actorHead, actorOfLists, actorRecord } from '../actor-rows.js';
import { actorColumns, actorNames } from '../connected-rows.js';
import { roleOrder, sqliteJsonText } from '../record-sql.js';

const articleOf = (member: string) => member.slice(0, member.indexOf('/'));
const json = (values: readonly unknown[]) => JSON.stringify(values);
interface RoleRow {
  seq: number;
  role: string;
}
/** Rows of roles (asked in parts that may overlap) each once, by place. */
const placed = (rows: RoleRow[]): PlacedRole[] =>
  [...new Map(rows.map((r) => [r.seq, r.role]))]
    .sort((a, b) => a[0] - b[0])
    .map(([place, role]) => ({ place, role: JSON.parse(role) as PlacedRole['role'] }));
const fromLists = (row: unknown) => {
  const { record, members, roles } = row as { record: string; members: string; roles: string };
  return actorOfLists(record, members, roles);
};

/** An actor's members as `connected_actor_counts` keeps them (no row: none). */
const MEMBER_COUNT = 'SELECT members AS n FROM connected_actor_counts WHERE actor_id = ?';

/**
 * The actors' tables (see `actor-rows.ts`): each actor's record, with its members and roles as rows of
 * their own, and the index tables connecting looks actors up by. Plain SQL, in the caller's transaction.
 */
export class ActorTables {
  constructor(private readonly statement: (sql: string) => Database.Statement) {}

  /**
   * The actors whose ids `ids` (a query over the JSON list bound to `?`) selects, by id: each record with
   * its members and roles gathered as JSON lists by SQLite (one string each, not an object per row).
   */
  actorsIn(ids: string, values: string[], large?: number): ResolvedEntity[] {
    if (values.length === 0) return [];
    return this.actors(`WHERE a.id IN (${ids})`, large !== undefined)
      .all(...(large === undefined ? [] : [large]), JSON.stringify([...new Set(values)]))
      .map(fromLists);
  }

  /**
   * See `ConnectedRepository.actorSpans`: each actor's member count as its triggers keep it (migration 30;
   * counting the rows walked a hub's tens of thousands, a twentieth of an addition at 100k articles), and
   * its members walked in order until enough articles.
   */
  spans(ids: string[], articles: number): Record<string, ActorSpan> {
    const spans: Record<string, ActorSpan> = {};
    const count = this.statement(MEMBER_COUNT);
    const walk = this.statement('SELECT article_id FROM connected_members WHERE actor_id = ? ORDER BY ord');
    for (const id of new Set(ids)) {
      const members = (count.get(id) as { n: number } | undefined)?.n ?? 0;
      if (members === 0) continue;
      const found = new Set<string>();
      for (const row of walk.iterate(id) as Iterable<{ article_id: string }>) {
        found.add(row.article_id);
        if (found.size >= articles) break;
      }
      spans[id] = { members, firstArticles: [...found] };
    }
    return spans;
  }

  /**
   * See `ConnectedRepository.actorMembersIn`: by the article index, each article's few members (`+actor_id`
   * keeps the planner off the actor index, which would walk a large actor's every member).
   */
  membersIn(ids: string[], articleIds: string[]): PlacedMember[] {
    if (ids.length === 0 || articleIds.length === 0) return [];
    return this.statement(
      `SELECT actor_id AS actorId, member, ord AS place FROM connected_members
       WHERE article_id IN (SELECT value FROM json_each(?)) AND +actor_id IN (SELECT value FROM json_each(?))
       ORDER BY actor_id, ord`,
    ).all(json([...new Set(articleIds)]), json([...new Set(ids)])) as PlacedMember[];
  }

  /** See `ConnectedRepository.lastMemberPlace`: walked back from the actor's last member. */
  lastPlace(id: string, except: string[]): number | null {
    const row = this.statement(
      `SELECT ord FROM connected_members WHERE actor_id = ? AND member NOT IN (SELECT value FROM json_each(?))
       ORDER BY ord DESC LIMIT 1`,
    ).get(id, json(except)) as { ord: number } | undefined;
    return row?.ord ?? null;
  }

  /**
   * See `ConnectedRepository.actorRolesIn`: each article by the roles' order index (migration 30), whose
   * first keys after the actor are whether the role is undated, its day and its article (named: without
   * statistics of the index the planner took the primary key, every role of the actor).
   */
  rolesIn(id: string, articles: RoleArticle[]): PlacedRole[] {
    const [undated, day, article] = roleOrder(sqliteJsonText);
    const dated = this.statement(
      `SELECT seq, role FROM connected_actor_roles INDEXED BY connected_actor_roles_order
       WHERE actor_id = ? AND ${undated} = 0 AND ${day} = ? AND ${article} = ?`,
    );
    const none = this.statement(
      `SELECT seq, role FROM connected_actor_roles INDEXED BY connected_actor_roles_order
       WHERE actor_id = ? AND ${undated} = 1 AND ${day} IS NULL AND ${article} = ?`,
    );
    const rows: RoleRow[] = [];
    for (const a of articles)
      rows.push(
        ...((a.day === null ? none.all(id, a.articleId) : dated.all(id, a.day, a.articleId)) as RoleRow[]),
      );
    return placed(rows);
  }

  /**
   * See `ConnectedRepository.actorRolesOn`: ranges of the roles' order index by day, the country read from
   * each role in them.
   */
  rolesOn(id: string, days: DaySpan[], country: string, countryless: boolean): PlacedRole[] {
    const [undated, day] = roleOrder(sqliteJsonText);
    const own = sqliteJsonText('role', 'country');
    const spans = this.statement(
      `SELECT seq, role FROM connected_actor_roles INDEXED BY connected_actor_roles_order
       WHERE actor_id = ? AND ${undated} = 0 AND ${day} BETWEEN ? AND ?
         AND (${own} = ? OR (? AND ${own} IS NULL))`,
    );
    const rows: RoleRow[] = [];
    for (const span of days)
      rows.push(...(spans.all(id, span.from, span.to, country, countryless ? 1 : 0) as RoleRow[]));
    return placed(rows);
  }

  /** The heads of the actors of `ids`, by id: their records alone (see `actorHead`). */
  headsIn(ids: string[]): ActorHead[] {
    if (ids.length === 0) return [];
    return this.statement(
      'SELECT record FROM connected_actors WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id',
    )
      .all(JSON.stringify([...new Set(ids)]))
      .map((row) => actorHead((row as { record: string }).record));
  }

  list(): ResolvedEntity[] {
    return this.actors('').all().map(fromLists);
  }

  /**
   * `large`: an actor of more members than the first value bound has neither its members nor its roles
   * listed (see `actorsOfMembers`), told by its kept count, not by counting its rows (which walked every
   * member of each hub a key found).
   */
  private actors(where: string, large = false): Database.Statement {
    const members =
      '(SELECT json_group_array(m.member ORDER BY m.ord) FROM connected_members m WHERE m.actor_id = a.id)';
    const roles = `(SELECT json_group_array(json(r.role) ORDER BY r.seq) FROM connected_actor_roles r
           WHERE r.actor_id = a.id)`;
    if (!large)
      return this.statement(
        `SELECT a.record, ${members} AS members, ${roles} AS roles FROM connected_actors a ${where} ORDER BY a.id`,
      );
    return this.statement(
      `SELECT a.record, CASE WHEN large THEN '[]' ELSE ${members} END AS members,
         CASE WHEN large THEN '[]' ELSE ${roles} END AS roles
       FROM (SELECT a.*, coalesce((SELECT c.members FROM connected_actor_counts c WHERE c.actor_id = a.id), 0) > ?
               AS large
             FROM connected_actors a ${where}) AS a
       ORDER BY a.id`,
    );
  }

  write(u: ConnectedUpdate): void {
    // An actor removed and written again (most of them: one that gained a member) is replaced in place:
    // only its rows that differ change, rather than every row deleted and inserted again with its names'
    // word index (writing actors was the largest write of linking, about an eighth of the write lock's CPU).
    const rewritten = new Set(u.actors.map((a) => a.entity.id));
    const removed = json(u.removeActors.filter((id) => !rewritten.has(id)));
    const replaced = new Set(u.removeActors);
    for (const table of [
      'connected_actor_keys',
      'connected_members',
      'connected_actor_names',
      'connected_actor_roles',
    ])
      this.statement(`DELETE FROM ${table} WHERE actor_id IN (SELECT value FROM json_each(?))`).run(removed);
    this.statement('DELETE FROM connected_actors WHERE id IN (SELECT value FROM json_each(?))').run(removed);
    if (u.removeMembers?.length)
      this.statement('DELETE FROM connected_members WHERE member IN (SELECT value FROM json_each(?))').run(
        json(u.removeMembers),
      );
    for (const row of u.actors) this.writeActor(row, replaced.has(row.entity.id));
  }

  /**
   * One actor's rows. `whole`: its keys, members and roles are all it has (its rows not among them go, the
   * others take their places); otherwise they are added after what it has (a large actor that grew). A row
   * already as it should be is not written, and the names' word index (a trigger on `names`) only when its
   * names changed.
   */
  private writeActor(
    { entity, keys, members, roles }: ConnectedUpdate['actors'][number],
    whole: boolean,
  ): void {
    const columns = actorColumns(entity);
    const record = actorRecord(entity);
    const updated = this.statement(
      'UPDATE connected_actors SET record = ?, name = ?, type = ?, mentions = ? WHERE id = ?',
    ).run(record, columns.name, columns.type, columns.mentions, entity.id);
    if (updated.changes === 0)
      this.statement(
        'INSERT INTO connected_actors (id, record, name, type, mentions, names) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(entity.id, record, columns.name, columns.type, columns.mentions, columns.names);
    else
      this.statement('UPDATE connected_actors SET names = ? WHERE id = ? AND names IS NOT ?').run(
        columns.names,
        entity.id,
        columns.names,
      );
    const names = json(actorNames(entity));
    this.statement(
      'DELETE FROM connected_actor_names WHERE actor_id = ? AND name NOT IN (SELECT value FROM json_each(?))',
    ).run(entity.id, names);
    this.statement(
      'INSERT OR IGNORE INTO connected_actor_names (name, actor_id) SELECT value, ? FROM json_each(?)',
    ).run(entity.id, names);
    if (whole) {
      this.statement(
        'DELETE FROM connected_actor_keys WHERE actor_id = ? AND key NOT IN (SELECT value FROM json_each(?))',
      ).run(entity.id, json(keys));
      this.statement(
        'DELETE FROM connected_members WHERE actor_id = ? AND member NOT IN (SELECT value FROM json_each(?))',
      ).run(entity.id, json(members));
      this.statement('DELETE FROM connected_actor_roles WHERE actor_id = ? AND seq >= ?').run(
        entity.id,
        roles.length,
      );
    }
    this.statement(
      'INSERT OR IGNORE INTO connected_actor_keys (key, actor_id) SELECT value, ? FROM json_each(?)',
    ).run(entity.id, json(keys));
    this.statement('UPDATE connected_actor_keys SET mentions = ? WHERE actor_id = ? AND mentions <> ?').run(
      columns.mentions,
      entity.id,
      columns.mentions,
    );
    // Whole: each member at its place in the list; added: each after the last the actor holds.
    const place = whole
      ? '?'
      : '(SELECT COALESCE(MAX(ord) + 1, 0) FROM connected_members WHERE actor_id = ?)';
    const member = this.statement(
      `INSERT INTO connected_members (member, actor_id, article_id, ord) VALUES (?, ?, ?, ${place})
       ON CONFLICT (member) DO UPDATE SET actor_id = excluded.actor_id, article_id = excluded.article_id,
         ord = excluded.ord
       WHERE actor_id IS NOT excluded.actor_id OR article_id IS NOT excluded.article_id OR ord IS NOT excluded.ord`,
    );
    for (const [i, m] of members.entries()) member.run(m, entity.id, articleOf(m), whole ? i : entity.id);
    const seq = whole
      ? '?'
      : '(SELECT COALESCE(MAX(seq) + 1, 0) FROM connected_actor_roles WHERE actor_id = ?)';
    const role = this.statement(
      `INSERT INTO connected_actor_roles (actor_id, seq, role) VALUES (?, ${seq}, ?)
       ON CONFLICT (actor_id, seq) DO UPDATE SET role = excluded.role WHERE role IS NOT excluded.role`,
    );
    for (const [i, r] of roles.entries()) role.run(entity.id, whole ? i : entity.id, JSON.stringify(r));
  }
}
