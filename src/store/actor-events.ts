import { SHOWN_FROM } from '../core/confidence.js';
import type { MergedEvent } from '../core/connected.js';
import type { RecordPage, RecordPageQuery } from '../core/ports.js';
import { records, Sql, type ReadQuery } from './record-sql.js';

/**
 * An actor's events in their stored order (`ord, id`) or in the timeline's (`timeline, id`), a page of
 * them with both counts, at the cost of the page whatever the actor's size (both stores): the page's keys
 * are the first entries of the actor's range of `connected_event_actors_order` (actor, order, event,
 * confidence; migration 31) or `connected_event_actors_timeline` (migration 33), the confident ones only
 * unless `all`, and only the page's events are read; the counts are the actor's kept counts per
 * confidence (`connected_actor_event_counts`). It answers as the events filtered by the actor did (their
 * ids looked up one by one, counted and sorted: 5,270 events for the busiest actor of 100k generated
 * articles): linking writes an event's rows with its order, place in the timeline and confidence.
 */
export async function actorEventPage(
  db: ReadQuery,
  actorId: string,
  order: 'stored' | 'timeline',
  page: RecordPageQuery,
): Promise<RecordPage<MergedEvent>> {
  const key = order === 'stored' ? 'ord' : 'timeline';
  const counting = new Sql(db);
  const [counts] = await db.all(
    `SELECT SUM(n) AS n, SUM(CASE WHEN confidence >= ${counting.v(SHOWN_FROM.events)} THEN n ELSE 0 END) AS confident
     FROM connected_actor_event_counts WHERE actor_id = ${counting.v(actorId)}`,
    counting.values,
  );
  const all = Number(counts?.n ?? 0);
  const sure = Number(counts?.confident ?? 0);
  // Bound in the order they come in the text: SQLite's `?` placeholders take the values in order.
  const listing = new Sql(db);
  const actor = listing.v(actorId);
  const confident = page.all ? '' : `AND confidence >= ${listing.v(SHOWN_FROM.events)}`;
  const rows = await db.all(
    `SELECT record FROM connected_events WHERE id IN (
       SELECT event_id FROM connected_event_actors WHERE actor_id = ${actor} ${confident}
       ORDER BY ${key}, event_id LIMIT ${listing.v(page.limit)} OFFSET ${listing.v(page.offset)})
     ORDER BY ${key}, id`,
    listing.values,
  );
  return {
    items: records(rows),
    total: page.all ? all : sure,
    hidden: page.all ? 0 : all - sure,
  };
}
