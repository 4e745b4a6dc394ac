import { SHOWN_FROM, type TrustedKind } from '../core/confidence.js';
import { DISCREPANCY_KINDS } from '../core/connected.js';
import type {
  ActorHead,
  Discrepancy,
  DiscrepancyKind,
  MergedEvent,
  ResolvedEntity,
  Series,
  Story,
} from '../core/connected.js';
import type {
  ActorListing,
  ActorSlice,
  Dated,
  EventFilter,
  NetworkEdges,
  QuoteFilter,
  RecordPage,
  RecordPageQuery,
  RecordViews,
} from '../core/ports.js';
import type { ArticleFigure, ArticleQuote } from '../core/reading-items.js';
import {
  binary,
  datedItem,
  IN_BATCH,
  ITEM_COLUMNS,
  ITEM_KEY,
  ITEM_ORDER,
  itemConditions,
  records,
  Sql,
  type ReadQuery,
} from './record-sql.js';
import { actorEventPage } from './actor-events.js';
import { readActors } from './actor-rows.js';
import { actorHeadsHolding, actorHeadsNamed, actorListings, actorSlice, holding } from './actor-views.js';
import { networkEdges } from './network-edges.js';
import { wordPage } from './word-pages.js';

/** Which kept total a page's counts are (`record_counts`, migration 15): its table's, or one part's. */
interface KeptTotal {
  part?: number;
}

/**
 * `RecordViews` in plain SQL both stores speak: each page is one indexed query for its rows and one for
 * its counts, over the columns the stores keep beside each record (`connected-rows.ts`).
 */
export class SqlRecordViews implements RecordViews {
  constructor(private readonly db: ReadQuery) {}

  /**
   * A filtered page: its rows in `order`, the confident ones of `kind` only unless `all`, with both counts. The
   * counts are the kept ones (`record_counts`) when `kept` says the filter is one they are kept for (none,
   * or a part), so an unfiltered page costs the same at any size; otherwise the filter's rows are counted.
   */
  private async page<T>(
    kind: TrustedKind,
    from: string,
    where: (sql: Sql, counting: boolean) => string[],
    order: string,
    page: RecordPageQuery,
    kept: KeptTotal | null,
    columns = 'record',
    item: (row: Record<string, unknown>) => T = (row) => JSON.parse(row.record as string) as T,
    key?: string,
    bound?: number,
  ): Promise<RecordPage<T>> {
    const counting = new Sql(this.db);
    let counted: string;
    if (from === 'connected_events' && !kept) {
      // An events filter is counted as two ranges of confidence: each a range of an index holding the filter's column and the
      // confidence (migrations 10 and 28), which both planners read alone. Asked for its rows' confidence
      // whatever it is, SQLite looks each event up by its key and reads the record the confidence sits after.
      const range = (test: string) => {
        const conditions = [...where(counting, true), `confidence ${test} ${counting.v(SHOWN_FROM[kind])}`];
        return `(SELECT COUNT(*) FROM ${from} WHERE ${conditions.join(' AND ')})`;
      };
      counted = `SELECT ${range('>=')} AS confident, ${range('<')} AS below`;
    } else if (kept) {
      // Bound first, as it comes first in the text: SQLite's `?` placeholders take the values in order.
      const confident = counting.v(SHOWN_FROM[kind]);
      const table = counting.v(from);
      const part = kept.part === undefined ? '' : ` AND part = ${counting.v(kept.part)}`;
      counted = `SELECT SUM(n) AS n, SUM(CASE WHEN confidence >= ${confident} THEN n ELSE 0 END) AS confident
        FROM record_counts WHERE tbl = ${table}${part}`;
    } else {
      const confident = counting.v(SHOWN_FROM[kind]);
      const conditions = where(counting, true);
      const filter = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
      // A word filter's matches are counted up to `bound` (`wordPage`): PostgreSQL's trigram index then
      // reads the heap pages of the first matches only, not of a common word's every one.
      const source =
        bound === undefined
          ? from
          : `(SELECT confidence FROM ${from} ${filter} LIMIT ${counting.v(bound + 1)}) f`;
      counted = `SELECT COUNT(*) AS n, SUM(CASE WHEN confidence >= ${confident} THEN 1 ELSE 0 END) AS confident
        FROM ${source} ${bound === undefined ? filter : ''}`;
    }
    const [counts] = await this.db.all(counted, counting.values);
    const sure = Number(counts?.confident ?? 0);
    const all = counts?.below === undefined ? Number(counts?.n ?? 0) : sure + Number(counts.below);
    const listing = new Sql(this.db);
    const rowConditions = where(listing, false);
    if (!page.all) rowConditions.push(`confidence >= ${listing.v(SHOWN_FROM[kind])}`);
    const rowFilter = rowConditions.length > 0 ? `WHERE ${rowConditions.join(' AND ')}` : '';
    const paged = `ORDER BY ${order} LIMIT ${listing.v(page.limit)} OFFSET ${listing.v(page.offset)}`;
    // With a `key`, the page's keys are chosen first (from an index, where one covers the filter and the
    // order) and only the page's rows are read whole: a filter's every match read with its record, to be
    // sorted, cost what the matches weigh.
    const rows = await this.db.all(
      key === undefined
        ? `SELECT ${columns} FROM ${from} ${rowFilter} ${paged}`
        : `SELECT ${columns} FROM ${from} WHERE (${key}) IN (SELECT ${key} FROM ${from} ${rowFilter} ${paged})
           ORDER BY ${order}`,
      listing.values,
    );
    return {
      items: rows.map(item),
      total: page.all ? all : sure,
      hidden: page.all ? 0 : all - sure,
      ...(bound !== undefined && all > bound ? { more: true as const } : {}),
    };
  }

