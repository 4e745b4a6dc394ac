import assert from 'node:assert/strict';
import type { ResolvedEntity, ResolvedRole } from '../../core/connected.js';
import { emptyUpdate } from '../../core/record-ports.js';
import type { Store } from '../store.js';

/**
 * A store written by the schema before migration 27 (each actor's members and roles inside its record),
 * for both stores' test of that migration: the actor as it was stored, and a check that the migrated
 * store gives it back whole, then grows it as linking grows a large actor.
 */

const role = (title: string, date: string, articleId: string, start: number): ResolvedRole => ({
  title,
  of: null,
  country: null,
  date,
  evidence: { articleId, sentence: `${title} spoke.`, start, end: start + 8 },
});

/** Members not in their ids' order, and roles in their own order (by day, then article). */
export const oldActor: ResolvedEntity = {
  id: 'ent_old',
  name: 'Ana Lind',
  type: 'person',
  country: null,
  stands: null,
  aliases: ['Ana Lind', 'Lind'],
  roles: [role('minister', '2025-01-02', 'b', 0), role('envoy', '2025-01-09', 'a', 4)],
  members: ['b/e2', 'a/e1'],
  mentionCount: 2,
};

/** The record as the schema before migration 27 kept it, and the member rows it kept beside it. */
export const oldRecord = JSON.stringify(oldActor);
export const oldMemberRows = oldActor.members.map((m) => [m, oldActor.id, m.slice(0, m.indexOf('/'))]);

/**
 * The migrated store gives the actor back as it was, whichever way it is read; grown as a large actor is
 * (a member it holds again filed after the others, a new one, a role dated between its two), it lists
 * them in the order the grown actor does.
 */
export async function checkMigratedActor(store: Store): Promise<void> {
  assert.deepEqual(await store.listActors(), [oldActor]);
  assert.deepEqual(await store.actorsById([oldActor.id]), [oldActor]);
  assert.deepEqual(await store.actorsOfArticles(['a']), [oldActor]);
  assert.deepEqual(await store.views.actorsNamed('lind'), [oldActor]);
  assert.deepEqual(await store.membersOfArticles(['a', 'b']), { 'a/e1': oldActor.id, 'b/e2': oldActor.id });
  const gained = role('adviser', '2025-01-05', 'c', 0);
  const grown: ResolvedEntity = {
    ...oldActor,
    roles: [oldActor.roles[0]!, gained, oldActor.roles[1]!],
    members: ['a/e1', 'b/e2', 'c/e1'],
    mentionCount: 3,
  };
  await store.saveConnected({
    ...emptyUpdate(),
    actors: [{ entity: grown, keys: [], members: ['b/e2', 'c/e1'], roles: [gained] }],
  });
  assert.deepEqual(await store.listActors(), [grown]);
  assert.deepEqual(await store.actorsOfMembers(['c/e1']), [grown]);
}
