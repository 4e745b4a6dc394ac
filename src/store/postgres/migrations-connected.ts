import { COUNTED, countRows } from '../record-counts.js';
import { fillItems, fillTies } from './items.js';
import { deflateStoredReadings } from './readings.js';
import type { MigrationStep } from './migrations.js';
import { statementTriggers } from './statement-triggers.js';

/**
 * The PostgreSQL schema's steps for the connected records (actors, merged events, series, discrepancies,
 * quotes and figures as rows, ties, kept counts), versions 8 to 22; `migrations.ts` holds the steps
 * before them and applies them all in order, then those of `migrations-from-23.ts`. Never edit a shipped
 * step; add the next one (in `migrations-from-23.ts`).
 */
export const CONNECTED_STEPS: readonly MigrationStep[] = [
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
      ${statementTriggers(
        'count_records',
        '_count_',
        COUNTED.map(({ table, part }) => [table, part ?? '0'] as const),
        false,
      )}
      ${COUNTED.map((counted) => `${countRows(counted)};`).join('\n')}
    `,
  },
  {
    version: 16,
    name: 'ties by edge, for the network',
    // As in SQLite (its migration 16). The word indexes SQLite adds are not needed here: PostgreSQL keeps
    // a large record out of the row (TOAST), so a word filter's scan reads narrow rows already.
    sql: () => `
      CREATE INDEX connected_event_ties_edge ON connected_event_ties (source, target, type, confidence);
      CREATE INDEX connected_event_ties_first ON connected_event_ties (confidence) WHERE ordinal = 0;
    `,
  },
  {
    version: 17,
    name: "trigram indexes of the quotes', figures' and actors' words, for word filters",
    // As in SQLite (its migration 17): a substring filter (`LIKE '%…%'`) follows its matches through
    // `pg_trgm`'s GIN index, which answers the `LIKE` itself, instead of scanning every row's words.
    sql: ({ trgm }) => `
      CREATE INDEX article_quotes_words ON article_quotes USING gin (search ${trgm}.gin_trgm_ops);
      CREATE INDEX article_figures_words ON article_figures USING gin (search ${trgm}.gin_trgm_ops);
      CREATE INDEX connected_actors_words ON connected_actors USING gin (names ${trgm}.gin_trgm_ops);
    `,
  },
  {
    version: 18,
    name: "each tie keeps its event's order, so the network is ordered from the ties' index alone",
    // As in SQLite (its migration 18).
    sql: () => `
      ALTER TABLE connected_event_ties ADD COLUMN ord text COLLATE "C" NOT NULL DEFAULT '';
      UPDATE connected_event_ties t SET ord = e.ord FROM connected_events e WHERE e.id = t.event_id;
      CREATE INDEX connected_event_ties_edge_order
        ON connected_event_ties (source, target, type, confidence, ord, event_id, ordinal);
    `,
  },
  {
    version: 19,
    name: 'large measures kept whole, so adding an article updates their points instead of reading them all',
    // As in SQLite (its migration 19).
    sql: () =>
      `CREATE TABLE connected_measures_kept (id text COLLATE "C" PRIMARY KEY, record text NOT NULL);`,
  },
  {
    version: 21,
    name: 'stored readings deflated (a quarter of their JSON), old rows converted in batches',
    // The column becomes bytes (old rows' JSON as its UTF-8 bytes, told apart by its first byte until
    // converted). Asked first, so the step can run again after a stop midway through its batches.
    sql: () => `
      DO $bytea$ BEGIN
        IF (SELECT data_type FROM information_schema.columns WHERE table_schema = current_schema()
              AND table_name = 'readings' AND column_name = 'reading') = 'text' THEN
          ALTER TABLE readings ALTER COLUMN reading TYPE bytea USING convert_to(reading, 'UTF8');
        END IF;
      END $bytea$;`,
    convert: deflateStoredReadings,
  },
  {
    version: 22,
    name: "each article's passage keys, so a report printed in two stories is found by its words",
    // As in SQLite (its migration 22).
    sql: () => `
      CREATE TABLE IF NOT EXISTS connected_passages (
        key text COLLATE "C" NOT NULL, article_id text COLLATE "C" NOT NULL, PRIMARY KEY (key, article_id));
      CREATE INDEX IF NOT EXISTS connected_passages_article ON connected_passages (article_id);
    `,
  },
];
