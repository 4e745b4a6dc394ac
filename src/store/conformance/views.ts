import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Discrepancy, MergedEvent, ResolvedEntity, Series } from '../../core/connected.js';
import { emptyUpdate } from '../../core/record-ports.js';
import { draft, signature } from './fixtures.js';
import type { Store } from '../store.js';

/**
 * A page of `actorPage` with every member and role of each actor (its actors are small), as whole actors:
 * what a page listed before it was bounded.
 */
export async function wholeActors(
  store: Store,
  filter: { q?: string; type?: string },
  limit = 10,
  offset = 0,
): Promise<{ items: ResolvedEntity[]; total: number }> {
  const { items, total } = await store.views.actorPage(filter, { limit, offset }, 1000);
  for (const { entity, counts } of items) {
    assert.equal(counts.members, entity.members.length);
    assert.equal(counts.roles, entity.roles.length);
  }
  return { items: items.map((listing) => listing.entity), total };
}

/** `RecordViews`: pages of connected records, filtered, ordered and counted by the store. */
export function recordViewCases(openStore: () => Promise<Store>): void {
  test('record views: events, actors, discrepancies, series and stories in pages, with their counts', async () => {
    const store = await openStore();
    try {
      const [a, b] = await store.saveArticles([
        draft('A report on the summit.', { published: '2025-03-02' }),
        draft('Another report.', { published: '2025-03-01' }),
      ]);
      const [ai, bi] = [a!.id, b!.id];
      const storyId = `story-${ai}`;
      const story = {
        id: storyId,
        title: 'Summit',
        titleScore: null,
        titleFromKeys: false,
        articleCount: 1,
        from: '2025-03-01',
        to: '2025-03-02',
      };
      for (const [articleId, isNew] of [
        [ai, true],
        [bi, false],
      ] as const)
        await store.saveLinks({
          signature: signature(articleId, [`band-${articleId}`]),
          duplicates: [],
          story: { articleId, published: null, isNew, story, weights: {}, keys: [], postings: [] },
          sentenceKeys: [],
        });

      const actor = (
        id: string,
        name: string,
        aliases: string[],
        type: 'person' | 'organisation',
        n: number,
      ) =>
        ({
          id,
          name,
          type,
          country: null,
          stands: null,
          aliases,
          roles: [],
          members: Array.from({ length: n }, (_, i) => `${ai}/${id}-${i}`),
          mentionCount: n,
        }) satisfies ResolvedEntity;
      const x = actor('ent_x', 'Marco Rubio', ['Rubio'], 'person', 3);
      const y = actor('ent_y', 'Kaja Kallas', ['Kallas'], 'person', 1);
      const z = actor('ent_z', 'NATO', ['the alliance'], 'organisation', 2);
      const evidence = { articleId: ai, sentence: 'A report on the summit.', start: 0, end: 23 };
      const event = (
        id: string,
        date: string | null,
        confidence: number,
        sources: string[],
      ): MergedEvent => ({
        id,
        type: 'CONSULT',
        mode: 'asserted',
        date,
        precision: date === null ? 'undated' : date.length === 7 ? 'month' : 'day',
        place: null,
        sourceIds: sources,
        targetIds: [],
        storyId,
        evidence: [{ ...evidence, date, place: null, mode: 'asserted', confidence }],
        confidence,
      });
      const e1 = event('evt_1', '2025-03', 0.7, [x.id, y.id]);
      // Below the events' floor (0.5), while a discrepancy of 0.55 is above its own.
      const e2 = event('evt_2', '2025-02-10', 0.45, [x.id]);
      const e3 = event('evt_3', null, 0.9, [y.id]);
      const discrepancy = (id: string, kind: Discrepancy['kind'], confidence: number): Discrepancy => ({
        id,
        kind,
        subject: id,
        variants: [{ value: 'v', articleIds: [ai], evidence: [evidence] }],
        confidence,
      });
      const series = (id: string, asOf: string | null, confidence: number): Series => ({
        id,
        subject: id,
        unit: '%',
        points: [{ value: 1, asOf, articleId: ai, evidence, sources: [ai] }],
        confidence,
        owned: false,
      });
      const [s0, s1, s2] = [
        series('ser_0', null, 0.9),
        series('ser_1', '2025-03-01', 0.6),
        series('ser_2', '2024-01-01', 0.4),
      ];
      const [dFigure, dRole, dWeak] = [
        discrepancy('dis_f', 'figure', 0.55),
        discrepancy('dis_r', 'role', 0.9),
        discrepancy('dis_w', 'role', 0.2),
      ];
      await store.saveConnected({
        removeActors: [],
        actors: [x, y, z].map((entity) => ({
          entity,
          keys: [],
          members: entity.members,
          roles: entity.roles,
        })),
        eventStories: [storyId],
        passages: [],
        events: [
          {
            event: e1,
            order: 'a',
            timeline: '0 2025-03-01 0 7',
            days: { from: '2025-03-01', to: '2025-03-31' },
          },
          {
            event: e2,
            order: 'b',
            timeline: '0 2025-02-10 0 9',
            days: { from: '2025-02-10', to: '2025-02-10' },
          },
          { event: e3, order: 'c', timeline: '1  1 5', days: null },
        ],
        dropMeasures: [],
        measureArticles: [],
        removeSeries: [],
        series: [s1, s2, s0],
        removeKeptMeasures: [],
        keptMeasures: [],
        discrepancyScopes: [],
        discrepancies: [
          { scope: 'measure:m', discrepancy: dFigure },
          { scope: `actor:${x.id}`, discrepancy: dRole },
          { scope: `actor:${y.id}`, discrepancy: dWeak },
        ],
      });
      const { views } = store;
      const page = (limit: number, offset: number, all: boolean) => ({ limit, offset, all });

      assert.deepEqual(await views.eventPage({}, 'timeline', page(10, 0, false)), {
        items: [e1, e3],
        total: 2,
        hidden: 1,
      });
      assert.deepEqual(await views.eventPage({}, 'timeline', page(10, 0, true)), {
        items: [e2, e1, e3],
        total: 3,
        hidden: 0,
      });
      assert.deepEqual((await views.eventPage({}, 'stored', page(1, 1, true))).items, [e2]);
      assert.deepEqual((await views.eventPage({ actorId: y.id }, 'stored', page(10, 0, true))).items, [
        e1,
        e3,
      ]);
      assert.deepEqual((await views.eventPage({ storyId: 'none' }, 'stored', page(10, 0, true))).total, 0);
      assert.deepEqual(
        (await views.eventPage({ storyId, from: '2025-03-15' }, 'timeline', page(10, 0, true))).items,
        [e1],
        'an event dated to a month overlaps a day in it; an undated one is outside any range',
      );
      assert.deepEqual((await views.eventPage({ to: '2025-02-28' }, 'timeline', page(10, 0, true))).items, [
        e2,
      ]);
      assert.deepEqual(await views.eventsById([e3.id, 'none', e1.id]), [e1, e3]);

      assert.deepEqual(await wholeActors(store, {}), { items: [x, z, y], total: 3 });
      assert.deepEqual(await wholeActors(store, { type: 'person' }, 1, 1), { items: [y], total: 2 });
      assert.deepEqual((await wholeActors(store, { q: 'KALL' })).items, [y]);
      assert.deepEqual((await wholeActors(store, { q: 'alliance' })).items, [z]);
      assert.deepEqual((await wholeActors(store, { q: '%' })).total, 0);
      assert.deepEqual(await views.actorsNamed('RUBIO'), [x]);
      assert.deepEqual(await views.actorsNamed('marco rubio'), [x]);
      assert.deepEqual(await views.actorsNamed('Rub'), []);

      assert.deepEqual(await views.discrepancyPage(undefined, page(10, 0, false)), {
        items: [dRole, dFigure],
        total: 2,
        hidden: 1,
      });
      assert.deepEqual((await views.discrepancyPage(undefined, page(10, 0, true))).items, [
        dRole,
        dWeak,
        dFigure,
      ]);
      assert.deepEqual((await views.discrepancyPage('figure', page(10, 0, true))).items, [dFigure]);
      // A filtered page's counts (SQLite once bound the filter's value to the confidence's placeholder).
      assert.deepEqual(await views.discrepancyPage('role', page(10, 0, false)), {
        items: [dRole],
        total: 1,
        hidden: 1,
      });
      assert.deepEqual(await views.seriesPage(page(10, 0, false)), { items: [s0, s1], total: 2, hidden: 1 });
      assert.deepEqual((await views.seriesPage(page(10, 0, true))).items, [s0, s2, s1]);
      // What a story's part of the dossier is read with (`service/story-dossier.ts`).
      assert.deepEqual(
        await views.discrepanciesOfScopes([`actor:${y.id}`, 'measure:m', `actor:${x.id}`, 'none']),
        [dRole, dWeak, dFigure],
      );
      assert.deepEqual(await views.discrepanciesOfScopes([]), []);
      assert.deepEqual(await views.seriesById([s2.id, 'none', s0.id]), [s0, s2]);
      assert.deepEqual(await views.storiesReportedBy([bi, ai]), [storyId]);
      assert.deepEqual(await views.storiesReportedBy([bi]), []);

      const stored = {
        id: storyId,
        title: 'Summit',
        articleIds: [bi, ai],
        eventIds: [e1.id, e2.id, e3.id],
        from: '2025-03-01',
        to: '2025-03-02',
      };
      assert.deepEqual(await views.storyPage({ limit: 10, offset: 0 }), { items: [stored], total: 1 });
      assert.deepEqual(await views.getStory(storyId), stored);
      assert.equal(await views.getStory('none'), null);

      // An actor removed or renamed is no longer found by its old names.
      const renamed = { ...x, aliases: ['Secretary Rubio'] };
      await store.saveConnected({
        ...emptyUpdate(),
        removeActors: [y.id],
        actors: [{ entity: renamed, keys: [], members: [], roles: [] }],
      });
      assert.deepEqual(await views.actorsNamed('kaja kallas'), []);
      assert.deepEqual(await views.actorsNamed('rubio'), []);
      assert.deepEqual(await views.actorsNamed('secretary rubio'), [renamed]);
      // The word filter follows them too (SQLite's trigram index of the names, migration 20): a substring
      // across words, any case; two characters (no trigram) and a quote in the words are matched alike.
      const names = async (q: string) =>
        (await views.actorPage({ q }, { limit: 10, offset: 0 }, 0)).items.map((a) => a.entity.id);
      assert.deepEqual(await names('kallas'), []);
      assert.deepEqual(await names('TARY RUB'), [x.id]);
      assert.deepEqual(await names('marco'), [x.id]);
      assert.deepEqual(await names('al'), [z.id]);
      const quoted = { ...z, aliases: ['the "alliance"'] };
      await store.saveConnected({
        ...emptyUpdate(),
        actors: [{ entity: quoted, keys: [], members: [], roles: [] }],
      });
      assert.deepEqual(await names('"allia'), [z.id]);
      assert.deepEqual(await names('the alliance'), []);
    } finally {
      await store.close();
    }
  });
}
