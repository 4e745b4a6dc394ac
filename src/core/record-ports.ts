import type {
  ActorHead,
  Discrepancy,
  MergedEvent,
  ReadArticle,
  ResolvedEntity,
  ResolvedRole,
  Series,
  Story,
} from './connected.js';
import type { EventType } from './analysis.js';
import type { ArticleEventReports, ReportedArticle } from './event-reports.js';
import type { ArticleActorItems, ArticleFigure, ArticleQuote } from './reading-items.js';

/**
 * The ports of the connected records (actors, merged events, stories, series, discrepancies): what linking
 * writes (`ConnectedRepository`) and the pages the API reads (`RecordViews`). See `ports.ts` for why ports
 * live in `core`.
 */

/**
 * What connecting one article changed in the connected records, as rows to write: each list replaces what
 * the store holds under the same scope (the actors `removeActors` names, the events of `eventStories`, the
 * measures of `measureArticles`' articles, the discrepancies of `discrepancyScopes`).
 */
export interface ConnectedUpdate {
  /** Actors deleted with their keys and members (before `actors` are written). */
  removeActors: string[];
  /**
   * Members no actor holds any more, their rows deleted (before `actors` are written): a large actor's that
   * an article read again no longer names (the actor is written with its new members only).
   */
  removeMembers?: string[];
  /**
   * Actors written (replacing a record of the same id), each with blocking keys to add (see
   * `connect/entities/keys.ts`), the members to file under it and its roles to keep: all of them for a new
   * or rewritten actor (in the entity's order); for an actor that grew, only the members filed after those
   * it kept in place (in order, after them) and the roles it gained. The store keeps members and roles as
   * rows of their own, so a large actor's growth writes only what it gained.
   */
  actors: Array<{ entity: ResolvedEntity; keys: string[]; members: string[]; roles: ResolvedRole[] }>;
  /** Hidden groups (see `hiddenGroupsByKeys`) deleted with their keys and members, before `hidden`. */
  removeHidden?: string[];
  /**
   * Hidden groups written as `actors` are: whole when `removeHidden` names them too, else their new keys and
   * members added.
   */
  hidden?: Array<{ entity: ResolvedEntity; keys: string[]; members: string[] }>;
  eventStories: string[];
  /**
   * Each article's passage keys (`connect/events/passages.ts`), replacing those it was filed under: how a
   * later article finds the reports of other stories it may be one passage with.
   */
  passages: Array<{ articleId: string; keys: string[] }>;
  /**
   * Each event with the key that orders it as stored (its first report's publication day, article and
   * offset), the key that orders it in a timeline (`connect/timeline`), and the days it may fall on (null
   * when its date names none).
   */
  events: Array<{ event: MergedEvent; order: string; timeline: string; days: DaySpan | null }>;
  /** Measures no article gives any more: every article's rows of them go (before `measureArticles`). */
  dropMeasures: string[];
  /** Per article, the ids of the measures (`figureMeasures`) its figures are points of. */
  measureArticles: Array<{ articleId: string; measureIds: string[] }>;
  /** Series removed (their measure no longer makes one), then series written. */
  removeSeries: string[];
  series: Series[];
  /**
   * Large measures kept whole (every point, series or not; see `service/connected-measures.ts`): those
   * `removeKeptMeasures` names are dropped, then these are written.
   */
  removeKeptMeasures: string[];
  keptMeasures: Series[];
  discrepancyScopes: string[];
  /**
   * Discrepancies deleted one by one (after `discrepancyScopes`, before `discrepancies` are written): a large
   * actor's title discrepancies of the periods its new roles fall in (see `service/hub-roles.ts`), its
   * others staying as they are.
   */
  removeDiscrepancies?: Array<{ scope: string; id: string }>;
  discrepancies: Array<{ scope: string; discrepancy: Discrepancy }>;
  /**
   * Articles' event reports (`core/event-reports.ts`), each kept for the reading its article has now (an
   * article not read at its current revision keeps none), replacing what it kept.
   */
  eventReports?: ArticleEventReports[];
}

/** An update that changes nothing, for a caller to fill in. */
export const emptyUpdate = (): ConnectedUpdate => ({
  removeActors: [],
  removeMembers: [],
  actors: [],
  removeHidden: [],
  hidden: [],
  eventStories: [],
  passages: [],
  events: [],
  dropMeasures: [],
  measureArticles: [],
  removeSeries: [],
  series: [],
  removeKeptMeasures: [],
  keptMeasures: [],
  discrepancyScopes: [],
  discrepancies: [],
  eventReports: [],
});

/**
 * For connecting (`service/connected`): actors, merged events, series and discrepancies kept as records,
 * each found by an indexed key (a blocking key, a member, a story, a measure, an article), so that
 * connecting an article reads and rewrites only what it touches; and read whole by the API and CLI.
 */
