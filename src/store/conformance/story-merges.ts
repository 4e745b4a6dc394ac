import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoryRecord } from '../../core/connected.js';
import type { Store } from '../store.js';
import { draft, signature } from './fixtures.js';

/** Stories merged by a bridging article (`StoryUpdate.merged`): rows moved, ids redirected. */
export function storyMergeCases(openStore: () => Promise<Store>): void {
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
}
