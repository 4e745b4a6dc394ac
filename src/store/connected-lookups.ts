import type { ArticleOrder } from './article-order.js';
import type { Discrepancy, MergedEvent, ResolvedEntity, Series, ActorHead } from '../core/connected.js';
import type { ActorSpan, DaySpan, PlacedMember, PlacedRole, RoleArticle } from '../core/ports.js';

type Awaitable<T> = T | Promise<T>;

/** The connected tables' lookups, as either store's tables answer them (SQLite at once, PostgreSQL later). */
export interface ConnectedLookups {
  actorsByKeys(keys: string[], perKey: number, large?: number): Awaitable<ResolvedEntity[]>;
  actorsOfMembers(members: string[], large?: number): Awaitable<ResolvedEntity[]>;
  actorSpans(actorIds: string[], articles: number): Awaitable<Record<string, ActorSpan>>;
  actorMembersIn(actorIds: string[], articleIds: string[]): Awaitable<PlacedMember[]>;
  lastMemberPlace(actorId: string, except: string[]): Awaitable<number | null>;
  actorRolesIn(actorId: string, articles: RoleArticle[]): Awaitable<PlacedRole[]>;
  actorRolesOn(
    actorId: string,
    days: DaySpan[],
    country: string,
    countryless: boolean,
  ): Awaitable<PlacedRole[]>;
  hiddenGroupsByKeys(keys: string[], perKey: number): Awaitable<ResolvedEntity[]>;
  hiddenGroupsOfMembers(members: string[]): Awaitable<ResolvedEntity[]>;
  hiddenGroupsOfArticles(articleIds: string[]): Awaitable<ResolvedEntity[]>;
  actorsById(ids: string[]): Awaitable<ResolvedEntity[]>;
  actorHeadsById(ids: string[]): Awaitable<ActorHead[]>;
  actorsOfArticles(articleIds: string[], large?: number): Awaitable<ResolvedEntity[]>;
  membersOfArticles(articleIds: string[]): Awaitable<Record<string, string>>;
  eventsOfStories(storyIds: string[]): Awaitable<MergedEvent[]>;
  passageHolders(keys: string[], except: string[], limit: number): Awaitable<Record<string, string[]>>;
  passageKeysOf(articleIds: string[]): Awaitable<Record<string, string[]>>;
  eventStoriesOfArticles(articleIds: string[]): Awaitable<string[]>;
  eventArticlesOfStories(storyIds: string[]): Awaitable<string[]>;
  storiesOfActors(actorIds: string[]): Awaitable<string[]>;
  storiesOfArticles(articleIds: string[]): Awaitable<Record<string, string>>;
  articlesOfStory(storyId: string): Awaitable<string[]>;
  articlesOfMeasures(measureIds: string[]): Awaitable<string[]>;
  measuresOfArticles(articleIds: string[]): Awaitable<string[]>;
  keptMeasures(measureIds: string[]): Awaitable<Series[]>;
  ingestionOrder(ids: string[]): Awaitable<string[]>;
  furnitureKeys(keys: string[]): Awaitable<string[]>;
  listActors(): Awaitable<ResolvedEntity[]>;
  listEvents(): Awaitable<MergedEvent[]>;
  listSeries(): Awaitable<Series[]>;
  listDiscrepancies(): Awaitable<Discrepancy[]>;
}

/**
 * The lookups of `ConnectedRepository`, each handed to the store's connected tables: written once here for
 * both stores rather than as a one-line method per lookup in each. Writes stay with each store, which
 * knows its own transactions.
 */
export abstract class ConnectedLookupsStore {
  protected abstract readonly connected: ConnectedLookups;
  /** The places of the articles whose rows the store has read (see `ArticleOrder`). */
  protected abstract readonly articleOrder: ArticleOrder;

  async actorsByKeys(keys: string[], perKey: number, large?: number): Promise<ResolvedEntity[]> {
    return this.connected.actorsByKeys(keys, perKey, large);
  }

  async actorsOfMembers(members: string[], large?: number): Promise<ResolvedEntity[]> {
    return this.connected.actorsOfMembers(members, large);
  }

  async actorSpans(actorIds: string[], articles: number): Promise<Record<string, ActorSpan>> {
    return this.connected.actorSpans(actorIds, articles);
  }

