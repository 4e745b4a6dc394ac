import type pg from 'pg';
import { UsageError } from '../../core/errors.js';
import { SEARCH_RANKED } from '../../core/search.js';
import type { SearchHit } from '../../core/types.js';
import { searchPhrases } from '../rows.js';
import type { Queryable } from './connection.js';

/** The longest a search statement may run on the server. */
const SEARCH_TIMEOUT_MS = 10_000;

/**
 * Full-text search over the articles' stored `tsvector` (the first migration). Its statements run through `db`,
 * which outside a transaction is `BoundedSearch`: read-only, with a time limit.
 */
export class ArticleSearch {
  constructor(private readonly db: Queryable) {}

  /**
   * Ranked by `ts_rank` over the stored `tsvector` (title weighted five times the text, as SQLite weighs
   * it with bm25), the newest `SEARCH_RANKED` matches only (older ones follow, newest first: `ts_rank`
   * reads each ranked article's whole `tsvector`); headlines are made for the page only, since
   * `ts_headline` re-reads each text.
   */
  async search(query: string, limit = 20, offset = 0): Promise<SearchHit[]> {
    const tsquery = tsQuery(query);
    if (tsquery === null) return [];
    const { rows } = await this.db.query<SearchHit>(
      // The oldest ranked match, from the matches the GIN index finds (`OFFSET 0` keeps them apart: read
      // down the primary key instead, a rare word had every article's tsvector read to find it). Found once
      // (`MATERIALIZED`): inlined, it was an InitPlan per use of `edge.seq`, three scans of every match
      // (a word in a fifth of 100k articles: 140 ms of the query's 340).
      `WITH edge AS MATERIALIZED (
         SELECT COALESCE((SELECT seq FROM (
           SELECT seq FROM articles WHERE search @@ to_tsquery('dossier_search', $1) OFFSET 0) matched
           ORDER BY seq DESC LIMIT 1 OFFSET $4), 0) AS seq)
       SELECT a.id, a.title, a.outlet, a.published,
              ts_headline('dossier_search', a.text, page.q,
                'StartSel=«, StopSel=», MaxFragments=1, MaxWords=16, MinWords=6, FragmentDelimiter=…') AS snippet
       FROM (
         SELECT * FROM (
           SELECT articles.seq, q, articles.seq < edge.seq AS older,
             CASE WHEN articles.seq >= edge.seq THEN ts_rank('{0.2, 0.2, 0.2, 1.0}', search, q) END AS rank
           FROM articles, edge, to_tsquery('dossier_search', $1) q
           WHERE search @@ q) matches
         ORDER BY older, rank DESC, CASE WHEN older THEN -seq ELSE seq END LIMIT $2 OFFSET $3
       ) page JOIN articles a ON a.seq = page.seq
       ORDER BY page.older, page.rank DESC, CASE WHEN page.older THEN -page.seq ELSE page.seq END`,
      [tsquery, limit, offset, SEARCH_RANKED - 1],
    );
    return rows;
  }

  async countMatches(query: string): Promise<number> {
    const tsquery = tsQuery(query);
    if (tsquery === null) return 0;
    const { rows } = await this.db.query<{ n: number }>(
      "SELECT COUNT(*) AS n FROM articles WHERE search @@ to_tsquery('dossier_search', $1)",
      [tsquery],
    );
    return rows[0]!.n;
  }
}

/**
 * Runs each search statement in a read-only transaction of its own, cancelled by the server after
 * `SEARCH_TIMEOUT_MS`, so that no query, however many articles its words match, holds a connection (and the
 * requests waiting for one) for long.
 */
export class BoundedSearch implements Queryable {
  constructor(private readonly pool: pg.Pool) {}

  async query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    text: string,
    values?: unknown[],
  ): Promise<pg.QueryResult<R>> {
    const client = await this.pool.connect();
    try {
      // One round trip for the three (a simple query may hold several statements): each was one more wait
      // for the server on a busy machine (6-11 ms each in a first search at load 12).
      // Matches come from the GIN index: the planner prices a match as one cheap operator call, not as
      // the de-TOASTing of every article's tsvector a scan of the table does, so for a word in a fifth of
      // the articles it chose the scan (a count at 10k articles: 770 ms against 2 ms through the index).
      await client.query(
        `BEGIN READ ONLY; SET LOCAL statement_timeout = ${SEARCH_TIMEOUT_MS}; SET LOCAL enable_seqscan = off`,
      );
      const result = await client.query<R>(text, values);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      if ((error as { code?: string }).code === '57014') {
        throw new UsageError('the search took too long: use fewer or rarer words');
      }
      throw error;
    } finally {
      client.release();
    }
  }
}

/**
 * A user's words as a `to_tsquery` string: each word quoted as a lexeme (it holds only letters and digits,
 * so nothing in it is syntax), the words of a phrase joined by `<->`, the phrases by `&`.
 */
function tsQuery(userQuery: string): string | null {
  const phrases = searchPhrases(userQuery);
  if (phrases.length === 0) return null;
  return phrases.map((words) => `(${words.map((w) => `'${w}'`).join(' <-> ')})`).join(' & ');
}
