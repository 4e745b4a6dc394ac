import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { Article } from '../src/core/types.js';
import { readSources } from '../src/ingest/sources.js';
import { prepareArticle } from '../src/pipeline/prepare-article.js';
import { linkArticle } from '../src/service/link.js';
import { readingOf } from '../src/service/read.js';
import { PostgresStore } from '../src/store/postgres/index.js';
import { dropSchemas, freshSchema, testLocation } from './support/postgres.js';
import { SEEDS_MANIFEST } from './support/seeds.js';

const schemas: string[] = [];
after(() => dropSchemas(schemas));

/** Stores the seeds in a fresh schema and returns their articles, unlinked. */
async function storedSeeds(location: string): Promise<Article[]> {
  const store = await PostgresStore.open(location);
  try {
    const articles: Article[] = [];
    for await (const item of readSources([SEEDS_MANIFEST], { allowPrivate: false, maxBytes: 1 << 24 })) {
      assert.ok(item.ok);
      const saved = await store.saveArticle(prepareArticle(item.doc));
      const article = (await store.getArticle(saved.id))!;
      await store.saveReading(readingOf(article));
      articles.push(article);
    }
    return articles;
  } finally {
    await store.close();
  }
}

test('linking: two processes linking at once two reports of one new event make one story, as one process does', async () => {
  const sequential = freshSchema('link');
  const concurrent = freshSchema('link');
  schemas.push(sequential, concurrent);
  const seeds = await storedSeeds(testLocation(sequential));
  await storedSeeds(testLocation(concurrent));
  const one = await PostgresStore.open(testLocation(sequential));
  for (const article of seeds) await linkArticle(one, article, (await one.getReading(article.id))!.reading);
  // A story that one process, linking article after article, makes of two of the seeds.
  const shared = (await one.listStories()).find((story) => story.articleIds.length === 2);
  await one.close();
  assert.ok(shared, 'the seeds hold two reports of one event');
  const pair = seeds.filter((article) => shared.articleIds.includes(article.id));

  // Two stores, two connection pools: as two worker machines would, each links one article at once.
  const a = await PostgresStore.open(testLocation(concurrent));
  const b = await PostgresStore.open(testLocation(concurrent));
  try {
    await Promise.all(
      pair.map(async (article, i) => {
        const store = i === 0 ? a : b;
        await linkArticle(store, article, (await store.getReading(article.id))!.reading);
      }),
    );
    const stories = await a.listStories();
    assert.equal(stories.length, 1, 'one story, not one per linker');
    assert.deepEqual(new Set(stories[0]!.articleIds), new Set(shared.articleIds));
    assert.equal((await a.storyFrequencies([])).articles, 2);
  } finally {
    await a.close();
    await b.close();
  }
});
