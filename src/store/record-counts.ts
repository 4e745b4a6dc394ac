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
 * The statement counting every actor's members and roles into `connected_actor_counts`: migration 30's
 * fill, and a bulk load's end.
 */
export const countActorRows = `INSERT INTO connected_actor_counts (actor_id, members, roles)
   SELECT actor_id, SUM(members), SUM(roles) FROM (
     SELECT actor_id, COUNT(*) AS members, 0 AS roles FROM connected_members GROUP BY actor_id
     UNION ALL SELECT actor_id, 0, COUNT(*) FROM connected_actor_roles GROUP BY actor_id) AS c
   GROUP BY actor_id`;
