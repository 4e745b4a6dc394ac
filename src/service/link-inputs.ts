/**
 * What linking an article needs of it alone, made by the read job rather than by the linker. Link jobs run
 * one at a time, each under the store's write lock, so everything they compute is the serial part of
 * ingesting with workers; the read jobs run on every worker at once, and with two workers the reader waits
 * for the linker most of the time. So what is a pure function of a document's draft and reading (its MinHash
 * signature and band keys, its sentence keys, its story features when it has no furniture) is made with
 * the reading and kept in the intake row; the linker uses it only for an article stored with exactly the
 * text, address, outlet, title and date it was made from, and computes it as before otherwise. The same
 * functions on the same inputs: what is stored does not depend on who made it.
 */
import { bandKeys, signature } from '../connect/duplicates/index.js';
import { sentenceKeys, type SentenceKey } from '../connect/furniture/index.js';
import { storyFeatures, type StoryFeatures } from '../connect/stories/index.js';
import type { PreparedLinks } from '../core/ports.js';
import type { Article, ArticleDraft, ArticleReading } from '../core/types.js';

/** The article's own link inputs, under the lock: prepared ones when they were made from what it holds. */
export interface LinkInputs {
  signature: Uint32Array;
  bandKeys: string[];
  sentenceKeys: SentenceKey[];
  /** Its story features given its furniture sentences: kept ones when it has none. */
  features: (furniture: ReadonlySet<number>) => StoryFeatures;
}

/** Made by the read job from a document's draft and its reading. */
export function prepareLinks(draft: ArticleDraft, reading: ArticleReading): PreparedLinks {
  // Not stored yet, so without an id: the features' id is set when used.
  const read = { article: { ...draft, id: '' } as Article, reading };
  const minhash = signature(draft.text);
  return {
    signature: [...minhash],
    bandKeys: bandKeys(minhash),
    sentenceKeys: sentenceKeys(read),
    features: storyFeatures(read),
  };
}

/**
 * The article's link inputs: `prepared` when it was made from `draft` and the stored article has the text
 * and everything else the inputs read of it (its address and outlet for the sentence keys and the story's
 * source, its title, date and the date's origin for the features), else computed here.
 */
export function linkInputs(
  article: Article,
  reading: ArticleReading,
  prepared: { draft: ArticleDraft; links: PreparedLinks } | null,
): LinkInputs {
  const read = { article, reading };
  const kept = prepared && madeFrom(article, prepared.draft) ? prepared.links : null;
  if (!kept) {
    const minhash = signature(article.text);
    return {
      signature: minhash,
      bandKeys: bandKeys(minhash),
      sentenceKeys: sentenceKeys(read),
      features: (furniture) => storyFeatures(read, furniture),
    };
  }
  return {
    signature: Uint32Array.from(kept.signature),
    bandKeys: kept.bandKeys,
    sentenceKeys: kept.sentenceKeys,
    features: (furniture) =>
      furniture.size === 0
        ? { ...(kept.features as StoryFeatures), articleId: article.id }
        : storyFeatures(read, furniture),
  };
}

function madeFrom(article: Article, draft: ArticleDraft): boolean {
  return (
    article.text === draft.text &&
    article.url === draft.url &&
    article.outlet === draft.outlet &&
    article.title === draft.title &&
    article.published === draft.published &&
    (article.publishedEvidence?.origin ?? null) === (draft.publishedEvidence?.origin ?? null)
  );
}
