import type {
  ActorHead,
  Discrepancy,
  MergedEvent,
  ResolvedEntity,
  ResolvedRole,
  Series,
} from '../../core/connected.js';
import type {
  ActorSpan,
  ConnectedUpdate,
  DaySpan,
  PlacedMember,
  PlacedRole,
  RoleArticle,
} from '../../core/ports.js';
import { actorHead, actorOf } from '../actor-rows.js';
import { postgresJsonText, roleOrder } from '../record-sql.js';
import type { Queryable } from './connection.js';
import { writeConnected } from './connected-writes.js';
import { HiddenGroupTables } from './connected-hidden.js';
import { WriteBatch } from './write-batch.js';

const unique = (values: string[]) => [...new Set(values)];
/** Pairs as lists by their first element, in the pairs' order. */
const grouped = (pairs: Array<[string, string]>): Record<string, string[]> => {
  const found: Record<string, string[]> = {};
  for (const [head, value] of pairs) (found[head] ??= []).push(value);
  return found;
};

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
   * its members and roles (rows of their own, see `actor-rows.ts`) in one round trip, by id. `large`: an
   * actor of more members (its kept count, migration 30) has neither listed (see `actorsOfMembers`).
   */
  private async actors(from: string, values: unknown[] = [], large?: number): Promise<ResolvedEntity[]> {
    const members = 'ARRAY(SELECT member FROM connected_members m WHERE m.actor_id = a.id ORDER BY m.ord)';
    const roles = 'ARRAY(SELECT role FROM connected_actor_roles r WHERE r.actor_id = a.id ORDER BY r.seq)';
    const isLarge = `coalesce((SELECT c.members FROM connected_actor_counts c WHERE c.actor_id = a.id), 0)
             > $${values.length + 1}`;
    const listed = (list: string) =>
      large === undefined ? list : `CASE WHEN ${isLarge} THEN '{}'::text[] ELSE ${list} END`;
    const { rows } = await this.db.query<{ record: string; members: string[]; roles: string[] }>(
      `SELECT a.record, ${listed(members)} AS members, ${listed(roles)} AS roles FROM ${from} ORDER BY a.id`,
      large === undefined ? values : [...values, large],
    );
    return rows.map((r) => actorOf(r.record, r.members, r.roles));
  }

  private async column(sql: string, values: string[]): Promise<string[]> {
    if (values.length === 0) return [];
    const { rows } = await this.db.query<{ value: string }>(sql, [unique(values)]);
    return rows.map((r) => r.value);
  }

  actorsByKeys(keys: string[], perKey: number, large?: number): Promise<ResolvedEntity[]> {
    if (keys.length === 0) return Promise.resolve([]);
    // One bounded range of the (key, mentions) index per key: a common name's thousands of actors are not read.
    return this.actors(
      `connected_actors a WHERE a.id IN (
         SELECT ranked.actor_id FROM unnest($1::text[]) AS wanted(key)
         CROSS JOIN LATERAL (
           SELECT actor_id FROM connected_actor_keys WHERE key = wanted.key
           ORDER BY mentions DESC, actor_id LIMIT $2) AS ranked)`,
      [unique(keys), perKey],
      large,
    );
  }

  actorsOfMembers(members: string[], large?: number): Promise<ResolvedEntity[]> {
    if (members.length === 0) return Promise.resolve([]);
    return this.actors(
      `connected_actors a WHERE a.id IN (
         SELECT actor_id FROM connected_members WHERE member = ANY($1::text[]))`,
      [unique(members)],
      large,
    );
  }

  /**
   * See `ConnectedRepository.actorSpans`: each actor's count as its triggers keep it (migration 30; counting
   * the rows walked a hub's every member), and its members in order until enough articles (in pages of the
   * (actor, place) index, so a large actor's are not all read).
   */
  async actorSpans(actorIds: string[], articles: number): Promise<Record<string, ActorSpan>> {
    if (actorIds.length === 0) return {};
    const page = 4 * articles;
    const { rows } = await this.db.query<{ actor_id: string; members: string; first: string[] }>(
      `SELECT ids.id AS actor_id,
         coalesce((SELECT c.members FROM connected_actor_counts c WHERE c.actor_id = ids.id), 0) AS members,
         ARRAY(SELECT article_id FROM connected_members m WHERE m.actor_id = ids.id ORDER BY m.ord LIMIT $2)
           AS first
       FROM unnest($1::text[]) AS ids(id)`,
      [unique(actorIds), page],
    );
    const spans: Record<string, ActorSpan> = {};
    for (const row of rows) {
      const members = Number(row.members);
      if (members === 0) continue;
      let found = new Set(row.first);
      // Past a page of members in fewer articles than asked (many members per article): walked further.
      if (found.size < articles && members > page) found = await this.firstArticles(row.actor_id, articles);
      spans[row.actor_id] = { members, firstArticles: [...found].slice(0, articles) };
    }
    return spans;
  }

  private async firstArticles(actorId: string, articles: number): Promise<Set<string>> {
    const { rows } = await this.db.query<{ article_id: string }>(
      `SELECT article_id FROM (
         SELECT article_id, MIN(ord) AS first FROM connected_members WHERE actor_id = $1 GROUP BY article_id
       ) AS a ORDER BY first LIMIT $2`,
      [actorId, articles],
    );
    return new Set(rows.map((r) => r.article_id));
  }

  /**
   * By the article index, each article's few members (`actor_id || ''` keeps the planner off the actor
   * index, which would walk a large actor's every member).
   */
  async actorMembersIn(actorIds: string[], articleIds: string[]): Promise<PlacedMember[]> {
    if (actorIds.length === 0 || articleIds.length === 0) return [];
    const { rows } = await this.db.query<PlacedMember>(
      `SELECT actor_id AS "actorId", member, ord AS place FROM connected_members
       WHERE article_id = ANY($1::text[]) AND (actor_id || '') = ANY($2::text[]) ORDER BY actor_id, ord`,
      [unique(articleIds), unique(actorIds)],
    );
    return rows;
  }

  async lastMemberPlace(actorId: string, except: string[]): Promise<number | null> {
    const { rows } = await this.db.query<{ ord: number }>(
      `SELECT ord FROM connected_members WHERE actor_id = $1 AND NOT (member = ANY($2::text[]))
       ORDER BY ord DESC LIMIT 1`,
      [actorId, unique(except)],
    );
    return rows[0]?.ord ?? null;
  }

  /**
   * See `ConnectedRepository.actorRolesIn`: each article by the roles' order index (migration 30), whose
   * first keys after the actor are whether the role is undated (`IS FALSE`/`IS TRUE`, not `= false`, which
   * the planner turns into `IS NOT NULL`, no key of the index), its day and its article.
   */
  async actorRolesIn(actorId: string, articles: RoleArticle[]): Promise<PlacedRole[]> {
    if (articles.length === 0) return [];
    const [undated, day, article] = roleOrder(postgresJsonText);
    const dated = articles.filter((a) => a.day !== null);
    const { rows } = await this.db.query<{ seq: number; role: string }>(
      `SELECT r.seq, r.role FROM unnest($2::text[], $3::text[]) AS wanted(day, article)
       CROSS JOIN LATERAL (SELECT seq, role FROM connected_actor_roles
         WHERE actor_id = $1 AND (${undated}) IS FALSE AND ${day} = wanted.day AND ${article} = wanted.article) AS r
       UNION
       SELECT seq, role FROM connected_actor_roles
       WHERE actor_id = $1 AND (${undated}) IS TRUE AND ${day} IS NULL AND ${article} = ANY($4::text[])
       ORDER BY seq`,
      [
        actorId,
        dated.map((a) => a.day),
        dated.map((a) => a.articleId),
        unique(articles.filter((a) => a.day === null).map((a) => a.articleId)),
      ],
    );
    return rows.map((r) => ({ place: r.seq, role: JSON.parse(r.role) as ResolvedRole }));
  }

  /** See `ConnectedRepository.actorRolesOn`: ranges of the roles' order index by day (see `actorRolesIn`). */
  async actorRolesOn(
    actorId: string,
    days: DaySpan[],
    country: string,
    countryless: boolean,
  ): Promise<PlacedRole[]> {
    if (days.length === 0) return [];
    const [undated, day] = roleOrder(postgresJsonText);
    const own = postgresJsonText('role', 'country');
    const { rows } = await this.db.query<{ seq: number; role: string }>(
      `SELECT DISTINCT r.seq, r.role FROM unnest($2::text[], $3::text[]) AS span(day_from, day_to)
       CROSS JOIN LATERAL (SELECT seq, role FROM connected_actor_roles
         WHERE actor_id = $1 AND (${undated}) IS FALSE AND ${day} BETWEEN span.day_from AND span.day_to
           AND (${own} = $4 OR ($5 AND ${own} IS NULL))) AS r
       ORDER BY r.seq`,
      [actorId, days.map((d) => d.from), days.map((d) => d.to), country, countryless],
    );
    return rows.map((r) => ({ place: r.seq, role: JSON.parse(r.role) as ResolvedRole }));
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

  actorsOfArticles(articleIds: string[], large?: number): Promise<ResolvedEntity[]> {
    if (articleIds.length === 0) return Promise.resolve([]);
    return this.actors(
      `connected_actors a WHERE a.id IN (
         SELECT actor_id FROM connected_members WHERE article_id = ANY($1::text[]))`,
      [unique(articleIds)],
      large,
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

  async passageHolders(keys: string[], except: string[], limit: number): Promise<Record<string, string[]>> {
    if (keys.length === 0) return {};
    // One bounded range of the (key, article) key per passage: a boilerplate passage's thousands are not read.
    const { rows } = await this.db.query<{ key: string; article_id: string }>(
      `SELECT wanted.key, held.article_id FROM unnest($1::text[]) AS wanted(key)
       CROSS JOIN LATERAL (
         SELECT article_id FROM connected_passages
         WHERE key = wanted.key AND NOT (article_id = ANY($2::text[])) ORDER BY article_id LIMIT $3) AS held
       ORDER BY wanted.key, held.article_id`,
      [unique(keys), except, limit],
    );
    return grouped(rows.map((r) => [r.key, r.article_id]));
  }

  async passageKeysOf(articleIds: string[]): Promise<Record<string, string[]>> {
    if (articleIds.length === 0) return {};
    const { rows } = await this.db.query<{ key: string; article_id: string }>(
      `SELECT article_id, key FROM connected_passages WHERE article_id = ANY($1::text[])
       ORDER BY article_id, key`,
      [unique(articleIds)],
    );
    return grouped(rows.map((r) => [r.article_id, r.key]));
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