export interface ConnectedRepository {
  /**
   * Actors holding a member with any of `keys` (blocking keys), at most `perKey` of them for each key (those
   * of most mentions, then by id), by id.
   */
  actorsByKeys(keys: string[], perKey: number, large?: number): Promise<ResolvedEntity[]>;
  /**
   * Hidden groups: the groups of members resolution does not show as actors yet (too little evidence, see
   * `connect/entities` `shownAsActor`), kept with their blocking keys as actors are, so that the article
   * that brings the evidence finds the members named before it. Those holding a member with any of `keys`,
   * at most `perKey` per key (most mentions first, then by id), by id; never listed as actors.
   */
  hiddenGroupsByKeys(keys: string[], perKey: number): Promise<ResolvedEntity[]>;
  /** Hidden groups holding any of `members`, by id. */
  hiddenGroupsOfMembers(members: string[]): Promise<ResolvedEntity[]>;
  /** Hidden groups holding a member in any of `articleIds`, by id. */
  hiddenGroupsOfArticles(articleIds: string[]): Promise<ResolvedEntity[]>;
  /**
   * Actors holding any of `members` (`<articleId>/<localId>`), by id. With `large` (here and in
   * `actorsByKeys`, `actorsOfArticles`), an actor of more than `large` members comes with none of them and
   * none of its roles (empty lists): the actor scope asks for its `actorSpans`, the members of the articles
   * it reads (`actorMembersIn`) and the roles its new ones may conflict with (`actorRolesOn`) instead of
   * lists that grow with the corpus.
   */
  actorsOfMembers(members: string[], large?: number): Promise<ResolvedEntity[]>;
  /**
   * Of each of `actorIds` (absent ones left out), how many members it has and its first `articles` articles
   * (the articles of its members in their order, each once).
   */
  actorSpans(actorIds: string[], articles: number): Promise<Record<string, ActorSpan>>;
  /** The members of `actorIds` in any of `articleIds`, each with its place (`ord`), by actor and place. */
  actorMembersIn(actorIds: string[], articleIds: string[]): Promise<PlacedMember[]>;
  /** The place of the last member of `actorId` not among `except`; null when it has no other. */
  lastMemberPlace(actorId: string, except: string[]): Promise<number | null>;
  /** Of `actorId`'s roles, those given by `articles` (each with its day, null for none), by place. */
  actorRolesIn(actorId: string, articles: RoleArticle[]): Promise<PlacedRole[]>;
  /**
   * Of `actorId`'s roles, those dated within any of `days` (each a `from`..`to` span of YYYY-MM-DD days,
   * both included) whose own country is `country`, or that name none when `countryless`, by place.
   */
  actorRolesOn(
    actorId: string,
    days: DaySpan[],
    country: string,
    countryless: boolean,
  ): Promise<PlacedRole[]>;
  /** Actors by id (absent ones left out), by id. */
  actorsById(ids: string[]): Promise<ResolvedEntity[]>;
  /** The heads of actors by id (absent ones left out), by id: their members and roles are not read. */
  actorHeadsById(ids: string[]): Promise<ActorHead[]>;
  /** Actors holding a member in any of `articleIds`, by id (`large`: see `actorsOfMembers`). */
  actorsOfArticles(articleIds: string[], large?: number): Promise<ResolvedEntity[]>;
  /** The actor of each member (`<articleId>/<localId>`) of any of `articleIds`. */
  membersOfArticles(articleIds: string[]): Promise<Record<string, string>>;
  /** Events of any of `storyIds`, in their order. */
  eventsOfStories(storyIds: string[]): Promise<MergedEvent[]>;
  /**
   * For each of `keys` (passage keys, see `ConnectedUpdate.passages`) filed under some article not among
   * `except`, those articles by id, at most `limit` of them: a bounded range of the index per key, enough to
   * tell a passage printed in more than `limit - 1` articles (`JOINING_PRINTS`) without reading them all.
   */
  passageHolders(keys: string[], except: string[], limit: number): Promise<Record<string, string[]>>;
  /** The passage keys each of `articleIds` is filed under (those filed under none left out). */
  passageKeysOf(articleIds: string[]): Promise<Record<string, string[]>>;
  /** Ids of the stories the events reported in any of `articleIds` are filed under. */
  eventStoriesOfArticles(articleIds: string[]): Promise<string[]>;
  /** Ids of the articles reporting an event filed under any of `storyIds`. */
  eventArticlesOfStories(storyIds: string[]): Promise<string[]>;
  /** Ids of the stories holding an event that names any of `actorIds`. */
  storiesOfActors(actorIds: string[]): Promise<string[]>;
  /** Each of `articleIds` that has a story, with it. */
  storiesOfArticles(articleIds: string[]): Promise<Record<string, string>>;
  /** The articles of a story. */
  articlesOfStory(storyId: string): Promise<string[]>;
  /** Ids of the articles holding a point of any of `measureIds`. */
  articlesOfMeasures(measureIds: string[]): Promise<string[]>;
  /** Ids of the measures any of `articleIds` holds a point of. */
  measuresOfArticles(articleIds: string[]): Promise<string[]>;
  /** The measures among `measureIds` kept whole (absent ones left out), by id. */
  keptMeasures(measureIds: string[]): Promise<Series[]>;
  /**
   * The articles among `ids` that have a reading of their current revision, with it, in the order they
   * were first stored: the readings connecting works on, in one round trip.
   */
  readArticles(ids: string[]): Promise<ReadArticle[]>;
  /**
   * What an actor's profile reads (`ActorItems`) of the current reading of each of `ids` that has one, in
   * the order they were first stored, as `readArticles` would give them, without decoding the readings.
   */
  actorItemsOf(ids: string[]): Promise<ArticleActorItems[]>;
  /**
   * The event reports kept (`ConnectedUpdate.eventReports`) for the current reading of each of `ids`, with
   * its article, in the order they were first stored; an article whose reading changed since is left out.
   */
  eventReportsOf(ids: string[]): Promise<ReportedArticle[]>;
  /** `ids` ordered as the articles were first stored (unknown ids left out). */
  ingestionOrder(ids: string[]): Promise<string[]>;
  /**
   * Records that each of `keys` (sentence keys) is furniture, held by two articles or more; returns the
   * articles that first held the keys newly recorded (their furniture grew).
   */
  markFurniture(keys: string[], articleId: string): Promise<string[]>;
  /** Which of `keys` are furniture. */
  furnitureKeys(keys: string[]): Promise<string[]>;
  saveConnected(update: ConnectedUpdate): Promise<void>;
  listActors(): Promise<ResolvedEntity[]>;
  /** In their order (see `ConnectedUpdate.events`). */
  listEvents(): Promise<MergedEvent[]>;
  listSeries(): Promise<Series[]>;
  listDiscrepancies(): Promise<Discrepancy[]>;
}

