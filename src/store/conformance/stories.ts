import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoryRecord } from '../../core/connected.js';
import type { Store } from '../store.js';
import { draft, loneStoryLinks, signature } from './fixtures.js';

/**
 * Stories in the store: listed in date order, looked up by their posting keys within a bound, and merged by a
 * bridging article (`StoryUpdate.merged`): rows moved, ids redirected.
 */
export function storyCases(openStore: () => Promise<Store>): void {
  test('a merge moves a story into another, and its id (and ids redirected to it) name the kept one', async () => {
    const store = await openStore();
    try {
      const ids: string[] = [];
      for (const text of ['Dam bursts.', 'Water in the street.', 'Other news.', 'Street flooded.', 'Both.'])
        ids.push((await store.saveArticle(draft(text))).id);
      const [a, b, c, d, e] = ids as [string, string, string, string, string];
      const record = (id: string, articleCount: number, from: string | null): StoryRecord => ({
        id,
        title: id,
        titleScore: null,
        titleFromKeys: false,
        articleCount,
        from,
        to: from,
      });
      const place = (
        articleId: string,
        story: StoryRecord,
        weights: Record<string, number>,
        merged?: string[],
      ) =>
        store.saveLinks({
          signature: signature(articleId, []),
          duplicates: [],
          story: {
            articleId,
            published: story.from,
            isNew: merged === undefined && story.articleCount === 1,
            story,
            ...(merged ? { merged } : {}),
            weights,
            keys: Object.keys(weights),
            postings: Object.keys(weights).map((key) => `${key}@p`),
          },
          sentenceKeys: [],
        });
      await place(a, record('story-a', 1, '2025-01-02'), { 'w:dam': 0.6, 'w:flood': 0.8 });
      await place(b, record('story-b', 1, '2025-01-03'), { 'w:dam': 0.5, 'w:street': 0.5 });
      await place(c, record('story-c', 1, null), { 'w:other': 1 });
      // c's story merges into b's first; then a bridge merges b's into a's.
      await place(d, record('story-b', 3, '2025-01-03'), { 'w:street': 1 }, ['story-c']);
      assert.equal(await store.currentStory('story-c'), 'story-b');
      await place(e, record('story-a', 5, '2025-01-02'), {}, ['story-b']);

      const kept = record('story-a', 5, '2025-01-02');
      assert.deepEqual(await store.storiesById(['story-a', 'story-b'], ['w:dam', 'w:street', 'w:other']), [
        { ...kept, keyWeights: { 'w:dam': 1.1, 'w:street': 1.5, 'w:other': 1 } },
      ]);
      for (const id of ['story-a', 'story-b', 'story-c'])
        assert.equal(await store.currentStory(id), 'story-a');
      assert.equal(await store.currentStory('story-none'), null);
      for (const id of ids) assert.equal(await store.storyOfArticle(id), 'story-a');
      const stories = await store.listStories();
      assert.deepEqual(
        stories.map((s) => [s.id, s.articleCount, new Set(s.articleIds)]),
        [['story-a', 5, new Set(ids)]],
      );
      const candidates = await store.storyCandidates(['w:street@p', 'w:other@p'], [], 50, 200);
      assert.deepEqual(
        candidates.map((s) => s.id),
        ['story-a'],
      );
      assert.equal((await store.views.getStory('story-c'))?.id, 'story-a');
      assert.equal((await store.views.getStory('story-b'))?.articleIds.length, 5);
      assert.equal(await store.views.getStory('story-none'), null);
      assert.equal(await store.countArticles({ story: 'story-a' }), 5);

      // A rebuild forgets the redirects with the stories: linking again makes them again.
      await store.beginRelink();
      assert.equal(await store.currentStory('story-c'), null);
      await store.endRelink();
    } finally {
      await store.close();
    }
  });

  test('stories list undated first, and their articles by date with the undated first', async () => {
    const store = await openStore();
    try {
      const [undated, late, early] = await store.saveArticles([
        draft('An undated report on the summit.'),
        draft('A later report on the summit.', { published: '2025-03-20' }),
        draft('An early report on the summit.', { published: '2025-03-02' }),
      ]);
      const story = (id: string, from: string | null) => ({
        id,
        title: id,
        titleScore: null,
        titleFromKeys: false,
        articleCount: 1,
        from,
        to: from,
      });
      const link = (articleId: string, s: ReturnType<typeof story>, isNew: boolean) =>
        store.saveLinks({
          signature: signature(articleId, []),
          duplicates: [],
          story: {
            articleId,
            published: s.from,
            isNew,
            story: s,
            weights: { 'e:summit': 1 },
            keys: ['e:summit'],
            postings: [],
          },
          sentenceKeys: [],
        });
      await link(late!.id, story('story-b', '2025-03-20'), true);
      await link(undated!.id, story('story-a', null), true);
      await link(early!.id, { ...story('story-b', '2025-03-02'), articleCount: 2, to: '2025-03-20' }, false);
      const stories = await store.listStories();
      assert.deepEqual(
        stories.map((s) => [s.id, s.articleIds]),
        [
          ['story-a', [undated!.id]],
          ['story-b', [early!.id, late!.id]],
        ],
      );
      assert.deepEqual(await store.storyFrequencies(['e:summit']), { articles: 3, df: { 'e:summit': 3 } });
      const [candidate] = await store.storyCandidates(['none'], ['e:summit'], 5, 200);
      assert.equal(candidate, undefined);
    } finally {
      await store.close();
    }
  });

  test('a posting key listing more stories than the bound is not used to look stories up', async () => {
    const store = await openStore();
    try {
      const saved = await store.saveArticles(
        ['first', 'second', 'third'].map((word) => draft(`A ${word} report on the strike.`)),
      );
      // Three stories posted under 'e:strike@p1', one of them also under the rarer 'e:dock@p1'.
      for (const [i, article] of saved.entries()) {
        const id = `story-${i}`;
        await store.saveLinks(
          loneStoryLinks(
            article.id,
            id,
            { 'e:strike': 0.5 },
            i === 2 ? ['e:strike@p1', 'e:dock@p1'] : ['e:strike@p1'],
          ),
        );
      }
      const ids = async (maxPostings: number) =>
        (await store.storyCandidates(['e:strike@p1', 'e:dock@p1'], ['e:strike'], 50, maxPostings)).map(
          (c) => c.id,
        );
      assert.deepEqual(await ids(3), ['story-2', 'story-0', 'story-1'], 'a list of the bound is read');
      assert.deepEqual(await ids(2), ['story-2'], 'a longer list is left out, the rarer key still read');
      assert.deepEqual(await ids(0), []);
    } finally {
      await store.close();
    }
  });
}
