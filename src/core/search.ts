/**
 * What a search may ask for. A user's query is words, never engine syntax (see `SearchRepository`); its
 * cost grows with its length and with its number of distinct words, so both are capped at the edges (the
 * API and the CLI) with a clear error, and the stores drop repeated words before asking the engine.
 */
import { UsageError } from './errors.js';

export interface SearchLimits {
  /** The longest query accepted, in characters. */
  maxQueryChars: number;
  /** The most distinct words a query may hold (a quoted phrase counts each of its words). */
  maxQueryTerms: number;
}

export const DEFAULT_SEARCH_LIMITS: SearchLimits = { maxQueryChars: 256, maxQueryTerms: 16 };

/**
 * How many of a query's newest matches are ranked by relevance; older matches follow, newest first. Ranking
 * reads every ranked article's lengths (SQLite's bm25) or its whole `tsvector` (PostgreSQL's `ts_rank`), so
 * ranking every match of a common word cost 440 ms (SQLite) and 1.3 s (PostgreSQL) at 100k articles and
 * grew with the store; ranking a bounded candidate set, as search engines rescore only a window of their
 * first-pass results, costs the same at any size. A query with fewer matches is ranked whole, as before;
 * one with more finds its best among recent news, which is what a reader of news searches for.
 */
export const SEARCH_RANKED = 2000;

/**
 * A user's words as the phrases a search requires, each a list of words: words in double quotes make one
 * phrase, every other word is a phrase of its own. Punctuation, operators and stray quotes are never
 * syntax; a word is a run of letters and digits, as both stores' tokenizers cut them. A phrase given twice
 * is asked once: "a a a" costs what "a" does.
 */
export function searchPhrases(userQuery: string): string[][] {
  const phrases = new Map<string, string[]>();
  const pattern = /"([^"]*)"|([\p{L}\p{N}][\p{L}\p{N}'’_-]*)/gu;
  for (const match of userQuery.matchAll(pattern)) {
    const words = (match[1] ?? match[2] ?? '').match(/[\p{L}\p{N}]+/gu);
    if (words) {
      const key = words.join(' ').toLowerCase();
      if (!phrases.has(key)) phrases.set(key, words);
    }
  }
  return [...phrases.values()];
}

/** Throws a `UsageError` naming the cap when `query` is over one of `limits`. */
export function checkSearchQuery(query: string, limits: SearchLimits = DEFAULT_SEARCH_LIMITS): void {
  if (query.length > limits.maxQueryChars) {
    throw new UsageError(
      `the search query is ${query.length} characters long; at most ${limits.maxQueryChars} are allowed`,
    );
  }
  const terms = new Set(searchPhrases(query).flatMap((words) => words.map((w) => w.toLowerCase()))).size;
  if (terms > limits.maxQueryTerms) {
    throw new UsageError(
      `the search query has ${terms} distinct words; at most ${limits.maxQueryTerms} are allowed`,
    );
  }
}
