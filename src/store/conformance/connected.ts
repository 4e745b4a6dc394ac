import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyUpdate } from '../../core/record-ports.js';
import { wholeActors } from './views.js';
import type { Store } from '../store.js';
import { draft, emptyReading, placeReading, signature } from './fixtures.js';

/** Connected records: found by the keys connecting looks them up by, and replaced by scope. */
export function connectedCases(openStore: () => Promise<Store>): void {
  test('connected records: found by key, member, story, measure and article; replaced by scope; large measures kept', async () => {
    const store = await openStore();
    try {
      const [a, b] = await store.saveArticles([draft('A report on the summit.'), draft('Another report.')]);
      const [ai, bi] = [a!.id, b!.id];
      const storyId = `story-${ai}`;
      const story = {
        id: storyId,
        title: 'Summit',
        titleScore: null,
        titleFromKeys: false,
        articleCount: 1,
        from: null,
        to: null,
      };
      const link = (articleId: string, isNew: boolean, sentenceKeys: string[]) =>
        store.saveLinks({
          signature: signature(articleId, [`band-${articleId}`]),
          duplicates: [],
          story: { articleId, published: null, isNew, story, weights: {}, keys: [], postings: [] },
          sentenceKeys,
        });
      await link(ai, true, ['k1', 'k2']);
      await link(bi, false, ['k2']);
      const actor = (id: string, members: string[]) => ({
        id,
        name: id,
        type: 'person' as const,
        country: null,
        stands: null,
        aliases: [id],
        roles: [],
        members,
        mentionCount: members.length,
      });
      const x = actor('ent_a', [`${ai}/e1`, `${bi}/e1`]);
      const y = actor('ent_b', [`${bi}/e2`]);
      const evidence = { articleId: ai, sentence: 'A report on the summit.', start: 0, end: 23 };
      const event = {
        id: 'evt_1',
        type: 'CONSULT' as const,
        mode: 'asserted' as const,
        date: '2025-03',
        precision: 'month' as const,
        place: null,
        sourceIds: [x.id],
        targetIds: [y.id],
        storyId,
        evidence: [{ ...evidence, date: '2025-03', place: null, mode: 'asserted' as const, confidence: 0.7 }],
        confidence: 0.7,
      };
      const series = {
        id: 'ser_1',
        subject: 'share',
        unit: '%',
        points: [{ value: 1, asOf: '2025-03-01', articleId: ai, evidence, sources: [ai] }],
        confidence: 0.5,
        owned: true,
      };
      const discrepancy = (id: string) => ({
        id,
        kind: 'role' as const,
        subject: id,
        variants: [{ value: 'v', articleIds: [ai], evidence: [evidence] }],
        confidence: 0.5,
      });
      await store.saveConnected({
        removeActors: [],
        actors: [
          {
            entity: x,
            keys: ['surname:a', 'name:person:a', 'word:shared'],
            members: x.members,
            roles: x.roles,
          },
          { entity: y, keys: ['surname:b', 'word:shared'], members: y.members, roles: y.roles },
        ],
        eventStories: [storyId],
        passages: [
          { articleId: ai, keys: ['CONSULT|p1', 'CONSULT|p2'] },
          { articleId: bi, keys: ['CONSULT|p2'] },
        ],
        events: [
          {
            event,
            order: '2025-03-01|a',
            timeline: '0 2025-03-01 0 7',
            days: { from: '2025-03-01', to: '2025-03-31' },
          },
        ],
        dropMeasures: [],
        measureArticles: [
          { articleId: ai, measureIds: ['ser_1'] },
          { articleId: bi, measureIds: ['ser_1', 'ser_2'] },
        ],
        removeSeries: [],
        series: [series],
        removeKeptMeasures: [],
        keptMeasures: [series, { ...series, id: 'ser_2', owned: false }],
        discrepancyScopes: [],
        discrepancies: [
          { scope: `actor:${x.id}`, discrepancy: discrepancy('dis_1') },
          { scope: `story:${storyId}`, discrepancy: discrepancy('dis_2') },
        ],
      });
      assert.deepEqual(await store.actorsByKeys(['surname:a', 'surname:none'], 8), [x]);
      // A key's actors of most mentions first, as many as asked for.
      assert.deepEqual(await store.actorsByKeys(['word:shared'], 1), [x]);
      assert.deepEqual(await store.actorsByKeys(['word:shared', 'surname:b'], 1), [x, y]);
      assert.deepEqual(await store.actorsOfMembers([`${bi}/e2`]), [y]);
      assert.deepEqual(await store.actorsById([y.id, 'ent_none']), [y]);
      // Heads: the record without its members and roles, by id.
      const head = ({ members: _members, roles: _roles, ...rest }: typeof x) => rest;
      assert.deepEqual(await store.actorHeadsById([y.id, 'ent_none', x.id]), [x, y].map(head));
      assert.deepEqual(await store.actorsOfArticles([bi]), [x, y]);
      assert.deepEqual(await store.membersOfArticles([ai]), { [`${ai}/e1`]: x.id });
      assert.deepEqual(await store.eventsOfStories([storyId]), [event]);
      assert.deepEqual(await store.storiesOfActors([y.id]), [storyId]);
      assert.deepEqual(await store.passageHolders(['CONSULT|p2', 'CONSULT|none', 'CONSULT|p1'], [], 8), {
        'CONSULT|p1': [ai],
        'CONSULT|p2': [ai, bi].sort(),
      });
      // At most `limit` a key, by id, those excepted left out: a bounded read of a common passage.
      assert.deepEqual(await store.passageHolders(['CONSULT|p2'], [], 1), {
        'CONSULT|p2': [[ai, bi].sort()[0]],
      });
      assert.deepEqual(await store.passageHolders(['CONSULT|p2', 'CONSULT|p1'], [ai], 8), {
        'CONSULT|p2': [bi],
      });
      assert.deepEqual(await store.passageKeysOf([bi, ai, 'none']), {
        [ai]: ['CONSULT|p1', 'CONSULT|p2'],
        [bi]: ['CONSULT|p2'],
      });
      assert.deepEqual(await store.eventStoriesOfArticles([ai, bi]), [storyId]);
      assert.deepEqual(await store.eventStoriesOfArticles([bi]), []);
      assert.deepEqual(await store.eventArticlesOfStories([storyId, 'none']), [ai]);
      assert.deepEqual(await store.storiesOfArticles([ai, bi, 'none']), { [ai]: storyId, [bi]: storyId });
      assert.deepEqual(await store.articlesOfStory(storyId), [ai, bi].sort());
      assert.deepEqual(await store.articlesOfMeasures(['ser_2']), [bi]);
      assert.deepEqual(await store.measuresOfArticles([ai]), ['ser_1']);
      assert.deepEqual(await store.ingestionOrder([bi, 'none', ai]), [ai, bi]);
      assert.deepEqual(await store.keptMeasures(['ser_2', 'ser_none', 'ser_1']), [
        series,
        { ...series, id: 'ser_2', owned: false },
      ]);
      await store.saveReading({ articleId: ai, revision: 1, pipeline: 'p1', reading: emptyReading() });
      const read = await store.readArticles([bi, 'none', ai]);
      assert.deepEqual(
        read.map((r) => [r.article.id, r.article.text, r.reading]),
        [[ai, 'A report on the summit.', emptyReading()]],
      );
      // Read again, the same reading; saved again (read anew), the new one, never the one decoded before.
      assert.deepEqual(
        (await store.readArticles([ai])).map((r) => r.reading),
        [emptyReading()],
      );
      await store.saveReading({
        articleId: ai,
        revision: 1,
        pipeline: 'p2',
        reading: placeReading('Summit'),
      });
      assert.deepEqual(
        (await store.readArticles([ai])).map((r) => r.reading),
        [placeReading('Summit')],
      );
      await store.saveReading({ articleId: ai, revision: 1, pipeline: 'p1', reading: emptyReading() });
      assert.deepEqual(await store.listActors(), [x, y]);
      assert.deepEqual(await store.listEvents(), [event]);
      assert.deepEqual(await store.listSeries(), [series]);
      assert.deepEqual(await store.listDiscrepancies(), [discrepancy('dis_1'), discrepancy('dis_2')]);
      // A sentence key another article already holds is furniture from now on: its first holder is told once.
      assert.deepEqual(await store.markFurniture(['k2'], bi), [ai]);
      assert.deepEqual(await store.markFurniture(['k2'], bi), []);
      assert.deepEqual(await store.furnitureKeys(['k1', 'k2']), ['k2']);

      const joined = actor('ent_a', [...x.members, ...y.members]);
      await store.saveConnected({
        removeActors: [y.id],
        actors: [{ entity: joined, keys: ['surname:b'], members: y.members, roles: [] }],
        eventStories: [storyId],
        // An article's keys are replaced by those written now; the other's stay.
        passages: [{ articleId: ai, keys: ['CONSULT|p3'] }],
        events: [],
        dropMeasures: [],
        measureArticles: [{ articleId: bi, measureIds: ['ser_2'] }],
        removeSeries: ['ser_1'],
        series: [],
        removeKeptMeasures: ['ser_1', 'ser_2'],
        keptMeasures: [{ ...series, id: 'ser_2', confidence: 0.6 }],
        discrepancyScopes: [`actor:${x.id}`, `actor:${y.id}`],
        discrepancies: [],
      });
      assert.deepEqual(await store.listActors(), [joined]);
      assert.deepEqual(await store.actorsByKeys(['surname:b'], 8), [joined]);
      assert.deepEqual(await store.membersOfArticles([bi]), {
        [`${bi}/e1`]: joined.id,
        [`${bi}/e2`]: joined.id,
      });
      assert.deepEqual(await store.listEvents(), []);
      assert.deepEqual(await store.storiesOfActors([y.id]), []);
      assert.deepEqual(await store.eventStoriesOfArticles([ai]), []);
      assert.deepEqual(await store.eventArticlesOfStories([storyId]), []);
      assert.deepEqual(await store.passageHolders(['CONSULT|p1', 'CONSULT|p2', 'CONSULT|p3'], [], 8), {
        'CONSULT|p2': [bi],
        'CONSULT|p3': [ai],
      });
      assert.deepEqual(await store.passageKeysOf([ai]), { [ai]: ['CONSULT|p3'] });
      assert.deepEqual(await store.listSeries(), []);
      assert.deepEqual(await store.articlesOfMeasures(['ser_1']), [ai]);
      // A kept measure is dropped, then written again: the last written one is kept.
      assert.deepEqual(await store.keptMeasures(['ser_1', 'ser_2']), [
        { ...series, id: 'ser_2', confidence: 0.6 },
      ]);
      assert.deepEqual(await store.listDiscrepancies(), [discrepancy('dis_2')]);

      // An actor removed and written again in one update (one that gained or lost a member) has exactly
      // the keys, members and names written with it: those it had and no longer has go, wherever the
      // others' members went.
      const renamed = { ...actor('ent_a', [`${ai}/e1`, `${bi}/e2`]), name: 'Alpha', aliases: ['Alpha'] };
      const left = actor('ent_c', [`${bi}/e1`]);
      await store.saveConnected({
        ...emptyUpdate(),
        removeActors: [joined.id],
        actors: [
          { entity: left, keys: ['surname:c'], members: left.members, roles: left.roles },
          {
            entity: renamed,
            keys: ['surname:alpha', 'word:shared'],
            members: renamed.members,
            roles: renamed.roles,
          },
        ],
      });
      assert.deepEqual(await store.listActors(), [renamed, left]);
      assert.deepEqual(await store.actorsByKeys(['surname:a', 'surname:b'], 8), []);
      assert.deepEqual(await store.actorsByKeys(['surname:alpha', 'surname:c'], 8), [renamed, left]);
      assert.deepEqual(await store.membersOfArticles([ai, bi]), {
        [`${ai}/e1`]: renamed.id,
        [`${bi}/e1`]: left.id,
        [`${bi}/e2`]: renamed.id,
      });
      assert.deepEqual(await store.views.actorsNamed('ent_a'), []);
      assert.deepEqual(await store.views.actorsNamed('alpha'), [renamed]);
      assert.deepEqual((await wholeActors(store, { q: 'alph' })).items, [renamed]);
      assert.deepEqual((await wholeActors(store, { q: 'ent_a' })).items, []);
      // Written again as it was, it stays as it is.
      await store.saveConnected({
        ...emptyUpdate(),
        removeActors: [renamed.id],
        actors: [
          {
            entity: renamed,
            keys: ['surname:alpha', 'word:shared'],
            members: renamed.members,
            roles: renamed.roles,
          },
        ],
      });
      assert.deepEqual(await store.actorsByKeys(['word:shared'], 8), [renamed]);
      assert.deepEqual((await wholeActors(store, { q: 'alph' })).items, [renamed]);
      assert.deepEqual(await store.actorsOfArticles([ai]), [renamed]);

      // A large actor grown (new members only) that lost a member: that member's row goes by name, and
      // a member named to be removed that another actor of the update takes is that actor's.
      const shrunk = { ...renamed, members: [`${bi}/e2`] };
      const taken = actor('ent_c', [`${bi}/e1`, `${ai}/e1`]);
      await store.saveConnected({
        ...emptyUpdate(),
        removeMembers: [`${ai}/e1`, `${bi}/e9`],
        actors: [
          { entity: shrunk, keys: [], members: [], roles: [] },
          { entity: taken, keys: [], members: [`${ai}/e1`], roles: [] },
        ],
      });
      assert.deepEqual(await store.membersOfArticles([ai, bi]), {
        [`${ai}/e1`]: taken.id,
        [`${bi}/e1`]: taken.id,
        [`${bi}/e2`]: renamed.id,
      });
      await store.saveConnected({ ...emptyUpdate(), removeMembers: [`${ai}/e1`] });
      assert.deepEqual(await store.actorsOfArticles([ai]), []);

      // A measure no article gives any more leaves the index, whatever article held it.
      await store.saveConnected({ ...emptyUpdate(), dropMeasures: ['ser_2'] });
      assert.deepEqual(await store.articlesOfMeasures(['ser_2']), []);
      assert.deepEqual(await store.articlesOfMeasures(['ser_1']), [ai]);

      assert.equal(await store.beginRelink(), 'started');
      assert.deepEqual(await store.listActors(), []);
      assert.deepEqual(await store.listDiscrepancies(), []);
      assert.deepEqual(await store.furnitureKeys(['k2']), []);
      assert.deepEqual(await store.passageHolders(['CONSULT|p2', 'CONSULT|p3'], [], 8), {});
      assert.deepEqual(await store.measuresOfArticles([ai, bi]), []);
      assert.deepEqual(await store.keptMeasures(['ser_2']), []);
    } finally {
      await store.close();
    }
  });

  test('hidden groups: found by key, member and article, never listed as actors; replaced whole or grown', async () => {
    const store = await openStore();
    try {
      const [a, b] = await store.saveArticles([draft('A note on the choir.'), draft('The choir sang.')]);
      const [ai, bi] = [a!.id, b!.id];
      const group = (id: string, members: string[]) => ({
        id,
        name: id,
        type: 'organisation' as const,
        country: null,
        stands: null,
        aliases: [id],
        roles: [],
        members,
        mentionCount: members.length,
      });
      const x = group('ent_x', [`${ai}/e1`, `${bi}/e1`]);
      const y = group('ent_y', [`${bi}/e2`]);
      await store.saveConnected({
        ...emptyUpdate(),
        hidden: [
          { entity: x, keys: ['name:organisation:x', 'word:choir'], members: x.members },
          { entity: y, keys: ['word:choir'], members: y.members },
        ],
      });
      assert.deepEqual(await store.hiddenGroupsByKeys(['name:organisation:x', 'word:none'], 6), [x]);
      // A key's groups of most mentions first, as many as asked for.
      assert.deepEqual(await store.hiddenGroupsByKeys(['word:choir'], 1), [x]);
      assert.deepEqual(await store.hiddenGroupsByKeys(['word:choir'], 6), [x, y]);
      assert.deepEqual(await store.hiddenGroupsOfMembers([`${bi}/e2`, `${bi}/e9`]), [y]);
      assert.deepEqual(await store.hiddenGroupsOfArticles([bi]), [x, y]);
      assert.deepEqual(await store.hiddenGroupsOfArticles([ai]), [x]);
      // Hidden: no actor, no member of an actor.
      assert.deepEqual(await store.listActors(), []);
      assert.deepEqual(await store.actorsByKeys(['word:choir'], 6), []);
      assert.deepEqual(await store.membersOfArticles([ai, bi]), {});

      // Grown (not removed): its new members and keys added, its record replaced, ranked by its mentions.
      const grown = group('ent_y', [`${bi}/e2`, `${ai}/e2`, `${ai}/e3`]);
      await store.saveConnected({
        ...emptyUpdate(),
        hidden: [{ entity: grown, keys: ['name:organisation:y'], members: [`${ai}/e2`, `${ai}/e3`] }],
      });
      assert.deepEqual(await store.hiddenGroupsByKeys(['word:choir'], 1), [grown]);
      assert.deepEqual(await store.hiddenGroupsByKeys(['name:organisation:y'], 6), [grown]);
      assert.deepEqual(await store.hiddenGroupsOfArticles([ai]), [x, grown]);
      // Removed and written again: whole, its old keys and members gone; removed alone: gone.
      const whole = group('ent_y', [`${bi}/e2`]);
      await store.saveConnected({
        ...emptyUpdate(),
        removeHidden: ['ent_x', 'ent_y'],
        hidden: [{ entity: whole, keys: ['name:organisation:y'], members: whole.members }],
      });
      assert.deepEqual(await store.hiddenGroupsByKeys(['word:choir', 'name:organisation:x'], 6), []);
      assert.deepEqual(await store.hiddenGroupsByKeys(['name:organisation:y'], 6), [whole]);
      assert.deepEqual(await store.hiddenGroupsOfArticles([ai]), []);
      assert.deepEqual(await store.hiddenGroupsOfMembers([`${ai}/e1`, `${bi}/e2`]), [whole]);

      assert.equal(await store.beginRelink(), 'started');
      assert.deepEqual(await store.hiddenGroupsOfArticles([bi]), []);
      assert.deepEqual(await store.hiddenGroupsByKeys(['name:organisation:y'], 6), []);
    } finally {
      await store.close();
    }
  });

  test('an article read in a rolled-back transaction is ordered by the place it is finally stored at', async () => {
    const store = await openStore();
    try {
      const text = 'A report first stored in a transaction that fails.';
      const stored = async (target: Store, body: string) => {
        const [article] = await target.saveArticles([draft(body)]);
        await target.saveReading({
          articleId: article!.id,
          revision: 1,
          pipeline: 'p1',
          reading: emptyReading(),
        });
        await target.readArticles([article!.id]);
        return article!.id;
      };
      await assert.rejects(
        store.transaction(async (tx) => {
          await stored(tx, text);
          throw new Error('abandoned');
        }),
        /abandoned/,
      );
      const between = await stored(store, 'A report stored in between.');
      const [again] = await store.saveArticles([draft(text)]);
      assert.deepEqual(await store.ingestionOrder([again!.id, between]), [between, again!.id]);
    } finally {
      await store.close();
    }
  });
}
