import type { EventType } from '../../core/analysis.js';
import { NotFoundError, UsageError } from '../../core/errors.js';
import type { EventFilter } from '../../core/ports.js';
import {
  eventPage,
  namedPage,
  readAll,
  requireStoredActor,
  storyTimeline,
  timelinePage,
} from '../../service/records.js';
import type { Store } from '../../store/store.js';
import { pageAt, pageOf, trustedPageOf } from '../pagination.js';
import { route } from '../route.js';
import { EventDetail, NamedEvent, Story, StoryDetail, TimelineEntry } from '../schemas/records.js';
import { EventsQuery, IdParam, PageQuery } from '../schemas/requests.js';
import type { DayRange } from '../views.js';
import { summaryOf } from '../views.js';

export const eventRoutes = [
  route({
    method: 'get',
    path: '/api/events',
    tag: 'events',
    summary: 'Events merged across articles, by story, actor or date, with their headlines',
    query: EventsQuery,
    response: trustedPageOf('events', NamedEvent),
    async handle({ query }, { store, dossier }) {
      return dossier.stored(`events:${JSON.stringify(query)}`, async () =>
        pageAt(query, await eventPage(store, await eventFilter(store, query), query)),
      );
    },
  }),

  route({
    method: 'get',
    path: '/api/events/:id',
    tag: 'events',
    summary: 'One event with its headline, confidence, every report of it and the articles they are in',
    params: IdParam,
    response: EventDetail,
    async handle({ params }, { store }) {
      const [event] = await store.views.eventsById([params.id]);
      if (!event) throw new NotFoundError('event', params.id);
      const [named] = await namedPage(store, [event]);
      const reporting = await readAll(store, [...new Set(event.evidence.map((e) => e.articleId))]);
      return { event: named!, articles: reporting.map((a) => summaryOf(a.article)) };
    },
  }),

  route({
    method: 'get',
    path: '/api/timeline',
    tag: 'events',
    summary: 'Events in date order, with headline, date precision and the articles reporting them',
    query: EventsQuery,
    response: trustedPageOf('events', TimelineEntry),
    async handle({ query }, { store, dossier }) {
      return dossier.stored(`timeline:${JSON.stringify(query)}`, async () =>
        pageAt(query, await timelinePage(store, await eventFilter(store, query), query)),
      );
    },
  }),

  route({
    method: 'get',
    path: '/api/stories',
    tag: 'events',
    summary: 'Stories: articles about the same development, with their span of dates and events',
    query: PageQuery,
    response: pageOf(Story),
    async handle({ query }, { store, dossier }) {
      return dossier.stored(`stories:${JSON.stringify(query)}`, async () =>
        pageAt(query, await store.views.storyPage(query)),
      );
    },
  }),

  route({
    method: 'get',
    path: '/api/stories/:id',
    tag: 'events',
    summary: 'A story with its articles and its timeline',
    params: IdParam,
    response: StoryDetail,
    async handle({ params }, { store }) {
      const story = await store.views.getStory(params.id);
      if (!story) throw new NotFoundError('story', params.id);
      const articles = await readAll(store, story.articleIds);
      return {
        story,
        articles: articles.map((a) => summaryOf(a.article)),
        timeline: await storyTimeline(store, story.id),
      };
    },
  }),
];

/** What the events and timeline endpoints filter by, with the actor found by id, name or alias. */
async function eventFilter(
  store: Store,
  query: {
    story?: string | undefined;
    actor?: string | undefined;
    source?: string | undefined;
    target?: string | undefined;
    type?: EventType | undefined;
  } & DayRange,
): Promise<EventFilter> {
  const { source, target, type } = query;
  const edge = [source, target, type].filter((part) => part !== undefined).length;
  if (edge > 0 && edge < 3)
    throw new UsageError('source, target and type name an edge together: give all three');
  return {
    tie:
      source === undefined || target === undefined || type === undefined
        ? undefined
        : {
            source: (await requireStoredActor(store, source)).id,
            target: (await requireStoredActor(store, target)).id,
            type,
          },
    // A merged story's id names the story kept (an unknown one filters every event out, as before).
    storyId: query.story === undefined ? undefined : ((await store.currentStory(query.story)) ?? query.story),
    actorId: query.actor === undefined ? undefined : (await requireStoredActor(store, query.actor)).id,
    from: query.from,
    to: query.to,
  };
}
