import { buildTimeline } from '../connect/timeline/index.js';
import { NotFoundError } from '../core/errors.js';
import type { ActorHead, MergedEvent, ReadArticle } from '../core/connected.js';
import type { EventFilter, RecordPage, RecordPageQuery } from '../core/ports.js';
import type { Store } from '../store/store.js';
import { actorProfileOf } from './actor.js';
import type { ActorProfile } from './actor.js';
import type { ConnectedDossier } from './connect.js';
import { namedEvents } from './timeline.js';
import type { NamedEvent, TimelineRow } from './timeline.js';

/**
 * The views the API shows, made from the stored records a page needs and nothing more: a page of events
 * reads its events with one indexed query, then the readings of the articles their headlines quote. What a
 * request costs grows with the page, never with the store.
 */

/** Readings asked of the store at once. */
const READ_BATCH = 200;
/** All of a record's events at once (a story's timeline, an actor's events): unpaged in the API's shape. */
const EVERY = { limit: 1_000_000, offset: 0, all: true };

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/** The read ones among `ids`, with their readings, in the order they were first stored. */
export async function readAll(store: Store, ids: readonly string[]): Promise<ReadArticle[]> {
  const ordered = ids.length > READ_BATCH ? await store.ingestionOrder([...ids]) : ids;
  const reads: ReadArticle[] = [];
  for (let i = 0; i < ordered.length; i += READ_BATCH)
    reads.push(...(await store.readArticles(ordered.slice(i, i + READ_BATCH))));
  return reads;
}

/**
 * A connected dossier holding only `events`, the articles their headlines read (each event's best-trusted
 * report) and the actors they name: what `namedEvents` needs to word them as the whole dossier would.
 */
async function sliceFor(store: Store, events: readonly MergedEvent[]): Promise<ConnectedDossier> {
  const best = events.flatMap((event) => {
    const top = [...event.evidence].sort((a, b) => b.confidence - a.confidence)[0];
    return top ? [top.articleId] : [];
  });
  const articles = await readAll(store, unique(best));
  const memberOf = new Map(Object.entries(await store.membersOfArticles(articles.map((r) => r.article.id))));
  const named = unique([...events.flatMap((e) => [...e.sourceIds, ...e.targetIds]), ...memberOf.values()]);
  // Names and headlines read an actor's head alone: a country named on the page is not read with its
  // every member and role (tens of thousands at 100k articles).
  const heads = await store.actorHeadsById(named);
  return {
    articles,
    entities: heads.map((head) => ({ ...head, members: [], roles: [] })),
    memberOf,
    events: [...events],
    stories: [],
    duplicates: [],
    discrepancies: [],
    series: [],
  };
}

/** Events with their headlines and their actors' names. */
export async function namedPage(store: Store, events: readonly MergedEvent[]): Promise<NamedEvent[]> {
  if (events.length === 0) return [];
  return events.map(namedEvents(await sliceFor(store, events)));
}

/** A page of events in their stored order, named. */
export async function eventPage(
  store: Store,
  filter: EventFilter,
  page: RecordPageQuery,
): Promise<RecordPage<NamedEvent>> {
  const found = await store.views.eventPage(filter, 'stored', page);
  return { ...found, items: await namedPage(store, found.items) };
}

/** Events as timeline rows (see `timelineRows`), in timeline order. */
async function rowsOf(store: Store, events: MergedEvent[]): Promise<TimelineRow[]> {
  const name = namedEvents(await sliceFor(store, events));
  const byId = new Map(events.map((event) => [event.id, event]));
  return buildTimeline(events).map((entry) => {
    const { headline, sourceNames, targetNames, confidence } = name(byId.get(entry.eventId)!);
    return { ...entry, headline, sourceNames, targetNames, confidence };
  });
}

/** A page of the timeline: events in date order (see `buildTimeline`), named. */
export async function timelinePage(
  store: Store,
  filter: EventFilter,
  page: RecordPageQuery,
): Promise<RecordPage<TimelineRow>> {
  const found = await store.views.eventPage(filter, 'timeline', page);
  return { ...found, items: found.items.length === 0 ? [] : await rowsOf(store, found.items) };
}

