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
