import type { EventType } from '../core/analysis.js';
import { SHOWN_FROM } from '../core/confidence.js';
import type { NetworkEdges } from '../core/ports.js';
import { NETWORK_SHOWN_FROM, TIED_EVENTS, networkShownFrom } from './record-counts.js';
import { Sql, type ReadQuery } from './record-sql.js';

/**
 * Edges whose samples one statement reads, each its own `LIMIT`ed branch of a `UNION ALL`: under SQLite's
 * bound on a compound statement's branches (500).
 */
const SAMPLED_EDGES = 200;

const tieKey = (edge: { source: string; target: string; type: string }) =>
  `${edge.source}\u0000${edge.target}\u0000${edge.type}`;

/**
 * The network's busiest edges with their counts and a bounded sample of each edge's events (`RecordViews`'s
 * `networkEdges`): the answer's size is the same whatever the corpus holds.
 */
export async function networkEdges(
  db: ReadQuery,
  all: boolean,
  limit: number,
  each: number,
): Promise<NetworkEdges> {
  const kept = await networkCounted(db);
  const counting = new Sql(db);
  const sure = `CASE WHEN confidence >= ${counting.v(SHOWN_FROM.events)} THEN`;
  // The events with ties, and those shown: kept per confidence (migration 30), or counted by their first
  // tie (an event's ties are numbered from 0 and carry its confidence).
  const [counts] = await db.all(
    kept
      ? `SELECT SUM(n) AS n, SUM(${sure} n ELSE 0 END) AS sure FROM record_counts
           WHERE tbl = '${TIED_EVENTS}' AND part = 0`
      : `SELECT COUNT(*) AS n, SUM(${sure} 1 ELSE 0 END) AS sure FROM connected_event_ties WHERE ordinal = 0`,
    counting.values,
  );
  const listing = new Sql(db);
  // The busiest edges with their counts: read from the kept counts by their index (migration 30), or
  // counted once over the ties (in the order of the ties' edge index, migration 16).
  const column = all ? 'ties' : 'shown';
  const busiest = await db.all(
    kept
      ? `SELECT source, target, type, ${column} AS n FROM connected_edge_counts WHERE ${column} > 0
           ORDER BY ${column} DESC, source, target, type LIMIT ${listing.v(limit)}`
      : `SELECT source, target, type, COUNT(*) AS n FROM connected_event_ties
           ${all ? '' : `WHERE confidence >= ${listing.v(SHOWN_FROM.events)}`} GROUP BY source, target, type ORDER BY COUNT(*) DESC, source, target, type
           LIMIT ${listing.v(limit)}`,
    listing.values,
  );
  const edgeCount = new Sql(db);
  const [found] = await db.all(
    kept
      ? `SELECT COUNT(*) AS n FROM connected_edge_counts WHERE ${column} > 0`
      : `SELECT COUNT(*) AS n FROM (SELECT 1 AS one FROM connected_event_ties
             ${all ? '' : `WHERE confidence >= ${edgeCount.v(SHOWN_FROM.events)}`} GROUP BY source, target, type) edges`,
    edgeCount.values,
  );
  const edges = busiest.map((row) => ({
    source: row.source as string,
    target: row.target as string,
    type: row.type as EventType,
    count: Number(row.n),
    eventIds: [] as string[],
  }));
  const byKey = new Map(edges.map((edge) => [tieKey(edge), edge]));
  // Each edge's sample: its most confident events (the last in the events' order among equals), read
  // backwards from the edge's index (migration 18), which holds the confidence, the order and the keys,
  // so no edge costs more than its sample whatever events it draws. One statement per batch of edges.
  for (let at = 0; at < edges.length && each > 0; at += SAMPLED_EDGES) {
    const sampling = new Sql(db);
    const text = samples(db, sampling, edges.slice(at, at + SAMPLED_EDGES), all, each);
    for (const row of await db.all(text, sampling.values))
      byKey
        .get(tieKey({ source: row.source as string, target: row.target as string, type: row.type as string }))
        ?.eventIds.push(row.event_id as string);
  }
  const events = Number(counts?.n ?? 0);
  const shown = Number(counts?.sure ?? 0);
  return {
    edges,
    events: all ? events : shown,
    hidden: all ? 0 : events - shown,
    omitted: Math.max(0, Number(found?.n ?? 0) - limit),
  };
}

/**
 * The statement reading each of `edges`' sample, edge after edge, each in its index's order. PostgreSQL
 * planned the `UNION ALL` of 200 branches on every request: 49 ms to plan and 12 to run at 100k generated
 * articles, where the `LATERAL` join over the edges' keys takes 1 and 8.
 */
function samples(
  db: ReadQuery,
  sql: Sql,
  edges: Array<{ source: string; target: string; type: string }>,
  all: boolean,
  each: number,
): string {
  const shown = (column: string) => (all ? '' : ` AND ${column} >= ${sql.v(SHOWN_FROM.events)}`);
  const order = 'confidence DESC, ord DESC, event_id DESC, ordinal DESC';
  if (db.lateral) {
    const keys = (field: 'source' | 'target' | 'type') =>
      `${sql.v(edges.map((edge) => edge[field]))}::text[]`;
    return `SELECT t.event_id, t.source, t.target, t.type
      FROM unnest(${keys('source')}, ${keys('target')}, ${keys('type')}) WITH ORDINALITY AS e(source, target, type, n)
      CROSS JOIN LATERAL (SELECT event_id, source, target, type, confidence, ord, ordinal FROM connected_event_ties c
        WHERE c.source = e.source AND c.target = e.target AND c.type = e.type${shown('c.confidence')}
        ORDER BY ${order} LIMIT ${sql.v(each)}) t
      ORDER BY e.n, ${order.replace(/(\w+) DESC/g, 't.$1 DESC')}`;
  }
  return edges
    .map(
      (edge, i) =>
        `SELECT * FROM (SELECT event_id, source, target, type FROM connected_event_ties
           WHERE source = ${sql.v(edge.source)} AND target = ${sql.v(edge.target)}
             AND type = ${sql.v(edge.type)}${shown('confidence')}
           ORDER BY ${order} LIMIT ${sql.v(each)}) e${i}`,
    )
    .join(' UNION ALL ');
}

/** Whether the network's kept counts were counted from today's floor of events shown (see `TIED_EVENTS`). */
async function networkCounted(db: ReadQuery): Promise<boolean> {
  const sql = new Sql(db);
  const [row] = await db.all(
    `SELECT value FROM counters WHERE name = ${sql.v(NETWORK_SHOWN_FROM)}`,
    sql.values,
  );
  return row !== undefined && Number(row.value) === networkShownFrom;
}