  async actorMembersIn(actorIds: string[], articleIds: string[]): Promise<PlacedMember[]> {
    return this.connected.actorMembersIn(actorIds, articleIds);
  }

  async lastMemberPlace(actorId: string, except: string[]): Promise<number | null> {
    return this.connected.lastMemberPlace(actorId, except);
  }

  async actorRolesIn(actorId: string, articles: RoleArticle[]): Promise<PlacedRole[]> {
    return this.connected.actorRolesIn(actorId, articles);
  }

  async actorRolesOn(
    actorId: string,
    days: DaySpan[],
    country: string,
    countryless: boolean,
  ): Promise<PlacedRole[]> {
    return this.connected.actorRolesOn(actorId, days, country, countryless);
  }

  async hiddenGroupsByKeys(keys: string[], perKey: number): Promise<ResolvedEntity[]> {
    return this.connected.hiddenGroupsByKeys(keys, perKey);
  }

  async hiddenGroupsOfMembers(members: string[]): Promise<ResolvedEntity[]> {
    return this.connected.hiddenGroupsOfMembers(members);
  }

  async hiddenGroupsOfArticles(articleIds: string[]): Promise<ResolvedEntity[]> {
    return this.connected.hiddenGroupsOfArticles(articleIds);
  }

  async actorsById(ids: string[]): Promise<ResolvedEntity[]> {
    return this.connected.actorsById(ids);
  }

  async actorHeadsById(ids: string[]): Promise<ActorHead[]> {
    return this.connected.actorHeadsById(ids);
  }

  async actorsOfArticles(articleIds: string[], large?: number): Promise<ResolvedEntity[]> {
    return this.connected.actorsOfArticles(articleIds, large);
  }

  async membersOfArticles(articleIds: string[]): Promise<Record<string, string>> {
    return this.connected.membersOfArticles(articleIds);
  }

  async eventsOfStories(storyIds: string[]): Promise<MergedEvent[]> {
    return this.connected.eventsOfStories(storyIds);
  }

  async passageHolders(keys: string[], except: string[], limit: number): Promise<Record<string, string[]>> {
    return this.connected.passageHolders(keys, except, limit);
  }

  async passageKeysOf(articleIds: string[]): Promise<Record<string, string[]>> {
    return this.connected.passageKeysOf(articleIds);
  }

  async eventStoriesOfArticles(articleIds: string[]): Promise<string[]> {
    return this.connected.eventStoriesOfArticles(articleIds);
  }

  async eventArticlesOfStories(storyIds: string[]): Promise<string[]> {
    return this.connected.eventArticlesOfStories(storyIds);
  }

  async storiesOfActors(actorIds: string[]): Promise<string[]> {
    return this.connected.storiesOfActors(actorIds);
  }

  async storiesOfArticles(articleIds: string[]): Promise<Record<string, string>> {
    return this.connected.storiesOfArticles(articleIds);
  }

  async articlesOfStory(storyId: string): Promise<string[]> {
    return this.connected.articlesOfStory(storyId);
  }

  async articlesOfMeasures(measureIds: string[]): Promise<string[]> {
    return this.connected.articlesOfMeasures(measureIds);
  }

  async measuresOfArticles(articleIds: string[]): Promise<string[]> {
    return this.connected.measuresOfArticles(articleIds);
  }

  async keptMeasures(measureIds: string[]): Promise<Series[]> {
    return this.connected.keptMeasures(measureIds);
  }

  async ingestionOrder(ids: string[]): Promise<string[]> {
    return this.articleOrder.order(ids) ?? this.connected.ingestionOrder(ids);
  }

  async furnitureKeys(keys: string[]): Promise<string[]> {
    return this.connected.furnitureKeys(keys);
  }

  async listActors(): Promise<ResolvedEntity[]> {
    return this.connected.listActors();
  }

  async listEvents(): Promise<MergedEvent[]> {
    return this.connected.listEvents();
  }

  async listSeries(): Promise<Series[]> {
    return this.connected.listSeries();
  }

  async listDiscrepancies(): Promise<Discrepancy[]> {
    return this.connected.listDiscrepancies();
  }
}
