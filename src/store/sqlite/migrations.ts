import type Database from 'better-sqlite3';
import { COUNTED, countRows } from '../record-counts.js';
import { fillItems, fillTies } from './items.js';
import { deflateStoredReadings } from './readings.js';
import { WORD_TABLES, actorWordsSql, wordIndexSql } from './words.js';

/**
 * Rows counted per confidence (two decimals: a hundred and one values at most), so the threshold of what
 * is shown stays in the code (`CONFIDENT`) and a total is a sum over a few rows. A row an
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
 * The SQLite schema, as an append-only list: a database remembers which versions it has applied, so an
 * old file is brought forward step by step and a new one built the same way. Never edit a shipped step;
 * add the next one.
 */
/**
 * A step's SQL, then (for a step whose rows are made from stored readings) code in the same transaction.
 * A step that rewrites every row of a large table (`convert`) does it in batches instead, each its own
 * transaction, and is recorded when no row is left: a process stopped midway keeps the batches done, every
 * row stays readable meanwhile, and the next open goes on where it stopped.
 */
const MIGRATIONS: ReadonlyArray<{
  version: number;
  name: string;
  sql: string;
  fill?: (db: Database.Database) => void;
  /** One batch after the cursor `after` (0 at first); the next cursor, or null when nothing is left. */
  convert?: (db: Database.Database, after: number) => number | null;
}> = [
  {
    version: 1,
    name: 'articles, revisions, fingerprints, full-text index',
    sql: `
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        revision INTEGER NOT NULL,
        source TEXT NOT NULL,
        url TEXT,
        url_key TEXT UNIQUE,
        canonical_url TEXT,
        title TEXT,
        text TEXT NOT NULL,
        removed TEXT NOT NULL,
        outlet TEXT,
        outlet_evidence TEXT,
        author TEXT,
        lang TEXT,
        published TEXT,
        published_evidence TEXT,
        published_range TEXT,
        fingerprint TEXT NOT NULL,
        user_patch TEXT NOT NULL DEFAULT '{}',
        ingested_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX articles_outlet ON articles(outlet);
      CREATE INDEX articles_published ON articles(published);

      CREATE TABLE article_revisions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        snapshot TEXT NOT NULL,
        PRIMARY KEY (article_id, revision)
      );

      CREATE TABLE fingerprints (
        fingerprint TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL
      );

      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
    `,
  },
  {
    version: 2,
    name: 'readings',
    sql: `
      CREATE TABLE readings (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        pipeline TEXT NOT NULL,
        reading TEXT NOT NULL,
        read_at TEXT NOT NULL
      );
      CREATE INDEX readings_pipeline ON readings(pipeline, revision);
    `,
  },
  {
    version: 3,
    name: 'links: signatures, LSH bands, duplicates, stories, entity decisions',
    sql: `
      CREATE TABLE signatures (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        signature BLOB NOT NULL,
        fingerprint TEXT NOT NULL
      );
      CREATE TABLE signature_bands (
        band_key TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (band_key, article_id)
      ) WITHOUT ROWID;
      CREATE INDEX signature_bands_article ON signature_bands(article_id);
      CREATE TABLE duplicates (
        a TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        b TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        similarity REAL NOT NULL,
        kind TEXT NOT NULL,
        PRIMARY KEY (a, b)
      );
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        title_score REAL,
        title_from_keys INTEGER NOT NULL,
        article_count INTEGER NOT NULL,
        date_from TEXT,
        date_to TEXT
      );
      CREATE TABLE story_articles (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL REFERENCES stories(id)
      );
      CREATE INDEX story_articles_story ON story_articles(story_id);
      CREATE TABLE story_keys (
        key TEXT NOT NULL,
        story_id TEXT NOT NULL REFERENCES stories(id),
        count INTEGER NOT NULL,
        PRIMARY KEY (key, story_id)
      ) WITHOUT ROWID;
      CREATE TABLE story_postings (
        posting_key TEXT NOT NULL,
        story_id TEXT NOT NULL REFERENCES stories(id),
        PRIMARY KEY (posting_key, story_id)
      ) WITHOUT ROWID;
      CREATE TABLE key_frequencies (key TEXT PRIMARY KEY, articles INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE entity_decisions (
        seq INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
        first TEXT NOT NULL,
        second TEXT NOT NULL,
        decided_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'what is left to read and link, indexed; the story index counts its articles',
    sql: `
      ALTER TABLE articles ADD COLUMN read_revision INTEGER;
      ALTER TABLE articles ADD COLUMN linked_revision INTEGER;
      UPDATE articles SET
        read_revision = (SELECT revision FROM readings r WHERE r.article_id = articles.id),
        linked_revision = (SELECT revision FROM signatures s WHERE s.article_id = articles.id);
      CREATE INDEX articles_unread ON articles(seq)
        WHERE read_revision IS NULL OR read_revision <> revision;
      CREATE INDEX articles_unlinked ON articles(seq)
        WHERE linked_revision IS NULL OR linked_revision <> revision;
      CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
      INSERT INTO counters (name, value) SELECT 'story_articles', COUNT(*) FROM story_articles;
    `,
  },
  {
    version: 5,
    name: 'stories by TF-IDF weights, repeated sentences; links rebuilt',
    sql: `
      DROP TABLE story_keys;
      CREATE TABLE story_weights (
        key TEXT NOT NULL,
        story_id TEXT NOT NULL REFERENCES stories(id),
        weight REAL NOT NULL,
        PRIMARY KEY (key, story_id)
      ) WITHOUT ROWID;
      CREATE TABLE repeated_sentences (
        key TEXT PRIMARY KEY,
        article_id TEXT NOT NULL
      ) WITHOUT ROWID;
      DELETE FROM story_postings;
      DELETE FROM story_articles;
      DELETE FROM stories;
      DELETE FROM key_frequencies;
      UPDATE counters SET value = 0 WHERE name = 'story_articles';
      DELETE FROM duplicates;
      DELETE FROM signature_bands;
      DELETE FROM signatures;
      UPDATE articles SET linked_revision = NULL;
    `,
  },
  {
    version: 6,
    name: 'repeated sentences counted per outlet, for furniture learned by clean-up',
    sql: `
      ALTER TABLE repeated_sentences ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE repeated_sentences ADD COLUMN leads INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE repeated_sentences ADD COLUMN first_day TEXT;
      ALTER TABLE repeated_sentences ADD COLUMN last_day TEXT;
    `,
  },
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
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
/** Every version, in order (numbers are reserved per branch, so the list may have gaps until merged). */
export const MIGRATION_VERSIONS = MIGRATIONS.map((step) => step.version);

export function migrate(db: Database.Database): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as {
    version: number | null;
  };
  const current = row.version ?? 0;
  if (current > LATEST_VERSION) {
    throw new Error(
      `database schema version ${current} is newer than this Dossier understands (${LATEST_VERSION}); upgrade Dossier`,
    );
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?');
  for (const step of MIGRATIONS) {
    if (step.version <= current) continue;
    if (step.convert) {
      const convert = step.convert;
      const batch = db.transaction((after: number) =>
        applied.get(step.version) ? null : convert(db, after),
      );
      for (let after: number | null = 0; after !== null;) after = batch.immediate(after);
    }
    // Taken for writing up front, and checked again inside: two processes opening a new file at once
    // wait for each other, and the second finds the step done.
    db.transaction(() => {
      if (applied.get(step.version)) return;
      db.exec(step.sql);
      step.fill?.(db);
      record.run(step.version, step.name, new Date().toISOString());
    }).immediate();
  }
  return LATEST_VERSION;
}
