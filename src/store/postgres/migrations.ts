import type pg from 'pg';
import type { Queryable } from './connection.js';
import { COUNTED, countRows } from '../record-counts.js';
import { fillItems, fillTies } from './items.js';

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

/** A step's SQL, then (for a step whose rows are made from stored readings) code in the same transaction. */
const MIGRATIONS: ReadonlyArray<{
  version: number;
  name: string;
  sql: (unaccent: string) => string;
  fill?: (db: Queryable) => Promise<void>;
}> = [
  {
    version: 1,
    name: 'articles, revisions, fingerprints, full-text search',
    sql: (unaccent) => `
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
  {
    version: 8,
    name: 'connected records: actors, merged events, measures, series, discrepancies, furniture keys',
    sql: () => `
      CREATE TABLE connected_actors (id text COLLATE "C" PRIMARY KEY, record text NOT NULL);
      CREATE TABLE connected_actor_keys (
        key text COLLATE "C" NOT NULL, actor_id text COLLATE "C" NOT NULL, PRIMARY KEY (key, actor_id));
      CREATE INDEX connected_actor_keys_actor ON connected_actor_keys (actor_id);
      CREATE TABLE connected_members (
        member text COLLATE "C" PRIMARY KEY, actor_id text COLLATE "C" NOT NULL,
        article_id text COLLATE "C" NOT NULL);
      CREATE INDEX connected_members_actor ON connected_members (actor_id);
      CREATE INDEX connected_members_article ON connected_members (article_id);
      CREATE TABLE connected_events (
        id text COLLATE "C" PRIMARY KEY, story_id text COLLATE "C" NOT NULL, ord text COLLATE "C" NOT NULL,
        record text NOT NULL);
      CREATE INDEX connected_events_story ON connected_events (story_id);
      CREATE INDEX connected_events_order ON connected_events (ord, id);
      CREATE TABLE connected_event_actors (
        actor_id text COLLATE "C" NOT NULL, event_id text COLLATE "C" NOT NULL,
        story_id text COLLATE "C" NOT NULL, PRIMARY KEY (actor_id, event_id));
      CREATE INDEX connected_event_actors_event ON connected_event_actors (event_id);
      CREATE TABLE connected_event_articles (
        article_id text COLLATE "C" NOT NULL, event_id text COLLATE "C" NOT NULL,
        PRIMARY KEY (article_id, event_id));
      CREATE INDEX connected_event_articles_event ON connected_event_articles (event_id);
      CREATE TABLE connected_measures (
        measure_id text COLLATE "C" NOT NULL, article_id text COLLATE "C" NOT NULL,
        PRIMARY KEY (measure_id, article_id));
      CREATE INDEX connected_measures_article ON connected_measures (article_id);
      CREATE TABLE connected_series (id text COLLATE "C" PRIMARY KEY, record text NOT NULL);
      CREATE TABLE connected_discrepancies (
        scope text COLLATE "C" NOT NULL, id text COLLATE "C" NOT NULL, record text NOT NULL,
        PRIMARY KEY (scope, id));
      CREATE TABLE furniture_keys (key text COLLATE "C" PRIMARY KEY);
      -- Linked before the records were kept: link again, so that every article's records are made.
      TRUNCATE duplicates, signature_bands, signatures, story_postings, story_weights, story_articles,
        stories, key_frequencies;
      DELETE FROM repeated_sentences WHERE articles = 0;
      UPDATE counters SET value = 0 WHERE name = 'story_articles';
      UPDATE articles SET linked_revision = NULL WHERE linked_revision IS NOT NULL;
    `,
  },
  {
    version: 9,
    name: 'connected records paged by indexed queries: sort and filter columns beside each record',
    sql: () => `
      ALTER TABLE connected_actors ADD COLUMN name text COLLATE "C" NOT NULL DEFAULT '',
        ADD COLUMN type text COLLATE "C" NOT NULL DEFAULT '', ADD COLUMN mentions integer NOT NULL DEFAULT 0,
        ADD COLUMN names text NOT NULL DEFAULT '';
      CREATE INDEX connected_actors_mentions ON connected_actors (mentions DESC, name, id);
      CREATE INDEX connected_actors_type ON connected_actors (type, mentions DESC, name, id);
      CREATE TABLE connected_actor_names (
        name text COLLATE "C" NOT NULL, actor_id text COLLATE "C" NOT NULL, PRIMARY KEY (name, actor_id));
      CREATE INDEX connected_actor_names_actor ON connected_actor_names (actor_id);
      ALTER TABLE connected_events ADD COLUMN timeline text COLLATE "C" NOT NULL DEFAULT '',
        ADD COLUMN day_from text COLLATE "C", ADD COLUMN day_to text COLLATE "C",
        ADD COLUMN confidence double precision NOT NULL DEFAULT 0;
      DROP INDEX connected_events_story;
      CREATE INDEX connected_events_story ON connected_events (story_id, ord, id);
      CREATE INDEX connected_events_story_timeline ON connected_events (story_id, timeline, id);
      CREATE INDEX connected_events_timeline ON connected_events (timeline, id);
      ALTER TABLE connected_discrepancies ADD COLUMN kind_rank integer NOT NULL DEFAULT 0,
        ADD COLUMN confidence double precision NOT NULL DEFAULT 0;
      CREATE INDEX connected_discrepancies_order ON connected_discrepancies (kind_rank, scope, id);
      ALTER TABLE connected_series ADD COLUMN first_as_of text COLLATE "C" NOT NULL DEFAULT '',
        ADD COLUMN confidence double precision NOT NULL DEFAULT 0;
      CREATE INDEX connected_series_order ON connected_series (first_as_of, id);
      -- Records written before these columns: link again, so that every record gets them.
      TRUNCATE connected_actors, connected_actor_keys, connected_members, connected_events,
        connected_event_actors, connected_event_articles, connected_measures, connected_series,
        connected_discrepancies, furniture_keys;
      TRUNCATE duplicates, signature_bands, signatures, story_postings, story_weights, story_articles,
        stories, key_frequencies;
      DELETE FROM repeated_sentences WHERE articles = 0;
      UPDATE counters SET value = 0 WHERE name = 'story_articles';
      UPDATE articles SET linked_revision = NULL WHERE linked_revision IS NOT NULL;
    `,
  },
  {
    version: 10,
    name: 'connected records counted from indexes: counting a page reads no record',
    sql: () => `
      CREATE INDEX connected_events_confidence ON connected_events (confidence);
      CREATE INDEX connected_events_story_confidence ON connected_events (story_id, confidence);
      CREATE INDEX connected_discrepancies_confidence ON connected_discrepancies (kind_rank, confidence);
      CREATE INDEX connected_series_confidence ON connected_series (confidence);
    `,
  },
  {
    version: 11,
    name: 'a change counter bumped by every statement that changes what readers derive from',
    // Counting rows of every table on each request grew with the store; the counter is one row. Writers
    // hold the store's write lock, so they never wait on each other for it.
    sql: () => `
      INSERT INTO counters (name, value) VALUES ('changes', 0) ON CONFLICT (name) DO NOTHING;
      -- The counter is found by the changed table's own schema, so a renamed schema keeps working.
      CREATE FUNCTION note_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM changed) THEN
          EXECUTE format('UPDATE %I.counters SET value = value + 1 WHERE name = ''changes''', TG_TABLE_SCHEMA);
        END IF;
        RETURN NULL;
      END $$;
      CREATE FUNCTION note_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        EXECUTE format('UPDATE %I.counters SET value = value + 1 WHERE name = ''changes''', TG_TABLE_SCHEMA);
        RETURN NULL;
      END $$;
      DO $$
      DECLARE watched text;
      BEGIN
        FOREACH watched IN ARRAY ARRAY['articles', 'article_revisions', 'readings', 'story_articles', 'stories',
          'duplicates', 'entity_decisions', 'connected_actors', 'connected_events', 'connected_series',
          'connected_discrepancies']
        LOOP
          EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed
            FOR EACH STATEMENT EXECUTE FUNCTION note_change()', watched || '_inserted', watched);
          EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed
            FOR EACH STATEMENT EXECUTE FUNCTION note_change()', watched || '_updated', watched);
          EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed
            FOR EACH STATEMENT EXECUTE FUNCTION note_change()', watched || '_deleted', watched);
          EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I
            FOR EACH STATEMENT EXECUTE FUNCTION note_truncate()', watched || '_truncated', watched);
        END LOOP;
      END $$;
    `,
  },
  {
    version: 12,
    name: "blocking keys ranked by their actor's mentions: a key's candidates read as a bounded range",
    sql: () => `
      ALTER TABLE connected_actor_keys ADD COLUMN mentions integer NOT NULL DEFAULT 0;
      UPDATE connected_actor_keys k SET mentions = a.mentions FROM connected_actors a WHERE a.id = k.actor_id;
      CREATE INDEX connected_actor_keys_rank ON connected_actor_keys (key, mentions DESC, actor_id);
    `,
  },
  {
    version: 13,
    name: 'quotes and figures kept as rows beside each current reading, paged by indexed queries',
    sql: () => `
      ${['article_quotes', 'article_figures']
        .map(
          (table) => `
      CREATE TABLE ${table} (
        article_id text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ordinal integer NOT NULL, seq bigint NOT NULL, published text COLLATE "C", undated boolean NOT NULL,
        speaker text COLLATE "C", confidence double precision NOT NULL, search text NOT NULL,
        record text NOT NULL, PRIMARY KEY (article_id, ordinal));
      CREATE INDEX ${table}_order ON ${table} (undated, published, seq, ordinal);
      CREATE INDEX ${table}_confidence ON ${table} (confidence);`,
        )
        .join('')}
      CREATE INDEX article_quotes_speaker ON article_quotes (speaker);
      -- An article's date is kept on its rows; a new revision's text is not yet read, so its rows go
      -- until its reading is saved.
      CREATE FUNCTION article_items_follow() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.revision IS DISTINCT FROM OLD.revision THEN
          DELETE FROM article_quotes WHERE article_id = NEW.id;
          DELETE FROM article_figures WHERE article_id = NEW.id;
        ELSIF NEW.published IS DISTINCT FROM OLD.published THEN
          UPDATE article_quotes SET published = NEW.published, undated = NEW.published IS NULL
           WHERE article_id = NEW.id;
          UPDATE article_figures SET published = NEW.published, undated = NEW.published IS NULL
           WHERE article_id = NEW.id;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER articles_items AFTER UPDATE OF revision, published ON articles
        FOR EACH ROW EXECUTE FUNCTION article_items_follow();
    `,
    fill: fillItems,
  },
  {
    version: 14,
    name: 'the ties each merged event draws, for the actor network',
    sql: () => `
      CREATE TABLE connected_event_ties (
        event_id text COLLATE "C" NOT NULL, ordinal integer NOT NULL, source text COLLATE "C" NOT NULL,
        target text COLLATE "C" NOT NULL, type text NOT NULL, confidence double precision NOT NULL,
        PRIMARY KEY (event_id, ordinal));
      CREATE INDEX connected_event_ties_confidence ON connected_event_ties (confidence);
    `,
    fill: fillTies,
  },
  {
    version: 15,
    name: 'record counts kept per table, part and confidence by triggers, for page totals',
    // As in SQLite (its migration 15): counted per confidence so the threshold stays in the code. A
    // statement's rows are counted once per statement, from its transition tables; writers hold the
    // store's write lock, so the few rows of counts are never contended.
    sql: () => `
      CREATE TABLE record_counts (
        tbl text COLLATE "C" NOT NULL, part integer NOT NULL, confidence double precision NOT NULL,
        n bigint NOT NULL, PRIMARY KEY (tbl, part, confidence));
      CREATE FUNCTION count_records() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        counts text := format('%I.record_counts', TG_TABLE_SCHEMA);
        part text := TG_ARGV[0];
        tally text := ' ON CONFLICT (tbl, part, confidence) DO UPDATE SET n = record_counts.n + excluded.n';
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          EXECUTE format('DELETE FROM %s WHERE tbl = %L', counts, TG_TABLE_NAME);
          RETURN NULL;
        END IF;
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
          EXECUTE format('INSERT INTO %s (tbl, part, confidence, n)
            SELECT %L, %s, confidence, -COUNT(*) FROM removed GROUP BY 2, 3', counts, TG_TABLE_NAME, part) || tally;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          EXECUTE format('INSERT INTO %s (tbl, part, confidence, n)
            SELECT %L, %s, confidence, COUNT(*) FROM added GROUP BY 2, 3', counts, TG_TABLE_NAME, part) || tally;
        END IF;
        RETURN NULL;
      END $$;
      DO $$
      DECLARE counted text[];
      BEGIN
        FOREACH counted SLICE 1 IN ARRAY ARRAY[${COUNTED.map(({ table, part }) => `['${table}', '${part ?? '0'}']`).join(', ')}]
        LOOP
          EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS added
            FOR EACH STATEMENT EXECUTE FUNCTION count_records(%L)', counted[1] || '_count_insert', counted[1], counted[2]);
          EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS removed NEW TABLE AS added
            FOR EACH STATEMENT EXECUTE FUNCTION count_records(%L)', counted[1] || '_count_update', counted[1], counted[2]);
          EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS removed
            FOR EACH STATEMENT EXECUTE FUNCTION count_records(%L)', counted[1] || '_count_delete', counted[1], counted[2]);
          EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I
            FOR EACH STATEMENT EXECUTE FUNCTION count_records(%L)', counted[1] || '_count_truncate', counted[1], counted[2]);
        END LOOP;
      END $$;
      ${COUNTED.map((counted) => `${countRows(counted)};`).join('\n')}
    `,
  },
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
    const unaccent = await unaccentSchema(client);
    for (const step of MIGRATIONS) {
      if (step.version <= current) continue;
      await client.query('BEGIN');
      try {
        await client.query(`SET LOCAL search_path = ${schema}`);
        await client.query(step.sql(unaccent));
        await step.fill?.(client);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
          step.version,
          step.name,
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
    return LATEST_VERSION;
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext('dossier:migrate'))");
  }
}

/**
 * Search folds accents ("Erdogan" finds "Erdoğan", as SQLite's tokenizer does) with PostgreSQL's own
 * `unaccent` dictionary: a contrib extension, trusted since PostgreSQL 13, so a database owner may create
 * it. It is per database, so it is found where it is, or created in `public`.
 */
async function unaccentSchema(client: pg.PoolClient): Promise<string> {
  const found = async () =>
    (
      await client.query<{ schema: string }>(
        "SELECT extnamespace::regnamespace::text AS schema FROM pg_extension WHERE extname = 'unaccent'",
      )
    ).rows[0]?.schema;
  const existing = await found();
  if (existing) return existing;
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public');
  } catch (error) {
    throw new Error(
      `PostgreSQL's unaccent extension is missing and cannot be created (${(error as Error).message}); ` +
        'run CREATE EXTENSION unaccent; as the database owner',
    );
  }
  return (await found()) ?? 'public';
}
