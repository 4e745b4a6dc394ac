import { COUNTED, countRows } from '../record-counts.js';
import { fillItems, fillTies } from './items.js';
import type { MigrationStep } from './migrations.js';
import { deflateStoredReadings } from './readings.js';
import { WORD_TABLES, actorWordsSql, wordIndexSql } from './words.js';

/**
 * Rows counted per confidence (two decimals: a hundred and one values at most), so the threshold of what
 * is shown stays in the code (`SHOWN_FROM`) and a total is a sum over a few rows. A row an
 * `INSERT OR REPLACE` replaces fires no delete trigger (recursive triggers are off), so the insert's
 * BEFORE trigger takes it off the count; the rows a store holds already are counted when it is applied.
 */
function countTriggers(table: string, part: string | null, key: readonly string[]): string {
  const partOf = (row: string) => (part === null ? '0' : `${row}.${part}`);
  const add = (row: string, delta: number) =>
    `INSERT INTO record_counts (tbl, part, confidence, n) VALUES ('${table}', ${partOf(row)}, ${row}.confidence, ${delta})
       ON CONFLICT (tbl, part, confidence) DO UPDATE SET n = n + ${delta};`;
  const replaced = key.map((column) => `o.${column} = NEW.${column}`).join(' AND ');
  return `
      CREATE TRIGGER ${table}_count_replaced BEFORE INSERT ON ${table} BEGIN
        UPDATE record_counts SET n = n - 1 WHERE (tbl, part, confidence) =
          (SELECT '${table}', ${partOf('o')}, o.confidence FROM ${table} o WHERE ${replaced});
      END;
      CREATE TRIGGER ${table}_count_insert AFTER INSERT ON ${table} BEGIN ${add('NEW', 1)} END;
      CREATE TRIGGER ${table}_count_delete AFTER DELETE ON ${table} BEGIN ${add('OLD', -1)} END;
      CREATE TRIGGER ${table}_count_update AFTER UPDATE ON ${table}
        WHEN OLD.confidence IS NOT NEW.confidence OR ${partOf('OLD')} IS NOT ${partOf('NEW')}
      BEGIN ${add('OLD', -1)} ${add('NEW', 1)} END;`;
}

/**
 * The SQLite schema's steps for the connected records (actors, merged events, series, discrepancies,
 * quotes and figures as rows, ties, kept counts), versions 8 to 22; `migrations.ts` holds the steps
 * before them and applies them all in order, then those of `migrations-from-23.ts`. Never edit a shipped
 * step; add the next one (in `migrations-from-23.ts`).
 */
