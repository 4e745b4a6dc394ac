import { eventFigureDiscrepancies } from '../connect/discrepancies/event-figures.js';
import { eventDiscrepancies } from '../connect/discrepancies/events.js';
import { figureDiscrepancies } from '../connect/discrepancies/figures.js';
import { roleDiscrepancies } from '../connect/discrepancies/roles.js';
import { selfContradictions } from '../connect/discrepancies/self-contradiction.js';
import { spellingDiscrepancies } from '../connect/discrepancies/spelling.js';
import { memberKey, resolveAcrossArticles } from '../connect/entities/index.js';
import { actorKeys } from '../connect/entities/keys.js';
import { mergeEvents, storyOfEvent } from '../connect/events/index.js';
import { articlePassageKeys } from '../connect/events/passages.js';
import { articleEventReports, reportedFigures, reportsVersion } from '../connect/events/reports.js';
import { furnitureSentences, sentenceKeys } from '../connect/furniture/index.js';
import { measuresWithFacts, seriesOf, withoutFacts } from '../connect/series/index.js';
import type { Entity } from '../core/analysis.js';
import type { MergedEvent, ReadArticle, ResolvedEntity } from '../core/connected.js';
import type { ArticleReading } from '../core/types.js';
import type { Store } from '../store/store.js';
import { emptyUpdate } from '../core/record-ports.js';
import { asDecisions, eventRow, scoped } from './connected-update.js';

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/**
 * Every connected record computed at once from every read article, as `connectAll` computes them, and
 * written with the same scopes incremental linking writes: the bulk path for building a large store
 * (the benches' generated stores), never a request's.
 */
export async function rebuildConnected(
  store: Store,
  /** The reading of each article when the caller holds them (shared by many copies), else the stored ones. */
  readingOf?: (articleId: string) => ArticleReading | undefined,
): Promise<void> {
  const articles: ReadArticle[] = [];
  for await (const article of store.iterateArticles()) {
    const known = readingOf?.(article.id);
    if (known) {
      articles.push({ article, reading: known });
      continue;
    }
    const stored = await store.getReading(article.id);
    if (stored && stored.revision === article.revision) articles.push({ article, reading: stored.reading });
  }
  const storyOf = new Map<string, string>();
  for (const story of await store.listStories()) for (const id of story.articleIds) storyOf.set(id, story.id);
  const keysOf = articles.map((read) => sentenceKeys(read));
  const holders = new Map<string, number>();
  for (const keys of keysOf) for (const { key } of keys) holders.set(key, (holders.get(key) ?? 0) + 1);
  const repeated = new Set([...holders].filter(([, n]) => n > 1).map(([key]) => key));
  const furniture = new Map(
    articles.map((read, i) => [read.article.id, furnitureSentences(keysOf[i]!, repeated)]),
  );
  const context = { storyOf, furniture };
  const { entities, memberOf, hidden } = resolveAcrossArticles(
    articles,
    asDecisions(await store.listEntityDecisions()),
    context,
  );
  const entityOf = new Map<string, Entity>();
  for (const read of articles)
    for (const entity of read.reading.entities) entityOf.set(memberKey(read.article.id, entity.id), entity);
  const byId = new Map(articles.map((r) => [r.article.id, r]));
  const published = new Map(articles.map((r) => [r.article.id, r.article.published?.slice(0, 10) ?? '']));
  const update = emptyUpdate();
  const rows = (entity: ResolvedEntity) => ({
    entity,
    keys: unique(entity.members.flatMap((m) => (entityOf.has(m) ? actorKeys(entityOf.get(m)!) : []))),
    members: entity.members,
    roles: entity.roles,
  });
  update.actors = entities.map(rows);
  update.hidden = hidden.map(rows);
  for (const a of entities)
    update.discrepancies.push(
      ...scoped(`actor:${a.id}`, roleDiscrepancies([a])),
      ...scoped(`spelling:${a.id}`, spellingDiscrepancies([a], byId)),
    );
  const events = mergeEvents(articles, memberOf, context).map((event) => ({
    ...event,
    storyId: storyOfEvent(event, storyOf),
  }));
  const byStory = new Map<string, MergedEvent[]>();
  for (const event of events) {
    const story = event.storyId ?? '';
    byStory.set(story, [...(byStory.get(story) ?? []), event]);
    update.events.push(eventRow(event, published));
  }
  const entityById = new Map(entities.map((e) => [e.id, e]));
  for (const [story, inStory] of byStory) {
    const named = unique(inStory.flatMap((e) => [...e.sourceIds, ...e.targetIds])).flatMap(
      (id) => entityById.get(id) ?? [],
    );
    update.discrepancies.push(
      ...scoped(`story:${story}`, [
        ...eventDiscrepancies(inStory, named),
        ...eventFigureDiscrepancies(inStory, named, byId),
      ]),
    );
  }
  update.passages = articles.map((read) => ({
    articleId: read.article.id,
    keys: articlePassageKeys(read, furniture.get(read.article.id)),
  }));
  // Every article's event reports, as linking keeps them (`Readings.reports`).
  update.eventReports = articles.map((read, i) => {
    const reports = articleEventReports(read, keysOf[i]);
    const figures = reportedFigures(read, reports);
    return { articleId: read.article.id, version: reportsVersion(read.article), reports, figures };
  });
  // Kept with their points' facts, as linking keeps them (`connected-measures.ts`).
  const measures = measuresWithFacts(articles, memberOf, context);
  const measuresOf = new Map<string, string[]>();
  for (const m of measures)
    for (const p of m.points)
      for (const source of p.sources)
        measuresOf.set(source, unique([...(measuresOf.get(source) ?? []), m.id]));
  update.measureArticles = [...measuresOf].map(([articleId, measureIds]) => ({ articleId, measureIds }));
  update.series = seriesOf(measures.map(withoutFacts));
  update.keptMeasures = measures;
  for (const m of measures)
    update.discrepancies.push(...scoped(`measure:${m.id}`, figureDiscrepancies([m], byId)));
  // A self-contradiction is one article's: its scope is that article.
  for (const found of selfContradictions(articles, entities, memberOf))
    update.discrepancies.push(...scoped(`article:${found.variants[0]?.articleIds[0] ?? ''}`, [found]));
  await store.transaction(async (tx) => {
    await tx.markFurniture([...repeated], '');
    await tx.saveConnected(update);
  });
}
