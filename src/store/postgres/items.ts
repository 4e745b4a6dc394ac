import { eventTies } from '../../core/connected.js';
import type { MergedEvent } from '../../core/connected.js';
import { decodeReading } from '../../core/reading-codec.js';
import type { ArticleReading } from '../../core/types.js';
import { actorItems } from '../../core/reading-items.js';
import { figureRows, quoteRows } from '../reading-items.js';
import type { Queryable } from './connection.js';
import { WriteBatch, write } from './write-batch.js';

export interface ArticleOfItems {
  id: string;
  text: string;
  published: string | null;
  seq: number;
}

const TABLES = [
  ['article_quotes', quoteRows],
  ['article_figures', figureRows],
] as const;

/**
 * Replaces an article's quote and figure rows (`store/reading-items.ts`) with those of `reading`, its
 * current reading, inside the caller's transaction: one statement per table, the rows as arrays, all of
 * them in one round trip.
 */
export async function saveItems(
  db: Queryable,
  article: ArticleOfItems,
  reading: ArticleReading,
): Promise<void> {
  const writes = new WriteBatch();
  for (const [table, rowsOf] of TABLES) {
    writes.add(`DELETE FROM ${table} WHERE article_id = $1`, [article.id]);
    const rows = rowsOf(article, reading);
    if (rows.length === 0) continue;
    writes.add(
      `INSERT INTO ${table} (article_id, ordinal, seq, published, undated, speaker, confidence, search, record)
       SELECT $1, ordinal, $2, $3, $4, speaker, confidence, search, record
       FROM unnest($5::int[], $6::text[], $7::float8[], $8::text[], $9::text[])
         AS r(ordinal, speaker, confidence, search, record)`,
      [
        article.id,
        article.seq,
        article.published,
        article.published === null,
        rows.map((r) => r.ordinal),
        rows.map((r) => r.speaker),
        rows.map((r) => r.confidence),
        rows.map((r) => r.search),
        rows.map((r) => r.record),
      ],
    );
  }
  await writes.send(db);
}

/**
 * Replaces an article's actor items (`ActorItems`: what an actor's profile reads of it) with those of
 * `reading`, inside the caller's transaction.
 */
export function saveActorItems(db: Queryable, articleId: string, reading: ArticleReading): Promise<void> {
  return write(
    db,
    `INSERT INTO article_actor_items (article_id, record) VALUES ($1, $2)
     ON CONFLICT (article_id) DO UPDATE SET record = excluded.record`,
    [articleId, JSON.stringify(actorItems(reading))],
  );
}

/** Migration 34's backfill: the actor items of every stored reading of its article's current revision. */
export async function fillActorItems(db: Queryable): Promise<void> {
  for (let after = 0; ;) {
    const { rows } = await db.query<{ id: string; seq: string; reading: string | Buffer }>(
      `SELECT a.id, a.seq, r.reading FROM articles a
       JOIN readings r ON r.article_id = a.id AND r.revision = a.revision
       WHERE a.seq > $1 ORDER BY a.seq LIMIT 200`,
      [after],
    );
    if (rows.length === 0) return;
    for (const { id, reading } of rows) await saveActorItems(db, id, decodeReading(reading));
    after = Number(rows[rows.length - 1]!.seq);
  }
}

/** Migration 13's backfill: the rows of every stored reading of its article's current revision. */
export async function fillItems(db: Queryable): Promise<void> {
  for (let after = 0; ;) {
    const { rows } = await db.query<ArticleOfItems & { reading: string | Buffer }>(
      `SELECT a.id, a.text, a.published, a.seq, r.reading FROM articles a
       JOIN readings r ON r.article_id = a.id AND r.revision = a.revision
       WHERE a.seq > $1 ORDER BY a.seq LIMIT 200`,
      [after],
    );
    if (rows.length === 0) return;
    for (const { reading, ...article } of rows) await saveItems(db, article, decodeReading(reading));
    after = Number(rows[rows.length - 1]!.seq);
  }
}

/** Migration 14's backfill of the ties each stored event draws (`eventTies`). */
export async function fillTies(db: Queryable): Promise<void> {
  const { rows } = await db.query<{ record: string }>('SELECT record FROM connected_events');
  const ties = rows.flatMap(({ record }) => {
    const event = JSON.parse(record) as MergedEvent;
    return eventTies(event).map(
      (t, i) => [t.eventId, i, t.source, t.target, t.type, event.confidence] as const,
    );
  });
  if (ties.length === 0) return;
  await db.query(
    `INSERT INTO connected_event_ties (event_id, ordinal, source, target, type, confidence)
     SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::float8[])`,
    [0, 1, 2, 3, 4, 5].map((k) => ties.map((t) => t[k])),
  );
}
