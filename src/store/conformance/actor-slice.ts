import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareRoles } from '../../core/connected.js';
import type { ResolvedEntity, ResolvedRole } from '../../core/connected.js';
import { emptyUpdate } from '../../core/record-ports.js';
import type { ActorSlice } from '../../core/record-ports.js';
import type { Store } from '../store.js';

const role = (title: string, date: string | null, articleId: string, start: number): ResolvedRole => ({
  title,
  of: null,
  country: null,
  date,
  evidence: { articleId, sentence: `${title} spoke.`, start, end: start + 8 },
});

const head = ({ members: _members, roles: _roles, ...rest }: ResolvedEntity) => rest;

/** What `actorSlice(id, limit)` owes, from the whole actor: the profile's first `limit` of each list. */
function expectedSlice(actor: ResolvedEntity, limit: number): ActorSlice {
  const articles = [...new Set(actor.members.map((m) => m.slice(0, m.indexOf('/'))))];
  const byDate = (a: ResolvedRole, b: ResolvedRole) => (a.date ?? '9999').localeCompare(b.date ?? '9999');
  const shown = [...actor.roles].sort(byDate).slice(0, limit);
  return {
    entity: {
      ...actor,
      members: actor.members.slice(0, limit),
      roles: actor.roles.filter((r) => shown.includes(r)).sort(compareRoles),
    },
    articleIds: articles.slice(0, limit),
    membersIn: actor.members
      .filter((m) => articles.slice(0, limit).includes(m.slice(0, m.indexOf('/'))))
      .sort(),
    counts: { members: actor.members.length, articles: articles.length, roles: actor.roles.length },
  };
}

