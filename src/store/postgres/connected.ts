import { eventTies } from '../../core/connected.js';
import type { Discrepancy, MergedEvent, ResolvedEntity, Series } from '../../core/connected.js';
import type { ConnectedUpdate } from '../../core/ports.js';
import { actorColumns, actorNames, discrepancyRank, seriesFirstAsOf } from '../connected-rows.js';
import type { Queryable } from './connection.js';
import { WriteBatch } from './write-batch.js';

const articleOf = (member: string) => member.slice(0, member.indexOf('/'));
const unique = (values: string[]) => [...new Set(values)];

/**
 * The connected records, as in SQLite (`../sqlite/connected.ts`): each a JSON record under its id, with
 * index tables for every key connecting looks it up by; each write of many rows is one statement over
 * arrays, not a round trip per row.
 */
export class ConnectedTables {
  constructor(private readonly db: Queryable) {}

  private async records<T>(sql: string, values: unknown[] = []): Promise<T[]> {
    const { rows } = await this.db.query<{ record: string }>(sql, values);
    return rows.map((r) => JSON.parse(r.record) as T);
  }

  private async column(sql: string, values: string[]): Promise<string[]> {
    if (values.length === 0) return [];
    const { rows } = await this.db.query<{ value: string }>(sql, [unique(values)]);
    return rows.map((r) => r.value);
  }

  actorsByKeys(keys: string[], perKey: number): Promise<ResolvedEntity[]> {
    if (keys.length === 0) return Promise.resolve([]);
    // One bounded range of the (key, mentions) index per key: a common name's thousands of actors are not read.
    return this.records(
      `SELECT record FROM connected_actors WHERE id IN (
         SELECT ranked.actor_id FROM unnest($1::text[]) AS wanted(key)
         CROSS JOIN LATERAL (
           SELECT actor_id FROM connected_actor_keys WHERE key = wanted.key
           ORDER BY mentions DESC, actor_id LIMIT $2) AS ranked) ORDER BY id`,
      [unique(keys), perKey],
    );
  }

  actorsOfMembers(members: string[]): Promise<ResolvedEntity[]> {
    if (members.length === 0) return Promise.resolve([]);
    return this.records(
      `SELECT record FROM connected_actors WHERE id IN (
         SELECT actor_id FROM connected_members WHERE member = ANY($1::text[])) ORDER BY id`,
      [unique(members)],
    );
  }

