import type { ReadArticle } from '../../core/connected.js';
import { furnitureSource, sentenceKey } from '../../core/furniture.js';

/**
 * Page furniture as connecting sees it: a sentence an outlet has already printed word for word in another
 * article ("Market data provided by …", a newsletter pitch, a standing disclaimer) says nothing about the
 * event this article reports, so nothing read from it counts when articles are connected: it neither
 * joins stories nor makes actors, events, figures or roles. Clean-up removes the furniture it has learned;
 * this is the guard behind it (for articles stored before a sentence was learned, until `dossier reprocess`,
 * and for sentences printed only once before), and both use one key per sentence and outlet
 * (`core/furniture`) over one sentence index. It needs only each sentence's key and an indexed lookup of the keys
 * another article already holds, so it costs the same however large the store.
 */

export { FURNITURE_MIN_LENGTH } from '../../core/furniture.js';

export interface SentenceKey {
  /** The sentence's index in the reading. */
  sentence: number;
  key: string;
}

/**
 * One key per distinct sentence long enough to be furniture, scoped to the article's outlet: syndicated
 * copy shared between outlets is reporting (near-duplicates find it), a sentence one outlet repeats in its
 * unrelated articles is furniture. An article of unknown source has none: its repeated sentences may as
 * well be another outlet's copy of the same report.
 */
export function sentenceKeys(read: ReadArticle): SentenceKey[] {
  const source = furnitureSource(read.article.url, read.article.outlet);
  if (source === null) return [];
  const seen = new Set<string>();
  const keys: SentenceKey[] = [];
  for (const sentence of read.reading.sentences) {
    const key = sentenceKey(source, read.article.text.slice(sentence.start, sentence.end));
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    keys.push({ sentence: sentence.index, key });
  }
  return keys;
}

/** The sentences of an article that are furniture, given which of its keys other articles already hold. */
export function furnitureSentences(keys: readonly SentenceKey[], repeated: ReadonlySet<string>): Set<number> {
  return new Set(keys.filter((k) => repeated.has(k.key)).map((k) => k.sentence));
}

/**
 * Every article's furniture when the whole corpus is at hand (a rebuild): a sentence its outlet printed in
 * any other article, before or after it.
 */
export function furnitureByArticle(articles: readonly ReadArticle[]): Map<string, Set<number>> {
  const keysOf = articles.map((read) => sentenceKeys(read));
  const holders = new Map<string, number>();
  for (const keys of keysOf) for (const { key } of keys) holders.set(key, (holders.get(key) ?? 0) + 1);
  const repeated = new Set([...holders].filter(([, n]) => n > 1).map(([key]) => key));
  return new Map(articles.map((read, i) => [read.article.id, furnitureSentences(keysOf[i]!, repeated)]));
}