/** `RecordViews.actorSlice` and the actor heads a profile is found by, against the whole actors. */
export function actorSliceCases(openStore: () => Promise<Store>): void {
  test("actor slices: an actor's first members, articles and roles in the profile's order, with counts", async () => {
    const store = await openStore();
    try {
      // Members out of their articles' order, two in one article apart in the list; undated roles, and
      // roles of one day in two articles.
      const big: ResolvedEntity = {
        id: 'ent_big',
        name: 'Ana Lind',
        type: 'person',
        country: null,
        stands: null,
        aliases: ['Ana Lind', 'Lind'],
        roles: [
          role('adviser', null, 'c', 3),
          role('minister', '2025-01-02', 'b', 0),
          role('envoy', '2025-01-02', 'b', 9),
          role('deputy', '2025-01-09', 'a', 4),
        ],
        members: ['c/e1', 'a/e2', 'c/e4', 'b/e1', 'd/e3'],
        mentionCount: 5,
      };
      const small: ResolvedEntity = {
        ...big,
        id: 'ent_small',
        name: 'Lindholm',
        aliases: [],
        roles: [],
        members: ['e/e1'],
        mentionCount: 1,
      };
      await store.saveConnected({
        ...emptyUpdate(),
        actors: [big, small].map((entity) => ({
          entity,
          keys: [],
          members: entity.members,
          roles: entity.roles,
        })),
      });
      // Grown as linking grows a large actor: a member and a role added after what it holds.
      const gained = role('spokesman', '2025-01-01', 'f', 0);
      const grown: ResolvedEntity = {
        ...big,
        roles: [gained, ...big.roles].sort(compareRoles),
        members: [...big.members, 'f/e2'],
        mentionCount: 6,
      };
      await store.saveConnected({
        ...emptyUpdate(),
        actors: [{ entity: grown, keys: [], members: ['f/e2'], roles: [gained] }],
      });
      const { views } = store;
      assert.deepEqual(await store.actorsById([grown.id]), [grown]);
      for (const limit of [1, 2, 3, 4, 5, 6, 10])
        assert.deepEqual(
          await views.actorSlice(grown.id, limit),
          expectedSlice(grown, limit),
          `limit ${limit}`,
        );
      assert.deepEqual(await views.actorSlice(small.id, 3), expectedSlice(small, 3));
      assert.equal(await views.actorSlice('ent_none', 3), null);
      // A page of actors shows each as its profile would, `each` members and roles of it, with their counts.
      for (const each of [0, 1, 2, 3, 10]) {
        const listed = await views.actorPage({ q: 'lind' }, { limit: 10, offset: 0 }, each);
        assert.deepEqual(
          listed,
          {
            items: [grown, small].map((actor) => {
              const { entity, counts } = expectedSlice(actor, each);
              return { entity, counts: { members: counts.members, roles: counts.roles } };
            }),
            total: 2,
          },
          `each ${each}`,
        );
      }

      assert.deepEqual(await views.actorHeadsNamed('LIND'), [head(grown)]);
      assert.deepEqual(await views.actorHeadsNamed('Lin'), []);
      assert.deepEqual(await views.actorHeadsHolding('lind', 10), [head(grown), head(small)]);
      assert.deepEqual(await views.actorHeadsHolding('lind', 1), [head(grown)]);
      assert.deepEqual(await views.actorHeadsHolding('%', 10), []);
    } finally {
      await store.close();
    }
  });

  test('actor counts: kept as linking moves, removes and rewrites members and roles, and emptied by relink', async () => {
    const store = await openStore();
    const actor = (id: string, members: string[], roles: ResolvedRole[]): ResolvedEntity => ({
      id,
      name: `Actor ${id}`,
      type: 'person',
      country: null,
      stands: null,
      aliases: [],
      roles,
      members,
      mentionCount: members.length,
    });
    const write = (entities: ResolvedEntity[], more: Partial<ReturnType<typeof emptyUpdate>> = {}) =>
      store.saveConnected({
        ...emptyUpdate(),
        ...more,
        actors: entities.map((entity) => ({
          entity,
          keys: [],
          members: entity.members,
          roles: entity.roles,
        })),
      });
    const counted = async () =>
      Object.fromEntries(
        (await store.views.actorPage({}, { limit: 10, offset: 0 }, 0)).items.map((a) => [
          a.entity.id,
          a.counts,
        ]),
      );
    const articles = async (id: string) => (await store.views.actorSlice(id, 10))?.counts.articles;
    try {
      const [r1, r2, r3] = [
        role('envoy', null, 'a', 0),
        role('minister', '2025-01-02', 'b', 0),
        role('aide', null, 'c', 1),
      ];
      // Two members of ent_x in article a.
      await write([
        actor('ent_x', ['a/e1', 'b/e1', 'c/e1', 'a/e3'], [r1, r2]),
        actor('ent_y', ['a/e2'], [r3]),
      ]);
      assert.deepEqual(await counted(), {
        ent_x: { members: 4, roles: 2 },
        ent_y: { members: 1, roles: 1 },
      });
      assert.deepEqual([await articles('ent_x'), await articles('ent_y')], [3, 1]);
      // ent_y rewritten whole (first) takes members of ent_x (an update of each member's actor), one of the
      // two in article a, and drops its role; ent_x written whole without them and with one role.
      await write([actor('ent_y', ['a/e2', 'b/e1', 'a/e3'], []), actor('ent_x', ['a/e1', 'c/e1'], [r1])], {
        removeActors: ['ent_x', 'ent_y'],
      });
      assert.deepEqual(await counted(), {
        ent_x: { members: 2, roles: 1 },
        ent_y: { members: 3, roles: 0 },
      });
      assert.deepEqual([await articles('ent_x'), await articles('ent_y')], [2, 2]);
      // A member no actor holds any more, and an actor removed with its rows.
      await write([], { removeMembers: ['c/e1'], removeActors: ['ent_y'] });
      assert.deepEqual(await counted(), { ent_x: { members: 1, roles: 1 } });
      assert.deepEqual((await store.views.actorSlice('ent_x', 10))?.counts, {
        members: 1,
        articles: 1,
        roles: 1,
      });
      // Grown by a second member in an article it is in, then by one in a new article.
      await store.saveConnected({
        ...emptyUpdate(),
        actors: [{ entity: actor('ent_x', ['a/e1', 'a/e4'], [r1]), keys: [], members: ['a/e4'], roles: [] }],
      });
      assert.equal(await articles('ent_x'), 1);
      await store.saveConnected({
        ...emptyUpdate(),
        actors: [
          { entity: actor('ent_x', ['a/e1', 'a/e4', 'd/e1'], [r1]), keys: [], members: ['d/e1'], roles: [] },
        ],
      });
      assert.equal(await articles('ent_x'), 2);
      assert.equal(await store.beginRelink(), 'started');
      assert.deepEqual(await counted(), {});
      await write([actor('ent_x', ['d/e1'], [])]);
      assert.deepEqual(await counted(), { ent_x: { members: 1, roles: 0 } });
      assert.equal(await articles('ent_x'), 1);
      await store.endRelink();
    } finally {
      await store.close();
    }
  });
}
