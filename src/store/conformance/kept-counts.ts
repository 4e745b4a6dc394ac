import assert from 'node:assert/strict';
import { emptyUpdate } from '../../core/record-ports.js';
import type { Store } from '../store.js';
import { oldActor } from './actor-rows.js';
import { event, stored } from './counts.js';

/**
 * Migration 30's check, shared by both stores' tests (each takes its own schema back to migration 29
 * between the two halves): what is saved first, and what the migrated store must count, keep through a
 * later save, and give as the network's ties.
 */

const actor = (id: string, members: string[]) => ({
  entity: { ...oldActor, id, members, roles: [] },
  keys: [],
  members,
  roles: [],
});
const tied = (id: string, confidence: number, sourceIds: string[], targetIds: string[]) =>
  stored({ ...event(id, 's', confidence), sourceIds, targetIds });

/** Two actors (members in two articles, and one) and three tied events, one of them hidden. */
export async function saveBeforeKeptCounts(store: Store): Promise<void> {
  await store.saveConnected({
    ...emptyUpdate(),
    actors: [actor('ent_a', ['a/e1', 'b/e1']), actor('ent_b', ['a/e2'])],
    events: [
      tied('evt_1', 0.9, ['x'], ['y']),
      tied('evt_2', 0.3, ['y'], ['z']),
      tied('evt_3', 0.8, ['y'], ['z']),
    ],
  });
}

/** The network's ties, shown and all, as the test expects them. */
const NETWORK = [
  [['evt_1 x>y'], 1, 1],
  [['evt_3 y>z', 'evt_2 y>z'], 1, 0],
];

async function network(store: Store) {
  return [await store.views.networkEdges(false, 1, 10), await store.views.networkEdges(true, 1, 10)].map(
    (n) => [
      n.edges.flatMap((e) => e.eventIds.map((id) => `${id} ${e.source}>${e.target}`)),
      n.omitted,
      n.hidden,
    ],
  );
}

/** The network's ties from the kept counts (or from the ties, when the counts' floor is another). */
export async function checkKeptNetwork(store: Store): Promise<void> {
  assert.deepEqual(await network(store), NETWORK);
}

/** The members counted by the migration, a member saved after it counted by the triggers, and the network. */
export async function checkKeptCounts(store: Store): Promise<void> {
  const counts = async () =>
    (await store.views.actorPage({}, { limit: 10, offset: 0 }, 0)).items.map((a) => [
      a.entity.id,
      a.counts.members,
    ]);
  assert.deepEqual(await counts(), [
    ['ent_a', 2],
    ['ent_b', 1],
  ]);
  await store.saveConnected({ ...emptyUpdate(), actors: [actor('ent_b', ['c/e1'])] });
  assert.deepEqual(await counts(), [
    ['ent_a', 2],
    ['ent_b', 2],
  ]);
  await checkKeptNetwork(store);
}
