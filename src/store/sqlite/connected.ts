import type Database from 'better-sqlite3';
import { KeptStatements } from './kept-statements.js';
import { eventTies } from '../../core/connected.js';
import type { Discrepancy, MergedEvent, ResolvedEntity, Series, ActorHead } from '../../core/connected.js';
import type {
  ActorSpan,
  ConnectedUpdate,
  DaySpan,
  PlacedMember,
  PlacedRole,
  RoleArticle,
} from '../../core/ports.js';
import { discrepancyRank, seriesFirstAsOf } from '../connected-rows.js';
import { ActorTables } from './connected-actors.js';
import { HiddenGroupTables } from './connected-hidden.js';

const records = <T>(rows: unknown[]): T[] =>
  (rows as Array<{ record: string }>).map((r) => JSON.parse(r.record) as T);

/**
 * The connected records (see `ConnectedRepository`): each a JSON record under its id (an actor's members
 * and roles as rows, see `connected-actors.ts`), with index tables for every key connecting looks it up by. Plain SQL; the rules that make the records are above the store.
 */
export class ConnectedTables {
  private readonly statements: KeptStatements;
  private readonly write: (update: ConnectedUpdate) => void;
  private readonly hidden = new HiddenGroupTables((sql) => this.statement(sql));
  private readonly actors = new ActorTables((sql) => this.statement(sql));

  constructor(db: Database.Database) {
    this.statements = new KeptStatements(db);
    this.write = db.transaction((update: ConnectedUpdate) => this.writeUpdate(update));
  }

  private statement(sql: string): Database.Statement {
    return this.statements.get(sql);
  }

  private byList<T>(sql: string, values: string[]): T[] {
    if (values.length === 0) return [];
    return this.statement(sql).all(JSON.stringify([...new Set(values)])) as T[];
  }

  /** The actors whose ids `ids` (a subquery over the JSON list bound to `?`) selects, by id. */
  private actorsIn(ids: string, values: string[], large?: number): ResolvedEntity[] {
    return this.actors.actorsIn(ids, values, large);
  }

  actorsByKeys(keys: string[], perKey: number, large?: number): ResolvedEntity[] {
    // One bounded range of the (key, mentions) index per key: a common name's thousands of actors are not read.
    const ranked = this.statement(
      'SELECT actor_id FROM connected_actor_keys WHERE key = ? ORDER BY mentions DESC, actor_id LIMIT ?',
    );
    const ids = new Set<string>();
    for (const key of new Set(keys))
      for (const row of ranked.all(key, perKey) as Array<{ actor_id: string }>) ids.add(row.actor_id);
    return this.actorsIn('SELECT value FROM json_each(?)', [...ids], large);
  }

  actorsOfMembers(members: string[], large?: number): ResolvedEntity[] {
    return this.actorsIn(
      'SELECT actor_id FROM connected_members WHERE member IN (SELECT value FROM json_each(?))',
      members,
      large,
    );
  }

  actorSpans(actorIds: string[], articles: number): Record<string, ActorSpan> {
    return this.actors.spans(actorIds, articles);
  }

  actorMembersIn(actorIds: string[], articleIds: string[]): PlacedMember[] {
    return this.actors.membersIn(actorIds, articleIds);
  }

  lastMemberPlace(actorId: string, except: string[]): number | null {
    return this.actors.lastPlace(actorId, except);
  }

  actorRolesIn(actorId: string, articles: RoleArticle[]): PlacedRole[] {
    return this.actors.rolesIn(actorId, articles);
  }

  actorRolesOn(actorId: string, days: DaySpan[], country: string, countryless: boolean): PlacedRole[] {
    return this.actors.rolesOn(actorId, days, country, countryless);
  }

  hiddenGroupsByKeys(keys: string[], perKey: number): ResolvedEntity[] {
    return this.hidden.byKeys(keys, perKey);
  }

