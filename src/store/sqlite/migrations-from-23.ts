import {
  NETWORK_SHOWN_FROM,
  TIED_EVENTS,
  countActorEventsSql,
  countActorRows,
  countEdgesSql,
  keptFloor,
} from '../record-counts.js';
import { moveActorRows } from './move-actor-rows.js';
import { fillActorItems } from './items.js';
import type { MigrationStep } from './migrations.js';
import { sqliteJsonText, roleOrder } from '../record-sql.js';

/**
 * The SQLite schema's steps from version 23 on (story redirects, hidden groups, event reports, actors'
 * members and roles as rows, kept actor and edge counts), applied by `migrations.ts` after those of
 * `migrations-connected.ts`. Never edit a shipped step; add the next one.
 */
export const STEPS_FROM_23: readonly MigrationStep[] = [
  {
    version: 23,
    name: 'ids of stories merged into another (a bridging article) redirect to it; story rows by story',
    // A merge moves a story's weights and postings by its id, and deleting it checks its rows by it: both
    // indexed lookups, not scans of every story's rows. Made if missing, so a step before it can be run again.
    sql: `
      CREATE TABLE IF NOT EXISTS story_redirects (id TEXT PRIMARY KEY, story_id TEXT NOT NULL) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS story_redirects_story ON story_redirects (story_id);
      CREATE INDEX IF NOT EXISTS story_weights_story ON story_weights (story_id);
      CREATE INDEX IF NOT EXISTS story_postings_story ON story_postings (story_id);
      `,
  },
  {
    version: 24,
    name: "story weights kept by story, so a candidate story's weights are one range of the index",
    // Placing an article reads up to 50 candidate stories' weights for its ~300 keys. Keyed by key first,
    // each of those 15,000 lookups landed on a page of its own, and once the store outgrew memory (a
    // million articles) each was a read from disk; keyed by story, one story's weights share a few pages,
    // and an article's ~300 new rows are written together. The columns keep their order.
    sql: `
      CREATE TABLE story_weights_by_story (
        key TEXT NOT NULL,
        story_id TEXT NOT NULL REFERENCES stories(id),
        weight REAL NOT NULL,
        PRIMARY KEY (story_id, key)
      ) WITHOUT ROWID;
      INSERT INTO story_weights_by_story (key, story_id, weight)
        SELECT key, story_id, weight FROM story_weights ORDER BY story_id, key;
      DROP TABLE story_weights;
      ALTER TABLE story_weights_by_story RENAME TO story_weights;
    `,
  },
  {
    version: 25,
    name: 'hidden groups (members not shown as actors yet) with their blocking keys, found as actors are',
    // A group below the actor bar was kept nowhere, so the article that later brought the evidence could not
    // find the members named before it. Empty at first: filled as articles are linked (`dossier relink`
    // files a store linked before). Made if missing, so a step before it can be run again.
    sql: `
      CREATE TABLE IF NOT EXISTS connected_hidden_groups (id TEXT PRIMARY KEY, record TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS connected_hidden_keys (
        key TEXT NOT NULL, group_id TEXT NOT NULL, mentions INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (key, group_id)) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS connected_hidden_keys_rank ON connected_hidden_keys (key, mentions DESC, group_id);
      CREATE INDEX IF NOT EXISTS connected_hidden_keys_group ON connected_hidden_keys (group_id);
      CREATE TABLE IF NOT EXISTS connected_hidden_members (
        member TEXT PRIMARY KEY, group_id TEXT NOT NULL, article_id TEXT NOT NULL) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS connected_hidden_members_group ON connected_hidden_members (group_id);
      CREATE INDEX IF NOT EXISTS connected_hidden_members_article ON connected_hidden_members (article_id);
    `,
  },
  {
    version: 26,
    name: "each article's event reports, so merging a story's events decodes no other article's reading",
    // Empty at first: an article's reports are made the next time linking reads it (its own linking, or a
    // story of it merged again), and `dossier relink` makes every article's. Kept for one reading: its
    // revision and the time it was saved say which.
    sql: `
      CREATE TABLE IF NOT EXISTS event_reports (
        article_id TEXT PRIMARY KEY, revision INTEGER NOT NULL, read_at TEXT NOT NULL, version TEXT NOT NULL,
        record TEXT NOT NULL);
    `,
  },
  {
    version: 27,
    name: "actors' members and roles kept as rows, so a large actor's growth writes only what it gained",
    // Made if missing (and the rows moved from records that still hold them), so a step before it can be
    // run again.
    sql: `
      CREATE TABLE IF NOT EXISTS connected_actor_roles (
        actor_id TEXT NOT NULL, seq INTEGER NOT NULL, role TEXT NOT NULL, PRIMARY KEY (actor_id, seq)) WITHOUT ROWID;
      DROP INDEX IF EXISTS connected_members_actor;
    `,
    fill: moveActorRows,
  },
  {
    version: 28,
    name: "events' confidence and order beside their id, so a filter's events are counted and paged from an index",
    // A filter by actor finds its events by id; their confidence and `ord` sat after the large `record`,
    // so counting and ordering an actor's thousands of events read every one of their records.
    sql: `
      CREATE INDEX IF NOT EXISTS connected_events_keys ON connected_events (id, confidence, ord);
    `,
  },
  {
    version: 29,
    name: "events' confidence in their orders' indexes, quotes' beside their speaker, duplicates by either article",
    // A page of the timeline (or of all events) walked its order's index and looked every event up
    // to read its confidence: at 12% of events confident (the generated stores), a page of 50 read some
    // 400 rows, and a page at offset n about 8n. With the confidence in the index, the page's keys are
    // chosen from the index alone (`SqlRecordViews.eventPage`) and only its rows read. An article's page showed its duplicates from the list of every pair (196k
    // at 100k generated articles): it finds them by either side now, `b` by this index. An actor's
    // timeline and a speaker's quotes are counted and their page's keys chosen from an index alone too
    // (the timeline beside migration 28's keys; a quote's confidence and order beside its speaker).
    sql: `
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
    // The list of actors and a profile counted each actor's members, their articles and its roles from
    // their indexes (the 50 most mentioned actors of 100k generated articles hold 216k members; the most
    // mentioned alone 71k, in 29,700 articles): a row per actor now, kept by the writes themselves. A member
    // moves between actors (or articles) by an update (linking's upsert); roles never do. Removing a row
    // only lowers a count that exists, so emptying the tables in any order (`beginRelink`) leaves none
    // behind. The network's edges are counted here too (`edgeCountTriggers`).
    sql: `
      CREATE TABLE IF NOT EXISTS connected_actor_counts (
        actor_id TEXT PRIMARY KEY, members INTEGER NOT NULL, articles INTEGER NOT NULL, roles INTEGER NOT NULL)
        WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS connected_edge_counts (
        source TEXT NOT NULL, target TEXT NOT NULL, type TEXT NOT NULL, ties INTEGER NOT NULL,
        shown INTEGER NOT NULL, PRIMARY KEY (source, target, type)) WITHOUT ROWID;
      -- The roles' order (\`roleOrder\`): a profile's or a listing's first roles are its first entries.
      DROP INDEX IF EXISTS connected_actor_roles_order;
      CREATE INDEX connected_actor_roles_order ON connected_actor_roles (actor_id, ${roleOrder(sqliteJsonText).join(', ')});
      CREATE INDEX IF NOT EXISTS connected_edge_counts_ties ON connected_edge_counts (ties DESC, source, target, type);
      CREATE INDEX IF NOT EXISTS connected_edge_counts_shown ON connected_edge_counts (shown DESC, source, target, type);
      ${actorCountTriggers('connected_members', 'members')}
      ${actorCountTriggers('connected_actor_roles', 'roles')}
      DELETE FROM connected_actor_counts;
      ${countActorRows};
      ${edgeCountTriggers()}
      ${countEdgesSql}
    `,
  },
  {
    version: 31,
    name: "each actor's events in their order with their confidence, counted per confidence by triggers",
    // An actor's profile (and its events filtered by the actor alone) counted and sorted every event of the
    // actor (5,270 for the busiest of 100k generated articles, found by id one by one) to show its first
    // page. Its rows now hold their event's order and confidence, written with the event (linking
    // rewrites an event's rows with it), so the page is the first entries of the actor's range of this
    // index; its totals are the kept counts, at most one row per confidence (two decimals).
    // The table is made again with the columns (dropping the old one drops its index and triggers), so
    // that the step can be run again; a row whose event is gone (linking leaves none, and no page showed
    // one) is not copied.
    sql: `
      DROP TABLE IF EXISTS connected_event_actors_ordered;
      CREATE TABLE connected_event_actors_ordered (
        actor_id TEXT NOT NULL, event_id TEXT NOT NULL, story_id TEXT NOT NULL, ord TEXT NOT NULL,
        confidence REAL NOT NULL, PRIMARY KEY (actor_id, event_id)) WITHOUT ROWID;
      INSERT INTO connected_event_actors_ordered (actor_id, event_id, story_id, ord, confidence)
        SELECT a.actor_id, a.event_id, a.story_id, e.ord, e.confidence
        FROM connected_event_actors AS a JOIN connected_events AS e ON e.id = a.event_id;
      DROP TABLE connected_event_actors;
      ALTER TABLE connected_event_actors_ordered RENAME TO connected_event_actors;
      CREATE INDEX connected_event_actors_event ON connected_event_actors (event_id);
      CREATE INDEX connected_event_actors_order ON connected_event_actors (actor_id, ord, event_id, confidence);
      CREATE TABLE IF NOT EXISTS connected_actor_event_counts (
        actor_id TEXT NOT NULL, confidence REAL NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (actor_id, confidence))
        WITHOUT ROWID;
      ${countActorEventsSql}
      ${actorEventCountTriggers()}
    `,
  },
  {
    version: 33,
    name: "each actor's events with their place in the timeline, so an actor's timeline is paged from an index",
    // An actor's timeline (`/api/timeline?actor=`, the UI's actor view) found the actor's events by id,
    // then counted and sorted all of them by their place in the timeline to show one page; the actor's
    // rows now hold that place too (written with the event, as its order and confidence are), so the
    // page is the first entries of the actor's range of this index, as its profile's page is of
    // migration 31's.
    sql: `
      ALTER TABLE connected_event_actors ADD COLUMN timeline TEXT NOT NULL DEFAULT '';
      UPDATE connected_event_actors
        SET timeline = (SELECT e.timeline FROM connected_events AS e WHERE e.id = event_id);
      CREATE INDEX connected_event_actors_timeline
        ON connected_event_actors (actor_id, timeline, event_id, confidence);
    `,
  },
  {
    version: 34,
    name: "what an actor's profile reads of each current reading, kept beside it",
    // An actor's profile decoded its 50 newest articles' whole readings (deflated JSON, tens of kilobytes
    // each) for their attributed quotes and stances: the most of its first request's CPU. Those are kept
    // per article (`ActorItems`), written with the reading; a new revision's text is not yet read, so its
    // items go until its reading is saved, as its quote rows do. Made if missing, as a step before it
    // can be run again.
    sql: `
      CREATE TABLE IF NOT EXISTS article_actor_items (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, record TEXT NOT NULL
      ) WITHOUT ROWID;
      DROP TRIGGER IF EXISTS article_actor_items_revision;
      CREATE TRIGGER article_actor_items_revision AFTER UPDATE OF revision ON articles
        WHEN NEW.revision IS NOT OLD.revision BEGIN
        DELETE FROM article_actor_items WHERE article_id = NEW.id;
      END;
    `,
    fill: fillActorItems,
  },
];

/**
 * The triggers keeping `connected_actor_event_counts` the number of each actor's event rows per confidence
 * (migration 31). Linking writes them by `INSERT OR REPLACE`, whose replaced row fires no delete trigger:
 * the insert's BEFORE trigger takes it off (as the edges' do). Removing a row only lowers a count that
 * exists, so emptying the tables in any order (`beginRelink`) leaves none behind.
 */
function actorEventCountTriggers(): string {
  const add = (row: string) => `
        INSERT INTO connected_actor_event_counts (actor_id, confidence, n) VALUES (${row}.actor_id, ${row}.confidence, 1)
          ON CONFLICT (actor_id, confidence) DO UPDATE SET n = n + 1;`;
  const remove = (row: string) => `
        UPDATE connected_actor_event_counts SET n = n - 1
          WHERE actor_id = ${row}.actor_id AND confidence = ${row}.confidence;`;
  return `
      CREATE TRIGGER connected_event_actors_count_replaced BEFORE INSERT ON connected_event_actors BEGIN
        UPDATE connected_actor_event_counts SET n = n - 1 WHERE (actor_id, confidence) =
          (SELECT o.actor_id, o.confidence FROM connected_event_actors o
            WHERE o.actor_id = NEW.actor_id AND o.event_id = NEW.event_id);
      END;
      CREATE TRIGGER connected_event_actors_count_insert AFTER INSERT ON connected_event_actors BEGIN ${add('NEW')} END;
      CREATE TRIGGER connected_event_actors_count_delete AFTER DELETE ON connected_event_actors BEGIN ${remove('OLD')} END;
      CREATE TRIGGER connected_event_actors_count_update AFTER UPDATE OF actor_id, confidence ON connected_event_actors
        BEGIN ${remove('OLD')} ${add('NEW')} END;`;
}

/**
 * The network's kept counts (migration 30): each edge's ties, and those of events shown by default, in
 * `connected_edge_counts` (the floor they were counted from in `counters`, `NETWORK_SHOWN_FROM`), and the
 * events with ties per confidence in `record_counts`. Ties are written by `INSERT OR REPLACE`, whose
 * replaced row fires no delete trigger: the insert's BEFORE trigger takes it off (as `countTriggers`).
 */
function edgeCountTriggers(): string {
  const shown = (row: string) =>
    `COALESCE(${row}.confidence >= (SELECT ${keptFloor('value')} FROM counters WHERE name = '${NETWORK_SHOWN_FROM}'), 0)`;
  const add = (row: string, delta: number) => `
        INSERT INTO connected_edge_counts (source, target, type, ties, shown)
          VALUES (${row}.source, ${row}.target, ${row}.type, ${delta}, ${delta} * ${shown(row)})
          ON CONFLICT (source, target, type) DO UPDATE SET ties = ties + excluded.ties, shown = shown + excluded.shown;
        INSERT INTO record_counts (tbl, part, confidence, n)
          SELECT '${TIED_EVENTS}', 0, ${row}.confidence, ${delta} WHERE ${row}.ordinal = 0
          ON CONFLICT (tbl, part, confidence) DO UPDATE SET n = n + excluded.n;`;
  const replaced = 'o.event_id = NEW.event_id AND o.ordinal = NEW.ordinal';
  return `
      DROP TRIGGER IF EXISTS connected_event_ties_edge_replaced;
      DROP TRIGGER IF EXISTS connected_event_ties_edge_insert;
      DROP TRIGGER IF EXISTS connected_event_ties_edge_delete;
      DROP TRIGGER IF EXISTS connected_event_ties_edge_update;
      CREATE TRIGGER connected_event_ties_edge_replaced BEFORE INSERT ON connected_event_ties BEGIN
        UPDATE connected_edge_counts SET ties = ties - 1,
          shown = shown - (SELECT ${shown('o')} FROM connected_event_ties o WHERE ${replaced})
        WHERE (source, target, type) = (SELECT o.source, o.target, o.type FROM connected_event_ties o WHERE ${replaced});
        UPDATE record_counts SET n = n - 1 WHERE (tbl, part, confidence) =
          (SELECT '${TIED_EVENTS}', 0, o.confidence FROM connected_event_ties o WHERE ${replaced} AND o.ordinal = 0);
      END;
      CREATE TRIGGER connected_event_ties_edge_insert AFTER INSERT ON connected_event_ties BEGIN ${add('NEW', 1)} END;
      CREATE TRIGGER connected_event_ties_edge_delete AFTER DELETE ON connected_event_ties BEGIN ${add('OLD', -1)} END;
      CREATE TRIGGER connected_event_ties_edge_update AFTER UPDATE OF source, target, type, confidence, ordinal
        ON connected_event_ties BEGIN ${add('OLD', -1)} ${add('NEW', 1)} END;`;
}

/**
 * The triggers keeping `connected_actor_counts.<column>` the number of `table`'s rows of each actor, and for
 * members the number of articles they are in: a member is its actor's first in its article when, once
 * written, it is the only one (found by the articles' index, a few members each), and its article leaves
 * the count when, once gone, no other is left there.
 */
function actorCountTriggers(table: string, column: 'members' | 'roles'): string {
  const members = column === 'members';
  const pair = (row: string) => `article_id = ${row}.article_id AND actor_id = ${row}.actor_id`;
  const add = (row: string) =>
    `INSERT INTO connected_actor_counts (actor_id, members, articles, roles)
       VALUES (${row}.actor_id, ${members ? 1 : 0},
         ${members ? `(SELECT COUNT(*) = 1 FROM connected_members WHERE ${pair(row)})` : 0}, ${members ? 0 : 1})
       ON CONFLICT (actor_id) DO UPDATE SET ${column} = ${column} + 1, articles = articles + excluded.articles;`;
  const remove = (row: string) =>
    `UPDATE connected_actor_counts SET ${column} = ${column} - 1
       ${members ? `, articles = articles - NOT EXISTS (SELECT 1 FROM connected_members WHERE ${pair(row)})` : ''}
     WHERE actor_id = ${row}.actor_id;`;
  const moved = members
    ? 'OLD.actor_id IS NOT NEW.actor_id OR OLD.article_id IS NOT NEW.article_id'
    : 'OLD.actor_id IS NOT NEW.actor_id';
  return `
      DROP TRIGGER IF EXISTS ${table}_actor_count_insert;
      DROP TRIGGER IF EXISTS ${table}_actor_count_delete;
      DROP TRIGGER IF EXISTS ${table}_actor_count_update;
      CREATE TRIGGER ${table}_actor_count_insert AFTER INSERT ON ${table} BEGIN ${add('NEW')} END;
      CREATE TRIGGER ${table}_actor_count_delete AFTER DELETE ON ${table} BEGIN ${remove('OLD')} END;
      CREATE TRIGGER ${table}_actor_count_update AFTER UPDATE OF actor_id${members ? ', article_id' : ''} ON ${table}
        WHEN ${moved} BEGIN ${remove('OLD')} ${add('NEW')} END;`;
}