export const CONNECTED_STEPS: readonly MigrationStep[] = [
  {
    version: 8,
    name: 'connected records: actors, merged events, measures, series, discrepancies, furniture keys',
    sql: `
      CREATE TABLE connected_actors (id TEXT PRIMARY KEY, record TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE connected_actor_keys (
        key TEXT NOT NULL, actor_id TEXT NOT NULL, PRIMARY KEY (key, actor_id)) WITHOUT ROWID;
      CREATE INDEX connected_actor_keys_actor ON connected_actor_keys (actor_id);
      CREATE TABLE connected_members (
        member TEXT PRIMARY KEY, actor_id TEXT NOT NULL, article_id TEXT NOT NULL) WITHOUT ROWID;
      CREATE INDEX connected_members_actor ON connected_members (actor_id);
      CREATE INDEX connected_members_article ON connected_members (article_id);
      CREATE TABLE connected_events (
        id TEXT PRIMARY KEY, story_id TEXT NOT NULL, ord TEXT NOT NULL, record TEXT NOT NULL) WITHOUT ROWID;
      CREATE INDEX connected_events_story ON connected_events (story_id);
      CREATE INDEX connected_events_order ON connected_events (ord, id);
      CREATE TABLE connected_event_actors (
        actor_id TEXT NOT NULL, event_id TEXT NOT NULL, story_id TEXT NOT NULL,
        PRIMARY KEY (actor_id, event_id)) WITHOUT ROWID;
      CREATE INDEX connected_event_actors_event ON connected_event_actors (event_id);
      CREATE TABLE connected_event_articles (
        article_id TEXT NOT NULL, event_id TEXT NOT NULL, PRIMARY KEY (article_id, event_id)) WITHOUT ROWID;
      CREATE INDEX connected_event_articles_event ON connected_event_articles (event_id);
      CREATE TABLE connected_measures (
        measure_id TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (measure_id, article_id)) WITHOUT ROWID;
      CREATE INDEX connected_measures_article ON connected_measures (article_id);
      CREATE TABLE connected_series (id TEXT PRIMARY KEY, record TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE connected_discrepancies (
        scope TEXT NOT NULL, id TEXT NOT NULL, record TEXT NOT NULL, PRIMARY KEY (scope, id)) WITHOUT ROWID;
      CREATE TABLE furniture_keys (key TEXT PRIMARY KEY) WITHOUT ROWID;
      -- Linked before the records were kept: link again, so that every article's records are made.
      DELETE FROM duplicates; DELETE FROM signature_bands; DELETE FROM signatures;
      DELETE FROM story_postings; DELETE FROM story_weights; DELETE FROM story_articles; DELETE FROM stories;
      DELETE FROM key_frequencies; DELETE FROM repeated_sentences WHERE articles = 0;
      UPDATE counters SET value = 0 WHERE name = 'story_articles';
      UPDATE articles SET linked_revision = NULL WHERE linked_revision IS NOT NULL;
    `,
  },
  {
    version: 9,
    name: 'connected records paged by indexed queries: sort and filter columns beside each record',
    sql: `
      ALTER TABLE connected_actors ADD COLUMN name TEXT NOT NULL DEFAULT '';
      ALTER TABLE connected_actors ADD COLUMN type TEXT NOT NULL DEFAULT '';
      ALTER TABLE connected_actors ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE connected_actors ADD COLUMN names TEXT NOT NULL DEFAULT '';
      CREATE INDEX connected_actors_mentions ON connected_actors (mentions DESC, name, id);
      CREATE INDEX connected_actors_type ON connected_actors (type, mentions DESC, name, id);
      CREATE TABLE connected_actor_names (
        name TEXT NOT NULL, actor_id TEXT NOT NULL, PRIMARY KEY (name, actor_id)) WITHOUT ROWID;
      CREATE INDEX connected_actor_names_actor ON connected_actor_names (actor_id);
      ALTER TABLE connected_events ADD COLUMN timeline TEXT NOT NULL DEFAULT '';
      ALTER TABLE connected_events ADD COLUMN day_from TEXT;
      ALTER TABLE connected_events ADD COLUMN day_to TEXT;
      ALTER TABLE connected_events ADD COLUMN confidence REAL NOT NULL DEFAULT 0;
      DROP INDEX connected_events_story;
      CREATE INDEX connected_events_story ON connected_events (story_id, ord, id);
      CREATE INDEX connected_events_story_timeline ON connected_events (story_id, timeline, id);
      CREATE INDEX connected_events_timeline ON connected_events (timeline, id);
      ALTER TABLE connected_discrepancies ADD COLUMN kind_rank INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE connected_discrepancies ADD COLUMN confidence REAL NOT NULL DEFAULT 0;
      CREATE INDEX connected_discrepancies_order ON connected_discrepancies (kind_rank, scope, id);
      ALTER TABLE connected_series ADD COLUMN first_as_of TEXT NOT NULL DEFAULT '';
      ALTER TABLE connected_series ADD COLUMN confidence REAL NOT NULL DEFAULT 0;
      CREATE INDEX connected_series_order ON connected_series (first_as_of, id);
      -- Records written before these columns: link again, so that every record gets them.
      DELETE FROM connected_actors; DELETE FROM connected_actor_keys; DELETE FROM connected_members;
      DELETE FROM connected_events; DELETE FROM connected_event_actors; DELETE FROM connected_event_articles;
      DELETE FROM connected_measures; DELETE FROM connected_series; DELETE FROM connected_discrepancies;
      DELETE FROM furniture_keys;
      DELETE FROM duplicates; DELETE FROM signature_bands; DELETE FROM signatures;
      DELETE FROM story_postings; DELETE FROM story_weights; DELETE FROM story_articles; DELETE FROM stories;
      DELETE FROM key_frequencies; DELETE FROM repeated_sentences WHERE articles = 0;
      UPDATE counters SET value = 0 WHERE name = 'story_articles';
      UPDATE articles SET linked_revision = NULL WHERE linked_revision IS NOT NULL;
    `,
  },
  {
    version: 10,
    name: 'connected records counted from indexes: counting a page reads no record',
    sql: `
      CREATE INDEX connected_events_confidence ON connected_events (confidence);
      CREATE INDEX connected_events_story_confidence ON connected_events (story_id, confidence);
      CREATE INDEX connected_discrepancies_confidence ON connected_discrepancies (kind_rank, confidence);
      CREATE INDEX connected_series_confidence ON connected_series (confidence);
    `,
  },
  {
    version: 12,
    name: "blocking keys ranked by their actor's mentions: a key's candidates read as a bounded range",
    sql: `
      ALTER TABLE connected_actor_keys ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
      UPDATE connected_actor_keys
         SET mentions = coalesce((SELECT mentions FROM connected_actors WHERE id = actor_id), 0);
      CREATE INDEX connected_actor_keys_rank ON connected_actor_keys (key, mentions DESC, actor_id);
    `,
  },
  {
    version: 13,
    name: 'quotes and figures kept as rows beside each current reading, paged by indexed queries',
    sql: `
      ${['article_quotes', 'article_figures']
        .map(
          (table) => `
      CREATE TABLE ${table} (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
        seq INTEGER NOT NULL, published TEXT, undated INTEGER NOT NULL, speaker TEXT,
        confidence REAL NOT NULL, search TEXT NOT NULL, record TEXT NOT NULL,
        PRIMARY KEY (article_id, ordinal)) WITHOUT ROWID;
      CREATE INDEX ${table}_order ON ${table} (undated, published, seq, ordinal);
      CREATE INDEX ${table}_confidence ON ${table} (confidence);
      CREATE TRIGGER ${table}_published AFTER UPDATE OF published ON articles
        WHEN NEW.published IS NOT OLD.published BEGIN
        UPDATE ${table} SET published = NEW.published, undated = NEW.published IS NULL
         WHERE article_id = NEW.id;
      END;
      -- A new revision's text is not yet read: its rows come with its reading.
      CREATE TRIGGER ${table}_revision AFTER UPDATE OF revision ON articles
        WHEN NEW.revision IS NOT OLD.revision BEGIN
        DELETE FROM ${table} WHERE article_id = NEW.id;
      END;`,
        )
        .join('')}
      CREATE INDEX article_quotes_speaker ON article_quotes (speaker);
    `,
    fill: fillItems,
  },
  {
    version: 14,
    name: 'the ties each merged event draws, for the actor network',
    sql: `
      CREATE TABLE connected_event_ties (
        event_id TEXT NOT NULL, ordinal INTEGER NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
        type TEXT NOT NULL, confidence REAL NOT NULL, PRIMARY KEY (event_id, ordinal)) WITHOUT ROWID;
      CREATE INDEX connected_event_ties_confidence ON connected_event_ties (confidence);
    `,
    fill: fillTies,
  },
  {
    version: 15,
    name: 'record counts kept per table, part and confidence by triggers, for page totals',
    sql: `
      CREATE TABLE record_counts (
        tbl TEXT NOT NULL, part INTEGER NOT NULL, confidence REAL NOT NULL, n INTEGER NOT NULL,
        PRIMARY KEY (tbl, part, confidence)) WITHOUT ROWID;
      ${COUNTED.map(({ table, part, key }) => countTriggers(table, part, key)).join('')}
      ${COUNTED.map((counted) => `${countRows(counted)};`).join('\n')}
    `,
  },
  {
    version: 16,
    name: 'ties by edge, and quote and figure words beside their keys, for the network and word filters',
    sql: `
      -- The network's busiest edges are grouped in this index's order and their ties read by seek, not by
      -- an automatic index built on every request.
      CREATE INDEX connected_event_ties_edge ON connected_event_ties (source, target, type, confidence);
      -- An event's first tie stands for the event when the network counts the events it leaves out.
      CREATE INDEX connected_event_ties_first ON connected_event_ties (confidence) WHERE ordinal = 0;
      -- A word filter scans these narrow indexes (words, confidence, keys) instead of the rows and their
      -- records: a tenth of the bytes.
      CREATE INDEX article_quotes_search ON article_quotes (search, confidence);
      CREATE INDEX article_figures_search ON article_figures (search, confidence);
    `,
  },
  {
    version: 17,
    name: "trigram indexes of the quotes' and figures' words, for word filters that follow their matches",
    sql: WORD_TABLES.map(wordIndexSql).join('\n'),
  },
  {
    version: 18,
    name: "each tie keeps its event's order, so the network is ordered from the ties' index alone",
    sql: `
      ALTER TABLE connected_event_ties ADD COLUMN ord TEXT NOT NULL DEFAULT '';
      UPDATE connected_event_ties
         SET ord = coalesce((SELECT ord FROM connected_events WHERE id = event_id), '');
      -- The kept edges' ties are read from this index with their order: no event row is read (a cold
      -- network's first request read one large row per tie for its order).
      CREATE INDEX connected_event_ties_edge_order
        ON connected_event_ties (source, target, type, confidence, ord);
    `,
  },
  {
    version: 19,
    name: 'large measures kept whole, so adding an article updates their points instead of reading them all',
    // Empty at first: a large measure is kept the next time an article touches it (measured whole once).
    sql: `CREATE TABLE connected_measures_kept (id TEXT PRIMARY KEY, record TEXT NOT NULL) WITHOUT ROWID;`,
  },
  {
    version: 20,
    name: "a trigram index of the actors' names, for the actor filter (PostgreSQL's pg_trgm index since 17)",
    sql: actorWordsSql,
  },
  {
    version: 21,
    name: 'stored readings deflated (a quarter of their JSON), old rows converted in batches',
    // The column keeps its declared type: SQLite stores the deflated bytes as a blob in it, and old rows'
    // JSON text is told apart by its type until converted (`core/reading-codec.ts` reads both).
    sql: '',
    convert: deflateStoredReadings,
  },
  {
    version: 22,
    name: "each article's passage keys, so a report printed in two stories is found by its words",
    // Filled as articles are linked (`dossier relink` files a store linked before). Made if missing, so a
    // step before it can be run again.
    sql: `
      CREATE TABLE IF NOT EXISTS connected_passages (
        key TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (key, article_id)) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS connected_passages_article ON connected_passages (article_id);
    `,
  },
];
