import { findDuplicates, MAX_CANDIDATES_PER_BAND } from '../connect/duplicates/index.js';
import { furnitureSentences } from '../connect/furniture/index.js';
import { MAX_CANDIDATES, MAX_POSTINGS, planStory } from '../connect/stories/index.js';
import type { StoryIndex } from '../connect/stories/index.js';
import type { PreparedLinks } from '../core/ports.js';
import type { Article, ArticleDraft, ArticleReading } from '../core/types.js';
import type { Store } from '../store/store.js';
import { reconnect } from './connected.js';
import { linkInputs } from './link-inputs.js';

/**
 * Connects one stored, read article to the rest as it arrives: its near-duplicates through the LSH band
 * index, its furniture (sentences its outlet printed before) through the sentence index, and its story
 * through the story index (a copy joins its original's story; furniture never counts), each a handful of
 * indexed lookups; then the actors, events, series and discrepancies it changes (`reconnect`, over the
 * scope its entities' keys, its story and its measures reach). A revised article gets a new signature; it
 * keeps its story. Linking reads the index, decides, then writes, so it runs as one transaction that no other
 * writer interleaves with (two processes linking at once would otherwise both start the same story).
 * `prepared`: what a worker's read job made of the draft the article was stored from (`link-inputs.ts`).
 */
export function linkArticle(
  store: Store,
  article: Article,
  reading: ArticleReading,
  prepared: { draft: ArticleDraft; links: PreparedLinks } | null = null,
): Promise<void> {
  return store.transaction((tx) => linkInTransaction(tx, article, reading, prepared));
}

async function linkInTransaction(
  store: Store,
  article: Article,
  reading: ArticleReading,
  prepared: { draft: ArticleDraft; links: PreparedLinks } | null,
): Promise<void> {
  await reconnect(store, await linkStage(store, article, reading, prepared));
}

/**
 * The first of linking's two parts, inside the caller's transaction: the article's duplicates, furniture
 * and story saved. Returns the articles whose connected records it changed, for `reconnect`: a worker
 * connects them in a transaction of its own (`Worker.connect`), after the earlier rows' and before the
 * later rows'.
 */
export async function linkStage(
  store: Store,
  article: Article,
  reading: ArticleReading,
  prepared: { draft: ArticleDraft; links: PreparedLinks } | null,
): Promise<string[]> {
  const inputs = linkInputs(article, reading, prepared);
  const minhash = inputs.signature;
  const keys = inputs.bandKeys;
  const sentences = inputs.sentenceKeys;
  const sentenceKeyList = sentences.map((s) => s.key);
  // Independent lookups asked at once: one round trip in a PostgreSQL transaction, under the write lock
  // (see `TransactionClient`). Its own story is checked rather than assumed: a revised article, or one
  // whose linking a kill interrupted, keeps its story. The story index's frequencies of its terms as they
  // are without furniture go with them (most articles repeat no furniture sentence): nothing is written
  // before the plan reads them, so they are what the plan would ask (`prefetched`).
  const plain = inputs.features(new Set());
  const plainKeys = Object.keys(plain.terms);
  const [candidates, repeated, ownStory, plainFrequencies] = await Promise.all([
    store.signaturesSharingBands(keys, article.id, MAX_CANDIDATES_PER_BAND),
    store.repeatedSentences(sentenceKeyList, article.id),
    store.storyOfArticle(article.id),
    store.storyFrequencies(plainKeys),
  ]);
  const duplicates = findDuplicates(
    { id: article.id, signature: minhash, fingerprint: article.fingerprint },
    candidates.map((c) => ({ id: c.articleId, signature: c.signature, fingerprint: c.fingerprint })),
  );
  const furniture = furnitureSentences(sentences, new Set(repeated));
  const duplicateStories = new Set<string>();
  const pairStories = await Promise.all(
    duplicates.map((pair) => store.storyOfArticle(pair.a === article.id ? pair.b : pair.a)),
  );
  for (const story of pairStories) if (story) duplicateStories.add(story);
  const story =
    ownStory === null
      ? await planStory(
          furniture.size === 0 ? plain : inputs.features(furniture),
          storeStoryIndex(store, { ...plainFrequencies, asked: new Set(plainKeys) }),
          {
            duplicateStories: [...duplicateStories],
          },
        )
      : null;
  await store.saveLinks({
    sentenceKeys: sentenceKeyList,
    signature: {
      articleId: article.id,
      revision: article.revision,
      signature: minhash,
      fingerprint: article.fingerprint,
      bandKeys: keys,
    },
    duplicates,
    story,
  });
  // Its connected records, and those of the articles whose furniture it repeats (their sentence is
  // furniture now, and no longer counts), in the same transaction.
  const grown = await store.markFurniture(repeated, article.id);
  // An article that bridged stories (`StoryUpdate.merged`) changed the story of every article of them: a
  // surname joins the full name its story names, events merge within a story, so all are connected again
  // (the merged stories' events and discrepancies go with them, see `eventGroups`).
  const merged = story?.merged?.length ? await store.articlesOfStory(story.story.id) : [];
  return [...new Set([article.id, ...grown, ...merged])];
}

/**
 * The store's story tables as the index `planStory` asks; frequencies of keys all among those `prefetched`
 * asked for (the same transaction, nothing written since) are answered from it, each key's as stored.
 */
function storeStoryIndex(
  store: Store,
  prefetched: { articles: number; df: Record<string, number>; asked: ReadonlySet<string> },
): StoryIndex {
  return {
    frequencies: (keys) =>
      keys.every((key) => prefetched.asked.has(key))
        ? {
            articles: prefetched.articles,
            df: Object.fromEntries(
              keys.flatMap((key) => (key in prefetched.df ? [[key, prefetched.df[key]!]] : [])),
            ),
          }
        : store.storyFrequencies(keys),
    candidates: (lookupKeys, keys) => store.storyCandidates(lookupKeys, keys, MAX_CANDIDATES, MAX_POSTINGS),
    stories: (ids, keys) => store.storiesById(ids, keys),
    // `planStory` only reads the index; its update is saved with the article's other links.
    apply: () => undefined,
  };
}

/**
 * Links every article whose current revision has no signature yet (after an interrupted ingest, or for
 * a store created before linking existed). The signature is saved last, so a kill leaves the article
 * listed and the next run links it again.
 */
export async function linkUnlinked(store: Store): Promise<number> {
  let count = 0;
  const failed = new Set<string>();
  for (;;) {
    const ids = (await store.listUnlinked(100 + failed.size)).filter((id) => !failed.has(id));
    if (ids.length === 0) return count;
    for (const id of ids) {
      const article = await store.getArticle(id);
      const stored = article ? await store.getReading(id) : null;
      if (!article || !stored || stored.revision !== article.revision) {
        failed.add(id);
        continue;
      }
      await linkArticle(store, article, stored.reading);
      count += 1;
    }
  }
}

/**
 * Rebuilds every link (duplicates, furniture, stories) from the stored readings, after an algorithm change:
 * `beginRelink` forgets them and marks a rebuild under way, then every article is linked again in
 * ingestion order, each in its own transaction. Killed at any moment, the next call resumes: the articles
 * already linked keep their links and the rest are linked. Returns whether it started or resumed, and how
 * many articles it linked.
 */
export async function relinkAll(store: Store): Promise<{ state: 'started' | 'resumed'; linked: number }> {
  const state = await store.beginRelink();
  const linked = await linkUnlinked(store);
  await store.endRelink();
  return { state, linked };
}
