import type { Story } from '../../core/connected.js';
import { MAX_CANDIDATES, MAX_POSTINGS } from './index.js';
import type { StoryCandidate, StoryIndex, StoryRecord, StoryUpdate } from './index.js';

/**
 * The story index as plain data, in the shape of the tables the store keeps: stories with their articles
 * and summed key weights (story_weights), posting key → story ids (story_postings), and each key's
 * article count (key_frequencies).
 */
export interface StoryIndexData {
  articles: number;
  df: Record<string, number>;
  stories: Record<string, StoryRecord & { articleIds: string[]; keyWeights: Record<string, number> }>;
  postings: Record<string, string[]>;
  /** Ids of stories merged away → the story they were merged into. */
  redirects?: Record<string, string>;
}

export class MemoryStoryIndex implements StoryIndex {
  readonly data: StoryIndexData;

  /** `data` is adopted, not copied: pass a parsed JSON snapshot to resume from it. */
  constructor(data?: StoryIndexData) {
    this.data = data ?? { articles: 0, df: {}, stories: {}, postings: {} };
  }

  frequencies(keys: string[]): { articles: number; df: Record<string, number> } {
    const df: Record<string, number> = {};
    for (const key of keys) {
      const count = this.data.df[key];
      if (count !== undefined) df[key] = count;
    }
    return { articles: this.data.articles, df };
  }

  candidates(lookupKeys: string[], keys: string[]): StoryCandidate[] {
    const shared = new Map<string, number>();
    for (const key of new Set(lookupKeys)) {
      const posted = this.data.postings[key] ?? [];
      if (posted.length > MAX_POSTINGS) continue;
      for (const id of posted) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const ids = [...shared]
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .slice(0, MAX_CANDIDATES)
      .map(([id]) => id);
    return this.stories(ids, keys);
  }

  stories(ids: string[], keys: string[]): StoryCandidate[] {
    return ids.flatMap((id) => {
      const found = this.data.stories[id];
      if (!found) return [];
      const { articleIds: _articleIds, keyWeights, ...record } = found;
      const asked: Record<string, number> = {};
      for (const key of keys) {
        const weight = keyWeights[key];
        if (weight !== undefined) asked[key] = weight;
      }
      return [{ ...record, keyWeights: asked }];
    });
  }

  apply(update: StoryUpdate): void {
    const { stories, postings, df } = this.data;
    if (update.merged?.length) this.merge(update.story.id, update.merged);
    const previous = stories[update.story.id];
    const stored = {
      ...update.story,
      articleIds: [...(previous?.articleIds ?? []), update.articleId],
      keyWeights: previous?.keyWeights ?? {},
    };
    stories[update.story.id] = stored;
    for (const [key, weight] of Object.entries(update.weights))
      stored.keyWeights[key] = (stored.keyWeights[key] ?? 0) + weight;
    for (const key of update.keys) df[key] = (df[key] ?? 0) + 1;
    for (const posting of update.postings) {
      const ids = (postings[posting] ??= []);
      if (!ids.includes(update.story.id)) ids.push(update.story.id);
    }
    this.data.articles++;
  }

  /** Moves the articles, weights and postings of `merged` to `kept`, and redirects their ids to it. */
  private merge(kept: string, merged: string[]): void {
    const { stories, postings } = this.data;
    const redirects = (this.data.redirects ??= {});
    const target = stories[kept]!;
    const gone = new Set(merged);
    for (const id of merged) {
      const other = stories[id]!;
      target.articleIds.push(...other.articleIds);
      for (const [key, weight] of Object.entries(other.keyWeights))
        target.keyWeights[key] = (target.keyWeights[key] ?? 0) + weight;
      delete stories[id];
      redirects[id] = kept;
    }
    for (const [id, to] of Object.entries(redirects)) if (gone.has(to)) redirects[id] = kept;
    // A scan of every posting list: the in-memory index serves benches and tests, not a store's size.
    for (const [posting, ids] of Object.entries(postings)) {
      if (!ids.some((id) => gone.has(id))) continue;
      const moved = ids.map((id) => (gone.has(id) ? kept : id));
      postings[posting] = [...new Set(moved)];
    }
  }

  /** The stories as the connected record publishes them; events are linked later, by the event stage. */
  listStories(): Story[] {
    return Object.values(this.data.stories).map(({ id, title, articleIds, from, to }) => ({
      id,
      title,
      articleIds: [...articleIds],
      eventIds: [],
      from,
      to,
    }));
  }
}
