import { compareRoles } from '../core/connected.js';
import type { ActorHead, ResolvedEntity, ResolvedRole } from '../core/connected.js';
import type { ActorListing, ActorSlice } from '../core/record-ports.js';
import { actorHead } from './actor-rows.js';
import { containsPattern } from './connected-rows.js';
import { Sql, roleOrder, type ReadQuery } from './record-sql.js';

/**
 * What finding an actor, listing actors and showing a profile read (`RecordViews.actorHeadsNamed`,
 * `actorHeadsHolding`, `actorPage`, `actorSlice`): heads, and of a large actor the first page of its
 * members and roles with their counts, never its every member and role (at 100k generated articles the
 * largest actors hold 20-28k members).
 */

/** Member rows asked for at once while looking for an actor's first articles; doubled each time. */
const MEMBER_CHUNK = 256;

const articleOf = (member: string) => member.slice(0, member.indexOf('/'));

/** The condition that a `connected_actors` row's name or an alias holds `q`, as `actorPage` filters. */
export function holding(db: ReadQuery, q: string, sql: Sql): string {
  return (
    db.itemsHolding?.('connected_actors', q, (value) => sql.v(value)) ??
    `names LIKE ${sql.v(containsPattern(q))} ESCAPE '\\'`
  );
}

const heads = (rows: Array<Record<string, unknown>>) => rows.map((r) => actorHead(r.record as string));

export async function actorHeadsNamed(db: ReadQuery, name: string): Promise<ActorHead[]> {
  const sql = new Sql(db);
  const rows = await db.all(
    `SELECT record FROM connected_actors WHERE id IN (
       SELECT actor_id FROM connected_actor_names WHERE name = ${sql.v(name.toLowerCase())})
     ORDER BY mentions DESC, name, id`,
    sql.values,
  );
  return heads(rows);
}

export async function actorHeadsHolding(db: ReadQuery, q: string, limit: number): Promise<ActorHead[]> {
  const sql = new Sql(db);
  const rows = await db.all(
    `SELECT record FROM connected_actors WHERE ${holding(db, q, sql)}
     ORDER BY mentions DESC, name, id LIMIT ${sql.v(limit)}`,
    sql.values,
  );
  return heads(rows);
}

/**
 * The profile's page of actor `id` (see `ActorSlice`), null when there is none. Its members are read in
 * their order, in chunks, until `limit` articles are seen: an actor named in every article costs what its
 * first articles hold. Its members, their articles and its roles are counted as kept
 * (`connected_actor_counts`, migration 30).
 */
export async function actorSlice(db: ReadQuery, id: string, limit: number): Promise<ActorSlice | null> {
  const head = new Sql(db);
  const [row] = await db.all(`SELECT record FROM connected_actors WHERE id = ${head.v(id)}`, head.values);
  if (!row) return null;
  const members: string[] = [];
  const articleIds: string[] = [];
  const seen = new Set<string>();
  for (let offset = 0, size = Math.max(limit, MEMBER_CHUNK); articleIds.length < limit;) {
    const sql = new Sql(db);
    const rows = await db.all(
      `SELECT member FROM connected_members WHERE actor_id = ${sql.v(id)}
       ORDER BY ord, member LIMIT ${sql.v(size)} OFFSET ${sql.v(offset)}`,
      sql.values,
    );
    for (const { member } of rows as Array<{ member: string }>) {
      if (members.length < limit) members.push(member);
      const articleId = articleOf(member);
      if (articleIds.length < limit && !seen.has(articleId)) {
        seen.add(articleId);
        articleIds.push(articleId);
      }
    }
    if (rows.length < size) break;
    offset += size;
    size *= 2;
  }
  const entity = await withFirstRoles(db, row.record as string, members, limit);
  return { entity, articleIds, membersIn: await membersIn(db, id, articleIds), counts: await counts(db, id) };
}

