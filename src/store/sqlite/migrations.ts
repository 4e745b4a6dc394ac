import type Database from 'better-sqlite3';
import { CONNECTED_STEPS } from './migrations-connected.js';
import { STEPS_FROM_23 } from './migrations-from-23.js';

/**
 * A step's SQL, then (for a step whose rows are made from stored readings) code in the same transaction.
 * A step that rewrites every row of a large table (`convert`) does it in batches instead, each its own
 * transaction, and is recorded when no row is left: a process stopped midway keeps the batches done, every
 * row stays readable meanwhile, and the next open goes on where it stopped.
 */
export interface MigrationStep {
  version: number;
  name: string;
  sql: string;
  fill?: (db: Database.Database) => void;
  /** One batch after the cursor `after` (0 at first); the next cursor, or null when nothing is left. */
  convert?: (db: Database.Database, after: number) => number | null;
}

/**
 * The SQLite schema, as an append-only list: a database remembers which versions it has applied, so an
 * old file is brought forward step by step and a new one built the same way. Never edit a shipped step;
 * add the next one (the connected records' steps, 8 to 22, are in `migrations-connected.ts`, those from 23
 * on in `migrations-from-23.ts`).
 */
const MIGRATIONS: readonly MigrationStep[] = [
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
  ...CONNECTED_STEPS,
  ...STEPS_FROM_23,
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
