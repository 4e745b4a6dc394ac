import type pg from 'pg';
import type { Queryable } from './connection.js';
import { CONNECTED_STEPS } from './migrations-connected.js';
import { STEPS_FROM_23 } from './migrations-from-23.js';

/**
 * The PostgreSQL schema, as an append-only list like SQLite's (`../sqlite/migrations.ts`): a database
 * remembers which versions it has applied, so an old one is brought forward step by step and a new one
 * built the same way. Never edit a shipped step; add the next one. The versions are PostgreSQL's own:
 * the two lists describe the same tables but are not kept in lockstep.
 *
 * Identifiers and keys compare byte by byte (`COLLATE "C"`), as SQLite compares them, so both stores list
 * in the same order whatever the database's locale.
 */
/**
 * Long texts (articles, readings of several times their size) are compressed with lz4 where the server
 * has it (most builds since PostgreSQL 14): several times faster than the default pglz both ways, for
 * about the same size. A server without it keeps pglz.
 */
const LZ4 = (table: string, column: string) => `
  DO $lz4$ BEGIN
    ALTER TABLE ${table} ALTER COLUMN ${column} SET COMPRESSION lz4;
  EXCEPTION WHEN OTHERS THEN NULL;
  END $lz4$;`;

/** Where the contrib extensions the steps use live (they are per database, not per schema). */
export interface ExtensionSchemas {
  unaccent: string;
  trgm: string;
}

/**
 * A step's SQL, then (for a step whose rows are made from stored readings) code in the same transaction.
 * A step that rewrites every row of a large table (`convert`) runs its SQL (which must be safe to run
 * again) in a transaction of its own, then converts in batches, each its own transaction, and is recorded
 * when no row is left: a process stopped midway keeps what it did, and the next open goes on from there.
 */
export interface MigrationStep {
  version: number;
  name: string;
  sql: (extensions: ExtensionSchemas) => string;
  fill?: (db: Queryable) => Promise<void>;
  /** One batch after the cursor `after` ('' at first); the next cursor, or null when nothing is left. */
  convert?: (db: Queryable, after: string) => Promise<string | null>;
}