  hiddenGroupsOfMembers(members: string[]): ResolvedEntity[] {
    return this.hidden.ofMembers(members);
  }

  hiddenGroupsOfArticles(articleIds: string[]): ResolvedEntity[] {
    return this.hidden.ofArticles(articleIds);
  }

  actorsById(ids: string[]): ResolvedEntity[] {
    return this.actorsIn('SELECT value FROM json_each(?)', ids);
  }

  actorHeadsById(ids: string[]): ActorHead[] {
    return this.actors.headsIn(ids);
  }

  actorsOfArticles(articleIds: string[], large?: number): ResolvedEntity[] {
    return this.actorsIn(
      'SELECT actor_id FROM connected_members WHERE article_id IN (SELECT value FROM json_each(?))',
      articleIds,
      large,
    );
  }

  membersOfArticles(articleIds: string[]): Record<string, string> {
    const rows = this.byList<{ member: string; actor_id: string }>(
      'SELECT member, actor_id FROM connected_members WHERE article_id IN (SELECT value FROM json_each(?))',
      articleIds,
    );
    return Object.fromEntries(rows.map((r) => [r.member, r.actor_id]));
  }

  eventsOfStories(storyIds: string[]): MergedEvent[] {
    return records(
      this.byList(
        `SELECT record FROM connected_events WHERE story_id IN (SELECT value FROM json_each(?))
         ORDER BY ord, id`,
        storyIds,
      ),
    );
  }

  passageHolders(keys: string[], except: string[], limit: number): Record<string, string[]> {
    // One bounded range of the (key, article) key per passage: a boilerplate passage's thousands are not read.
    const holders = this.statement(
      `SELECT article_id FROM connected_passages
       WHERE key = ? AND article_id NOT IN (SELECT value FROM json_each(?)) ORDER BY article_id LIMIT ?`,
    );
    const excluded = JSON.stringify(except);
    const found: Record<string, string[]> = {};
    for (const key of new Set(keys)) {
      const rows = holders.all(key, excluded, limit) as Array<{ article_id: string }>;
      if (rows.length > 0) found[key] = rows.map((r) => r.article_id);
    }
    return found;
  }

  passageKeysOf(articleIds: string[]): Record<string, string[]> {
    const found: Record<string, string[]> = {};
    for (const { article_id, key } of this.byList<{ article_id: string; key: string }>(
      `SELECT article_id, key FROM connected_passages WHERE article_id IN (SELECT value FROM json_each(?))
       ORDER BY article_id, key`,
      articleIds,
    ))
      (found[article_id] ??= []).push(key);
    return found;
  }

  eventStoriesOfArticles(articleIds: string[]): string[] {
    return this.byList<{ story_id: string }>(
      `SELECT DISTINCT e.story_id FROM connected_event_articles a JOIN connected_events e ON e.id = a.event_id
       WHERE a.article_id IN (SELECT value FROM json_each(?)) ORDER BY e.story_id`,
      articleIds,
    ).map((r) => r.story_id);
  }

  eventArticlesOfStories(storyIds: string[]): string[] {
    return this.byList<{ article_id: string }>(
      `SELECT DISTINCT a.article_id FROM connected_events e JOIN connected_event_articles a ON a.event_id = e.id
       WHERE e.story_id IN (SELECT value FROM json_each(?)) ORDER BY a.article_id`,
      storyIds,
    ).map((r) => r.article_id);
  }

  storiesOfActors(actorIds: string[]): string[] {
    return this.byList<{ story_id: string }>(
      `SELECT DISTINCT story_id FROM connected_event_actors WHERE actor_id IN (SELECT value FROM json_each(?))
       ORDER BY story_id`,
      actorIds,
    ).map((r) => r.story_id);
  }

  storiesOfArticles(articleIds: string[]): Record<string, string> {
    const rows = this.byList<{ article_id: string; story_id: string }>(
      'SELECT article_id, story_id FROM story_articles WHERE article_id IN (SELECT value FROM json_each(?))',
      articleIds,
    );
    return Object.fromEntries(rows.map((r) => [r.article_id, r.story_id]));
  }

