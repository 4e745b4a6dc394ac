import type Database from 'better-sqlite3';
import { SEARCH_RANKED } from '../../core/search.js';
import type { SearchHit } from '../../core/types.js';
import { searchPhrases } from '../rows.js';

/** Full-text search over the articles' FTS5 index (the first migration), title weighted five times the text. */
export class ArticleSearch {
  constructor(private readonly statement: (sql: string) => Database.Statement) {}

  async search(query: string, limit = 20, offset = 0): Promise<SearchHit[]> {
    const match = ftsQuery(query);
    if (match === null) return [];
    // The oldest match ranked (see `SEARCH_RANKED`); 0 when there are fewer matches, all of them ranked.
    const edge =
      (
        this.statement(
          'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?',
        ).get(match, SEARCH_RANKED - 1) as { rowid: number } | undefined
      )?.rowid ?? 0;
    // Ranked matches first, by bm25 (computed for them only), then older ones, newest first. The page
    // first, snippets after: a snippet for every match of a common word cost more than the search.
    const order = (rowid: string) =>
      `${rowid} < @edge, CASE WHEN ${rowid} >= @edge THEN bm25(articles_fts, 5.0, 1.0) END,
       CASE WHEN ${rowid} >= @edge THEN ${rowid} ELSE -${rowid} END`;
    return this.statement(
      `SELECT a.id, a.title, a.outlet, a.published,
                snippet(articles_fts, 1, '«', '»', '…', 16) AS snippet
         FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
         WHERE articles_fts MATCH @match AND articles_fts.rowid IN (
           SELECT rowid FROM articles_fts WHERE articles_fts MATCH @match
           ORDER BY ${order('rowid')} LIMIT @limit OFFSET @offset)
         ORDER BY ${order('articles_fts.rowid')}`,
    ).all({ match, edge, limit, offset }) as SearchHit[];
  }

  async countMatches(query: string): Promise<number> {
    const match = ftsQuery(query);
    if (match === null) return 0;
    return (
      this.statement('SELECT COUNT(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(match) as {
        n: number;
      }
    ).n;
  }
}

/** A user's words as an FTS5 query: every phrase quoted, so nothing they type is ever FTS5 syntax. */
function ftsQuery(userQuery: string): string | null {
  const phrases = searchPhrases(userQuery);
  return phrases.length > 0 ? phrases.map((words) => `"${words.join(' ')}"`).join(' ') : null;
}
