import { SHOWN_FROM } from '../core/confidence.js';
import type { RecordPage, RecordPageQuery } from '../core/record-ports.js';
import { ITEM_COLUMNS, ITEM_KEY, ITEM_ORDER, Sql, type ReadQuery } from './record-sql.js';

/**
 * What placing one match of a word in a sorted page costs, in index entries walked: measured on the 100k
 * store (a covering walk of the order index passed about 2.2k entries a millisecond, the sorted plan
 * placed about 400 matches a millisecond).
 */
const WALK_COST = 5;

/**
 * Matches of a word counted past a page's end (`wordPage`): enough for a reader to see that there are
 * many, and the next pages, without a common word's every match looked up.
 */
const WORD_COUNTED = 1000;

/**
 * A page of the quotes or figures holding `q`, counted and listed by one statement over the word's
 * matches, so the word's index is read once for both. A rare word's matches are sorted; a common word's
 * page is found by walking the page's order index (`<table>_order`, whose entries hold the keys) and
 * testing each entry's key against the matches, stopping at the page's end, so they are not all sorted.
 *
 * The walk passes about (offset + limit) × rows / shown entries; placing a match in the sort costs
 * about WALK_COST entries' time. With shown ≈ matches × the shown share of all rows (kept counts), the
 * walk is cheaper from sqrt((offset + limit) × rows / (WALK_COST × share)) matches on: the matches are
 * counted up to that many (a bounded read of the index) to choose.
 */
export async function wordPage<T>(
  db: ReadQuery,
  kind: 'quotes' | 'figures',
  table: string,
  q: string,
  page: RecordPageQuery,
  item: (row: Record<string, unknown>) => T,
  sorted: (bound?: number) => Promise<RecordPage<T>>,
): Promise<RecordPage<T>> {
  // The matches are counted up to `counted` past the page: the page is found either way, and a common
  // word's every match looked up for its confidence cost what the corpus holds (160 ms of CPU for 81k
  // matches at 1M articles in SQLite; PostgreSQL read the heap page of each). Past that, the page says
  // that more match.
  const counted = page.offset + page.limit + WORD_COUNTED;
  // Without a word index (PostgreSQL's `pg_trgm` answers the `LIKE` itself, or a word under three
  // characters), the page is the filter's, its matches counted up to the same bound.
  const probe = new Sql(db);
  const probed = db.itemWords?.(table, q, (value) => probe.v(value));
  if (probed === undefined) return sorted(counted);
  const counting = new Sql(db);
  const [kept] = await db.all(
    `SELECT SUM(n) AS n, SUM(CASE WHEN confidence >= ${counting.v(SHOWN_FROM[kind])} THEN n ELSE 0 END) AS shown
     FROM record_counts WHERE tbl = ${counting.v(table)}`,
    counting.values,
  );
  const rows = Number(kept?.n ?? 0);
  const share = page.all ? 1 : Number(kept?.shown ?? 0) / rows;
  if (!(rows > 0 && share > 0)) return sorted(counted);
  const enough = Math.ceil(Math.sqrt(((page.offset + page.limit) * rows) / (WALK_COST * share)));
  const [found] = await db.all(
    `SELECT COUNT(*) AS n FROM (${probed.matches} LIMIT ${probe.v(enough)}) probe`,
    probe.values,
  );
  const walk = Number(found?.n ?? 0) >= enough;

  const sql = new Sql(db);
  const words = db.itemWords!(table, q, (value) => sql.v(value))!;
  const shown = sql.v(SHOWN_FROM[kind]);
  // Here the matches are counted in the word index's order.
  // Bound here, as it comes before the page's keys in the text: SQLite's `?` take the values in order.
  const countedTo = sql.v(counted + 1);
  // A walked entry that matches has its confidence looked up by its key (`<table>_keys`): no row is read
  // but the page's. A rare word's matches are found by their keys in that index, which holds what the
  // page is sorted by. The matches are counted by a join, in their keys' order: a quarter cheaper than
  // `IN`, which first copies them into an index of its own (measured on the 100k store).
  // INDEXED BY is SQLite's: only its store gives `itemWords`.
  const confident = (column: string) => (page.all ? '' : `AND ${column} >= ${sql.v(SHOWN_FROM[kind])}`);
  const keys = walk
    ? `SELECT ${ITEM_KEY} FROM ${table} INDEXED BY ${table}_order WHERE ${words.keyOf(table)} IN m
         ${confident(`(SELECT c.confidence FROM ${table} c WHERE c.seq = ${table}.seq AND c.ordinal = ${table}.ordinal)`)}`
    : `SELECT ${ITEM_KEY} FROM ${table} WHERE (seq, ordinal) IN (SELECT ${words.parts('k')} FROM m)
         ${confident('confidence')}`;
  const [counts, ...listed] = await db.all(
    `WITH m(k) AS MATERIALIZED (${words.matches})
     SELECT 0 AS part, COUNT(*) AS n, SUM(CASE WHEN c.confidence >= ${shown} THEN 1 ELSE 0 END) AS confident,
       NULL AS record, NULL AS published, NULL AS undated, NULL AS seq, NULL AS ordinal
       FROM (SELECT k FROM m LIMIT ${countedTo}) f JOIN ${table} c ON (c.seq, c.ordinal) = (${words.parts('f.k')})
     UNION ALL
     SELECT 1, NULL, NULL, ${ITEM_COLUMNS}, undated, seq, ordinal FROM ${table} WHERE (${ITEM_KEY}) IN (
       ${keys} ORDER BY ${ITEM_ORDER} LIMIT ${sql.v(page.limit)} OFFSET ${sql.v(page.offset)})
     ORDER BY part, ${ITEM_ORDER}`,
    sql.values,
  );
  const all = Number(counts?.n ?? 0);
  const sure = Number(counts?.confident ?? 0);
  return {
    items: listed.map(item),
    total: page.all ? all : sure,
    hidden: page.all ? 0 : all - sure,
    ...(all > counted ? { more: true as const } : {}),
  };
}