  eventPage(
    filter: EventFilter,
    order: 'stored' | 'timeline',
    page: RecordPageQuery,
  ): Promise<RecordPage<MergedEvent>> {
    const { actorId, ...rest } = filter;
    // An actor's profile or timeline: its page walks the actor's rows in that order, its counts are kept.
    if (actorId !== undefined && Object.values(rest).every((value) => value === undefined))
      return actorEventPage(this.db, actorId, order, page);
    const where = (sql: Sql) => {
      const conditions: string[] = [];
      if (filter.storyId !== undefined) conditions.push(`story_id = ${sql.v(filter.storyId)}`);
      if (filter.actorId !== undefined)
        conditions.push(
          `id IN (SELECT event_id FROM connected_event_actors WHERE actor_id = ${sql.v(filter.actorId)})`,
        );
      if (filter.tie !== undefined)
        // The edge's ties, sought in its index (migration 16).
        conditions.push(
          `id IN (SELECT event_id FROM connected_event_ties WHERE source = ${sql.v(filter.tie.source)}
             AND target = ${sql.v(filter.tie.target)} AND type = ${sql.v(filter.tie.type)})`,
        );
      if (filter.from !== undefined) conditions.push(`day_to >= ${sql.v(filter.from)}`);
      if (filter.to !== undefined) conditions.push(`day_from <= ${sql.v(filter.to)}`);
      return conditions;
    };
    const unfiltered = Object.values(filter).every((value) => value === undefined);
    return this.page(
      'events',
      'connected_events',
      where,
      order === 'stored' ? 'ord, id' : 'timeline, id',
      page,
      unfiltered ? {} : null,
      'record',
      undefined,
      // An actor's events are found by id: their keys are paged from the index beside the id (migration
      // 28). All events are paged from their order's index, which holds the confidence (migration 29):
      // SQLite looks a row of a table without rowid up as soon as its index entry is read, so walked for
      // the whole rows, a page of confident events read every event it skipped. A story's events (and
      // dates') walk an index of their own, which the page's keys alone would leave for a sort. An edge's
      // events are found by id as an actor's are.
      filter.actorId !== undefined || filter.tie !== undefined || unfiltered ? 'id' : undefined,
    );
  }

  async eventsById(ids: string[]): Promise<MergedEvent[]> {
    if (ids.length === 0) return [];
    const sql = new Sql(this.db);
    const list = [...new Set(ids)].map((id) => sql.v(id)).join(', ');
    return records(
      await this.db.all(`SELECT record FROM connected_events WHERE id IN (${list}) ORDER BY id`, sql.values),
    );
  }

  async actorPage(
    filter: { q?: string | undefined; type?: string | undefined },
    page: { limit: number; offset: number },
    each: number,
  ): Promise<{ items: ActorListing[]; total: number }> {
    const where = (sql: Sql) => {
      const conditions: string[] = [];
      if (filter.type !== undefined) conditions.push(`type = ${sql.v(filter.type)}`);
      if (filter.q !== undefined) conditions.push(holding(this.db, filter.q, sql));
      return conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    };
    const counting = new Sql(this.db);
    const [count] = await this.db.all(
      `SELECT COUNT(*) AS n FROM connected_actors ${where(counting)}`,
      counting.values,
    );
    const listing = new Sql(this.db);
    const rows = await this.db.all(
      `SELECT id, record FROM connected_actors ${where(listing)} ORDER BY mentions DESC, name, id
       LIMIT ${listing.v(page.limit)} OFFSET ${listing.v(page.offset)}`,
      listing.values,
    );
    return { items: await actorListings(this.db, rows, each), total: Number(count?.n ?? 0) };
  }

