import { compareRoles } from '../core/connected.js';
import type { ActorHead, ResolvedEntity, ResolvedRole } from '../core/connected.js';
import { IN_BATCH, Sql, type ReadQuery } from './record-sql.js';

/**
 * An actor as both stores keep it: its record holds what stays small (name, type, aliases, mentions), and
 * its members and roles are rows of their own (`connected_members` by `ord`, `connected_actor_roles` by
 * `seq`), so a large actor that gains a member or a role writes that row alone, not a record that grows
 * with the corpus. Read back, the record's empty lists are filled from the rows in their order: the same
 * entity, its keys in the same order, as the one written.
 */

/** The record of an actor, its members and roles left out (their keys stay, in their place). */
export const actorRecord = (entity: ResolvedEntity): string =>
  JSON.stringify({ ...entity, roles: [], members: [] });

export interface ActorRow {
  record: string;
}
export interface MemberRow {
  actor_id: string;
  member: string;
}
export interface RoleRow {
  actor_id: string;
  role: string;
}

/**
 * Actors from their records and rows (each actor's members by `ord`, its roles by `seq`). A large actor's
 * gained roles were added after those it had: listed in the roles' own order (`compareRoles`), equal ones
 * as added, as the actor that gained them lists them.
 */
export function joinActors(records: ActorRow[], members: MemberRow[], roles: RoleRow[]): ResolvedEntity[] {
  const actors = records.map((r) => JSON.parse(r.record) as ResolvedEntity);
  const byId = new Map(actors.map((a) => [a.id, a]));
  for (const m of members) byId.get(m.actor_id)?.members.push(m.member);
  for (const r of roles) byId.get(r.actor_id)?.roles.push(JSON.parse(r.role) as ResolvedRole);
  for (const a of actors) a.roles.sort(compareRoles);
  return actors;
}

/** An actor's head from its record: the record's empty member and role lists left out. */
export function actorHead(record: string): ActorHead {
  const { members: _members, roles: _roles, ...head } = JSON.parse(record) as ResolvedEntity;
  return head;
}

/** One actor from its record and its rows' values, in their order (as `joinActors`). */
export function actorOf(record: string, members: string[], roles: readonly string[]): ResolvedEntity {
  const actor = JSON.parse(record) as ResolvedEntity;
  // Assigned to the record's own (empty) lists, so the keys stay in their order.
  actor.members = members;
  actor.roles = roles.map((r) => JSON.parse(r) as ResolvedRole).sort(compareRoles);
  return actor;
}

/** One actor from its record and its rows' values as JSON lists, in their order (as `joinActors`). */
export function actorOfLists(record: string, members: string, roles: string): ResolvedEntity {
  const actor = JSON.parse(record) as ResolvedEntity;
  actor.members = JSON.parse(members) as string[];
  actor.roles = (JSON.parse(roles) as ResolvedRole[]).sort(compareRoles);
  return actor;
}

/**
 * An actor record of the schema before migration 27 (members and roles inside it) as the record and
 * rows it is kept as now; null for one kept so already (every actor has a member).
 */
export function splitActorRecord(
  record: string,
): { entity: ResolvedEntity; record: string; roles: string[] } | null {
  const entity = JSON.parse(record) as ResolvedEntity;
  if (entity.members.length === 0) return null;
  return { entity, record: actorRecord(entity), roles: entity.roles.map((r) => JSON.stringify(r)) };
}

/** The actors of `rows` (records with their ids), their members and roles read in batches of ids. */
export async function readActors(
  db: ReadQuery,
  rows: Array<Record<string, unknown>>,
): Promise<ResolvedEntity[]> {
  const members: MemberRow[] = [];
  const roles: RoleRow[] = [];
  for (let i = 0; i < rows.length; i += IN_BATCH) {
    const sql = new Sql(db);
    const list = rows
      .slice(i, i + IN_BATCH)
      .map((r) => sql.v(r.id))
      .join(', ');
    const of = (table: string, columns: string, order: string) =>
      db.all(
        `SELECT ${columns} FROM ${table} WHERE actor_id IN (${list}) ORDER BY actor_id, ${order}`,
        sql.values,
      );
    members.push(...((await of('connected_members', 'actor_id, member', 'ord')) as unknown as MemberRow[]));
    roles.push(...((await of('connected_actor_roles', 'actor_id, role', 'seq')) as unknown as RoleRow[]));
  }
  return joinActors(rows as unknown as ActorRow[], members, roles);
}
