/** What the bench's SQLite-to-PostgreSQL copy moves: each table's columns, their types, order and conversion. */

/** The connected records' tables (see `src/store/sqlite/connected.ts`): columns text unless typed `name:type`. */
const CONNECTED_COPIES: TableCopy[] = (
  [
    ['connected_actors', ['id', 'record', 'name', 'type', 'mentions:integer', 'names'], 'id'],
    ['connected_actor_keys', ['key', 'actor_id', 'mentions:integer'], 'key, actor_id'],
    ['connected_actor_names', ['name', 'actor_id'], 'name, actor_id'],
    ['connected_members', ['member', 'actor_id', 'article_id', 'ord:integer'], 'member'],
    ['connected_actor_roles', ['actor_id', 'seq:integer', 'role'], 'actor_id, seq'],
    [
      'connected_events',
      ['id', 'story_id', 'ord', 'record', 'timeline', 'day_from', 'day_to', 'confidence:double precision'],
      'id',
    ],
    [
      'connected_event_actors',
      ['actor_id', 'event_id', 'story_id', 'ord', 'confidence:double precision', 'timeline'],
      'actor_id, event_id',
    ],
    ['connected_event_articles', ['article_id', 'event_id'], 'article_id, event_id'],
    ['connected_measures', ['measure_id', 'article_id'], 'measure_id, article_id'],
    ['connected_series', ['id', 'record', 'first_as_of', 'confidence:double precision'], 'id'],
    ['connected_measures_kept', ['id', 'record'], 'id'],
    ['connected_hidden_groups', ['id', 'record'], 'id'],
    ['connected_hidden_keys', ['key', 'group_id', 'mentions:integer'], 'key, group_id'],
    ['connected_hidden_members', ['member', 'group_id', 'article_id'], 'member'],
    ['connected_passages', ['key', 'article_id'], 'key, article_id'],
    ['event_reports', ['article_id', 'revision:integer', 'read_at', 'version', 'record'], 'article_id'],
    ['story_redirects', ['id', 'story_id'], 'id'],
    [
      'connected_discrepancies',
      ['scope', 'id', 'record', 'kind_rank:integer', 'confidence:double precision'],
      'scope, id',
    ],
    ['furniture_keys', ['key'], 'key'],
    [
      'connected_event_ties',
      ['event_id', 'ordinal:integer', 'source', 'target', 'type', 'confidence:double precision', 'ord'],
      'event_id, ordinal',
    ],
  ] as const
).map(([table, columns, orderBy]) => ({
  table,
  columns: columns.map((c): [string, string] => {
    const [name, type] = c.split(':');
    return [name!, type ?? 'text'];
  }),
  orderBy,
}));

/** Each copied table: its columns with their PostgreSQL types, the order to read them in, how to convert. */
export interface TableCopy {
  table: string;
  columns: Array<[string, string]>;
  orderBy: string;
  convert?: (row: Record<string, unknown>) => Record<string, unknown>;
}

export const TABLES: TableCopy[] = [
  {
    table: 'articles',
    columns: [
      ['seq', 'bigint'],
      ['id', 'text'],
      ['revision', 'integer'],
      ['source', 'text'],
      ['url', 'text'],
      ['url_key', 'text'],
      ['canonical_url', 'text'],
      ['title', 'text'],
      ['text', 'text'],
      ['removed', 'text'],
      ['outlet', 'text'],
      ['outlet_evidence', 'text'],
      ['author', 'text'],
      ['lang', 'text'],
      ['published', 'text'],
      ['published_evidence', 'text'],
      ['published_range', 'text'],
      ['fingerprint', 'text'],
      ['user_patch', 'text'],
      ['ingested_at', 'text'],
      ['updated_at', 'text'],
      ['read_revision', 'integer'],
      ['linked_revision', 'integer'],
    ],
    orderBy: 'seq',
  },
  {
    table: 'fingerprints',
    columns: [
      ['fingerprint', 'text'],
      ['article_id', 'text'],
      ['revision', 'integer'],
    ],
    orderBy: 'rowid',
  },
  {
    table: 'readings',
    columns: [
      ['article_id', 'text'],
      ['revision', 'integer'],
      ['pipeline', 'text'],
      ['reading', 'bytea'],
      ['read_at', 'text'],
    ],
    orderBy: 'rowid',
    // Deflated (a blob) since migration 21; a kept store's rows not yet converted are JSON text, copied as
    // its bytes, which the store reads as well.
    convert: (row) => ({ ...row, reading: Buffer.from(row.reading as string | Buffer) }),
  },
  {
    table: 'signatures',
    columns: [
      ['article_id', 'text'],
      ['revision', 'integer'],
      ['signature', 'bytea'],
      ['fingerprint', 'text'],
    ],
    orderBy: 'rowid',
  },
  {
    table: 'signature_bands',
    columns: [
      ['band_key', 'text'],
      ['article_id', 'text'],
    ],
    orderBy: 'band_key, article_id',
  },
  {
    table: 'duplicates',
    columns: [
      ['a', 'text'],
      ['b', 'text'],
      ['similarity', 'double precision'],
      ['kind', 'text'],
    ],
    orderBy: 'a, b',
  },
  {
    table: 'stories',
    columns: [
      ['id', 'text'],
      ['title', 'text'],
      ['title_score', 'double precision'],
      ['title_from_keys', 'boolean'],
      ['article_count', 'integer'],
      ['date_from', 'text'],
      ['date_to', 'text'],
    ],
    orderBy: 'id',
    convert: (row) => ({ ...row, title_from_keys: row.title_from_keys === 1 }),
  },
  {
    table: 'story_articles',
    columns: [
      ['article_id', 'text'],
      ['story_id', 'text'],
    ],
    orderBy: 'article_id',
  },
  {
    table: 'story_weights',
    columns: [
      ['key', 'text'],
      ['story_id', 'text'],
      ['weight', 'double precision'],
    ],
    orderBy: 'story_id, key',
  },
  {
    table: 'repeated_sentences',
    columns: [
      ['key', 'text'],
      ['article_id', 'text'],
    ],
    orderBy: 'key',
  },
  {
    table: 'story_postings',
    columns: [
      ['posting_key', 'text'],
      ['story_id', 'text'],
    ],
    orderBy: 'posting_key, story_id',
  },
  {
    table: 'key_frequencies',
    columns: [
      ['key', 'text'],
      ['articles', 'integer'],
    ],
    orderBy: 'key',
  },
  ...CONNECTED_COPIES,
  // The quote and figure rows kept beside each reading (migration 13): SQLite's 0/1 is PostgreSQL's boolean.
  ...['article_quotes', 'article_figures'].map((table): TableCopy => ({
    table,
    columns: [
      ['article_id', 'text'],
      ['ordinal', 'integer'],
      ['seq', 'bigint'],
      ['published', 'text'],
      ['undated', 'boolean'],
      ['speaker', 'text'],
      ['confidence', 'double precision'],
      ['search', 'text'],
      ['record', 'text'],
    ],
    orderBy: 'article_id, ordinal',
    convert: (row) => ({ ...row, undated: row.undated === 1 }),
  })),
];
