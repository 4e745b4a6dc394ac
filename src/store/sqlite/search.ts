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
    // The page's rowids: from the ranked matches (FTS5 reads the doclists from `edge` on only), then from
    // the older ones, newest first (read backwards, stopping at the page's end). Snippets for the page only:
    // a snippet for every match of a common word cost more than the search.
    const page: number[] = [];
    if (edge === 0 || offset < SEARCH_RANKED) {
      const ranked = this.statement(
        `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ?
         ORDER BY bm25(articles_fts, 5.0, 1.0), rowid LIMIT ? OFFSET ?`,
      ).all(match, edge, edge === 0 ? limit : Math.min(limit, SEARCH_RANKED - offset), offset) as Array<{
        rowid: number;
      }>;
      page.push(...ranked.map((r) => r.rowid));
    }
    if (edge > 0 && page.length < limit) {
      const older = this.statement(
        `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid < ?
         ORDER BY rowid DESC LIMIT ? OFFSET ?`,
      ).all(match, edge, limit - page.length, Math.max(0, offset - SEARCH_RANKED)) as Array<{
        rowid: number;
      }>;
      page.push(...older.map((r) => r.rowid));
    }
    if (page.length === 0) return [];
    const hits = this.statement(
      `SELECT articles_fts.rowid AS rowid, a.id, a.title, a.outlet, a.published,
              snippet(articles_fts, 1, '«', '»', '…', 16) AS snippet
       FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
       WHERE articles_fts MATCH ? AND articles_fts.rowid IN (SELECT value FROM json_each(?))`,
    ).all(match, JSON.stringify(page)) as Array<SearchHit & { rowid: number }>;
    const byRowid = new Map(hits.map(({ rowid, ...hit }) => [rowid, hit]));
    return page.flatMap((rowid) => byRowid.get(rowid) ?? []);
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
