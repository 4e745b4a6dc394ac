import {
  COUNTED,
  NETWORK_SHOWN_FROM,
  TIED_EVENTS,
  countActorRows,
  countEdgesSql,
  countRows,
  keptFloor,
} from '../record-counts.js';
import { fillItems, fillTies } from './items.js';
import { moveActorRows } from './move-actor-rows.js';
import { deflateStoredReadings } from './readings.js';
import type { MigrationStep } from './migrations.js';
import { postgresJsonText, roleOrder } from '../record-sql.js';

/**
 * The PostgreSQL schema's steps for the connected records (actors, merged events, series, discrepancies,
 * quotes and figures as rows, ties, kept counts), from version 8 on; `migrations.ts` holds the steps
 * before them and applies them all in order. Never edit a shipped step; add the next one.
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
  {
    version: 23,
    name: 'ids of stories merged into another (a bridging article) redirect to it; story rows by story',
    // As in SQLite (its migration 23), made if missing so that a step before it can be run again.
    sql: () => `
      CREATE TABLE IF NOT EXISTS story_redirects (
        id text COLLATE "C" PRIMARY KEY, story_id text COLLATE "C" NOT NULL);
      CREATE INDEX IF NOT EXISTS story_redirects_story ON story_redirects (story_id);
      CREATE INDEX IF NOT EXISTS story_weights_story ON story_weights (story_id);
      CREATE INDEX IF NOT EXISTS story_postings_story ON story_postings (story_id);
      `,
  },
  {
    version: 24,
    name: "story weights kept by story, so a candidate story's weights are one range of the index",
    // As in SQLite (its migration 24); the weight rides in the index, so the lookup reads no table row.
    sql: () => `
      DROP INDEX IF EXISTS story_weights_story;
      ALTER TABLE story_weights DROP CONSTRAINT story_weights_pkey;
      ALTER TABLE story_weights ADD PRIMARY KEY (story_id, key) INCLUDE (weight);
    `,
  },
  {
    version: 25,
    name: 'hidden groups (members not shown as actors yet) with their blocking keys, found as actors are',
    // As in SQLite (its migration 25), made if missing so that a step before it can be run again.
    sql: () => `
      CREATE TABLE IF NOT EXISTS connected_hidden_groups (id text COLLATE "C" PRIMARY KEY, record text NOT NULL);
      CREATE TABLE IF NOT EXISTS connected_hidden_keys (
        key text COLLATE "C" NOT NULL, group_id text COLLATE "C" NOT NULL, mentions integer NOT NULL DEFAULT 0,
        PRIMARY KEY (key, group_id));
      CREATE INDEX IF NOT EXISTS connected_hidden_keys_rank ON connected_hidden_keys (key, mentions DESC, group_id);
      CREATE INDEX IF NOT EXISTS connected_hidden_keys_group ON connected_hidden_keys (group_id);
      CREATE TABLE IF NOT EXISTS connected_hidden_members (
        member text COLLATE "C" PRIMARY KEY, group_id text COLLATE "C" NOT NULL,
        article_id text COLLATE "C" NOT NULL);
      CREATE INDEX IF NOT EXISTS connected_hidden_members_group ON connected_hidden_members (group_id);
      CREATE INDEX IF NOT EXISTS connected_hidden_members_article ON connected_hidden_members (article_id);
    `,
  },
  {
    version: 26,
    name: "each article's event reports, so merging a story's events decodes no other article's reading",
    // As in SQLite (its migration 26): empty at first, made as linking reads each article.
    sql: () => `
      CREATE TABLE IF NOT EXISTS event_reports (
        article_id text COLLATE "C" PRIMARY KEY, revision integer NOT NULL, read_at text NOT NULL,
        version text COLLATE "C" NOT NULL, record text NOT NULL);
    `,
  },
  {
    version: 27,
    name: "actors' members and roles kept as rows, so a large actor's growth writes only what it gained",
    // As in SQLite (its migration 27): made if missing, the rows moved from records that still hold them.
    sql: () => `
      ALTER TABLE connected_members ADD COLUMN IF NOT EXISTS ord integer NOT NULL DEFAULT 0;
      DROP INDEX IF EXISTS connected_members_actor;
      CREATE INDEX connected_members_actor ON connected_members (actor_id, ord) INCLUDE (member);
      CREATE TABLE IF NOT EXISTS connected_actor_roles (
        actor_id text COLLATE "C" NOT NULL, seq integer NOT NULL, role text NOT NULL,
        PRIMARY KEY (actor_id, seq));
    `,
    fill: moveActorRows,
  },
  {
    version: 28,
    name: "events' confidence and order beside their id, so a filter's events are counted and paged from an index",
    // As in SQLite (its migration 28): an actor's events are counted and paged by an index-only scan.
    sql: () => `
      CREATE INDEX IF NOT EXISTS connected_events_keys ON connected_events (id, confidence, ord);
    `,
  },
  {
    version: 29,
    name: "events' confidence in their orders' indexes, quotes' beside their speaker, duplicates by either article",
    // As in SQLite (its migration 29): the confidence is an index condition of the order's scan, tested
    // on the index's entries, where it was a filter on each event's row; an article's duplicates by `b`;
    // an actor's timeline and a speaker's quotes counted and paged by index-only scans.
    sql: () => `
      DROP INDEX IF EXISTS connected_events_timeline;
      CREATE INDEX connected_events_timeline ON connected_events (timeline, id, confidence);
      DROP INDEX IF EXISTS connected_events_order;
      CREATE INDEX connected_events_order ON connected_events (ord, id, confidence);
      CREATE INDEX IF NOT EXISTS duplicates_b ON duplicates (b);
      DROP INDEX IF EXISTS connected_events_keys;
      CREATE INDEX connected_events_keys ON connected_events (id, confidence, ord, timeline);
      DROP INDEX IF EXISTS article_quotes_speaker;
      CREATE INDEX article_quotes_speaker ON article_quotes (speaker, confidence, undated, published, seq);
    `,
  },
  {
    version: 30,
    name: "each actor's members, articles and roles and the network's edges counted, kept by triggers",
    // As in SQLite (its migration 30), counted once per statement from its transition tables (as
    // migration 15's page totals): a member moved by linking's upsert is an update, taken off its old
    // actor and added to its new one. Removing rows only lowers counts that exist, and `beginRelink`
    // truncates the counts with the rows.
    sql: () => `
      CREATE TABLE IF NOT EXISTS connected_actor_counts (
        actor_id text COLLATE "C" PRIMARY KEY, members bigint NOT NULL, articles bigint NOT NULL,
        roles bigint NOT NULL);
      CREATE OR REPLACE FUNCTION count_actor_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        counts text := format('%I.connected_actor_counts', TG_TABLE_SCHEMA);
        counted text := TG_ARGV[0];
        members text := CASE WHEN counted = 'members' THEN 'n' ELSE '0' END;
        roles text := CASE WHEN counted = 'roles' THEN 'n' ELSE '0' END;
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          EXECUTE format('UPDATE %s SET %I = 0', counts, counted);
          IF counted = 'members' THEN EXECUTE format('UPDATE %s SET articles = 0', counts); END IF;
          RETURN NULL;
        END IF;
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
          EXECUTE format('UPDATE %s c SET %I = c.%I - r.n
            FROM (SELECT actor_id, COUNT(*) AS n FROM removed GROUP BY actor_id) r WHERE c.actor_id = r.actor_id',
            counts, counted, counted);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          EXECUTE format('INSERT INTO %s AS c (actor_id, members, articles, roles)
            SELECT actor_id, %s, 0, %s FROM (SELECT actor_id, COUNT(*) AS n FROM added GROUP BY actor_id) a
            ON CONFLICT (actor_id) DO UPDATE SET %I = c.%I + excluded.%I',
            counts, members, roles, counted, counted, counted);
        END IF;
        RETURN NULL;
      END $$;
      DO $$
      DECLARE counted text[];
      BEGIN
        FOREACH counted SLICE 1 IN ARRAY ARRAY[['connected_members', 'members'], ['connected_actor_roles', 'roles']]
        LOOP
          EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', counted[1] || '_actor_count_insert', counted[1]);
          EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', counted[1] || '_actor_count_update', counted[1]);
          EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', counted[1] || '_actor_count_delete', counted[1]);
          EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', counted[1] || '_actor_count_truncate', counted[1]);
          EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS added
            FOR EACH STATEMENT EXECUTE FUNCTION count_actor_rows(%L)', counted[1] || '_actor_count_insert', counted[1], counted[2]);
          EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS removed NEW TABLE AS added
            FOR EACH STATEMENT EXECUTE FUNCTION count_actor_rows(%L)', counted[1] || '_actor_count_update', counted[1], counted[2]);
          EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS removed
            FOR EACH STATEMENT EXECUTE FUNCTION count_actor_rows(%L)', counted[1] || '_actor_count_delete', counted[1], counted[2]);
          EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I
            FOR EACH STATEMENT EXECUTE FUNCTION count_actor_rows(%L)', counted[1] || '_actor_count_truncate', counted[1], counted[2]);
        END LOOP;
      END $$;
      -- The articles an actor's members are in, row by row before each change, where a statement's own
      -- earlier rows are seen: a member written is its actor's first in its article when none is there
      -- yet (one that is there already becomes the upsert's update, counted as such), and its article
      -- leaves the count when no other member of the actor is left in it.
      CREATE OR REPLACE FUNCTION count_actor_articles() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        counts text := format('%I.connected_actor_counts', TG_TABLE_SCHEMA);
        members text := format('%I.connected_members', TG_TABLE_SCHEMA);
        found boolean;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s WHERE member = $1)', members) INTO found USING NEW.member;
          IF found THEN RETURN NEW; END IF;
        ELSIF TG_OP = 'UPDATE' AND OLD.actor_id = NEW.actor_id AND OLD.article_id = NEW.article_id THEN
          RETURN NEW;
        ELSE
          EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s WHERE article_id = $1 AND actor_id = $2 AND member <> $3)',
            members) INTO found USING OLD.article_id, OLD.actor_id, OLD.member;
          IF NOT found THEN
            EXECUTE format('UPDATE %s SET articles = articles - 1 WHERE actor_id = $1', counts) USING OLD.actor_id;
          END IF;
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        END IF;
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s WHERE article_id = $1 AND actor_id = $2 AND member <> $3)',
          members) INTO found USING NEW.article_id, NEW.actor_id, NEW.member;
        IF NOT found THEN
          EXECUTE format('INSERT INTO %s AS c (actor_id, members, articles, roles) VALUES ($1, 0, 1, 0)
            ON CONFLICT (actor_id) DO UPDATE SET articles = c.articles + 1', counts) USING NEW.actor_id;
        END IF;
        RETURN NEW;
      END $$;
      DROP TRIGGER IF EXISTS connected_members_actor_articles ON connected_members;
      CREATE TRIGGER connected_members_actor_articles BEFORE INSERT OR UPDATE OF actor_id, article_id OR DELETE
        ON connected_members FOR EACH ROW EXECUTE FUNCTION count_actor_articles();
      DELETE FROM connected_actor_counts;
      ${countActorRows};
      CREATE TABLE IF NOT EXISTS connected_edge_counts (
        source text COLLATE "C" NOT NULL, target text COLLATE "C" NOT NULL, type text NOT NULL,
        ties bigint NOT NULL, shown bigint NOT NULL, PRIMARY KEY (source, target, type));
      -- The roles' order (\`roleOrder\`): a profile's or a listing's first roles are its first entries.
      DROP INDEX IF EXISTS connected_actor_roles_order;
      CREATE INDEX connected_actor_roles_order ON connected_actor_roles (actor_id, ${roleOrder(
        postgresJsonText,
      )
        .map((key) => `(${key})`)
        .join(', ')});
      CREATE INDEX IF NOT EXISTS connected_edge_counts_ties ON connected_edge_counts (ties DESC, source, target, type);
      CREATE INDEX IF NOT EXISTS connected_edge_counts_shown ON connected_edge_counts (shown DESC, source, target, type);
      -- Each statement's ties counted once, from its transition tables: a tie a rewritten event replaces
      -- (linking's upsert) is taken off its edge and counted again.
      CREATE OR REPLACE FUNCTION count_edges() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        schema text := TG_TABLE_SCHEMA;
        floor text := format('(SELECT ${keptFloor('value')} FROM %I.counters WHERE name = %L)', schema, '${NETWORK_SHOWN_FROM}');
        tally text := format('INSERT INTO %I.connected_edge_counts AS c (source, target, type, ties, shown)
          SELECT source, target, type, %%s * COUNT(*), %%s * COUNT(*) FILTER (WHERE confidence >= %s)
          FROM %%I GROUP BY source, target, type
          ON CONFLICT (source, target, type) DO UPDATE SET ties = c.ties + excluded.ties,
            shown = c.shown + excluded.shown', schema, floor);
        events text := format('INSERT INTO %I.record_counts AS c (tbl, part, confidence, n)
          SELECT %L, 0, confidence, %%s * COUNT(*) FROM %%I WHERE ordinal = 0 GROUP BY confidence
          ON CONFLICT (tbl, part, confidence) DO UPDATE SET n = c.n + excluded.n', schema, '${TIED_EVENTS}');
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          EXECUTE format('DELETE FROM %I.connected_edge_counts', schema);
          EXECUTE format('DELETE FROM %I.record_counts WHERE tbl = %L', schema, '${TIED_EVENTS}');
          RETURN NULL;
        END IF;
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
          EXECUTE format(tally, -1, -1, 'removed');
          EXECUTE format(events, -1, 'removed');
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          EXECUTE format(tally, 1, 1, 'added');
          EXECUTE format(events, 1, 'added');
        END IF;
        RETURN NULL;
      END $$;
      DROP TRIGGER IF EXISTS connected_event_ties_edge_insert ON connected_event_ties;
      DROP TRIGGER IF EXISTS connected_event_ties_edge_update ON connected_event_ties;
      DROP TRIGGER IF EXISTS connected_event_ties_edge_delete ON connected_event_ties;
      DROP TRIGGER IF EXISTS connected_event_ties_edge_truncate ON connected_event_ties;
      CREATE TRIGGER connected_event_ties_edge_insert AFTER INSERT ON connected_event_ties
        REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION count_edges();
      CREATE TRIGGER connected_event_ties_edge_update AFTER UPDATE ON connected_event_ties
        REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION count_edges();
      CREATE TRIGGER connected_event_ties_edge_delete AFTER DELETE ON connected_event_ties
        REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION count_edges();
      CREATE TRIGGER connected_event_ties_edge_truncate AFTER TRUNCATE ON connected_event_ties
        FOR EACH STATEMENT EXECUTE FUNCTION count_edges();
      ${countEdgesSql}
    `,
  },
];