  actorHeadsNamed(name: string): Promise<ActorHead[]> {
    return actorHeadsNamed(this.db, name);
  }

  actorHeadsHolding(q: string, limit: number): Promise<ActorHead[]> {
    return actorHeadsHolding(this.db, q, limit);
  }

  actorSlice(id: string, limit: number): Promise<ActorSlice | null> {
    return actorSlice(this.db, id, limit);
  }

  async actorsNamed(name: string): Promise<ResolvedEntity[]> {
    const sql = new Sql(this.db);
    const rows = await this.db.all(
      `SELECT id, record FROM connected_actors WHERE id IN (
         SELECT actor_id FROM connected_actor_names WHERE name = ${sql.v(name.toLowerCase())})
       ORDER BY mentions DESC, name, id`,
      sql.values,
    );
    return readActors(this.db, rows);
  }

  discrepancyPage(kind: string | undefined, page: RecordPageQuery): Promise<RecordPage<Discrepancy>> {
    const rank = kind === undefined ? null : DISCREPANCY_KINDS.indexOf(kind as DiscrepancyKind);
    return this.page(
      'discrepancies',
      'connected_discrepancies',
      (sql) => (rank === null ? [] : [`kind_rank = ${sql.v(rank)}`]),
      'kind_rank, scope, id',
      page,
      rank === null ? {} : { part: rank },
    );
  }

  async discrepanciesOfScopes(scopes: string[]): Promise<Discrepancy[]> {
    const rows = await this.rowsIn(
      scopes,
      (list) => `SELECT kind_rank, scope, id, record FROM connected_discrepancies WHERE scope IN (${list})`,
    );
    // Batches come apart: ordered here as `discrepancyPage` orders them.
    rows.sort(
      (a, b) =>
        Number(a.kind_rank) - Number(b.kind_rank) ||
        binary(a.scope as string, b.scope as string) ||
        binary(a.id as string, b.id as string),
    );
    return records(rows);
  }

  seriesPage(page: RecordPageQuery): Promise<RecordPage<Series>> {
    return this.page('series', 'connected_series', () => [], 'first_as_of, id', page, {});
  }

  async seriesById(ids: string[]): Promise<Series[]> {
    const rows = await this.rowsIn(
      ids,
      (list) => `SELECT id, record FROM connected_series WHERE id IN (${list})`,
    );
    return records(rows.sort((a, b) => binary(a.id as string, b.id as string)));
  }

  async storiesReportedBy(articleIds: string[]): Promise<string[]> {
    const rows = await this.rowsIn(
      articleIds,
      (list) =>
        `SELECT DISTINCT e.story_id FROM connected_event_articles ea
         JOIN connected_events e ON e.id = ea.event_id WHERE ea.article_id IN (${list})`,
    );
    return [...new Set(rows.map((r) => r.story_id as string))].sort(binary);
  }

  quotePage(filter: QuoteFilter, page: RecordPageQuery): Promise<RecordPage<Dated<ArticleQuote>>> {
    const where = (sql: Sql, counting: boolean) => {
      const conditions = itemConditions(this.db, sql, 'article_quotes', filter.q, counting);
      if (filter.speakerId !== undefined)
        conditions.push(
          `speaker IN (SELECT member FROM connected_members WHERE actor_id = ${sql.v(filter.speakerId)})`,
        );
      // A day range compares the date's day; an undated article is in no bounded range.
      if (filter.from !== undefined) conditions.push(`substr(published, 1, 10) >= ${sql.v(filter.from)}`);
      if (filter.to !== undefined) conditions.push(`substr(published, 1, 10) <= ${sql.v(filter.to)}`);
      return conditions;
    };
    const { speakerId, q, from, to } = filter;
    const unfiltered = [speakerId, q, from, to].every((value) => value === undefined);
    const sorted = (bound?: number) =>
      this.page(
        'quotes',
        'article_quotes',
        where,
        ITEM_ORDER,
        page,
        unfiltered ? {} : null,
        ITEM_COLUMNS,
        datedItem<ArticleQuote>,
        ITEM_KEY,
        bound,
      );
    // Only a word alone is walked: a speaker or a day range is not in the order's index entries.
    return q !== undefined && [speakerId, from, to].every((value) => value === undefined)
      ? wordPage(this.db, 'quotes', 'article_quotes', q, page, datedItem<ArticleQuote>, sorted)
      : sorted();
  }