  articlesOfStory(storyId: string): string[] {
    const rows = this.statement(
      'SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY article_id',
    ).all(storyId) as Array<{ article_id: string }>;
    return rows.map((r) => r.article_id);
  }

  articlesOfMeasures(measureIds: string[]): string[] {
    return this.byList<{ article_id: string }>(
      `SELECT DISTINCT article_id FROM connected_measures WHERE measure_id IN (SELECT value FROM json_each(?))
       ORDER BY article_id`,
      measureIds,
    ).map((r) => r.article_id);
  }

  measuresOfArticles(articleIds: string[]): string[] {
    return this.byList<{ measure_id: string }>(
      `SELECT DISTINCT measure_id FROM connected_measures WHERE article_id IN (SELECT value FROM json_each(?))
       ORDER BY measure_id`,
      articleIds,
    ).map((r) => r.measure_id);
  }

  keptMeasures(measureIds: string[]): Series[] {
    return records(
      this.byList(
        'SELECT record FROM connected_measures_kept WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id',
        measureIds,
      ),
    );
  }

  ingestionOrder(ids: string[]): string[] {
    return this.byList<{ id: string }>(
      'SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY seq',
      ids,
    ).map((r) => r.id);
  }

  markFurniture(keys: string[], articleId: string): string[] {
    const fresh = this.byList<{ key: string }>(
      `SELECT value AS key FROM json_each(?) WHERE value NOT IN (SELECT key FROM furniture_keys)`,
      keys,
    ).map((r) => r.key);
    if (fresh.length === 0) return [];
    const json = JSON.stringify(fresh);
    this.statement('INSERT OR IGNORE INTO furniture_keys (key) SELECT value FROM json_each(?)').run(json);
    const holders = this.statement(
      `SELECT DISTINCT article_id FROM repeated_sentences WHERE key IN (SELECT value FROM json_each(?))
         AND article_id <> ? ORDER BY article_id`,
    ).all(json, articleId) as Array<{ article_id: string }>;
    return holders.map((r) => r.article_id);
  }

  furnitureKeys(keys: string[]): string[] {
    return this.byList<{ key: string }>(
      'SELECT key FROM furniture_keys WHERE key IN (SELECT value FROM json_each(?))',
      keys,
    ).map((r) => r.key);
  }

  saveConnected(update: ConnectedUpdate): void {
    this.write(update);
  }