/** Articles, readings, links and stories (1–6), then the connected records kept beside them (8 on). */
const MIGRATIONS: readonly MigrationStep[] = [
  {
    version: 1,
    name: 'articles, revisions, fingerprints, full-text search',
    sql: ({ unaccent }) => `
      CREATE TEXT SEARCH CONFIGURATION dossier_search (COPY = pg_catalog.simple);
      ALTER TEXT SEARCH CONFIGURATION dossier_search
        ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
        WITH ${unaccent}.unaccent, pg_catalog.simple;

      CREATE TABLE articles (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text COLLATE "C" NOT NULL UNIQUE,
        revision integer NOT NULL,
        source text NOT NULL,
        url text,
        url_key text UNIQUE,
        canonical_url text,
        title text,
        text text NOT NULL,
        removed text NOT NULL,
        outlet text,
        outlet_evidence text,
        author text,
        lang text,
        published text COLLATE "C",
        published_evidence text,
        published_range text,
        fingerprint text NOT NULL,
        user_patch text NOT NULL DEFAULT '{}',
        ingested_at text NOT NULL,
        updated_at text NOT NULL,
        read_revision integer,
        linked_revision integer,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('dossier_search', coalesce(title, '')), 'A') ||
          setweight(to_tsvector('dossier_search', text), 'D')
        ) STORED
      );
      ${LZ4('articles', 'text')}
      CREATE INDEX articles_outlet ON articles (outlet, seq);
      CREATE INDEX articles_published ON articles (published);
      CREATE INDEX articles_search ON articles USING gin (search);
      CREATE INDEX articles_unread ON articles (seq) WHERE read_revision IS DISTINCT FROM revision;
      CREATE INDEX articles_unlinked ON articles (seq) WHERE linked_revision IS DISTINCT FROM revision;

      CREATE TABLE article_revisions (
        article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        revision integer NOT NULL,
        snapshot text NOT NULL,
        PRIMARY KEY (article_id, revision)
      );

      CREATE TABLE fingerprints (
        fingerprint text PRIMARY KEY,
        article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        revision integer NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'readings',
    sql: () => `
      CREATE TABLE readings (
        article_id text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        revision integer NOT NULL,
        pipeline text COLLATE "C" NOT NULL,
        reading text NOT NULL,
        read_at text NOT NULL
      );
      CREATE INDEX readings_pipeline ON readings (pipeline);
      ${LZ4('readings', 'reading')}
    `,
  },
  {
    version: 3,
    name: 'links: signatures, LSH bands, duplicates, stories, entity decisions',
    sql: () => `
      CREATE TABLE signatures (
        article_id text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        revision integer NOT NULL,
        signature bytea NOT NULL,
        fingerprint text NOT NULL
      );
      CREATE TABLE signature_bands (
        band_key text COLLATE "C" NOT NULL,
        article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        PRIMARY KEY (band_key, article_id)
      );
      CREATE INDEX signature_bands_article ON signature_bands (article_id);
      CREATE TABLE duplicates (
        a text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        b text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        similarity double precision NOT NULL,
        kind text NOT NULL,
        PRIMARY KEY (a, b)
      );
      CREATE TABLE stories (
        id text COLLATE "C" PRIMARY KEY,
        title text NOT NULL,
        title_score double precision,
        title_from_keys boolean NOT NULL,
        article_count integer NOT NULL,
        date_from text COLLATE "C",
        date_to text COLLATE "C"
      );
      CREATE TABLE story_articles (
        article_id text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        story_id text COLLATE "C" NOT NULL REFERENCES stories (id)
      );
      CREATE INDEX story_articles_story ON story_articles (story_id);
      CREATE TABLE story_keys (
        key text COLLATE "C" NOT NULL,
        story_id text COLLATE "C" NOT NULL REFERENCES stories (id),
        count integer NOT NULL,
        PRIMARY KEY (key, story_id)
      );
      CREATE INDEX story_keys_story ON story_keys (story_id, key);
      CREATE TABLE story_postings (
        posting_key text COLLATE "C" NOT NULL,
        story_id text COLLATE "C" NOT NULL REFERENCES stories (id),
        PRIMARY KEY (posting_key, story_id)
      );
      CREATE TABLE key_frequencies (key text COLLATE "C" PRIMARY KEY, articles integer NOT NULL);
      CREATE TABLE counters (name text PRIMARY KEY, value bigint NOT NULL);
      INSERT INTO counters (name, value) VALUES ('story_articles', 0);
      CREATE TABLE entity_decisions (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('merge', 'split')),
        first text NOT NULL,
        second text NOT NULL,
        decided_at text NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'intake: inputs the workers take forward, in order',
    sql: () => `
      CREATE TABLE intake_batches (
        id text COLLATE "C" PRIMARY KEY,
        created_at timestamptz NOT NULL DEFAULT now(),
        options text NOT NULL,
        total integer
      );
      CREATE TABLE intake (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        batch_id text COLLATE "C" NOT NULL REFERENCES intake_batches (id),
        state text NOT NULL CHECK (state IN ('queued', 'fetched', 'read', 'done')),
        input text,
        documents text,
        outcomes text,
        added integer NOT NULL DEFAULT 0,
        revised integer NOT NULL DEFAULT 0,
        updated integer NOT NULL DEFAULT 0,
        unchanged integer NOT NULL DEFAULT 0,
        failed integer NOT NULL DEFAULT 0,
        problems integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX intake_pending ON intake (seq) WHERE state <> 'done';
      CREATE INDEX intake_batch ON intake (batch_id, state);
    `,
  },
  {
    version: 5,
    name: 'stories by TF-IDF weights, repeated sentences; links rebuilt',
    sql: () => `
      DROP TABLE story_keys;
      CREATE TABLE story_weights (
        key text COLLATE "C" NOT NULL,
        story_id text COLLATE "C" NOT NULL REFERENCES stories (id),
        weight double precision NOT NULL,
        PRIMARY KEY (key, story_id)
      );
      CREATE TABLE repeated_sentences (
        key text COLLATE "C" PRIMARY KEY,
        article_id text COLLATE "C" NOT NULL
      );
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
    sql: () => `
      ALTER TABLE repeated_sentences ADD COLUMN articles integer NOT NULL DEFAULT 0;
      ALTER TABLE repeated_sentences ADD COLUMN leads integer NOT NULL DEFAULT 0;
      ALTER TABLE repeated_sentences ADD COLUMN first_day text COLLATE "C";
      ALTER TABLE repeated_sentences ADD COLUMN last_day text COLLATE "C";
    `,
  },
  ...CONNECTED_STEPS,
  ...STEPS_FROM_23,
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
/** Every version, in order (numbers are reserved per branch, so the list may have gaps until merged). */
export const MIGRATION_VERSIONS = MIGRATIONS.map((step) => step.version);

/**
 * Brings the store's schema up to date. Every Dossier process opening the database runs this, so it
 * holds a lock that serialises migrations across processes (and schemas: `CREATE EXTENSION` is per
 * database); each step is applied in its own transaction with its version.
 */
export async function migrate(client: pg.PoolClient, schema: string): Promise<number> {
  await client.query("SELECT pg_advisory_lock(hashtext('dossier:migrate'))");
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number | null }>(
      `SELECT MAX(version) AS version FROM ${schema}.schema_migrations`,
    );
    const current = rows[0]?.version ?? 0;
    if (current > LATEST_VERSION) {
      throw new Error(
        `database schema version ${current} is newer than this Dossier understands (${LATEST_VERSION}); upgrade Dossier`,
      );
    }
    if (current === LATEST_VERSION) return current;
    const extensions = {
      unaccent: await extensionSchema(client, 'unaccent'),
      trgm: await extensionSchema(client, 'pg_trgm'),
    };
    const inTransaction = async <T>(work: () => Promise<T>): Promise<T> => {
      await client.query('BEGIN');
      try {
        await client.query(`SET LOCAL search_path = ${schema}`);
        const result = await work();
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    };
    for (const step of MIGRATIONS) {
      if (step.version <= current) continue;
      const convert = step.convert;
      if (convert) {
        await inTransaction(() => client.query(step.sql(extensions)));
        for (let after: string | null = ''; after !== null;)
          after = await inTransaction(() => convert(client, after!));
      }
      await inTransaction(async () => {
        if (!convert) {
          await client.query(step.sql(extensions));
          await step.fill?.(client);
        }
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
          step.version,
          step.name,
        ]);
      });
    }
    return LATEST_VERSION;
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext('dossier:migrate'))");
  }
}

/**
 * Search folds accents ("Erdogan" finds "Erdoğan", as SQLite's tokenizer does) with PostgreSQL's own
 * `unaccent` dictionary, and word filters follow their matches through `pg_trgm`'s trigram index: contrib
 * extensions, trusted since PostgreSQL 13, so a database owner may create them. They are per database, so
 * each is found where it is, or created in `public`.
 */
async function extensionSchema(client: pg.PoolClient, name: string): Promise<string> {
  const found = async () =>
    (
      await client.query<{ schema: string }>(
        'SELECT extnamespace::regnamespace::text AS schema FROM pg_extension WHERE extname = $1',
        [name],
      )
    ).rows[0]?.schema;
  const existing = await found();
  if (existing) return existing;
  try {
    await client.query(`CREATE EXTENSION IF NOT EXISTS ${name} SCHEMA public`);
  } catch (error) {
    throw new Error(
      `PostgreSQL's ${name} extension is missing and cannot be created (${(error as Error).message}); ` +
        `run CREATE EXTENSION ${name}; as the database owner`,
    );
  }
  return (await found()) ?? 'public';
}
