import type Database from 'better-sqlite3';
import { decodeReading, deflateReadingJson, encodeReading } from '../../core/reading-codec.js';
import type { ReadArticle } from '../../core/connected.js';
import type { StoredReading } from '../../core/types.js';
import { rowToArticle, rowToReading } from '../rows.js';
import type { ArticleRow, ReadingRow } from '../rows.js';
import { articleOfItems, saveItems } from './items.js';

/**
 * Readings: one per article, of its current revision, with the quotes and figures drawn from it
 * (`items.ts`) written beside it in the same transaction.
 */
export class ReadingTables {
  private readonly saveReadingBatch: (readings: StoredReading[]) => boolean[];

  constructor(
    private readonly db: Database.Database,
    private readonly statement: (sql: string) => Database.Statement,
  ) {
    // Immediate, as every write transaction of the store (see `SqliteStore`).
    const saveReadingBatch = this.db.transaction((readings: StoredReading[]) =>
      readings.map((r) => this.writeReading(r)),
    );
    this.saveReadingBatch = (readings) => saveReadingBatch.immediate(readings);
  }

  async saveReading(stored: StoredReading): Promise<boolean> {
    // One transaction, as for a batch: the reading, its quote and figure rows and the article's read
    // revision are written together, and two processes saving the same article's reading take turns
    // instead of interleaving their deletes and inserts of its rows.
    return this.saveReadingBatch([stored])[0]!;
  }

  async saveReadings(readings: StoredReading[]): Promise<boolean[]> {
    return this.saveReadingBatch(readings);
  }

  private writeReading(stored: StoredReading): boolean {
    const result = this.statement(
      `INSERT INTO readings (article_id, revision, pipeline, reading, read_at)
       SELECT id, revision, @pipeline, @reading, @read_at FROM articles WHERE id = @article_id AND revision = @revision
       ON CONFLICT (article_id) DO UPDATE SET revision = excluded.revision, pipeline = excluded.pipeline,
         reading = excluded.reading, read_at = excluded.read_at`,
    ).run({
      article_id: stored.articleId,
      revision: stored.revision,
      pipeline: stored.pipeline,
      reading: encodeReading(stored.reading),
      read_at: new Date().toISOString(),
    });
    if (result.changes === 0) return false;
    const prepared = { prepare: (sql: string) => this.statement(sql) };
    saveItems(prepared, articleOfItems(prepared, stored.articleId, stored.revision)!, stored.reading);
    this.statement('UPDATE articles SET read_revision = ? WHERE id = ?').run(
      stored.revision,
      stored.articleId,
    );
    return true;
  }

  async getReading(articleId: string): Promise<StoredReading | null> {
    const row = this.statement(
      'SELECT article_id, revision, pipeline, reading FROM readings WHERE article_id = ?',
    ).get(articleId) as ReadingRow | undefined;
    return row ? rowToReading(row) : null;
  }

  async listUnread(pipeline: string, limit: number): Promise<string[]> {
    // Two indexed sets: articles whose current revision has no reading (a partial index keeps them), and
    // readings by another pipeline (after an upgrade). Both are empty, and cost nothing, once all is read.
    // The pipeline's two sides are two selects: with `<` OR `>` in one, SQLite scans every article instead.
    const rows = this.statement(
      `SELECT id FROM (
         SELECT seq, id FROM articles WHERE read_revision IS NULL OR read_revision <> revision
         UNION
         SELECT a.seq, a.id FROM readings r JOIN articles a ON a.id = r.article_id WHERE r.pipeline < @pipeline
         UNION
         SELECT a.seq, a.id FROM readings r JOIN articles a ON a.id = r.article_id WHERE r.pipeline > @pipeline
       ) ORDER BY seq LIMIT @limit`,
    ).all({ pipeline, limit }) as Array<{ id: string }>;
    return rows.map((row) => row.id);
  }

  async readArticles(ids: string[]): Promise<ReadArticle[]> {
    if (ids.length === 0) return [];
    const rows = this.statement(
      `SELECT a.*, r.reading AS stored_reading FROM articles a
       JOIN readings r ON r.article_id = a.id AND r.revision = a.revision
       WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.seq`,
    ).all(JSON.stringify([...new Set(ids)])) as Array<ArticleRow & { stored_reading: string | Buffer }>;
    return rows.map((row) => ({ article: rowToArticle(row), reading: decodeReading(row.stored_reading) }));
  }
}

/** Readings a batch of migration 21 deflates in one transaction. */
const DEFLATED_PER_BATCH = 500;

/**
 * Migration 21, one batch: the next readings after `after` (a rowid) still kept as JSON text, deflated as
 * they are (the same JSON inside, byte for byte). Returns the last rowid done, or null when none is left.
 */
export function deflateStoredReadings(db: Database.Database, after: number): number | null {
  const rows = db
    .prepare(
      `SELECT rowid, reading FROM readings WHERE rowid > ? AND typeof(reading) = 'text' ORDER BY rowid LIMIT ?`,
    )
    .all(after, DEFLATED_PER_BATCH) as Array<{ rowid: number; reading: string }>;
  if (rows.length === 0) return null;
  const update = db.prepare('UPDATE readings SET reading = ? WHERE rowid = ?');
  for (const row of rows) update.run(deflateReadingJson(row.reading), row.rowid);
  return rows[rows.length - 1]!.rowid;
}
