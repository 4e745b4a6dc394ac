import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Discrepancy, ResolvedEntity, ResolvedRole } from '../../core/connected.js';
import { emptyUpdate } from '../../core/record-ports.js';
import type { Store } from '../store.js';

/** A role of `title` given on `date` (null: undated) by article `article` at `start`. */
const role = (title: string, date: string | null, article: string, start = 0): ResolvedRole => ({
  title,
  of: null,
  country: 'GB',
  date,
  evidence: { articleId: article, sentence: `${title} said.`, start, end: start + title.length },
});

const discrepancy = (id: string): Discrepancy => ({
  id,
  kind: 'role',
  subject: id,
  variants: [{ value: id, articleIds: ['r0'], evidence: [] }],
  confidence: 0.5,
});

/**
 * A large actor's roles as linking reads them (see `service/hub-roles.ts`): none with the actor past a
 * size, then those of some articles, and those of some days and one country, each with its place; and its
 * discrepancies removed one by one.
 */
export function largeActorRoleCases(openStore: () => Promise<Store>): void {
  test("a large actor's roles: none past a size, those of some articles, of some days and a country", async () => {
    const store = await openStore();
    try {
      const first = [
        role('Minister', '2025-01-05', 'r1'),
        role('Senator', '2025-01-20', 'r2'),
        role('Minister', '2025-03-01', 'r3'),
        role('Minister', null, 'r4'),
        role('Governor', null, 'r5'),
      ];
      const hub: ResolvedEntity = {
        id: 'ent_titled',
        name: 'Titled',
        type: 'person',
        country: 'GB',
        stands: null,
        aliases: ['Titled'],
        roles: first,
        members: ['r1/e1', 'r2/e1', 'r3/e1', 'r4/e1', 'r5/e1'],
        mentionCount: 5,
      };
      const row = { entity: hub, keys: ['word:titled'], members: hub.members, roles: first };
      await store.saveConnected({ ...emptyUpdate(), actors: [row] });
      // Grown as a large actor grows: its gained role after the others, an earlier day than some.
      const gained = role('Governor', '2025-01-10', 'r6');
      await store.saveConnected({
        ...emptyUpdate(),
        actors: [{ entity: hub, keys: [], members: ['r6/e1'], roles: [gained] }],
      });
      const [read] = await store.actorsByKeys(['word:titled'], 4);
      assert.equal(read!.roles.length, 6);
      assert.deepEqual(await store.actorsByKeys(['word:titled'], 4, 5), [{ ...hub, members: [], roles: [] }]);
      // The roles of some articles, each by its day: r4's undated one; r1's asked by the wrong day, none.
      const given = await store.actorRolesIn(hub.id, [
        { articleId: 'r6', day: '2025-01-10' },
        { articleId: 'r4', day: null },
        { articleId: 'r2', day: '2025-01-20' },
        { articleId: 'r1', day: '2025-01-06' },
      ]);
      assert.deepEqual(
        given.map((r) => r.role.evidence.articleId),
        ['r2', 'r4', 'r6'],
      );
      assert.ok(given[0]!.place < given[1]!.place && given[1]!.place < given[2]!.place);
      assert.deepEqual(given[2]!.role, gained);
      // Two spans overlapping on 2025-01-20 (its role once), one of no role; of GB, with and without the
      // roles naming no country (r7's): undated ones never.
      await store.saveConnected({
        ...emptyUpdate(),
        actors: [
          {
            entity: hub,
            keys: [],
            members: ['r7/e1', 'r8/e1'],
            roles: [
              { ...role('Mayor', '2025-01-12', 'r7'), country: null },
              { ...role('Mayor', '2025-01-13', 'r8'), country: 'FR' },
            ],
          },
        ],
      });
      const spans = [
        { from: '2025-01-06', to: '2025-01-20' },
        { from: '2025-01-20', to: '2025-02-28' },
        { from: '2025-04-01', to: '2025-04-30' },
      ];
      const articlesOf = (rows: Array<{ role: ResolvedRole }>) => rows.map((r) => r.role.evidence.articleId);
      assert.deepEqual(articlesOf(await store.actorRolesOn(hub.id, spans, 'GB', false)), ['r2', 'r6']);
      assert.deepEqual(articlesOf(await store.actorRolesOn(hub.id, spans, 'GB', true)), ['r2', 'r6', 'r7']);
      assert.deepEqual(articlesOf(await store.actorRolesOn(hub.id, spans, 'FR', false)), ['r8']);
      // Both ends of a span are in it; nothing asked, nothing found.
      const ends = await store.actorRolesOn(hub.id, [{ from: '2025-01-05', to: '2025-03-01' }], 'GB', false);
      assert.deepEqual(articlesOf(ends), ['r1', 'r2', 'r3', 'r6']);
      assert.deepEqual(await store.actorRolesOn(hub.id, [], 'GB', true), []);
      assert.deepEqual(await store.actorRolesIn(hub.id, []), []);
      assert.deepEqual(
        await store.actorRolesOn('ent_none', [{ from: '2025-01-01', to: '2025-12-31' }], 'GB', true),
        [],
      );
    } finally {
      await store.close();
    }
  });

  test('discrepancies removed one by one, others of their scope and of other scopes kept', async () => {
    const store = await openStore();
    try {
      const [a, b, c] = ['dis_a', 'dis_b', 'dis_c'].map(discrepancy);
      await store.saveConnected({
        ...emptyUpdate(),
        discrepancies: [
          { scope: 'actor:x', discrepancy: a! },
          { scope: 'actor:x', discrepancy: b! },
          { scope: 'actor:y', discrepancy: a! },
        ],
      });
      await store.saveConnected({
        ...emptyUpdate(),
        removeDiscrepancies: [
          { scope: 'actor:x', id: 'dis_a' },
          { scope: 'actor:x', id: 'dis_none' },
        ],
        discrepancies: [{ scope: 'actor:x', discrepancy: c! }],
      });
      assert.deepEqual(await store.listDiscrepancies(), [b, c, a]);
      // Removed and written again in one update: written.
      await store.saveConnected({
        ...emptyUpdate(),
        removeDiscrepancies: [{ scope: 'actor:x', id: 'dis_b' }],
        discrepancies: [{ scope: 'actor:x', discrepancy: { ...b!, confidence: 0.7 } }],
      });
      assert.deepEqual(await store.listDiscrepancies(), [{ ...b!, confidence: 0.7 }, c, a]);
    } finally {
      await store.close();
    }
  });
}
