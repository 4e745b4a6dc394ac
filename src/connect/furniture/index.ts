import { createHash } from 'node:crypto';
import type { ReadArticle } from '../../core/connected.js';

/**
 * Page furniture as connecting sees it: a sentence an outlet has already printed word for word in another
 * article ("Market data provided by …", a newsletter pitch, a standing disclaimer) says nothing about the
 * event this article reports, so nothing read from it counts when articles are connected: it neither
 * joins stories nor makes actors, events, figures or roles. Clean-up removes the furniture it has learned;
 * this is the guard behind it, and it needs only each sentence's key and an indexed lookup of the keys
 * another article already holds, so it costs the same however large the store.
 */

/** Shorter sentences ("Read more.", "He said.") repeat by chance and carry too little to matter. */
export const FURNITURE_MIN_LENGTH = 12;

export interface SentenceKey {
  /** The sentence's index in the reading. */
  sentence: number;
  key: string;
}

const normalised = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Where the article comes from, for keying: its site (one outlet's feeds share their furniture, whatever
 * each feed is called), else its outlet's name; null when unknown.
 */
function sourceOf(read: ReadArticle): string | null {
  const { outlet, url } = read.article;
  if (url) {
    try {
      return new URL(url).hostname.replace(/^www\./, '');
    } catch {
      // An unparsable address says nothing about the site: fall back to the outlet.
    }
  }
  return outlet ? outlet.toLowerCase() : null;
}

/**
 * One key per distinct sentence long enough to be furniture, scoped to the article's outlet: syndicated
 * copy shared between outlets is reporting (near-duplicates find it), a sentence one outlet repeats in its
 * unrelated articles is furniture. An article of unknown source has none: its repeated sentences may as
 * well be another outlet's copy of the same report.
 */
export function sentenceKeys(read: ReadArticle): SentenceKey[] {
  const source = sourceOf(read);
  if (source === null) return [];
  const seen = new Set<string>();
  const keys: SentenceKey[] = [];
  for (const sentence of read.reading.sentences) {
    const text = normalised(read.article.text.slice(sentence.start, sentence.end));
    if (text.length < FURNITURE_MIN_LENGTH) continue;
    const key = createHash('sha256').update(`${source}\u0000${text}`).digest('base64url').slice(0, 16);
    if (seen.has(key)) continue;
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
