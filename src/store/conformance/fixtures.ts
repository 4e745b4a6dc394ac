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
