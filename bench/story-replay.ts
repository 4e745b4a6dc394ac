/**
 * ECB+ topics 1-35 kept in a SQLite store for replaying story placement (`story-lab`, `story-splits`): read
 * once through the real ingest path on first use, then each article's story features are taken from its
 * stored reading, so a change to story features or bars is replayed in seconds.
 */
import { existsSync, writeFileSync } from 'node:fs';
import type { Article } from '../src/core/types.js';
import { planStory, storyFeatures, type StoryFeatures } from '../src/connect/stories/index.js';
import { MemoryStoryIndex } from '../src/connect/stories/memory-index.js';
import { ingest } from '../src/service/ingest.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { readEcbPlus, type EcbDocument } from './ecbplus.js';

export interface LabArticle {
  article: Article;
  features: StoryFeatures;
}

/** The store at `db` (ingested from the archive when missing) and its articles' story features, in archive order. */
export async function loadLab(db: string): Promise<{
  documents: EcbDocument[];
  store: SqliteStore;
  read: LabArticle[];
}> {
  const documents = await readEcbPlus();
  const fresh = !existsSync(db);
  const store = new SqliteStore(db);
  if (fresh) {
    const manifest = `${db}.jsonl`;
    writeFileSync(
      manifest,
      documents
        .map((d) => {
          const newline = d.text.indexOf('\n');
          const first = d.text.slice(0, newline);
          const isUrl = /^https?:/.test(first);
          let url: string | null = null;
          if (isUrl)
            try {
              url = new URL(first.replace(/\s+/g, '')).href;
            } catch {
              url = null;
            }
          const body = isUrl ? d.text.slice(newline + 1) : d.text;
          return JSON.stringify({ text: body, ...(url ? { url } : {}), author: d.name });
        })
        .join('\n'),
    );
    await ingest(store, [manifest], { sources: { allowPrivate: false, maxBytes: 20 << 20 } });
  }
  const articles: Article[] = [];
  for await (const article of store.iterateArticles()) articles.push(article);
  const read: LabArticle[] = [];
  for (const article of articles) {
    const stored = await store.getReading(article.id);
    if (stored) read.push({ article, features: storyFeatures({ article, reading: stored.reading }) });
  }
  return { documents, store, read };
}

/** The articles in a seeded random order (sub-topics interleaved as a feed's are); seed 0 keeps the archive's. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  if (seed === 0) return out;
  let state = seed;
  const random = () => (state = (state * 16807) % 2147483647) / 2147483647;
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The document's topic number, from its name (`3_9ecbplus` → 3). */
export const topicOf = (name: string) => Number(name.split('_')[0]);

/** Places the articles one at a time, as linking does, and returns each document's story (merges followed). */
export async function replay(read: readonly LabArticle[]): Promise<Map<string, string>> {
  const index = new MemoryStoryIndex();
  const storyOf = new Map<string, string>();
  for (const { features } of read) {
    const update = await planStory(features, index);
    await index.apply(update);
    storyOf.set(features.articleId, update.story.id);
  }
  const redirects = index.data.redirects ?? {};
  const assigned = new Map<string, string>();
  for (const { article, features } of read) {
    const story = storyOf.get(features.articleId)!;
    assigned.set(article.author ?? '', redirects[story] ?? story);
  }
  return assigned;
}
