import type Database from 'better-sqlite3';
import { deflateReadingJson, encodeReading } from '../../core/reading-codec.js';
import type { ReadArticle } from '../../core/connected.js';
import type { ArticleEventReports, ReportedArticle } from '../../core/event-reports.js';
import type { ArticleReading, StoredReading } from '../../core/types.js';
import type { ArticleActorItems, ActorItems } from '../../core/reading-items.js';
import type { ArticleOrder } from '../article-order.js';
import { DecodedReadings, type ReadingStamp } from '../decoded-readings.js';
import { rowToArticle, rowToReading } from '../rows.js';
import type { ArticleRow, ReadingRow } from '../rows.js';
import { articleOfItems, saveActorItems, saveItems } from './items.js';

/**
 * Readings: one per article, of its current revision, with the quotes and figures drawn from it
 * (`items.ts`) written beside it in the same transaction.
 */
export class ReadingTables {
  private readonly saveReadingBatch: (readings: StoredReading[]) => boolean[];
  private readonly decoded = new DecodedReadings();

  constructor(
    private readonly db: Database.Database,
    private readonly statement: (sql: string) => Database.Statement,
    private readonly order: ArticleOrder,
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
    // Encoded before the transaction, so another process's writer does not wait while this one deflates.
    for (const stored of readings) encodeReading(stored.reading);
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
    // The event reports made from the reading it replaces go with it (`ConnectedUpdate.eventReports`).
    this.statement('DELETE FROM event_reports WHERE article_id = ?').run(stored.articleId);
    const prepared = { prepare: (sql: string) => this.statement(sql) };
    saveItems(prepared, articleOfItems(prepared, stored.articleId, stored.revision)!, stored.reading);
    saveActorItems(prepared, stored.articleId, stored.reading);
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
    // The rows first without their readings; only the readings not kept decoded are fetched.
    const rows = this.statement(
      `SELECT a.*, r.pipeline AS reading_pipeline, r.read_at AS reading_read_at FROM articles a
       JOIN readings r ON r.article_id = a.id AND r.revision = a.revision
       WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.seq`,
    ).all(JSON.stringify([...new Set(ids)])) as Array<
      ArticleRow & { reading_pipeline: string; reading_read_at: string }
    >;
    this.order.note(rows);
    const stamps = rows.map((row) => ({
      article_id: row.id,
      revision: row.revision,
      pipeline: row.reading_pipeline,
      read_at: row.reading_read_at,
    }));
    const found = new Map<string, ArticleReading>();
    for (const stamp of stamps) {
      const kept = this.decoded.get(stamp);
      if (kept) found.set(stamp.article_id, kept);
    }
    const missing = stamps.filter((stamp) => !found.has(stamp.article_id));
    if (missing.length > 0) {
      const stored = this.statement(
        `SELECT r.article_id, r.revision, r.pipeline, r.read_at, r.reading FROM readings r
         JOIN articles a ON a.id = r.article_id AND a.revision = r.revision
         WHERE r.article_id IN (SELECT value FROM json_each(?))`,
      ).all(JSON.stringify(missing.map((s) => s.article_id))) as Array<
        ReadingStamp & { reading: string | Buffer }
      >;
      for (const row of stored) found.set(row.article_id, this.decoded.decode(row, row.reading));
    }
    // A reading saved again between the two reads (by another process) is the one returned; an article
    // revised meanwhile is left out, as unread.
    return rows.flatMap((row) => {
      const reading = found.get(row.id);
      return reading ? [{ article: rowToArticle(row), reading }] : [];
    });
  }

  /** What an actor's profile reads of each of `ids` (`RecordPorts.actorItemsOf`), in the order of their places. */
  actorItemsOf(ids: string[]): ArticleActorItems[] {
    if (ids.length === 0) return [];
    // The items go with a reading of the article's current revision (a new revision drops them).
    const rows = this.statement(
      `SELECT a.id, a.published, i.record FROM articles a
       JOIN article_actor_items i ON i.article_id = a.id
       WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.seq`,
    ).all(JSON.stringify([...new Set(ids)])) as Array<{
      id: string;
      published: string | null;
      record: string;
    }>;
    return rows.map((row) => ({
      article: { id: row.id, published: row.published },
      ...(JSON.parse(row.record) as ActorItems),
    }));
  }

  /** The event reports kept for the current reading of each of `ids` (`ConnectedRepository.eventReportsOf`). */
  eventReportsOf(ids: string[]): ReportedArticle[] {
    if (ids.length === 0) return [];
    const rows = this.statement(
      `SELECT a.*, e.version AS reports_version, e.record AS reports_record FROM articles a
       JOIN readings r ON r.article_id = a.id AND r.revision = a.revision
       JOIN event_reports e ON e.article_id = a.id AND e.revision = r.revision AND e.read_at = r.read_at
       WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.seq`,
    ).all(JSON.stringify([...new Set(ids)])) as Array<
      ArticleRow & { reports_version: string; reports_record: string }
    >;
    this.order.note(rows);
    return rows.map((row) => ({
      ...(JSON.parse(row.reports_record) as Pick<ArticleEventReports, 'reports' | 'figures'>),
      articleId: row.id,
      version: row.reports_version,
      article: rowToArticle(row),
    }));
  }

  /** Keeps each article's event reports with its current reading's stamp (none when it is not read now). */
  writeEventReports(rows: readonly ArticleEventReports[]): void {
    for (const { articleId, version, reports, figures } of rows)
      this.statement(
        `INSERT INTO event_reports (article_id, revision, read_at, version, record)
         SELECT r.article_id, r.revision, r.read_at, ?, ? FROM readings r
         JOIN articles a ON a.id = r.article_id AND a.revision = r.revision WHERE r.article_id = ?
         ON CONFLICT (article_id) DO UPDATE SET revision = excluded.revision, read_at = excluded.read_at,
           version = excluded.version, record = excluded.record`,
      ).run(version, JSON.stringify({ reports, figures }), articleId);
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
