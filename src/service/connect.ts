import { findDiscrepancies } from '../connect/discrepancies/index.js';
import { resolveAcrossArticles } from '../connect/entities/index.js';
import { furnitureByArticle } from '../connect/furniture/index.js';
import { mergeEvents, storyOfEvent } from '../connect/events/index.js';
import { figureMeasures, seriesOf } from '../connect/series/index.js';
import { DISCREPANCY_KINDS } from '../core/connected.js';
import type {
  Discrepancy,
  DuplicatePair,
  MergedEvent,
  ReadArticle,
  ResolvedEntity,
  Series,
  Story,
} from '../core/connected.js';
import type { Store } from '../store/store.js';
import { asDecisions } from './connected-update.js';
import { linkUnlinked } from './link.js';

/** Everything the articles say together: one record per actor, event and story, and where they disagree. */
export interface ConnectedDossier {
  articles: ReadArticle[];
  entities: ResolvedEntity[];
  /** `<articleId>/<localId>` → resolved entity id. */
  memberOf: Map<string, string>;
  events: MergedEvent[];
  stories: Story[];
  duplicates: DuplicatePair[];
  discrepancies: Discrepancy[];
  series: Series[];
}

/**
 * Connects every read article from scratch: the reference the stored records (`storedDossier`) are
 * checked against, and what `dossier relink` would give. Near-duplicates and stories were kept up to date as articles arrived;
 * actors, events, series and discrepancies are derived here from the stored readings, in time linear in
 * the number of articles (blocking keys, never all pairs), with the user's merges and splits on top.
 */
export async function connectAll(store: Store): Promise<ConnectedDossier> {
  const articles: ReadArticle[] = [];
  for await (const article of store.iterateArticles()) {
    const stored = await store.getReading(article.id);
    if (stored && stored.revision === article.revision) articles.push({ article, reading: stored.reading });
  }
  const storyRows = await store.listStories();
  const storyOf = new Map<string, string>();
  for (const story of storyRows) for (const id of story.articleIds) storyOf.set(id, story.id);
  const furniture = furnitureByArticle(articles);
  const { entities, memberOf } = resolveAcrossArticles(
    articles,
    asDecisions(await store.listEntityDecisions()),
    { storyOf, furniture },
  );
  const events = mergeEvents(articles, memberOf, { storyOf, furniture }).map((event) => ({
    ...event,
    storyId: storyOfEvent(event, storyOf),
  }));
  const measures = figureMeasures(articles, memberOf, { furniture });
  const series = seriesOf(measures);
  const stories = withEventIds(storyRows, events);
  return {
    articles,
    entities,
    memberOf,
    events,
    stories,
    duplicates: await store.listDuplicates(),
    discrepancies: findDiscrepancies(articles, entities, events, measures),
    series,
  };
}

/**
 * `storedDossier` after linking whatever is left unlinked (a store brought forward by a migration that
 * rebuilds the links, an ingest killed before linking): for the CLI, where one command is the whole run.
 * Nothing to link costs one indexed lookup.
 */
export async function linkedDossier(store: Store): Promise<ConnectedDossier> {
  await linkUnlinked(store);
  return storedDossier(store);
}

// The orders `connectAll` gives the stored records in, so that a dossier read from the store (whole or
// one story's part, see `story-dossier.ts`) lists them as a computed one does.
export const actorOrder = (a: ResolvedEntity, b: ResolvedEntity): number =>
  b.mentionCount - a.mentionCount || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
export const seriesOrder = (a: Series, b: Series): number =>
  (a.points[0]?.asOf ?? '').localeCompare(b.points[0]?.asOf ?? '') || a.id.localeCompare(b.id);
/** By kind; a stable sort keeps the store's order within one. */
export const discrepancyOrder = (a: Discrepancy, b: Discrepancy): number =>
  DISCREPANCY_KINDS.indexOf(a.kind) - DISCREPANCY_KINDS.indexOf(b.kind);

/**
 * The connected dossier as the store keeps it (see `service/connected.ts`): actors, events, series and
 * discrepancies read from their tables, never recomputed, in the order `connectAll` gives them. The
 * articles' readings are loaded for the views that quote them (quotes, figures, headlines) unless
 * `readings` is false (then `articles` is empty).
 */
export async function storedDossier(
  store: Store,
  options: { readings?: boolean } = {},
): Promise<ConnectedDossier> {
  const articles: ReadArticle[] = [];
  if (options.readings !== false)
    for await (const article of store.iterateArticles()) {
      const stored = await store.getReading(article.id);
      if (stored && stored.revision === article.revision) articles.push({ article, reading: stored.reading });
    }
  const entities = (await store.listActors()).sort(actorOrder);
  const memberOf = new Map<string, string>();
  for (const e of entities) for (const key of e.members) memberOf.set(key, e.id);
  const events = await store.listEvents();
  const stories = withEventIds(await store.listStories(), events);
  const series = (await store.listSeries()).sort(seriesOrder);
  const discrepancies = (await store.listDiscrepancies()).sort(discrepancyOrder);
  return {
    articles,
    entities,
    memberOf,
    events,
    stories,
    duplicates: await store.listDuplicates(),
    discrepancies,
    series,
  };
}

/** An actor by id, or by a name or alias (case-insensitive; the most mentioned wins a tie). */
export function findActor(dossier: ConnectedDossier, query: string): ResolvedEntity | null {
  const wanted = query.trim().toLowerCase();
  const byId = dossier.entities.find((e) => e.id === query);
  if (byId) return byId;
  const matches = dossier.entities.filter(
    (e) => e.name.toLowerCase() === wanted || e.aliases.some((alias) => alias.toLowerCase() === wanted),
  );
  const pool =
    matches.length > 0 ? matches : dossier.entities.filter((e) => e.name.toLowerCase().includes(wanted));
  return pool.sort((a, b) => b.mentionCount - a.mentionCount)[0] ?? null;
}

/** Stories with their events' ids, in the events' order: one pass over the events, not one per story. */
function withEventIds(
  rows: ReadonlyArray<Pick<Story, 'id' | 'title' | 'articleIds' | 'from' | 'to'>>,
  events: readonly MergedEvent[],
): Story[] {
  const byStory = new Map<string, string[]>();
  for (const event of events) {
    if (event.storyId === null) continue;
    const ids = byStory.get(event.storyId) ?? [];
    ids.push(event.id);
    byStory.set(event.storyId, ids);
  }
  return rows.map((story) => ({
    id: story.id,
    title: story.title,
    articleIds: story.articleIds,
    eventIds: byStory.get(story.id) ?? [],
    from: story.from,
    to: story.to,
  }));
}
