import {
  NETWORK_SHOWN_FROM,
  TIED_EVENTS,
  countActorEventsSql,
  countActorRows,
  countEdgesSql,
  keptFloor,
} from '../record-counts.js';
import { fillActorItems } from './items.js';
import { moveActorRows } from './move-actor-rows.js';
import type { MigrationStep } from './migrations.js';
import { statementTriggers } from './statement-triggers.js';
import { postgresJsonText, roleOrder } from '../record-sql.js';

/**
 * The PostgreSQL schema's steps from version 23 on (story redirects, hidden groups, event reports, actors'
 * members and roles as rows, kept actor and edge counts), applied by `migrations.ts` after those of
 * `migrations-connected.ts`. Never edit a shipped step; add the next one.
 */
export const STEPS_FROM_23: readonly MigrationStep[] = [
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
      ${statementTriggers(
        'count_actor_rows',
        '_actor_count_',
        [
          ['connected_members', 'members'],
          ['connected_actor_roles', 'roles'],
        ],
        true,
      )}
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
  {
    version: 31,
    name: "each actor's events in their order with their confidence, counted per confidence by triggers",
    // As in SQLite (its migration 31): the rows hold their event's order and confidence, written with the
    // event, and each statement's rows are counted once from its transition tables (linking's upsert of
    // an event's rows is an update: taken off the counts and counted again). `beginRelink` truncates the
    // counts with the rows.
    sql: () => `
      ALTER TABLE connected_event_actors ADD COLUMN IF NOT EXISTS ord text COLLATE "C" NOT NULL DEFAULT '',
        ADD COLUMN IF NOT EXISTS confidence double precision NOT NULL DEFAULT 0;
      -- A row whose event is gone (linking leaves none, and no page showed one) is taken out.
      DELETE FROM connected_event_actors WHERE event_id NOT IN (SELECT id FROM connected_events);
      UPDATE connected_event_actors SET ord = e.ord, confidence = e.confidence
        FROM connected_events AS e WHERE e.id = connected_event_actors.event_id;
      CREATE INDEX IF NOT EXISTS connected_event_actors_order
        ON connected_event_actors (actor_id, ord, event_id, confidence);
      CREATE TABLE IF NOT EXISTS connected_actor_event_counts (
        actor_id text COLLATE "C" NOT NULL, confidence double precision NOT NULL, n bigint NOT NULL,
        PRIMARY KEY (actor_id, confidence));
      CREATE OR REPLACE FUNCTION count_actor_events() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        counts text := format('%I.connected_actor_event_counts', TG_TABLE_SCHEMA);
        tally text := format('INSERT INTO %s AS c (actor_id, confidence, n)
          SELECT actor_id, confidence, %%s * COUNT(*) FROM %%I GROUP BY actor_id, confidence
          ON CONFLICT (actor_id, confidence) DO UPDATE SET n = c.n + excluded.n', counts);
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          EXECUTE format('DELETE FROM %s', counts);
          RETURN NULL;
        END IF;
        IF TG_OP IN ('DELETE', 'UPDATE') THEN EXECUTE format(tally, -1, 'removed'); END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN EXECUTE format(tally, 1, 'added'); END IF;
        RETURN NULL;
      END $$;
      ${statementTriggers('count_actor_events', '_count_', [['connected_event_actors', 'events']], true)}
      ${countActorEventsSql}
    `,
  },
  {
    version: 32,
    name: 'intake rows linked before they are connected; the change counter in two rows, one per stage',
    // Linking an input and connecting its records are two transactions under two locks (see `Worker`): a
    // row linked waits, with the articles its linking changed, for the connector. Each stage bumps a counter
    // row of its own (the connected records' tables theirs): a statement's bump holds its row until the
    // commit, so with one row the linker's first write waited for the connector's commit, and back.
    sql: () => `
      ALTER TABLE intake DROP CONSTRAINT IF EXISTS intake_state_check;
      ALTER TABLE intake ADD CONSTRAINT intake_state_check
        CHECK (state IN ('queued', 'fetched', 'read', 'linked', 'done'));
      ALTER TABLE intake ADD COLUMN IF NOT EXISTS reconnect text;
      INSERT INTO counters (name, value) VALUES ('connected_changes', 0) ON CONFLICT (name) DO NOTHING;
      CREATE OR REPLACE FUNCTION note_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM changed) THEN
          EXECUTE format('UPDATE %I.counters SET value = value + 1 WHERE name = %L', TG_TABLE_SCHEMA,
            CASE WHEN TG_TABLE_NAME LIKE 'connected\\_%' THEN 'connected_changes' ELSE 'changes' END);
        END IF;
        RETURN NULL;
      END $$;
      CREATE OR REPLACE FUNCTION note_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        EXECUTE format('UPDATE %I.counters SET value = value + 1 WHERE name = %L', TG_TABLE_SCHEMA,
          CASE WHEN TG_TABLE_NAME LIKE 'connected\\_%' THEN 'connected_changes' ELSE 'changes' END);
        RETURN NULL;
      END $$;
    `,
  },
  {
    version: 33,
    name: "each actor's events with their place in the timeline, so an actor's timeline is paged from an index",
    // As in SQLite (its migration 33): the actor's rows hold their event's place in the timeline, written
    // with the event, so an actor's timeline page is the first entries of the actor's range of this index.
    sql: () => `
      ALTER TABLE connected_event_actors ADD COLUMN IF NOT EXISTS timeline text COLLATE "C" NOT NULL DEFAULT '';
      UPDATE connected_event_actors SET timeline = e.timeline
        FROM connected_events AS e WHERE e.id = connected_event_actors.event_id;
      CREATE INDEX IF NOT EXISTS connected_event_actors_timeline
        ON connected_event_actors (actor_id, timeline, event_id, confidence);
    `,
  },
  {
    version: 34,
    name: "what an actor's profile reads of each current reading, kept beside it",
    // As in SQLite (its migration 34): an actor's profile reads its articles' attributed quotes and
    // stances from these, not their whole readings; a new revision's items go until its reading is saved.
    sql: () => `
      CREATE TABLE IF NOT EXISTS article_actor_items (
        article_id text COLLATE "C" PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        record text NOT NULL);
      CREATE OR REPLACE FUNCTION article_actor_items_follow() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM article_actor_items WHERE article_id = NEW.id;
        RETURN NULL;
      END $$;
      DROP TRIGGER IF EXISTS articles_actor_items ON articles;
      CREATE TRIGGER articles_actor_items AFTER UPDATE OF revision ON articles
        FOR EACH ROW WHEN (NEW.revision IS DISTINCT FROM OLD.revision)
        EXECUTE FUNCTION article_actor_items_follow();
    `,
    fill: fillActorItems,
  },
];
