import type { Discrepancy, MergedEvent, ResolvedEntity, Series, ActorHead } from '../../core/connected.js';
import type { ConnectedUpdate } from '../../core/ports.js';
import { actorHead, actorOf } from '../actor-rows.js';
import type { Queryable } from './connection.js';
import { writeConnected } from './connected-writes.js';
import { HiddenGroupTables } from './connected-hidden.js';
import { WriteBatch } from './write-batch.js';

const unique = (values: string[]) => [...new Set(values)];

/**
 * The connected records, as in SQLite (`../sqlite/connected.ts`): each a JSON record under its id (an
 * actor's members and roles as rows), with index tables for every key connecting looks it up by; each
 * write of many rows is one statement over arrays, not a round trip per row.
 */
export class ConnectedTables {
  private readonly hidden: HiddenGroupTables;

  constructor(private readonly db: Queryable) {
    this.hidden = new HiddenGroupTables(db);
  }

  private async records<T>(sql: string, values: unknown[] = []): Promise<T[]> {
    const { rows } = await this.db.query<{ record: string }>(sql, values);
    return rows.map((r) => JSON.parse(r.record) as T);
  }

  /**
   * Actors: the query `from` (over `connected_actors a`, its conditions bound to `values`), each record with
   * its members and roles (rows of their own, see `actor-rows.ts`) in one round trip, by id.
   */
  private async actors(from: string, values: unknown[] = []): Promise<ResolvedEntity[]> {
    const { rows } = await this.db.query<{ record: string; members: string[]; roles: string[] }>(
      `SELECT a.record,
         ARRAY(SELECT member FROM connected_members m WHERE m.actor_id = a.id ORDER BY m.ord) AS members,
         ARRAY(SELECT role FROM connected_actor_roles r WHERE r.actor_id = a.id ORDER BY r.seq) AS roles
       FROM ${from} ORDER BY a.id`,
      values,
    );
    return rows.map((r) => actorOf(r.record, r.members, r.roles));
  }

  private async column(sql: string, values: string[]): Promise<string[]> {
    if (values.length === 0) return [];
    const { rows } = await this.db.query<{ value: string }>(sql, [unique(values)]);
    return rows.map((r) => r.value);
  }

  actorsByKeys(keys: string[], perKey: number): Promise<ResolvedEntity[]> {
    if (keys.length === 0) return Promise.resolve([]);
    // One bounded range of the (key, mentions) index per key: a common name's thousands of actors are not read.
    return this.actors(
      `connected_actors a WHERE a.id IN (
         SELECT ranked.actor_id FROM unnest($1::text[]) AS wanted(key)
         CROSS JOIN LATERAL (
           SELECT actor_id FROM connected_actor_keys WHERE key = wanted.key
           ORDER BY mentions DESC, actor_id LIMIT $2) AS ranked)`,
      [unique(keys), perKey],
    );
  }

  actorsOfMembers(members: string[]): Promise<ResolvedEntity[]> {
    if (members.length === 0) return Promise.resolve([]);
    return this.actors(
      `connected_actors a WHERE a.id IN (
         SELECT actor_id FROM connected_members WHERE member = ANY($1::text[]))`,
      [unique(members)],
    );
  }

  hiddenGroupsByKeys(keys: string[], perKey: number): Promise<ResolvedEntity[]> {
    return this.hidden.byKeys(keys, perKey);
  }

  hiddenGroupsOfMembers(members: string[]): Promise<ResolvedEntity[]> {
    return this.hidden.ofMembers(members);
  }

  hiddenGroupsOfArticles(articleIds: string[]): Promise<ResolvedEntity[]> {
    return this.hidden.ofArticles(articleIds);
  }