  figurePage(q: string | undefined, page: RecordPageQuery): Promise<RecordPage<Dated<ArticleFigure>>> {
    const sorted = (bound?: number) =>
      this.page(
        'figures',
        'article_figures',
        (sql, counting) => itemConditions(this.db, sql, 'article_figures', q, counting),
        ITEM_ORDER,
        page,
        q === undefined ? {} : null,
        ITEM_COLUMNS,
        datedItem<ArticleFigure>,
        ITEM_KEY,
        bound,
      );
    return q === undefined
      ? sorted()
      : wordPage(this.db, 'figures', 'article_figures', q, page, datedItem<ArticleFigure>, sorted);
  }

  networkEdges(all: boolean, limit: number, each: number): Promise<NetworkEdges> {
    return networkEdges(this.db, all, limit, each);
  }

  async storyPage(page: { limit: number; offset: number }): Promise<{ items: Story[]; total: number }> {
    const [count] = await this.db.all('SELECT COUNT(*) AS n FROM stories', []);
    const sql = new Sql(this.db);
    const rows = await this.db.all(
      `SELECT id, title, date_from, date_to FROM stories ORDER BY date_from NULLS FIRST, id
       LIMIT ${sql.v(page.limit)} OFFSET ${sql.v(page.offset)}`,
      sql.values,
    );
    return { items: await this.withMembers(rows), total: Number(count?.n ?? 0) };
  }

  async getStory(id: string): Promise<Story | null> {
    const sql = new Sql(this.db);
    // A story merged into another answers with the story kept (`story_redirects`).
    const rows = await this.db.all(
      `SELECT id, title, date_from, date_to FROM stories
       WHERE id = ${sql.v(id)} OR id = (SELECT story_id FROM story_redirects WHERE id = ${sql.v(id)})
       ORDER BY CASE WHEN id = ${sql.v(id)} THEN 0 ELSE 1 END LIMIT 1`,
      sql.values,
    );
    return (await this.withMembers(rows))[0] ?? null;
  }

  /** The rows `query` finds for each batch of `values`, bound as the `IN (…)` list it is given. */
  private async rowsIn(
    values: string[],
    query: (list: string) => string,
  ): Promise<Array<Record<string, unknown>>> {
    const distinct = [...new Set(values)];
    const rows: Array<Record<string, unknown>> = [];
    for (let i = 0; i < distinct.length; i += IN_BATCH) {
      const sql = new Sql(this.db);
      const list = distinct
        .slice(i, i + IN_BATCH)
        .map((value) => sql.v(value))
        .join(', ');
      rows.push(...(await this.db.all(query(list), sql.values)));
    }
    return rows;
  }

  /** Stories with their articles (by publication date, then ingestion order) and events (stored order). */
  private async withMembers(rows: Array<Record<string, unknown>>): Promise<Story[]> {
    if (rows.length === 0) return [];
    const sql = new Sql(this.db);
    const ids = rows.map((r) => sql.v(r.id)).join(', ');
    const articles = await this.db.all(
      `SELECT sa.story_id AS owner, sa.article_id AS member FROM story_articles sa
       JOIN articles a ON a.id = sa.article_id WHERE sa.story_id IN (${ids})
       ORDER BY a.published NULLS FIRST, a.seq`,
      sql.values,
    );
    const events = await this.db.all(
      `SELECT story_id AS owner, id AS member FROM connected_events WHERE story_id IN (${ids})
       ORDER BY ord, id`,
      sql.values,
    );
    const grouped = (found: Array<Record<string, unknown>>) => {
      const byOwner = new Map<string, string[]>();
      for (const row of found) {
        const owner = row.owner as string;
        const members = byOwner.get(owner);
        if (members) members.push(row.member as string);
        else byOwner.set(owner, [row.member as string]);
      }
      return byOwner;
    };
    const articlesOf = grouped(articles);
    const eventsOf = grouped(events);
    return rows.map((r) => ({
      id: r.id as string,
      title: r.title as string,
      articleIds: articlesOf.get(r.id as string) ?? [],
      eventIds: eventsOf.get(r.id as string) ?? [],
      from: (r.date_from as string | null) ?? null,
      to: (r.date_to as string | null) ?? null,
    }));
  }
}
