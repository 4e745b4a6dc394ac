import type { ReadingStamp } from '../decoded-readings.js';
import type { ArticleRow } from '../rows.js';

/**
 * The article rows one write transaction inserted, as the server holds them, and the stamp of the reading
 * it saved for them: linking reads an article back right after storing it (`getArticle`), saves its reading
 * (which asked for the row's text, date and place) and then loads it with its reading (`readArticles`), each
 * a round trip under the write lock that every other worker waits for. The transaction holds the lock, so
 * no other writer changes the row meanwhile; any write of its own to the row but the reading's forgets it.
 *
 * A row is kept only when the server stores its text exactly as given (no NUL, no lone surrogate, which
 * PostgreSQL refuses or replaces), so what is answered here is what a read of the row would return.
 */
export class WrittenArticles {
  /**
   * `reports`: whether event reports may be kept for the reading (saving it removed them; saving the
   * connected records may keep new ones).
   */
  private readonly rows = new Map<string, { row: ArticleRow; read: ReadingStamp | null; reports: boolean }>();

  add(written: ArticleRow): void {
    if (!Object.values(written).every(storedAsGiven)) return;
    // A column given as undefined is written as NULL, and read back so.
    const row = Object.fromEntries(
      Object.entries(written).map(([column, value]) => [column, value ?? null]),
    ) as unknown as ArticleRow;
    this.rows.set(row.id, { row, read: null, reports: false });
  }

  forget(id: string): void {
    this.rows.delete(id);
  }

  row(id: string): ArticleRow | null {
    return this.rows.get(id)?.row ?? null;
  }

  /** Notes the reading saved for the row's revision (its event reports went with the one it replaced). */
  read(stamp: ReadingStamp): void {
    const known = this.rows.get(stamp.article_id);
    if (!known) return;
    known.read = known.row.revision === stamp.revision ? stamp : null;
    known.reports = false;
  }

  /** Notes that event reports may now be kept for these articles' readings. */
  reportsKept(ids: Iterable<string>): void {
    for (const id of ids) {
      const known = this.rows.get(id);
      if (known) known.reports = true;
    }
  }

  /** Whether the article's reading was saved here and no event reports kept for it since. */
  noReports(id: string): boolean {
    const known = this.rows.get(id);
    return known?.read != null && !known.reports;
  }

  /** The row and the stamp of its saved reading, when this transaction saved one. */
  withReading(id: string): { row: ArticleRow; read: ReadingStamp } | null {
    const known = this.rows.get(id);
    return known?.read ? { row: known.row, read: known.read } : null;
  }
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function storedAsGiven(value: unknown): boolean {
  return typeof value !== 'string' || (!value.includes('\u0000') && !LONE_SURROGATE.test(value));
}
