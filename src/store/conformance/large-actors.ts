import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ResolvedEntity } from '../../core/connected.js';
import { emptyUpdate } from '../../core/record-ports.js';
import type { Store } from '../store.js';

/** An actor of these members, named by its id. */
const actorOf = (id: string, members: string[], type: ResolvedEntity['type']): ResolvedEntity => ({
  id,
  name: id,
  type,
  country: null,
  stands: null,
  aliases: [id],
  roles: [],
  members,
  mentionCount: members.length,
});

/**
 * A large actor as the actor scope reads it: its head and roles without its members, its member count and
 * first articles, and its members of the articles asked for, each with its place.
 */
export function largeActorCases(openStore: () => Promise<Store>): void {
  test('a large actor: read without its members past a size, its span, its members by article, its last place', async () => {
    const store = await openStore();
    try {
      const actor = (id: string, members: string[]) => actorOf(id, members, 'country');
      // Two members in each of articles a0..a5 (a5's listed first), one small actor in a0.
      const hub = actor('ent_hub', [
        'a5/e1',
        ...Array.from({ length: 5 }, (_, i) => [`a${i}/e1`, `a${i}/e2`]).flat(),
        'a5/e2',
      ]);
      const small = actor('ent_small', ['a0/e3']);
      await store.saveConnected({
        ...emptyUpdate(),
        actors: [hub, small].map((entity) => ({
          entity,
          keys: ['word:land'],
          members: entity.members,
          roles: [],
        })),
      });
      // Grown as a large actor grows: a member filed after the others.
      const grown = { ...hub, members: [...hub.members, 'a6/e1'], mentionCount: 13 };
      await store.saveConnected({
        ...emptyUpdate(),
        actors: [{ entity: grown, keys: [], members: ['a6/e1'], roles: [] }],
      });
      const head = { ...grown, members: [] };
      assert.deepEqual(await store.actorsByKeys(['word:land'], 8, 4), [head, small]);
      assert.deepEqual(await store.actorsByKeys(['word:land'], 8, 13), [grown, small]);
      assert.deepEqual(await store.actorsByKeys(['word:land'], 8), [grown, small]);
      assert.deepEqual(await store.actorsOfArticles(['a0'], 12), [head, small]);
      assert.deepEqual(await store.actorsOfMembers(['a6/e1'], 4), [head]);
      assert.deepEqual(await store.actorSpans([grown.id, small.id, 'ent_none'], 3), {
        [grown.id]: { members: 13, firstArticles: ['a5', 'a0', 'a1'] },
        [small.id]: { members: 1, firstArticles: ['a0'] },
      });
      assert.deepEqual((await store.actorSpans([grown.id], 10))[grown.id]!.firstArticles, [
        'a5',
        'a0',
        'a1',
        'a2',
        'a3',
        'a4',
        'a6',
      ]);
      // By actor, then place; the places ascend in the actor's order.
      const placed = await store.actorMembersIn([small.id, grown.id], ['a5', 'a0', 'a6', 'a9']);
      assert.deepEqual(
        placed.map((p) => [p.actorId, p.member]),
        [
          [grown.id, 'a5/e1'],
          [grown.id, 'a0/e1'],
          [grown.id, 'a0/e2'],
          [grown.id, 'a5/e2'],
          [grown.id, 'a6/e1'],
          [small.id, 'a0/e3'],
        ],
      );
      const places = placed.map((p) => p.place);
      assert.ok(places.slice(0, 5).every((p, i) => i === 0 || p > places[i - 1]!));
      assert.equal(await store.lastMemberPlace(grown.id, []), places[4]);
      const a4 = await store.actorMembersIn([grown.id], ['a4']);
      assert.equal(await store.lastMemberPlace(grown.id, ['a6/e1', 'a5/e2']), a4[1]!.place);
      assert.equal(await store.lastMemberPlace(small.id, ['a0/e3']), null);
    } finally {
      await store.close();
    }
  });

  test("a large actor's size is its members' count as they move, go and come back, not a stale one", async () => {
    const store = await openStore();
    try {
      const actor = (id: string, members: string[]) => actorOf(id, members, 'person');
      const row = (entity: ResolvedEntity) => ({
        entity,
        keys: ['word:kept'],
        members: entity.members,
        roles: [],
      });
      const hub = actor('ent_hub', ['b0/e1', 'b1/e1', 'b2/e1', 'b3/e1', 'b4/e1']);
      await store.saveConnected({ ...emptyUpdate(), actors: [row(hub)] });
      // Two of its members taken by another actor, one removed by name: three left, two beside it.
      const other = actor('ent_other', ['b1/e1', 'b2/e1']);
      await store.saveConnected({ ...emptyUpdate(), actors: [row(other)], removeMembers: ['b4/e1'] });
      const left = { ...hub, members: ['b0/e1', 'b3/e1'] };
      assert.deepEqual(await store.actorSpans([hub.id, other.id], 5), {
        [hub.id]: { members: 2, firstArticles: ['b0', 'b3'] },
        [other.id]: { members: 2, firstArticles: ['b1', 'b2'] },
      });
      // Listed past a bound below its count only: 2 members are not more than 2.
      assert.deepEqual(await store.actorsOfArticles(['b0'], 2), [left]);
      assert.deepEqual(await store.actorsOfArticles(['b0'], 1), [{ ...left, members: [] }]);
      // Written again whole with one member back, then removed: no count of it stays behind.
      const back = actor('ent_hub', ['b0/e1', 'b3/e1', 'b4/e1']);
      await store.saveConnected({ ...emptyUpdate(), removeActors: [hub.id], actors: [row(back)] });
      assert.deepEqual((await store.actorSpans([hub.id], 5))[hub.id], {
        members: 3,
        firstArticles: ['b0', 'b3', 'b4'],
      });
      await store.saveConnected({ ...emptyUpdate(), removeActors: [hub.id, other.id] });
      assert.deepEqual(await store.actorSpans([hub.id, other.id], 5), {});
      assert.deepEqual(await store.actorsByKeys(['word:kept'], 8, 0), []);
    } finally {
      await store.close();
    }
  });
}