  actorsById(ids: string[]): Promise<ResolvedEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.actors('connected_actors a WHERE a.id = ANY($1::text[])', [unique(ids)]);
  }

  async actorHeadsById(ids: string[]): Promise<ActorHead[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.db.query<{ record: string }>(
      'SELECT record FROM connected_actors WHERE id = ANY($1::text[]) ORDER BY id',
      [unique(ids)],
    );
    return rows.map((r) => actorHead(r.record));
  }

  actorsOfArticles(articleIds: string[]): Promise<ResolvedEntity[]> {
    if (articleIds.length === 0) return Promise.resolve([]);
    return this.actors(
      `connected_actors a WHERE a.id IN (
         SELECT actor_id FROM connected_members WHERE article_id = ANY($1::text[]))`,
      [unique(articleIds)],
    );
  }

  async membersOfArticles(articleIds: string[]): Promise<Record<string, string>> {
    if (articleIds.length === 0) return {};
    const { rows } = await this.db.query<{ member: string; actor_id: string }>(
      'SELECT member, actor_id FROM connected_members WHERE article_id = ANY($1::text[])',
      [unique(articleIds)],
    );
    return Object.fromEntries(rows.map((r) => [r.member, r.actor_id]));
  }

  eventsOfStories(storyIds: string[]): Promise<MergedEvent[]> {
    if (storyIds.length === 0) return Promise.resolve([]);
    return this.records(
      'SELECT record FROM connected_events WHERE story_id = ANY($1::text[]) ORDER BY ord, id',
      [unique(storyIds)],
    );
  }

  articlesOfPassages(keys: string[]): Promise<string[]> {
    return this.column(
      `SELECT DISTINCT article_id AS value FROM connected_passages WHERE key = ANY($1::text[])
       ORDER BY article_id`,
      keys,
    );
  }

  eventStoriesOfArticles(articleIds: string[]): Promise<string[]> {
    return this.column(
      `SELECT DISTINCT e.story_id AS value FROM connected_event_articles a
         JOIN connected_events e ON e.id = a.event_id
       WHERE a.article_id = ANY($1::text[]) ORDER BY e.story_id`,
      articleIds,
    );
  }

  eventArticlesOfStories(storyIds: string[]): Promise<string[]> {
    return this.column(
      `SELECT DISTINCT a.article_id AS value FROM connected_events e
         JOIN connected_event_articles a ON a.event_id = e.id
       WHERE e.story_id = ANY($1::text[]) ORDER BY a.article_id`,
      storyIds,
    );
  }

  storiesOfActors(actorIds: string[]): Promise<string[]> {
    return this.column(
      `SELECT DISTINCT story_id AS value FROM connected_event_actors WHERE actor_id = ANY($1::text[])
       ORDER BY story_id`,
      actorIds,
    );
  }

  async storiesOfArticles(articleIds: string[]): Promise<Record<string, string>> {
    if (articleIds.length === 0) return {};
    const { rows } = await this.db.query<{ article_id: string; story_id: string }>(
      'SELECT article_id, story_id FROM story_articles WHERE article_id = ANY($1::text[])',
      [unique(articleIds)],
    );
    return Object.fromEntries(rows.map((r) => [r.article_id, r.story_id]));
  }

  async articlesOfStory(storyId: string): Promise<string[]> {
    const { rows } = await this.db.query<{ article_id: string }>(
      'SELECT article_id FROM story_articles WHERE story_id = $1 ORDER BY article_id',
      [storyId],
    );
    return rows.map((r) => r.article_id);
  }

  articlesOfMeasures(measureIds: string[]): Promise<string[]> {
    return this.column(
      `SELECT DISTINCT article_id AS value FROM connected_measures WHERE measure_id = ANY($1::text[])
       ORDER BY article_id`,
      measureIds,
    );
  }

  measuresOfArticles(articleIds: string[]): Promise<string[]> {
    return this.column(
      `SELECT DISTINCT measure_id AS value FROM connected_measures WHERE article_id = ANY($1::text[])
       ORDER BY measure_id`,
      articleIds,
    );
  }

  keptMeasures(measureIds: string[]): Promise<Series[]> {
    if (measureIds.length === 0) return Promise.resolve([]);
    return this.records('SELECT record FROM connected_measures_kept WHERE id = ANY($1::text[]) ORDER BY id', [
      unique(measureIds),
    ]);
  }

  ingestionOrder(ids: string[]): Promise<string[]> {
    return this.column('SELECT id AS value FROM articles WHERE id = ANY($1::text[]) ORDER BY seq', ids);
  }

  async markFurniture(keys: string[], articleId: string): Promise<string[]> {
    if (keys.length === 0) return [];
    const { rows: fresh } = await this.db.query<{ key: string }>(
      `INSERT INTO furniture_keys (key) SELECT DISTINCT k FROM unnest($1::text[]) k
       ON CONFLICT DO NOTHING RETURNING key`,
      [unique(keys)],
    );
    if (fresh.length === 0) return [];
    const { rows } = await this.db.query<{ article_id: string }>(
      `SELECT DISTINCT article_id FROM repeated_sentences WHERE key = ANY($1::text[]) AND article_id <> $2
       ORDER BY article_id`,
      [fresh.map((r) => r.key), articleId],
    );
    return rows.map((r) => r.article_id);
  }

  furnitureKeys(keys: string[]): Promise<string[]> {
    return this.column('SELECT key AS value FROM furniture_keys WHERE key = ANY($1::text[])', keys);
  }

  /**
   * Called inside the store's write transaction: every write in one batch (`writeConnected`), which goes
   * with the transaction's next statement. Nothing here reads what it writes, and a round trip is time every
   * other writer waits for the lock.
   */
  async saveConnected(u: ConnectedUpdate): Promise<void> {
    const writes = new WriteBatch();
    writeConnected(writes, u);
    await writes.send(this.db);
  }

  listActors(): Promise<ResolvedEntity[]> {
    return this.actors('connected_actors a');
  }

  listEvents(): Promise<MergedEvent[]> {
    return this.records('SELECT record FROM connected_events ORDER BY ord, id');
  }

  listSeries(): Promise<Series[]> {
    return this.records('SELECT record FROM connected_series ORDER BY id');
  }

  listDiscrepancies(): Promise<Discrepancy[]> {
    return this.records('SELECT record FROM connected_discrepancies ORDER BY scope, id');
  }
}
