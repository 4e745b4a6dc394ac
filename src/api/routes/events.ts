import { NotFoundError } from '../../core/errors.js';
import { namedEvents, timelineRows } from '../../service/timeline.js';
import { pageOf, paginate, paginateTrusted, trustedPageOf } from '../pagination.js';
import { route } from '../route.js';
import { EventDetail, NamedEvent, Story, StoryDetail, TimelineEntry } from '../schemas/records.js';
import { EventsQuery, IdParam, PageQuery } from '../schemas/requests.js';
import { eventWithin, requireActor, summaryOf } from '../views.js';

export const eventRoutes = [
  route({
    method: 'get',
    path: '/api/events',
    tag: 'events',
    summary: 'Events merged across articles, by story, actor or date, with their headlines',
    query: EventsQuery,
    response: trustedPageOf(NamedEvent),
    async handle({ query }, { dossier }) {
      const connected = await dossier.get();
      const actorId = query.actor === undefined ? null : requireActor(connected, query.actor).id;
      const chosen = connected.events.filter(
        (e) =>
          (query.story === undefined || e.storyId === query.story) &&
          (actorId === null || e.sourceIds.includes(actorId) || e.targetIds.includes(actorId)) &&
          eventWithin(e, query),
      );
      return paginateTrusted(chosen.map(namedEvents(connected)), query);
    },
  }),

  route({
    method: 'get',
    path: '/api/events/:id',
    tag: 'events',
    summary: 'One event with its headline, confidence, every report of it and the articles they are in',
    params: IdParam,
    response: EventDetail,
    async handle({ params }, { dossier }) {
      const connected = await dossier.get();
      const event = connected.events.find((e) => e.id === params.id);
      if (!event) throw new NotFoundError('event', params.id);
      const reporting = new Set(event.evidence.map((e) => e.articleId));
      return {
        event: namedEvents(connected)(event),
        articles: connected.articles
          .filter((a) => reporting.has(a.article.id))
          .map((a) => summaryOf(a.article)),
      };
    },
  }),

  route({
    method: 'get',
    path: '/api/timeline',
    tag: 'events',
    summary: 'Events in date order, with headline, date precision and the articles reporting them',
    query: EventsQuery,
    response: trustedPageOf(TimelineEntry),
    async handle({ query }, { dossier }) {
      const { limit: _limit, offset: _offset, all: _all, ...filter } = query;
      const entries = await dossier.view(`timeline:${JSON.stringify(filter)}`, (connected) =>
        timelineRows(
          connected,
          {
            ...(query.story === undefined ? {} : { storyId: query.story }),
            ...(query.actor === undefined ? {} : { entityId: requireActor(connected, query.actor).id }),
          },
          (e) => eventWithin(e, query),
        ),
      );
      return paginateTrusted(entries, query);
    },
  }),

  route({
    method: 'get',
    path: '/api/stories',
    tag: 'events',
    summary: 'Stories: articles about the same development, with their span of dates and events',
    query: PageQuery,
    response: pageOf(Story),
    async handle({ query }, { dossier }) {
      return paginate((await dossier.records()).stories, query);
    },
  }),

  route({
    method: 'get',
    path: '/api/stories/:id',
    tag: 'events',
    summary: 'A story with its articles and its timeline',
    params: IdParam,
    response: StoryDetail,
    async handle({ params }, { dossier }) {
      const connected = await dossier.get();
      const story = connected.stories.find((s) => s.id === params.id);
      if (!story) throw new NotFoundError('story', params.id);
      const members = new Set(story.articleIds);
      return {
        story,
        articles: connected.articles
          .filter((a) => members.has(a.article.id))
          .map((a) => summaryOf(a.article)),
        timeline: timelineRows(connected, { storyId: story.id }),
      };
    },
  }),
];
