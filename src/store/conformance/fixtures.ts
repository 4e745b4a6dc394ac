import { fingerprintText } from '../../core/identity.js';
import type { ArticleDraft } from '../../core/types.js';
import type { ArticleLinks } from '../../core/ports.js';
import type { Store } from '../store.js';

/** What the conformance cases store: drafts, an empty reading, a signature. */

export function emptyReading() {
  return {
    sentences: [],
    mentions: [],
    entities: [],
    quotes: [],
    figures: [],
    events: [],
    stances: [],
    dates: [],
  };
}

/** A reading of one sentence naming one place (`text` as the whole sentence and the place's name). */
export function placeReading(text: string) {
  return {
    ...emptyReading(),
    sentences: [{ index: 0, start: 0, end: text.length, tokens: [] }],
    mentions: [
      {
        start: 0,
        end: text.length,
        text,
        type: 'place' as const,
        kind: 'name' as const,
        sentence: 0,
        entityId: 'e1',
      },
    ],
  };
}

export function signature(articleId: string, bandKeys: string[]) {
  return {
    articleId,
    revision: 1,
    signature: Uint32Array.from([1, 2, 3, 4]),
    fingerprint: `fp-${articleId}`,
    bandKeys,
  };
}

export function draft(text: string, fields: Partial<ArticleDraft> = {}): ArticleDraft {
  return {
    source: 'test/input.txt',
    url: null,
    title: null,
    text,
    removed: [],
    outlet: null,
    outletEvidence: null,
    author: null,
    lang: null,
    published: null,
    publishedEvidence: null,
    publishedRange: null,
    canonicalUrl: null,
    fingerprint: fingerprintText(text),
    ...fields,
  };
}

/** Stores an article per text, each with its one-place reading (`placeReading`); their ids, in order. */
export async function savePlaceReadings(store: Store, texts: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const text of texts) {
    const { id } = await store.saveArticle(draft(text));
    await store.saveReading({ articleId: id, revision: 1, pipeline: 'p1', reading: placeReading(text) });
    ids.push(id);
  }
  return ids;
}

/** The links of an undated article that starts story `id` alone, with its key weights and posting keys. */
export function loneStoryLinks(
  articleId: string,
  id: string,
  weights: Record<string, number>,
  postings: string[] = [],
): ArticleLinks {
  return {
    signature: signature(articleId, []),
    duplicates: [],
    story: {
      articleId,
      published: null,
      isNew: true,
      story: { id, title: id, titleScore: null, titleFromKeys: false, articleCount: 1, from: null, to: null },
      weights,
      keys: Object.keys(weights),
      postings,
    },
    sentenceKeys: [],
  };
}
