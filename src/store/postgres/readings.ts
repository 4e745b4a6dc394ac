import type { ReadArticle } from '../../core/connected.js';
import type { ArticleEventReports, ReportedArticle } from '../../core/event-reports.js';
import { deflateReadingJson, encodeReading } from '../../core/reading-codec.js';
import type { ArticleReading, StoredReading } from '../../core/types.js';
import type { ActorItems, ArticleActorItems } from '../../core/reading-items.js';
import type { ArticleOrder } from '../article-order.js';
import type { DecodedReadings, ReadingStamp } from '../decoded-readings.js';
import { rowToArticle, rowToReading } from '../rows.js';
import type { ArticleRow, ReadingRow } from '../rows.js';
import { ARTICLE_COLUMNS } from './articles.js';
import type { Queryable } from './connection.js';
import { one } from './connection.js';
import { saveActorItems, saveItems } from './items.js';
import type { ArticleOfItems } from './items.js';
import { write } from './write-batch.js';
import type { WrittenArticles } from './written-articles.js';

/**
 * Readings: one per article, of its current revision, with the quotes and figures drawn from it
 * (`items.ts`) written beside it. Methods that write run inside the store's write transaction.
 */
export class ReadingTables {
  constructor(
    private readonly db: Queryable,
    private readonly decoded: DecodedReadings,
    private readonly order: ArticleOrder,
    /** Inside a write transaction, the rows it inserted (see `WrittenArticles`). */
    private readonly written: WrittenArticles | null = null,
  ) {}

  /** Only a reading of the current revision is kept; the article remembers which revision is read. */
  async writeReading(stored: StoredReading): Promise<boolean> {
    // The article's columns its quote and figure rows are made with come back with the write.
    const stamp = {
      article_id: stored.articleId,
      revision: stored.revision,
      pipeline: stored.pipeline,
      read_at: new Date().toISOString(),
    };
    const encoded = encodeReading(stored.reading);
    const statement = `WITH current AS (
         UPDATE articles SET read_revision = $2 WHERE id = $1 AND revision = $2
         RETURNING id, text, published, seq
       ), saved AS (
         INSERT INTO readings (article_id, revision, pipeline, reading, read_at)
         SELECT id, $2, $3, $4, $5 FROM current
         ON CONFLICT (article_id) DO UPDATE SET revision = excluded.revision, pipeline = excluded.pipeline,
           reading = excluded.reading, read_at = excluded.read_at
       ), dropped AS (
         -- The event reports made from the reading it replaces go with it.
         DELETE FROM event_reports WHERE article_id IN (SELECT id FROM current)
       )
       SELECT id, text, published, seq FROM current`;
    const values = [stamp.article_id, stamp.revision, stamp.pipeline, encoded, stamp.read_at];
    // An article this transaction inserted is known: the row is there, at that revision, so the write is
    // certain to apply and goes with the next statement, its columns taken from what was inserted.
    const known = this.written?.row(stored.articleId);
    let article: ArticleOfItems;
    if (known && known.revision === stored.revision) {
      await write(this.db, statement, values);
      article = known;
      this.order.note([known]);
    } else {
      const { rows } = await this.db.query<ArticleOfItems>(statement, values);
      if (rows.length === 0) return false;
      article = rows[0]!;
    }
    // Kept decoded as if read back (linking loads it next): what a read of the row gives, without the
    // round trip (the reading itself when it was decoded from these bytes: a worker's read job's).
    this.decoded.saved(stamp, encoded, stored.reading);
    this.written?.read(stamp);
    await saveItems(this.db, article, stored.reading);
    await saveActorItems(this.db, article.id, stored.reading);
    return true;
  }

  async getReading(articleId: string): Promise<StoredReading | null> {
    const row = await one<ReadingRow>(
      this.db,
      'SELECT article_id, revision, pipeline, reading FROM readings WHERE article_id = $1',
      [articleId],
    );
    return row ? rowToReading(row) : null;
  }

