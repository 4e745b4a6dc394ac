import type { ListQuery } from '../core/ports.js';
import { decodeReading } from '../core/reading-codec.js';
import type { Article, ArticleSummary, DateRange, Evidence, StoredReading } from '../core/types.js';

/**
 * An `articles` row as both stores return it: JSON columns kept as text, so SQLite and PostgreSQL map rows
 * to records with the same code.
 */
export interface ArticleRow {
  seq: number;
  id: string;
  revision: number;
  source: string;
  url: string | null;
  url_key: string | null;
  canonical_url: string | null;
  title: string | null;
  text: string;
  removed: string;
  outlet: string | null;
  outlet_evidence: string | null;
  author: string | null;
  lang: string | null;
  published: string | null;
  published_evidence: string | null;
  published_range: string | null;
  fingerprint: string;
  user_patch: string;
  ingested_at: string;
  updated_at: string;
}

export type SummaryRow = Pick<
  ArticleRow,
  'id' | 'title' | 'outlet' | 'published' | 'lang' | 'source' | 'url' | 'revision'
>;

function parseJson<T>(value: string | null): T | null {
  return value === null ? null : (JSON.parse(value) as T);
}

export function rowToArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    revision: row.revision,
    source: row.source,
    url: row.url,
    canonicalUrl: row.canonical_url,
    title: row.title,
    text: row.text,
    removed: JSON.parse(row.removed) as string[],
    outlet: row.outlet,
    outletEvidence: parseJson<Evidence>(row.outlet_evidence),
    author: row.author,
    lang: row.lang,
    published: row.published,
    publishedEvidence: parseJson<Evidence>(row.published_evidence),
    publishedRange: parseJson<DateRange>(row.published_range),
    fingerprint: row.fingerprint,
    ingestedAt: row.ingested_at,
    updatedAt: row.updated_at,
  };
}

export function rowToSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    published: row.published,
    lang: row.lang,
    source: row.source,
    url: row.url,
    revision: row.revision,
  };
}

/** Named parameters for the article columns that an ingest writes. */
export function articleParams(article: Omit<Article, 'ingestedAt'> & { urlKey: string | null }) {
  return {
    id: article.id,
    revision: article.revision,
    source: article.source,
    url: article.url,
    url_key: article.urlKey,
    canonical_url: article.canonicalUrl,
    title: article.title,
    text: article.text,
    removed: JSON.stringify(article.removed),
    outlet: article.outlet,
    outlet_evidence: article.outletEvidence ? JSON.stringify(article.outletEvidence) : null,
    author: article.author,
    lang: article.lang,
    published: article.published,
    published_evidence: article.publishedEvidence ? JSON.stringify(article.publishedEvidence) : null,
    published_range: article.publishedRange ? JSON.stringify(article.publishedRange) : null,
    fingerprint: article.fingerprint,
    updated_at: article.updatedAt,
  };
}

/** The user's words as phrases: see `core/search`. */
export { searchPhrases } from '../core/search.js';

/**
 * The `WHERE` clause (or nothing) of an article list, with its values in the order of the placeholders
 * `placeholder` numbers: both stores filter and count in SQL, so a story's or a month's articles cost what
 * they hold, not what the store holds.
 */
export function listFilter(
  query: ListQuery,
  placeholder: (n: number) => string,
): { where: string; values: unknown[] } {
  const values: unknown[] = [];
  const v = (value: unknown) => {
    values.push(value);
    return placeholder(values.length);
  };
  const conditions: string[] = [];
  if (query.outlet !== undefined) conditions.push(`outlet = ${v(query.outlet)}`);
  if (query.story !== undefined)
    conditions.push(`id IN (SELECT article_id FROM story_articles WHERE story_id = ${v(query.story)})`);
  // Days compare the date's first ten characters; the whole date's bound beside it (the same articles:
  // a date sorts after its day's prefix and before the next day) is the range the date's index reads.
  if (query.from !== undefined)
    conditions.push(`published >= ${v(query.from)} AND substr(published, 1, 10) >= ${v(query.from)}`);
  if (query.to !== undefined)
    conditions.push(
      `published < ${v(`${query.to}\u{10FFFF}`)} AND substr(published, 1, 10) <= ${v(query.to)}`,
    );
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', values };
}

/** A `readings` row as both stores return it. */
export interface ReadingRow {
  article_id: string;
  revision: number;
  pipeline: string;
  /** Deflated JSON (`core/reading-codec.ts`), or JSON in a store whose old rows are still being converted. */
  reading: string | Buffer;
}

export function rowToReading(row: ReadingRow): StoredReading {
  return {
    articleId: row.article_id,
    revision: row.revision,
    pipeline: row.pipeline,
    reading: decodeReading(row.reading),
  };
}