/**
 * The story a saved id names now: a story merged into another (a bridging article, `StoryUpdate.merged`)
 * is the kept story, so links saved before the merge still lead to it. NotFoundError when none.
 */
export async function requireCurrentStory(store: Store, id: string): Promise<string> {
  const current = await store.currentStory(id);
  if (current === null) throw new NotFoundError('story', id);
  return current;
}

/** A story's whole timeline. */
export async function storyTimeline(store: Store, storyId: string): Promise<TimelineRow[]> {
  const { items } = await store.views.eventPage({ storyId }, 'timeline', EVERY);
  return items.length === 0 ? [] : rowsOf(store, items);
}

/**
 * An actor by id, or by a name or alias (any case; the most mentioned wins), or else the most mentioned
 * actor whose name or an alias holds the words given; null when none does. Its head: finding it reads
 * none of its members and roles.
 */
export async function findStoredActor(store: Store, query: string): Promise<ActorHead | null> {
  const [byId] = await store.actorHeadsById([query]);
  if (byId) return byId;
  const wanted = query.trim();
  if (!wanted) return null;
  const [named] = await store.views.actorHeadsNamed(wanted);
  if (named) return named;
  const [holding] = await store.views.actorHeadsHolding(wanted, 1);
  return holding ?? null;
}

export async function requireStoredActor(store: Store, query: string): Promise<ActorHead> {
  const actor = await findStoredActor(store, query);
  if (!actor) throw new NotFoundError('actor', query);
  return actor;
}

/** What a stored actor's profile holds, and how much of the actor it left out. */
export interface StoredActorProfile extends ActorProfile {
  events: NamedEvent[];
  /** The actor's events (trusted ones unless `all`) and those below the confidence threshold. */
  eventCounts: { total: number; hidden: number };
  /** Of the actor's members, articles and roles: how many it holds (the profile lists the first `limit`). */
  counts: { members: number; articles: number; roles: number };
}

/**
 * One actor's profile (see `actorProfile`), from the quotes and stances of its first `limit` articles, the first
 * `limit` of its events, members and roles (`RecordViews.actorSlice`): it costs what one page holds,
 * however many articles name the actor (a country named in every article of a year would otherwise read
 * them all, and answer with every member).
 */
export async function storedActorProfile(
  store: Store,
  actor: ActorHead,
  page: { limit: number; all: boolean },
): Promise<StoredActorProfile> {
  const slice = await store.views.actorSlice(actor.id, page.limit);
  if (!slice) throw new NotFoundError('actor', actor.id);
  // Its members in the articles read, wherever they are in its order: whose quotes and stances are its.
  const memberOf = new Map(slice.membersIn.map((member) => [member, actor.id]));
  const found = await store.views.eventPage({ actorId: actor.id }, 'stored', { ...page, offset: 0 });
  // What the profile shows of its articles (their attributed quotes and stances), not their whole
  // readings: decoding 50 readings was the most of a first request's CPU.
  const articles = await store.actorItemsOf(slice.articleIds);
  const profile = actorProfileOf(slice.entity, articles, memberOf, found.items);
  return {
    ...profile,
    events: await namedPage(store, profile.events),
    eventCounts: { total: found.total, hidden: found.hidden },
    counts: slice.counts,
  };
}

/**
 * A page of quotes (see `RecordViews.quotePage`), each with its speaker's actor: the page's own members
 * looked up, never the whole dossier.
 */
export async function quotePage(
  store: Store,
  filter: {
    speaker?: string | undefined;
    q?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
  },
  page: RecordPageQuery,
) {
  const speakerId =
    filter.speaker === undefined ? undefined : (await requireStoredActor(store, filter.speaker)).id;
  // The filter's own fields only: the API passes its whole query (page fields too), and a page field
  // taken for a filter made the store count every quote instead of reading its kept total.
  const found = await store.views.quotePage(
    { speakerId, q: filter.q, from: filter.from, to: filter.to },
    page,
  );
  const memberOf = await store.membersOfArticles(unique(found.items.map((quote) => quote.articleId)));
  return {
    ...found,
    items: found.items.map((quote) => ({
      ...quote,
      resolvedSpeakerId: quote.speakerId ? (memberOf[quote.speakerId] ?? null) : null,
    })),
  };
}
