import type { DuplicatePair } from '../../core/connected.js';
import { bandKeys, similarity, type MinHashSignature } from './minhash.js';

/**
 * Exact and near-duplicate articles. An article's signature and band keys are computed once, from its text
 * alone, and stored; finding its duplicates then needs only the articles that share a band key with it.
 * The store keeps one row per article (signature, band keys) and an index band key → article ids;
 * `DuplicateIndex` is the same thing in memory, for batches and the bench.
 */

export { bandKeys, signature, similarity, type MinHashSignature } from './minhash.js';

/** At or above this estimated similarity two texts differ only in a word or two: the same article. */
export const EXACT_SIMILARITY = 0.95;
/**
 * At or above this, one text is a light rewrite of the other: a sentence changed, added or cut, a syndicated
 * copy with its own furniture. Chosen on the BBC 2004–05 corpus (bench/eval-duplicates.ts): its rewritten
 * copies score 0.54 and up, while follow-up reports of one story (rewritten, updated hours later) score
 * 0.33–0.49: those are one story's articles, not copies, and `stories/` groups them.
 */
export const NEAR_SIMILARITY = 0.5;

/**
 * The most duplicate links a new article gets (its most similar ones), and the most candidates taken from
 * each LSH bucket. Without them a flood of near-identical items is quadratic: 1,000 copies made 499,500
 * pairs, 10,000 made 14 million. With them each item costs a bounded number of comparisons and rows, and
 * a copy still finds copies (any of them names the group: stories follow duplicates).
 */
export const MAX_DUPLICATE_LINKS = 16;
export const MAX_CANDIDATES_PER_BAND = 32;

export interface SignedArticle {
  id: string;
  signature: MinHashSignature;
  /** The article's text fingerprint (`Article.fingerprint`); equal fingerprints are exact duplicates. */
  fingerprint?: string | undefined;
}

/**
 * The duplicates of `article` among `candidates` (usually those sharing a band key with it), each pair
 * with its ids in sorted order so that the same pair is the same record whichever article came first:
 * the `MAX_DUPLICATE_LINKS` most similar, ties by id.
 */
export function findDuplicates(article: SignedArticle, candidates: Iterable<SignedArticle>): DuplicatePair[] {
  const pairs: DuplicatePair[] = [];
  for (const candidate of candidates) {
    if (candidate.id === article.id) continue;
    const sameText = article.fingerprint !== undefined && article.fingerprint === candidate.fingerprint;
    const estimate = sameText ? 1 : similarity(article.signature, candidate.signature);
    if (estimate < NEAR_SIMILARITY) continue;
    const [a, b] = article.id < candidate.id ? [article.id, candidate.id] : [candidate.id, article.id];
    pairs.push({ a, b, similarity: estimate, kind: estimate >= EXACT_SIMILARITY ? 'exact' : 'near' });
  }
  return pairs
    .sort((x, y) => y.similarity - x.similarity || x.a.localeCompare(y.a) || x.b.localeCompare(y.b))
    .slice(0, MAX_DUPLICATE_LINKS);
}

/** Band key → article ids, in memory: what the store's index table holds. */
export class DuplicateIndex {
  private readonly buckets = new Map<string, string[]>();
  private readonly articles = new Map<string, SignedArticle & { keys: string[] }>();

  get size(): number {
    return this.articles.size;
  }

  /** Adds an article and returns its duplicates among those added before. */
  add(article: SignedArticle): DuplicatePair[] {
    if (this.articles.has(article.id)) throw new Error(`article ${article.id} is already indexed`);
    const keys = bandKeys(article.signature);
    const candidateIds = new Set<string>();
    for (const key of keys) {
      for (const id of (this.buckets.get(key) ?? []).slice(0, MAX_CANDIDATES_PER_BAND)) candidateIds.add(id);
    }
    const candidates = [...candidateIds].map((id) => this.articles.get(id)!);
    const pairs = findDuplicates(article, candidates);
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(article.id);
      else this.buckets.set(key, [article.id]);
    }
    this.articles.set(article.id, { ...article, keys });
    return pairs;
  }

  /** Forgets an article, as when a revision replaces its text and it is added again. */
  remove(id: string): void {
    const article = this.articles.get(id);
    if (!article) return;
    for (const key of article.keys) {
      const rest = (this.buckets.get(key) ?? []).filter((other) => other !== id);
      if (rest.length > 0) this.buckets.set(key, rest);
      else this.buckets.delete(key);
    }
    this.articles.delete(id);
  }
}
