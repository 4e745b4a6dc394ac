import { SHOWN_FROM } from '../core/confidence.js';
/**
 * The tables whose unfiltered page totals are kept (`record_counts`), with the column that splits a total
 * (a discrepancy's kind) and the primary key a row replacing another is found by.
 */
export const COUNTED = [
  { table: 'connected_events', part: null, key: ['id'] },
  { table: 'connected_series', part: null, key: ['id'] },
  { table: 'connected_discrepancies', part: 'kind_rank', key: ['scope', 'id'] },
  { table: 'article_quotes', part: null, key: ['article_id', 'ordinal'] },
  { table: 'article_figures', part: null, key: ['article_id', 'ordinal'] },
] as const;

/** The statement counting `table`'s rows into `record_counts`: migration 15's fill, and a bulk load's end. */
export const countRows = ({ table, part }: (typeof COUNTED)[number]): string =>
  `INSERT INTO record_counts (tbl, part, confidence, n)
   SELECT '${table}', ${part ?? '0'}, confidence, COUNT(*) FROM ${table} WHERE true GROUP BY 2, 3`;

/**
 * The statement counting every actor's members, the articles they are in, and its roles into
 * `connected_actor_counts`: migration 30's fill, and a bulk load's end.
 */
export const countActorRows = `INSERT INTO connected_actor_counts (actor_id, members, articles, roles)
   SELECT actor_id, SUM(members), SUM(articles), SUM(roles) FROM (
     SELECT actor_id, COUNT(*) AS members, COUNT(DISTINCT article_id) AS articles, 0 AS roles
     FROM connected_members GROUP BY actor_id
     UNION ALL SELECT actor_id, 0, 0, COUNT(*) FROM connected_actor_roles GROUP BY actor_id) AS c
   GROUP BY actor_id`;

/**
 * The network's kept counts (migration 30, both stores): `connected_edge_counts` holds each edge's ties
 * and those of events shown by default, counted from the floor `counters` keeps under this name (events'
 * `SHOWN_FROM`, in hundredths); `record_counts` holds the events with ties (their first tie's rows) per
 * confidence under `TIED_EVENTS`. A store counted from another floor is read as before (every tie grouped)
 * until a migration counts it again.
 */
export const NETWORK_SHOWN_FROM = 'network_shown_from';
export const TIED_EVENTS = 'connected_event_ties_first';
/** Events' floor in hundredths: confidences and floors have two decimals (see `record_counts`). */
export const networkShownFrom = Math.round(SHOWN_FROM.events * 100);

/** The threshold a kept count compares a tie's confidence with, from the floor kept in `counters`. */
export const keptFloor = (value: string) => `CAST(${value} AS DOUBLE PRECISION) / 100`;

/** Statements counting the network's kept counts afresh: migration 30's fill, and a bulk load's end. */
export const countEdgesSql = `
  DELETE FROM counters WHERE name = '${NETWORK_SHOWN_FROM}';
  INSERT INTO counters (name, value) VALUES ('${NETWORK_SHOWN_FROM}', ${networkShownFrom});
  DELETE FROM connected_edge_counts;
  INSERT INTO connected_edge_counts (source, target, type, ties, shown)
    SELECT source, target, type, COUNT(*),
      SUM(CASE WHEN confidence >= ${keptFloor(String(networkShownFrom))} THEN 1 ELSE 0 END)
    FROM connected_event_ties GROUP BY source, target, type;
  DELETE FROM record_counts WHERE tbl = '${TIED_EVENTS}';
  INSERT INTO record_counts (tbl, part, confidence, n)
    SELECT '${TIED_EVENTS}', 0, confidence, COUNT(*) FROM connected_event_ties WHERE ordinal = 0 GROUP BY confidence;`;

/**
 * The statements counting every actor's events per confidence into `connected_actor_event_counts`
 * afresh: migration 31's fill, and a bulk load's end.
 */
export const countActorEventsSql = `
  DELETE FROM connected_actor_event_counts;
  INSERT INTO connected_actor_event_counts (actor_id, confidence, n)
    SELECT actor_id, confidence, COUNT(*) FROM connected_event_actors GROUP BY actor_id, confidence;`;