  private writeUpdate(u: ConnectedUpdate): void {
    const json = (values: string[]) => JSON.stringify(values);
    this.actors.write(u);
    this.hidden.write(u);

    const stories = json(u.eventStories);
    this.statement(
      `DELETE FROM connected_event_actors WHERE event_id IN (
         SELECT id FROM connected_events WHERE story_id IN (SELECT value FROM json_each(?)))`,
    ).run(stories);
    this.statement(
      `DELETE FROM connected_event_ties WHERE event_id IN (
         SELECT id FROM connected_events WHERE story_id IN (SELECT value FROM json_each(?)))`,
    ).run(stories);
    this.statement(
      `DELETE FROM connected_event_articles WHERE event_id IN (
         SELECT id FROM connected_events WHERE story_id IN (SELECT value FROM json_each(?)))`,
    ).run(stories);
    this.statement('DELETE FROM connected_events WHERE story_id IN (SELECT value FROM json_each(?))').run(
      stories,
    );
    for (const { articleId, keys } of u.passages) {
      this.statement('DELETE FROM connected_passages WHERE article_id = ?').run(articleId);
      this.statement(
        'INSERT OR IGNORE INTO connected_passages (key, article_id) SELECT value, ? FROM json_each(?)',
      ).run(articleId, json(keys));
    }
    for (const { event, order, timeline, days } of u.events) {
      const story = event.storyId ?? '';
      this.statement(
        `INSERT OR REPLACE INTO connected_events
           (id, story_id, ord, record, timeline, day_from, day_to, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        event.id,
        story,
        order,
        JSON.stringify(event),
        timeline,
        days?.from ?? null,
        days?.to ?? null,
        event.confidence,
      );
      const actors = [...new Set([...event.sourceIds, ...event.targetIds])];
      // With the event's order, place in the timeline and confidence: an actor's pages and counts are read
      // from these rows alone.
      this.statement(
        `INSERT OR REPLACE INTO connected_event_actors (actor_id, event_id, story_id, ord, confidence, timeline)
         SELECT value, ?, ?, ?, ?, ? FROM json_each(?)`,
      ).run(event.id, story, order, event.confidence, timeline, json(actors));
      const tie = this.statement(
        `INSERT OR REPLACE INTO connected_event_ties (event_id, ordinal, source, target, type, confidence, ord)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const [i, t] of eventTies(event).entries())
        tie.run(t.eventId, i, t.source, t.target, t.type, event.confidence, order);
      this.statement(
        'INSERT OR IGNORE INTO connected_event_articles (article_id, event_id) SELECT value, ? FROM json_each(?)',
      ).run(event.id, json([...new Set(event.evidence.map((e) => e.articleId))]));
    }

    this.statement('DELETE FROM connected_measures WHERE measure_id IN (SELECT value FROM json_each(?))').run(
      json(u.dropMeasures),
    );
    for (const { articleId, measureIds } of u.measureArticles) {
      this.statement('DELETE FROM connected_measures WHERE article_id = ?').run(articleId);
      this.statement(
        'INSERT OR IGNORE INTO connected_measures (measure_id, article_id) SELECT value, ? FROM json_each(?)',
      ).run(articleId, json(measureIds));
    }
    this.statement('DELETE FROM connected_series WHERE id IN (SELECT value FROM json_each(?))').run(
      json(u.removeSeries),
    );
    for (const series of u.series)
      this.statement(
        'INSERT OR REPLACE INTO connected_series (id, record, first_as_of, confidence) VALUES (?, ?, ?, ?)',
      ).run(series.id, JSON.stringify(series), seriesFirstAsOf(series), series.confidence);
    this.statement('DELETE FROM connected_measures_kept WHERE id IN (SELECT value FROM json_each(?))').run(
      json(u.removeKeptMeasures),
    );
    for (const measure of u.keptMeasures)
      this.statement('INSERT OR REPLACE INTO connected_measures_kept (id, record) VALUES (?, ?)').run(
        measure.id,
        JSON.stringify(measure),
      );

    this.statement('DELETE FROM connected_discrepancies WHERE scope IN (SELECT value FROM json_each(?))').run(
      json(u.discrepancyScopes),
    );
    for (const { scope, id } of u.removeDiscrepancies ?? [])
      this.statement('DELETE FROM connected_discrepancies WHERE scope = ? AND id = ?').run(scope, id);
    for (const { scope, discrepancy } of u.discrepancies)
      this.statement(
        `INSERT OR REPLACE INTO connected_discrepancies (scope, id, record, kind_rank, confidence)
         VALUES (?, ?, ?, ?, ?)`,
      ).run(
        scope,
        discrepancy.id,
        JSON.stringify(discrepancy),
        discrepancyRank(discrepancy),
        discrepancy.confidence,
      );
  }

  listActors(): ResolvedEntity[] {
    return this.actors.list();
  }

  listEvents(): MergedEvent[] {
    return records(this.statement('SELECT record FROM connected_events ORDER BY ord, id').all());
  }

  listSeries(): Series[] {
    return records(this.statement('SELECT record FROM connected_series ORDER BY id').all());
  }

  listDiscrepancies(): Discrepancy[] {
    return records(this.statement('SELECT record FROM connected_discrepancies ORDER BY scope, id').all());
  }
}
