import type Database from 'better-sqlite3';
import { eventTies } from '../../core/connected.js';
import type { MergedEvent } from '../../core/connected.js';
import { decodeReading } from '../../core/reading-codec.js';
import type { ArticleReading } from '../../core/types.js';
import { actorItems } from '../../core/reading-items.js';
import { figureRows, quoteRows } from '../reading-items.js';
import type { ItemRow } from '../reading-items.js';

interface ArticleOfItems {
  id: string;
  text: string;
  published: string | null;
  seq: number;
}

/** The connection, or the store's cache of prepared statements. */
export interface Prepare {
  prepare(sql: string): Database.Statement;
}

const TABLES = [
  ['article_quotes', quoteRows],
  ['article_figures', figureRows],
] as const;

/**
 * Replaces an article's quote and figure rows (`store/reading-items.ts`) with those of `reading`, its
 * current reading, inside the caller's transaction.
 */
export function saveItems(db: Prepare, article: ArticleOfItems, reading: ArticleReading): void {
  for (const [table, rowsOf] of TABLES) {
    db.prepare(`DELETE FROM ${table} WHERE article_id = ?`).run(article.id);
    const insert = db.prepare(
      `INSERT INTO ${table} (article_id, ordinal, seq, published, undated, speaker, confidence, search, record)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const row of rowsOf(article, reading) as ItemRow[])
      insert.run(
        article.id,
        row.ordinal,
        article.seq,
        article.published,
        article.published === null ? 1 : 0,
        row.speaker,
        row.confidence,
        row.search,
        row.record,
      );
  }
}

/**
 * Replaces an article's actor items (`ActorItems`: what an actor's profile reads of it) with those of
 * `reading`, inside the caller's transaction.
 */
export function saveActorItems(db: Prepare, articleId: string, reading: ArticleReading): void {
  db.prepare(
    `INSERT INTO article_actor_items (article_id, record) VALUES (?, ?)
     ON CONFLICT (article_id) DO UPDATE SET record = excluded.record`,
  ).run(articleId, JSON.stringify(actorItems(reading)));
}

/** The article's columns the rows are made with, when its current revision is `revision`. */
export function articleOfItems(db: Prepare, id: string, revision: number): ArticleOfItems | undefined {
  return db
    .prepare('SELECT id, text, published, seq FROM articles WHERE id = ? AND revision = ?')
    .get(id, revision) as ArticleOfItems | undefined;
}

/** Migration 13's backfill: the rows of every stored reading of its article's current revision. */
export function fillItems(db: Database.Database): void {
  // Paged, as a statement still iterating keeps the connection from writing.
  const page = db.prepare(
    `SELECT a.id, a.text, a.published, a.seq, r.reading FROM articles a
     JOIN readings r ON r.article_id = a.id AND r.revision = a.revision
     WHERE a.seq > ? ORDER BY a.seq LIMIT 200`,
  );
  for (let after = 0; ;) {
    const rows = page.all(after) as Array<ArticleOfItems & { reading: string | Buffer }>;
    if (rows.length === 0) return;
    for (const { reading, ...article } of rows) saveItems(db, article, decodeReading(reading));
    after = rows[rows.length - 1]!.seq;
  }
}

/** Migration 34's backfill: the actor items of every stored reading of its article's current revision. */
export function fillActorItems(db: Database.Database): void {
  const page = db.prepare(
    `SELECT a.id, a.seq, r.reading FROM articles a
     JOIN readings r ON r.article_id = a.id AND r.revision = a.revision
     WHERE a.seq > ? ORDER BY a.seq LIMIT 200`,
  );
  for (let after = 0; ;) {
    const rows = page.all(after) as Array<{ id: string; seq: number; reading: string | Buffer }>;
    if (rows.length === 0) return;
    for (const { id, reading } of rows) saveActorItems(db, id, decodeReading(reading));
    after = rows[rows.length - 1]!.seq;
  }
}

/** Migration 14's backfill of the ties each stored event draws (`eventTies`). */
export function fillTies(db: Database.Database): void {
  const tie = db.prepare(
    `INSERT INTO connected_event_ties (event_id, ordinal, source, target, type, confidence)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const events = db.prepare('SELECT record FROM connected_events').all() as Array<{ record: string }>;
  for (const { record } of events) {
    const event = JSON.parse(record) as MergedEvent;
    for (const [i, t] of eventTies(event).entries())
      tie.run(t.eventId, i, t.source, t.target, t.type, event.confidence);
  }
}
