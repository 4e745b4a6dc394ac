import type { ResolvedEntity } from '../core/connected.js';
import { NotFoundError } from '../core/errors.js';
import type { Store } from '../store/store.js';
import { actorOrder, discrepancyOrder, seriesOrder } from './connect.js';
import type { ConnectedDossier } from './connect.js';
import { linkUnlinked } from './link.js';
import { readAll } from './records.js';

/** All of a story's events at once: a brief ranks every one of them. */
const EVERY = { limit: 1_000_000, offset: 0, all: true };

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/**
 * The part of the stored dossier that one story's brief and exports read, from queries by the story's
 * own keys (its events, its articles, their members and measures): the story's events; the readings of
 * its articles and of every other article its events or discrepancies cite (a brief numbers them as
 * sources); the discrepancies and series with a side or a point in its articles; the actors all these
 * name, each with its members in those articles only. It costs what the story holds, never what the store
 * holds. `narrowToStory` of it equals `narrowToStory` of the whole stored dossier but for near-duplicates,
 * which it leaves out, and the actors' other members and roles.
 */
export async function storyDossier(store: Store, storyId: string): Promise<ConnectedDossier> {
  const story = await store.views.getStory(storyId);
  if (!story) throw new NotFoundError('story', storyId);
  const inStory = new Set(story.articleIds);
  // `storyId` may name a story merged into this one: its records are filed under the kept id.
  const { items: events } = await store.views.eventPage({ storyId: story.id }, 'stored', EVERY);
  const storyMembers = await store.membersOfArticles(story.articleIds);
  const measures = await store.measuresOfArticles(story.articleIds);
  // Discrepancies are kept under the scope that found them (see `service/connected.ts`): an article's own
  // contradictions, an actor's roles and spellings, the dates of a story's events (whose reports may be
  // articles of this story), a measure's figures. Those touching the story are among these scopes.
  const scopes = [
    ...story.articleIds.map((id) => `article:${id}`),
    ...unique(Object.values(storyMembers)).flatMap((id) => [`actor:${id}`, `spelling:${id}`]),
    ...(await store.views.storiesReportedBy(story.articleIds)).map((id) => `story:${id}`),
    ...measures.map((id) => `measure:${id}`),
  ];
  const discrepancies = (await store.views.discrepanciesOfScopes(scopes))
    .filter((d) => d.variants.some((v) => v.articleIds.some((id) => inStory.has(id))))
    .sort(discrepancyOrder);
  const series = (await store.views.seriesById(measures))
    .filter((s) => s.points.some((p) => inStory.has(p.articleId)))
    .sort(seriesOrder);
  const articles = await readAll(
    store,
    unique([
      ...story.articleIds,
      ...events.flatMap((event) => event.evidence.map((e) => e.articleId)),
      ...discrepancies.flatMap((d) => d.variants.flatMap((v) => v.articleIds)),
    ]),
  );
  const others = articles.map((r) => r.article.id).filter((id) => !inStory.has(id));
  const memberOf = new Map(Object.entries({ ...storyMembers, ...(await store.membersOfArticles(others)) }));
  const named = unique([...events.flatMap((e) => [...e.sourceIds, ...e.targetIds]), ...memberOf.values()]);
  // Each actor with its members in the articles read, and no roles: what the brief and the story's exports
  // show of an actor (its name, type, country, mentions; whether it is in the story). Its every member and
  // role is what an actor named everywhere holds by the hundred thousand at a million articles.
  const membersOf = new Map<string, string[]>();
  for (const [member, id] of memberOf) {
    const members = membersOf.get(id);
    if (members) members.push(member);
    else membersOf.set(id, [member]);
  }
  const entities = (await store.actorHeadsById(named)).map((head): ResolvedEntity => ({
    ...head,
    roles: [],
    members: membersOf.get(head.id) ?? [],
  }));
  return {
    articles,
    entities: entities.sort(actorOrder),
    memberOf,
    events,
    stories: [story],
    duplicates: [],
    discrepancies,
    series,
  };
}

/** `storyDossier` after linking whatever is left unlinked, as `linkedDossier` does: for the CLI. */
export async function linkedStoryDossier(store: Store, storyId: string): Promise<ConnectedDossier> {
  await linkUnlinked(store);
  return storyDossier(store, storyId);
}