  actorsById(ids: string[]): Promise<ResolvedEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.records('SELECT record FROM connected_actors WHERE id = ANY($1::text[]) ORDER BY id', [
      unique(ids),
    ]);
  }

  actorsOfArticles(articleIds: string[]): Promise<ResolvedEntity[]> {
    if (articleIds.length === 0) return Promise.resolve([]);
    return this.records(
      `SELECT record FROM connected_actors WHERE id IN (
         SELECT actor_id FROM connected_members WHERE article_id = ANY($1::text[])) ORDER BY id`,
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
   * Called inside the store's write transaction. A statement with nothing to do is not sent (linking saves
   * twice per article, mostly with a few of these lists filled), and the rest go in one round trip: nothing
   * here reads what it writes, and a round trip is time every other writer waits for the lock.
   */
  async saveConnected(u: ConnectedUpdate): Promise<void> {
    const writes = new WriteBatch();
    // An actor removed and written again (most of them: one that gained a member) is replaced in place:
    // only its rows that differ change (see the SQLite store's `writeActor`).
    const rewritten = new Set(u.actors.map((a) => a.entity.id));
    const removed = unique(u.removeActors).filter((id) => !rewritten.has(id));
    const whole = new Set(u.removeActors);
    if (removed.length > 0) {
      writes.add('DELETE FROM connected_actor_keys WHERE actor_id = ANY($1::text[])', [removed]);
      writes.add('DELETE FROM connected_members WHERE actor_id = ANY($1::text[])', [removed]);
      writes.add('DELETE FROM connected_actor_names WHERE actor_id = ANY($1::text[])', [removed]);
      writes.add('DELETE FROM connected_actors WHERE id = ANY($1::text[])', [removed]);
    }
    if (u.removeMembers?.length)
      writes.add('DELETE FROM connected_members WHERE member = ANY($1::text[])', [unique(u.removeMembers)]);
    if (u.actors.length > 0) {
      const columns = u.actors.map((a) => actorColumns(a.entity));
      writes.add(
        `INSERT INTO connected_actors (id, record, name, type, mentions, names)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[])
         ON CONFLICT (id) DO UPDATE SET record = excluded.record, name = excluded.name, type = excluded.type,
           mentions = excluded.mentions, names = excluded.names`,
        [
          u.actors.map((a) => a.entity.id),
          u.actors.map((a) => JSON.stringify(a.entity)),
          columns.map((c) => c.name),
          columns.map((c) => c.type),
          columns.map((c) => c.mentions),
          columns.map((c) => c.names),
        ],
      );
      const ids = unique(u.actors.map((a) => a.entity.id));
      const names = u.actors.flatMap((a) => actorNames(a.entity).map((name) => [name, a.entity.id] as const));
      writes.add(
        `DELETE FROM connected_actor_names WHERE actor_id = ANY($1::text[])
           AND (name, actor_id) NOT IN (SELECT * FROM unnest($2::text[], $3::text[]))`,
        [ids, names.map((n) => n[0]), names.map((n) => n[1])],
      );
      writes.add(
        `INSERT INTO connected_actor_names (name, actor_id) SELECT * FROM unnest($1::text[], $2::text[])
         ON CONFLICT DO NOTHING`,
        [names.map((n) => n[0]), names.map((n) => n[1])],
      );
      const keys = u.actors.flatMap((a) => unique(a.keys).map((key) => [key, a.entity.id] as const));
      const members = u.actors.flatMap((a) => unique(a.members).map((m) => [m, a.entity.id] as const));
      const wholeIds = ids.filter((id) => whole.has(id));
      if (wholeIds.length > 0) {
        const ofWhole = <T extends readonly [string, string]>(rows: T[]) =>
          rows.filter((r) => whole.has(r[1]));
        writes.add(
          `DELETE FROM connected_actor_keys WHERE actor_id = ANY($1::text[])
             AND (key, actor_id) NOT IN (SELECT * FROM unnest($2::text[], $3::text[]))`,
          [wholeIds, ofWhole(keys).map((k) => k[0]), ofWhole(keys).map((k) => k[1])],
        );
        writes.add(
          `DELETE FROM connected_members WHERE actor_id = ANY($1::text[])
             AND (member, actor_id) NOT IN (SELECT * FROM unnest($2::text[], $3::text[]))`,
          [wholeIds, ofWhole(members).map((m) => m[0]), ofWhole(members).map((m) => m[1])],
        );
      }
      writes.add(
        `INSERT INTO connected_actor_keys (key, actor_id) SELECT * FROM unnest($1::text[], $2::text[])
         ON CONFLICT DO NOTHING`,
        [keys.map((k) => k[0]), keys.map((k) => k[1])],
      );
      writes.add(
        `UPDATE connected_actor_keys k SET mentions = a.mentions
         FROM unnest($1::text[], $2::int[]) AS a(id, mentions)
         WHERE k.actor_id = a.id AND k.mentions <> a.mentions`,
        [u.actors.map((a) => a.entity.id), columns.map((c) => c.mentions)],
      );
      writes.add(
        `INSERT INTO connected_members AS m (member, actor_id, article_id)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
         ON CONFLICT (member) DO UPDATE SET actor_id = excluded.actor_id, article_id = excluded.article_id
         WHERE m.actor_id <> excluded.actor_id OR m.article_id <> excluded.article_id`,
        [members.map((m) => m[0]), members.map((m) => m[1]), members.map((m) => articleOf(m[0]))],
      );
    }

    const stories = unique(u.eventStories);
    if (stories.length > 0) {
      for (const table of ['connected_event_actors', 'connected_event_ties', 'connected_event_articles'])
        writes.add(
          `DELETE FROM ${table} WHERE event_id IN (
             SELECT id FROM connected_events WHERE story_id = ANY($1::text[]))`,
          [stories],
        );
      writes.add('DELETE FROM connected_events WHERE story_id = ANY($1::text[])', [stories]);
    }
    if (u.passages.length > 0) {
      writes.add('DELETE FROM connected_passages WHERE article_id = ANY($1::text[])', [
        unique(u.passages.map((p) => p.articleId)),
      ]);
      const rows = u.passages.flatMap((p) => unique(p.keys).map((key) => [key, p.articleId] as const));
      writes.add(
        `INSERT INTO connected_passages (key, article_id)
         SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
        [rows.map((r) => r[0]), rows.map((r) => r[1])],
      );
    }
    if (u.events.length > 0) {
      const events = [...new Map(u.events.map((e) => [e.event.id, e])).values()];
      writes.add(
        `INSERT INTO connected_events (id, story_id, ord, record, timeline, day_from, day_to, confidence)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
           $7::text[], $8::float8[])
         ON CONFLICT (id) DO UPDATE SET story_id = excluded.story_id, ord = excluded.ord, record = excluded.record,
           timeline = excluded.timeline, day_from = excluded.day_from, day_to = excluded.day_to,
           confidence = excluded.confidence`,
        [
          events.map((e) => e.event.id),
          events.map((e) => e.event.storyId ?? ''),
          events.map((e) => e.order),
          events.map((e) => JSON.stringify(e.event)),
          events.map((e) => e.timeline),
          events.map((e) => e.days?.from ?? null),
          events.map((e) => e.days?.to ?? null),
          events.map((e) => e.event.confidence),
        ],
      );
      const actors = events.flatMap(({ event }) =>
        unique([...event.sourceIds, ...event.targetIds]).map(
          (a) => [a, event.id, event.storyId ?? ''] as const,
        ),
      );
      writes.add(
        `INSERT INTO connected_event_actors (actor_id, event_id, story_id)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
         ON CONFLICT (actor_id, event_id) DO UPDATE SET story_id = excluded.story_id`,
        [actors.map((a) => a[0]), actors.map((a) => a[1]), actors.map((a) => a[2])],
      );
      const ties = events.flatMap(({ event, order }) =>
        eventTies(event).map(
          (t, i) => [t.eventId, i, t.source, t.target, t.type, event.confidence, order] as const,
        ),
      );
      writes.add(
        `INSERT INTO connected_event_ties (event_id, ordinal, source, target, type, confidence, ord)
         SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::float8[],
           $7::text[])
         ON CONFLICT (event_id, ordinal) DO UPDATE SET source = excluded.source, target = excluded.target,
           type = excluded.type, confidence = excluded.confidence, ord = excluded.ord`,
        [0, 1, 2, 3, 4, 5, 6].map((k) => ties.map((t) => t[k])),
      );
      const articles = events.flatMap(({ event }) =>
        unique(event.evidence.map((e) => e.articleId)).map((a) => [a, event.id] as const),
      );
      writes.add(
        `INSERT INTO connected_event_articles (article_id, event_id)
         SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
        [articles.map((a) => a[0]), articles.map((a) => a[1])],
      );
    }

    if (u.dropMeasures.length > 0)
      writes.add('DELETE FROM connected_measures WHERE measure_id = ANY($1::text[])', [
        unique(u.dropMeasures),
      ]);
    if (u.measureArticles.length > 0) {
      writes.add('DELETE FROM connected_measures WHERE article_id = ANY($1::text[])', [
        u.measureArticles.map((m) => m.articleId),
      ]);
      const rows = u.measureArticles.flatMap((m) =>
        unique(m.measureIds).map((id) => [id, m.articleId] as const),
      );
      writes.add(
        `INSERT INTO connected_measures (measure_id, article_id)
         SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
        [rows.map((r) => r[0]), rows.map((r) => r[1])],
      );
    }
    if (u.removeSeries.length > 0)
      writes.add('DELETE FROM connected_series WHERE id = ANY($1::text[])', [unique(u.removeSeries)]);
    if (u.series.length > 0) {
      const series = [...new Map(u.series.map((s) => [s.id, s])).values()];
      writes.add(
        `INSERT INTO connected_series (id, record, first_as_of, confidence)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[])
         ON CONFLICT (id) DO UPDATE SET record = excluded.record, first_as_of = excluded.first_as_of,
           confidence = excluded.confidence`,
        [
          series.map((s) => s.id),
          series.map((s) => JSON.stringify(s)),
          series.map(seriesFirstAsOf),
          series.map((s) => s.confidence),
        ],
      );
    }
    if (u.removeKeptMeasures.length > 0)
      writes.add('DELETE FROM connected_measures_kept WHERE id = ANY($1::text[])', [
        unique(u.removeKeptMeasures),
      ]);
    if (u.keptMeasures.length > 0) {
      const kept = [...new Map(u.keptMeasures.map((m) => [m.id, m])).values()];
      writes.add(
        `INSERT INTO connected_measures_kept (id, record)
         SELECT * FROM unnest($1::text[], $2::text[])
         ON CONFLICT (id) DO UPDATE SET record = excluded.record`,
        [kept.map((m) => m.id), kept.map((m) => JSON.stringify(m))],
      );
    }

    if (u.discrepancyScopes.length > 0)
      writes.add('DELETE FROM connected_discrepancies WHERE scope = ANY($1::text[])', [
        unique(u.discrepancyScopes),
      ]);
    if (u.discrepancies.length > 0) {
      const rows = [
        ...new Map(u.discrepancies.map((d) => [`${d.scope}\u0000${d.discrepancy.id}`, d])).values(),
      ];
      writes.add(
        `INSERT INTO connected_discrepancies (scope, id, record, kind_rank, confidence)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::float8[])
         ON CONFLICT (scope, id) DO UPDATE SET record = excluded.record, kind_rank = excluded.kind_rank,
           confidence = excluded.confidence`,
        [
          rows.map((r) => r.scope),
          rows.map((r) => r.discrepancy.id),
          rows.map((r) => JSON.stringify(r.discrepancy)),
          rows.map((r) => discrepancyRank(r.discrepancy)),
          rows.map((r) => r.discrepancy.confidence),
        ],
      );
    }
    await writes.send(this.db);
  }

  listActors(): Promise<ResolvedEntity[]> {
    return this.records('SELECT record FROM connected_actors ORDER BY id');
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
