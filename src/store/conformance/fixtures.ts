import { fingerprintText } from '../../core/identity.js';
import type { ArticleDraft } from '../../core/types.js';

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