/**
 * Actor `id`'s members in `articleIds`, sorted: found by their articles (a few members each), not among the
 * actor's every member.
 */
async function membersIn(db: ReadQuery, id: string, articleIds: string[]): Promise<string[]> {
  if (articleIds.length === 0) return [];
  const sql = new Sql(db);
  // `actor_id || ''` keeps the planner off the index of the actor's members (SQLite chose it, reading all
  // 71k members of the busiest actor at 100k generated articles); the articles' index finds a few each.
  const rows = (await db.all(
    `SELECT member FROM connected_members
     WHERE article_id IN (${articleIds.map((a) => sql.v(a)).join(', ')}) AND actor_id || '' = ${sql.v(id)}`,
    sql.values,
  )) as Array<{ member: string }>;
  return rows.map((r) => r.member).sort();
}

/**
 * The actors of a page of `actorPage` (records with their ids), each with its first `each` members and
 * roles as `actorSlice` picks them, and how many it has in all.
 */
export async function actorListings(
  db: ReadQuery,
  rows: Array<Record<string, unknown>>,
  each: number,
): Promise<ActorListing[]> {
  const listings: ActorListing[] = [];
  for (const row of rows) {
    const id = row.id as string;
    const sql = new Sql(db);
    const members = (await db.all(
      `SELECT member FROM connected_members WHERE actor_id = ${sql.v(id)}
       ORDER BY ord, member LIMIT ${sql.v(each)}`,
      sql.values,
    )) as Array<{ member: string }>;
    const entity = await withFirstRoles(
      db,
      row.record as string,
      members.map((m) => m.member),
      each,
    );
    listings.push({ entity, counts: await keptCounts(db, id) });
  }
  return listings;
}

/** Actor `id`'s members and roles as `connected_actor_counts` keeps them (migration 30). */
async function keptCounts(db: ReadQuery, id: string): Promise<{ members: number; roles: number }> {
  const sql = new Sql(db);
  const [row] = await db.all(
    `SELECT members, roles FROM connected_actor_counts WHERE actor_id = ${sql.v(id)}`,
    sql.values,
  );
  return { members: Number(row?.members ?? 0), roles: Number(row?.roles ?? 0) };
}

/** The actor of `record` with `members` and its first `limit` roles (see `ActorSlice.entity`). */
async function withFirstRoles(
  db: ReadQuery,
  record: string,
  members: string[],
  limit: number,
): Promise<ResolvedEntity> {
  // Assigned to the record's own (empty) lists, so the keys stay in their order (as `actorOf`).
  const entity = JSON.parse(record) as ResolvedEntity;
  entity.members = members;
  entity.roles = (await firstRoles(db, entity.id, limit)).sort(compareRoles);
  return entity;
}

/**
 * The actor's first `limit` roles in the profile's order (see `ActorSlice.entity`), chosen from the index
 * of their order (`roleOrder`, migration 30): `limit` entries, not every role's keys.
 */
async function firstRoles(db: ReadQuery, id: string, limit: number): Promise<ResolvedRole[]> {
  if (limit === 0) return [];
  const sql = new Sql(db);
  const rows = await db.all(
    `SELECT role FROM connected_actor_roles WHERE actor_id = ${sql.v(id)}
     ORDER BY ${roleOrder(db.jsonText).join(', ')} LIMIT ${sql.v(limit)}`,
    sql.values,
  );
  return rows.map((r) => JSON.parse(r.role as string) as ResolvedRole);
}

async function counts(db: ReadQuery, id: string): Promise<ActorSlice['counts']> {
  const sql = new Sql(db);
  const [row] = await db.all(
    `SELECT members, articles, roles FROM connected_actor_counts WHERE actor_id = ${sql.v(id)}`,
    sql.values,
  );
  return {
    members: Number(row?.members ?? 0),
    articles: Number(row?.articles ?? 0),
    roles: Number(row?.roles ?? 0),
  };
}
