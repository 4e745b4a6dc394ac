import { quotePage, requireStoredActor, storedActorProfile } from '../../service/records.js';
import { trusted } from '../../service/trust.js';
import { actorNetwork } from '../network.js';
import { pageAt, pageOf, wordPageOf } from '../pagination.js';
import { route } from '../route.js';
import { ActorListing, ActorProfile, Network, QuoteItem } from '../schemas/records.js';
import { ActorParam, ActorQuery, EntitiesQuery, NetworkQuery, QuotesQuery } from '../schemas/requests.js';

export const actorRoutes = [
  route({
    method: 'get',
    path: '/api/entities',
    tag: 'actors',
    summary: 'Actors resolved across articles, most mentioned first',
    query: EntitiesQuery,
    response: pageOf(ActorListing),
    async handle({ query }, { store, dossier }) {
      return dossier.stored(`actors:${JSON.stringify(query)}`, async () => {
        const { items, total } = await store.views.actorPage(
          { q: query.q, type: query.type },
          query,
          query.each,
        );
        return pageAt(query, {
          items: items.map(({ entity, counts }) => ({
            ...entity,
            omitted: {
              members: counts.members - entity.members.length,
              roles: counts.roles - entity.roles.length,
            },
          })),
          total,
        });
      });
    },
  }),

  route({
    method: 'get',
    path: '/api/actors/:idOrName',
    tag: 'actors',
    summary: 'One actor across every article: roles over time, positions, quotes, events',
    params: ActorParam,
    query: ActorQuery,
    response: ActorProfile,
    async handle({ params, query }, { store, dossier }) {
      return dossier.stored(`actor:${params.idOrName}:${JSON.stringify(query)}`, async () => {
        const actor = await requireStoredActor(store, params.idOrName);
        const { eventCounts, counts, ...profile } = await storedActorProfile(store, actor, query);
        const quotes = trusted(
          'quotes',
          profile.quotes.map((q) => ({ ...q, confidence: q.quote.confidence })),
          query.all,
        );
        return {
          ...profile,
          quotes: quotes.items.slice(0, query.limit),
          hidden: { quotes: quotes.hidden, events: eventCounts.hidden },
          omitted: {
            quotes: Math.max(0, quotes.items.length - query.limit),
            events: eventCounts.total - profile.events.length,
            members: counts.members - profile.entity.members.length,
            roles: counts.roles - profile.roles.length,
            articles: Math.max(0, counts.articles - query.limit),
          },
        };
      });
    },
  }),

  route({
    method: 'get',
    path: '/api/quotes',
    tag: 'actors',
    summary: 'Every quote across articles, oldest first, with its speaker resolved and its sentence',
    query: QuotesQuery,
    response: wordPageOf('quotes', QuoteItem),
    async handle({ query }, { store, dossier }) {
      return dossier.stored(`quotes:${JSON.stringify(query)}`, async () =>
        pageAt(query, await quotePage(store, query, query)),
      );
    },
  }),

  route({
    method: 'get',
    path: '/api/network',
    tag: 'actors',
    summary: 'Who met, demanded, sanctioned or attacked whom, from the merged events',
    query: NetworkQuery,
    response: Network,
    async handle({ query }, { store, dossier }) {
      return dossier.stored(`network:${JSON.stringify(query)}`, async () => {
        // Bounded by its busiest edges and a sample of each edge's events: the whole network of a large
        // store is megabytes a request, and an edge's events are paged by `/api/events`.
        const { edges, ...counts } = await store.views.networkEdges(query.all, query.limit, query.each);
        // Heads: a node shows an actor's name, type, country and mentions, never its members and roles.
        const actors = await store.actorHeadsById([...new Set(edges.flatMap((e) => [e.source, e.target]))]);
        return { ...actorNetwork(actors, edges), ...counts };
      });
    },
  }),
];