/** How far a large actor reaches (see `ConnectedRepository.actorSpans`). */
export interface ActorSpan {
  members: number;
  firstArticles: string[];
}

/** A member of an actor with its place among the actor's members (ascending, not necessarily dense). */
export interface PlacedMember {
  actorId: string;
  member: string;
  place: number;
}

/** An article giving roles, with its day (the roles' `date`). */
export interface RoleArticle {
  articleId: string;
  day: string | null;
}

export interface PlacedRole {
  role: ResolvedRole;
  place: number;
}

export interface DaySpan {
  from: string;
  to: string;
}

/** A page of records: those at `offset`, at most `limit`, confident ones only (see `core/confidence`) unless `all`. */
export interface RecordPageQuery {
  limit: number;
  offset: number;
  all: boolean;
}

export interface RecordPage<T> {
  items: T[];
  /** Records matching (confident ones only unless `all`), across all pages. */
  total: number;
  /** Records matching but left out for their confidence; 0 with `all`. */
  hidden: number;
  /**
   * Set when only the first matches were counted (a common word's quotes or figures): `total` and `hidden`
   * count those, and more match.
   */
  more?: true;
}

/** The actor network's busiest edges, each with a sample of its events (`RecordViews.networkEdges`). */
export interface NetworkEdges {
  edges: Array<{ source: string; target: string; type: EventType; count: number; eventIds: string[] }>;
  events: number;
  hidden: number;
  omitted: number;
}

export interface EventFilter {
  storyId?: string | undefined;
  /** Events naming this actor as a source or target. */
  actorId?: string | undefined;
  /** Events whose days (see `ConnectedUpdate.events`) overlap these; an event without days is outside. */
  from?: string | undefined;
  to?: string | undefined;
  /** Events drawing this edge of the actor network (see `eventTies`). */
  tie?: { source: string; target: string; type: EventType } | undefined;
}

/** A quote or figure with its article's publication date, as the store keeps it beside its reading. */
export type Dated<T> = T & { published: string | null };