  async listUnread(pipeline: string, limit: number): Promise<string[]> {
    // As in SQLite: articles a partial index lists as unread, and readings by another pipeline.
    const { rows } = await this.db.query<{ id: string }>(
      `SELECT id FROM (
         SELECT seq, id FROM articles WHERE read_revision IS DISTINCT FROM revision
         UNION
         SELECT a.seq, a.id FROM readings r JOIN articles a ON a.id = r.article_id
         WHERE r.pipeline < $1 OR r.pipeline > $1
       ) unread ORDER BY seq LIMIT $2`,
      [pipeline, limit],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Articles with the reading of their current revision, for linking; unread ones are left out. The rows
   * first without their readings; only the readings not kept decoded are fetched.
   */
  async readArticles(ids: string[]): Promise<ReadArticle[]> {
    if (ids.length === 0) return [];
    // Those this transaction stored and saved a reading for, still kept decoded, are answered here.
    const known: ReadArticle[] = [];
    const rest: string[] = [];
    for (const id of new Set(ids)) {
      const written = this.written?.withReading(id);
      const reading = written ? this.decoded.get(written.read) : undefined;
      if (written && reading) {
        known.push({ article: rowToArticle(written.row), reading });
        this.order.note([written.row]);
      } else rest.push(id);
    }
    const stored = await this.readStored(rest);
    if (known.length === 0) return stored.map((s) => s.read);
    // In the order of their places, as the query gives them.
    const placed = [
      ...known.map((read) => ({ read, seq: this.written!.row(read.article.id)!.seq })),
      ...stored,
    ];
    return placed.sort((a, b) => a.seq - b.seq).map((s) => s.read);
  }

  private async readStored(ids: string[]): Promise<Array<{ read: ReadArticle; seq: number }>> {
    if (ids.length === 0) return [];
    const columns = ARTICLE_COLUMNS.split(', ')
      .map((c) => `a.${c}`)
      .join(', ');
    const { rows } = await this.db.query<ArticleRow & { reading_pipeline: string; reading_read_at: string }>(
      `SELECT ${columns}, r.pipeline AS reading_pipeline, r.read_at AS reading_read_at FROM articles a
       JOIN readings r ON r.article_id = a.id AND r.revision = a.revision
       WHERE a.id = ANY($1::text[]) ORDER BY a.seq`,
      [[...new Set(ids)]],
    );
    this.order.note(rows);
    const found = new Map<string, ArticleReading>();
    const missing: string[] = [];
    for (const row of rows) {
      const stamp = {
        article_id: row.id,
        revision: row.revision,
        pipeline: row.reading_pipeline,
        read_at: row.reading_read_at,
      };
      const kept = this.decoded.get(stamp);
      if (kept) found.set(row.id, kept);
      else missing.push(row.id);
    }
    if (missing.length > 0) {
      const stored = await this.db.query<ReadingStamp & { reading: string | Buffer }>(
        `SELECT r.article_id, r.revision, r.pipeline, r.read_at, r.reading FROM readings r
         JOIN articles a ON a.id = r.article_id AND a.revision = r.revision
         WHERE r.article_id = ANY($1::text[])`,
        [missing],
      );
      for (const row of stored.rows) found.set(row.article_id, this.decoded.decode(row, row.reading));
    }
    // A reading saved again between the two reads (by another process) is the one returned; an article
    // revised meanwhile is left out, as unread.
    return rows.flatMap((row) => {
      const reading = found.get(row.id);
      return reading ? [{ read: { article: rowToArticle(row), reading }, seq: Number(row.seq) }] : [];
    });
  }

  /** What an actor's profile reads of each of `ids` (`RecordPorts.actorItemsOf`), in the order of their places. */
  async actorItemsOf(ids: string[]): Promise<ArticleActorItems[]> {
    if (ids.length === 0) return [];
    // The items go with a reading of the article's current revision (a new revision drops them).
    const { rows } = await this.db.query<{ id: string; published: string | null; record: string }>(
      `SELECT a.id, a.published, i.record FROM articles a
       JOIN article_actor_items i ON i.article_id = a.id
       WHERE a.id = ANY($1::text[]) ORDER BY a.seq`,
      [[...new Set(ids)]],
    );
    return rows.map((row) => ({
      article: { id: row.id, published: row.published },
      ...(JSON.parse(row.record) as ActorItems),
    }));
  }

  /** The event reports kept for the current reading of each of `ids` (`ConnectedRepository.eventReportsOf`). */
  async eventReportsOf(asked: string[]): Promise<ReportedArticle[]> {
    // An article whose reading this transaction saved has none until its connected records keep some.
    const ids = asked.filter((id) => !this.written?.noReports(id));
    if (ids.length === 0) return [];
    const columns = ARTICLE_COLUMNS.split(', ')
      .map((c) => `a.${c}`)
      .join(', ');
    const { rows } = await this.db.query<ArticleRow & { reports_version: string; reports_record: string }>(
      `SELECT ${columns}, e.version AS reports_version, e.record AS reports_record FROM articles a
       JOIN readings r ON r.article_id = a.id AND r.revision = a.revision
       JOIN event_reports e ON e.article_id = a.id AND e.revision = r.revision AND e.read_at = r.read_at
       WHERE a.id = ANY($1::text[]) ORDER BY a.seq`,
      [[...new Set(ids)]],
    );
    this.order.note(rows);
    return rows.map((row) => ({
      ...(JSON.parse(row.reports_record) as Pick<ArticleEventReports, 'reports' | 'figures'>),
      articleId: row.id,
      version: row.reports_version,
      article: rowToArticle(row),
    }));
  }
}

/** Readings a batch of migration 21 deflates in one transaction. */
const DEFLATED_PER_BATCH = 500;

/**
 * Migration 21, one batch: the next readings after the article id `after` still kept as JSON (its UTF-8
 * bytes since the column became `bytea`), deflated as they are. Returns the last id done, or null at the end.
 */
export async function deflateStoredReadings(db: Queryable, after: string): Promise<string | null> {
  const { rows } = await db.query<{ article_id: string; reading: Buffer }>(
    `SELECT article_id, reading FROM readings
      WHERE article_id > $1 AND substring(reading FROM 1 FOR 1) <> '\\x01'::bytea
      ORDER BY article_id LIMIT $2`,
    [after, DEFLATED_PER_BATCH],
  );
  if (rows.length === 0) return null;
  await db.query(
    `UPDATE readings SET reading = v.reading
       FROM unnest($1::text[], $2::bytea[]) AS v (article_id, reading) WHERE readings.article_id = v.article_id`,
    [rows.map((row) => row.article_id), rows.map((row) => deflateReadingJson(row.reading.toString('utf8')))],
  );
  return rows[rows.length - 1]!.article_id;
}
