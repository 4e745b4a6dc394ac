/**
 * The pieces of SQL the record views build their queries from, in the dialect both stores speak: a query
 * runner with its placeholders, values bound as they are added, and the order and filters of items.
 */
import type { Dated } from '../core/ports.js';
import { containsPattern } from './connected-rows.js';

/** The text at `path` in a column's JSON text, as each store reads it (`ReadQuery.jsonText`). */
export type JsonText = (column: string, ...path: string[]) => string;
export const sqliteJsonText: JsonText = (column, ...path) => `json_extract(${column}, '$.${path.join('.')}')`;
export const postgresJsonText: JsonText = (column, ...path) => `(${column}::jsonb #>> '{${path.join(',')}}')`;

/**
 * The order of an actor's roles as its profile picks them (undated last, then `compareRoles`: the day,
 * the article, the place in it; then as stored), as SQL over `connected_actor_roles`: the keys of the
 * index migration 30 makes of them, written with the same expressions so that the index serves the order.
 * The day (YYYY-MM-DD) and the article id (lower-case hex, `core/identity.ts`) order by their bytes as
 * `localeCompare` orders them.
 */
export const roleOrder = (jsonText: JsonText): string[] => [
  `${jsonText('role', 'date')} IS NULL`,
  jsonText('role', 'date'),
  jsonText('role', 'evidence', 'articleId'),
  `CAST(${jsonText('role', 'evidence', 'start')} AS INTEGER)`,
  'seq',
];

/** Runs one read query; each store passes its own (`?` placeholders for SQLite, `$n` for PostgreSQL). */
export interface ReadQuery {
  all(sql: string, values: unknown[]): Promise<Array<Record<string, unknown>>>;
  /** The placeholder of the `n`th value (1-based). */
  placeholder(n: number): string;
  /** The text at `path` (keys) in the JSON text of `column`, as SQL. */
  jsonText: JsonText;
  /**
   * The store's own index of `table`'s words, as a condition on its rows holding `q` (`bind` adds a value
   * and gives its placeholder), or undefined where the `LIKE` itself is what the index answers
   * (PostgreSQL's `pg_trgm`).
   */
  itemsHolding?(table: string, q: string, bind: (value: unknown) => string): string | undefined;
  /** The keys of `table`'s quotes or figures holding `q`, from the store's index of their words (SQLite's). */
  itemWords?(table: string, q: string, bind: (value: unknown) => string): ItemWords | undefined;
  /**
   * Whether the store binds arrays as values and joins `LATERAL` over them (PostgreSQL): one short
   * statement where SQLite reads a `UNION ALL` of many `LIMIT`ed branches, which PostgreSQL plans branch by
   * branch on every request.
   */
  lateral?: boolean;
}

/**
 * A word's matches among quotes or figures as keys (one integer a row), so one statement can count them and
 * walk the page's order index testing each entry's key against them without reading its row.
 */
export interface ItemWords {
  /** A query of the matches' keys, as `k`. */
  matches: string;
  /** The row keyed `k` as its `seq, ordinal` (which its `<table>_keys` index finds). */
  parts(k: string): string;
  /** The key of row `alias`, from its columns in the order index. */
  keyOf(alias: string): string;
}

/** SQL with its values, placeholders numbered as they are added. */
export class Sql {
  readonly values: unknown[] = [];
  constructor(private readonly dialect: ReadQuery) {}
  /** A placeholder bound to `value`. */
  v(value: unknown): string {
    this.values.push(value);
    return this.dialect.placeholder(this.values.length);
  }
}

export const records = <T>(rows: Array<Record<string, unknown>>): T[] =>
  rows.map((r) => JSON.parse(r.record as string) as T);

/** Values bound in one `IN (…)` list: well under either engine's limit on a statement's values. */
export const IN_BATCH = 500;

/** Code-unit order, as both stores' collations (SQLite's binary, PostgreSQL's "C") order ids and scopes. */
export const binary = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Quotes and figures: oldest article first, undated last, then as stored and as their reading lists them. */
export const ITEM_ORDER = 'undated, published, seq, ordinal';
export const ITEM_COLUMNS = 'record, published';
export const ITEM_KEY = 'article_id, ordinal';
export const datedItem = <T>(row: Record<string, unknown>): Dated<T> => ({
  ...(JSON.parse(row.record as string) as T),
  published: (row.published as string | null) ?? null,
});
/**
 * Items holding `q`: the keys the store's trigram index of their words finds (migration 17); without such
 * an index, a substring match (counted from SQLite's index of the words
 * with their confidence, migration 16, and listing the keys that scan finds).
 */
export const itemConditions = (
  db: ReadQuery,
  sql: Sql,
  table: string,
  q: string | undefined,
  counting: boolean,
): string[] => {
  if (q === undefined) return [];
  const indexed = db.itemsHolding?.(table, q, (value) => sql.v(value));
  if (indexed !== undefined) return [indexed];
  const holds = `search LIKE ${sql.v(containsPattern(q))} ESCAPE '\\'`;
  return [
    counting ? holds : `(article_id, ordinal) IN (SELECT article_id, ordinal FROM ${table} WHERE ${holds})`,
  ];
};