export interface QuoteFilter {
  /** Quotes whose speaker is a member of this actor (by id). */
  speakerId?: string | undefined;
  /** Part of the quoted words, any case. */
  q?: string | undefined;
  /** Quotes of articles published within these days (an undated article is in no bounded range). */
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * The part of an actor a profile of its first `limit` articles shows: what it costs does not grow with the
 * actor's members and roles.
 */
export interface ActorSlice {
  /**
   * The actor with its first `limit` members, in their stored order, and its first `limit` roles in the
   * profile's order (by date, undated last, then as `compareRoles` orders them, then as stored), listed
   * as `ResolvedEntity.roles` lists them (`compareRoles`).
   */
  entity: ResolvedEntity;
  /** The articles of its members, in the order of their first member: the first `limit`. */
  articleIds: string[];
  /**
   * Its members in those articles, wherever they are in its order (whose quotes and stances in them are
   * its), sorted.
   */
  membersIn: string[];
  /** How many members, articles and roles it has in all. */
  counts: { members: number; articles: number; roles: number };
}

/**
 * An actor as a list of actors shows it: what it costs does not grow with the actor's members and roles.
 */
export interface ActorListing {
  /** The actor with its first `each` members and roles, picked and listed as `ActorSlice.entity`'s. */
  entity: ResolvedEntity;
  /** How many members and roles it has in all. */
  counts: { members: number; roles: number };
}

/**
 * For the API and the read commands: the connected records a page shows, each page one indexed query (with
 * its counts), so answering costs the same in a store of a thousand articles as in one of a million and
 * nothing is held in memory between requests.
 */
export interface RecordViews {
  /** Events in their stored order (`stored`) or in timeline order, ties by id. */
  eventPage(
    filter: EventFilter,
    order: 'stored' | 'timeline',
    page: RecordPageQuery,
  ): Promise<RecordPage<MergedEvent>>;
  /** Events by id (absent ones left out), by id. */
  eventsById(ids: string[]): Promise<MergedEvent[]>;
  /**
   * Actors whose name or an alias contains `q` (any case), of `type`; most mentioned first, then by name
   * and id; each with its first `each` members and roles (see `ActorListing`).
   */
  actorPage(
    filter: { q?: string | undefined; type?: string | undefined },
    page: { limit: number; offset: number },
    each: number,
  ): Promise<{ items: ActorListing[]; total: number }>;
  /** Actors whose name or an alias is `name` (any case), most mentioned first, then by name and id. */
  actorsNamed(name: string): Promise<ResolvedEntity[]>;
  /** The heads of `actorsNamed(name)`, in its order: their members and roles are not read. */
  actorHeadsNamed(name: string): Promise<ActorHead[]>;
  /** The heads of the first `limit` actors of `actorPage({ q })`, in its order. */
  actorHeadsHolding(q: string, limit: number): Promise<ActorHead[]>;
  /** What actor `id`'s profile shows of it (see `ActorSlice`); null when there is none. */
  actorSlice(id: string, limit: number): Promise<ActorSlice | null>;
  /** Discrepancies of `kind` (every kind when absent), by kind (`DISCREPANCY_KINDS`), scope and id. */
  discrepancyPage(kind: string | undefined, page: RecordPageQuery): Promise<RecordPage<Discrepancy>>;
  /** Discrepancies kept under any of `scopes` (see `ConnectedUpdate.discrepancyScopes`), ordered as pages are. */
  discrepanciesOfScopes(scopes: string[]): Promise<Discrepancy[]>;
  /** Series by their first point's date, then id. */
  seriesPage(page: RecordPageQuery): Promise<RecordPage<Series>>;
  /** Series by id (absent ones left out), by id. */
  seriesById(ids: string[]): Promise<Series[]>;
  /** Ids of the stories holding an event that any of `articleIds` reports, by id. */
  storiesReportedBy(articleIds: string[]): Promise<string[]>;
  /** Stories as `listStories` orders them, each with its events' ids in their stored order. */
  storyPage(page: { limit: number; offset: number }): Promise<{ items: Story[]; total: number }>;
  /** The story `id` names: itself, or the story it was merged into (`LinkRepository.currentStory`). */
  getStory(id: string): Promise<Story | null>;
  /**
   * Quotes of the current readings, oldest article first (undated last), then as their articles were
   * stored and as each reading lists them.
   */
  quotePage(filter: QuoteFilter, page: RecordPageQuery): Promise<RecordPage<Dated<ArticleQuote>>>;
  /** Figures of the current readings whose text, subject or unit contains `q` (any case), ordered as quotes. */
  figurePage(q: string | undefined, page: RecordPageQuery): Promise<RecordPage<Dated<ArticleFigure>>>;
  /**
   * The actor network's `limit` edges (source, target, kind of event) that most events draw, the most
   * first, then by source, target and kind, from the ties of the confident events unless `all`
   * (`eventTies`). Each edge counts its events and names `each` of them at most: its most confident (the
   * last in the events' stored order among equals); `events` counts the events with a tie, `hidden` the
   * less certain ones left out, `omitted` the edges past `limit`.
   */
  networkEdges(all: boolean, limit: number, each: number): Promise<NetworkEdges>;
}
