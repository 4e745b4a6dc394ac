import { memberKey, resolveAcrossArticles } from '../connect/entities/index.js';
import type { ResolutionDecisions } from '../connect/entities/index.js';
import { describeGroup } from '../connect/entities/build.js';
import { stableId } from '../connect/entities/ids.js';
import { actorKeys, MemberReach } from '../connect/entities/keys.js';
import { collectMembers, type Member } from '../connect/entities/members.js';
import type { Entity } from '../core/analysis.js';
import { compareRoles, type ReadArticle, type ResolvedEntity } from '../core/connected.js';
import type { Store } from '../store/store.js';
import { articleOf, Readings, unique } from './scope-readings.js';
import { LARGE_ACTOR, LargeActors } from './scope-actors.js';

/**
 * The actors one linking may change (its scope): those sharing a blocking key with the new articles'
 * entities, resolved again over the articles of their members, widened until no resolved group reaches
 * outside them, with large actors sampled and kept whole so the cost stays flat as the corpus grows. With
 * them, the articles' readings and their stories and furniture, loaded once per linking.
 */

/** How many times the actor scope is widened before the result is taken as it is. */
const MAX_WIDENINGS = 4;
/**
 * The actors looked at per blocking key of a new article's entities: those of most mentions. A common name
 * ("Labour", a surname one letter from many others) is held by more actors as the corpus grows (one per
 * country, per first name, per story a bare surname stayed in), and resolving all of them again made adding
 * one article cost more the larger the store. Past this many, an older, rarely named actor of the same key
 * is not offered to the new article's members; below it the stored actors are what resolving everything
 * gives.
 */
const ACTORS_PER_KEY = 6;

export interface ActorScope {
  /** The stored actors recomputed (all replaced but the sampled ones). */
  before: ResolvedEntity[];
  /**
   * Ids of the actors and hidden groups resolved over a sample of their articles, or not resolved at all
   * (brought in by the last widening): kept whole, new members added.
   */
  sampled: Set<string>;
  after: ResolvedEntity[];
  /** The stored hidden groups recomputed, and the groups of the scope not shown as actors now. */
  hiddenBefore: ResolvedEntity[];
  hiddenAfter: ResolvedEntity[];
  reads: ReadArticle[];
  entityOf: Map<string, Entity>;
  /**
   * The large actors read in part (see `LargeActors`): the places of their members read. `before` and
   * `after` list only those members of them (their others stay as they are).
   */
  places: Map<string, ReadonlyMap<string, number>>;
  /** Of each sampled actor, the members read that `withHubs` did not keep in it (some may be back after its others). */
  dropped: Map<string, string[]>;
  /** The large actors read without their roles (see `hubRoles`): in `before`, and as hubs in `after`, with none. */
  rolesUnread: Set<string>;
}

/** The actors `seeds` (article ids) may change, resolved again over the articles of their members. */
export async function resolveScope(
  store: Store,
  readings: Readings,
  seeds: readonly string[],
  decisions: ResolutionDecisions,
): Promise<ActorScope> {
  const seedSet = new Set(seeds);
  const seedReads = await readings.load(seeds);
  const keys = seedReads.flatMap((r) => r.reading.entities.flatMap((e) => actorKeys(e)));
  // In the order the scope's bound takes them (see `scopeSample`): the seeds' own actors, then those sharing
  // their keys, most mentioned first, then each widening's and decision's in turn.
  // Hidden groups (members below the actor bar, see `hiddenGroupsByKeys`) are candidates as actors are: the
  // article that brings the evidence makes them actors with every member named before it.
  const candidates = new Map<string, ResolvedEntity>();
  const hidden = new Set<string>();
  const large = new LargeActors(store, HUB_ARTICLES + 1);
  const add = (actors: readonly ResolvedEntity[], areHidden = false) => {
    for (const a of [...actors].sort(byMentions))
      if (!candidates.has(a.id)) {
        candidates.set(a.id, a);
        if (areHidden) hidden.add(a.id);
      }
  };
  // Asked at once, so a PostgreSQL transaction sends them in one round trip (see `TransactionClient`).
  const [own, ownHidden, sharing, sharingHidden] = await Promise.all([
    store.actorsOfArticles([...seeds], LARGE_ACTOR),
    store.hiddenGroupsOfArticles([...seeds]),
    store.actorsByKeys(keys, ACTORS_PER_KEY, LARGE_ACTOR),
    store.hiddenGroupsByKeys(keys, ACTORS_PER_KEY),
  ]);
  add(own);
  add(ownHidden, true);
  add(sharing);
  add(sharingHidden, true);
  await large.admit(candidates.values());
  let scope: {
    reads: ReadArticle[];
    after: ResolvedEntity[];
    hiddenAfter: ResolvedEntity[];
    members: Map<string, Member>;
    sampled: Set<string>;
    /** The candidates this round resolved (those a widening brings in after it are not). */
    taken: Set<string>;
  } = {
    reads: seedReads,
    after: [],
    hiddenAfter: [],
    members: new Map(),
    sampled: new Set(),
    taken: new Set(),
  };
  // Each round reads mostly the articles of the one before: their members are indexed by key once.
  const reach = new MemberReach();
  // A large actor's members as a set, made once per linking rather than once per widening round (again
  // when more of a large actor's were read: a list read in part only grows).
  const memberSets = new Map<string, Set<string>>();
  const memberSet = (a: ResolvedEntity) => {
    let members = memberSets.get(a.id);
    if (!members || members.size !== a.members.length) memberSets.set(a.id, (members = new Set(a.members)));
    return members;
  };
  for (let round = 0; round < MAX_WIDENINGS; round++) {
    // A user's merge or split naming an actor in scope brings in the other actor or member it names.
    for (;;) {
      const partners = [...(decisions.merge ?? [])].flatMap(([a, b]) =>
        candidates.has(a) && !candidates.has(b) ? [b] : candidates.has(b) && !candidates.has(a) ? [a] : [],
      );
      const found = (await store.actorsById(partners)).filter((a) => !candidates.has(a.id));
      if (found.length === 0) break;
      add(found);
    }
    const splitMembers = (decisions.split ?? []).filter(([id]) => candidates.has(id)).map(([, m]) => m);
    const taken = new Set(candidates.keys());
    // A large actor read in part gets its members of the articles taken, and then of all those read.
    const listed = [...candidates.values()];
    const articles = scopeArticles(listed.map((a) => large.first(a) ?? firstArticles(a, HUB_ARTICLES + 1)));
    await large.read(listed, [...articles]);
    const { target, sampled } = scopeSample(listed, articles, (a) => large.complete(a));
    const scopeIds = [...seeds, ...[...target, ...splitMembers].map(articleOf)];
    // The scope's stories asked with its readings, for `context` to find them known.
    const [reads] = await Promise.all([
      readings.load(scopeIds),
      readings.storiesOf(scopeIds),
      large.read(listed, unique(scopeIds)),
    ]);
    const context = await readings.context(reads);
    // Only the members the scope's own may be resolved with: the seeds', every candidate's in the articles
    // read (a large actor's are checked against what its articles now read, see `withHubs`), and those
    // sharing a key with them. Every other entity of the articles read belongs to no group of the scope.
    const only = reach.linked(reads, [
      ...seedReads.flatMap((r) => r.reading.entities.map((e) => memberKey(r.article.id, e.id))),
      ...[...candidates.values()].flatMap((a) => a.members),
      ...splitMembers,
    ]);
    const resolved = resolveAcrossArticles(reads, decisions, context, only);
    const inScope = (m: string) => target.has(m) || seedSet.has(articleOf(m));
    const after = resolved.entities.filter((e) => e.members.some(inScope));
    const hiddenAfter = resolved.hidden.filter((e) => e.members.some(inScope));
    const members = new Map(collectMembers(reads, context, only).map((m) => [m.key, m]));
    scope = { reads, after, hiddenAfter, members, sampled, taken };
    const hubs = [...candidates.values()].filter((a) => sampled.has(a.id)).map(memberSet);
    const outside = [...after, ...hiddenAfter]
      .flatMap((e) => e.members)
      .filter((m) => !inScope(m) && !hubs.some((members) => members.has(m)));
    const [widened, widenedHidden] = await Promise.all([
      store.actorsOfMembers(outside, LARGE_ACTOR),
      store.hiddenGroupsOfMembers(outside),
    ]);
    const fresh = (list: ResolvedEntity[]) => list.filter((a) => !candidates.has(a.id));
    if (fresh(widened).length + fresh(widenedHidden).length === 0) break;
    add(fresh(widened));
    add(fresh(widenedHidden), true);
    await large.admit(candidates.values());
  }
  // The candidates the last widening brought in were not resolved: each is kept as it is, with the members
  // that joined it added, as a sampled one is. Taken as replaced, it lost every member the scope's groups
  // did not hold, and a group holding its first member took its id: the United States of the dev corpus
  // (263 members) was written again with the 41 one linking read, and 29 were never filed again.
  for (const id of candidates.keys()) if (!scope.taken.has(id)) scope.sampled.add(id);
  // Those, too, get the members of the articles read (those that brought them in, at least).
  await large.read(
    candidates.values(),
    scope.reads.map((r) => r.article.id),
  );
  const entityOf = new Map<string, Entity>();
  for (const read of scope.reads)
    for (const entity of read.reading.entities) entityOf.set(memberKey(read.article.id, entity.id), entity);
  const all = [...candidates.values()];
  const hubs = all.filter((a) => scope.sampled.has(a.id));
  const { grouped, dropped } = withHubs(
    hubs,
    [...scope.after, ...scope.hiddenAfter],
    scope.members,
    entityOf,
    new Set(scope.reads.map((r) => r.article.id)),
  );
  // A sampled hidden group stays hidden unless a group shown as an actor joined it; any other group is as
  // resolution showed it (a group is told by its first member: groups share none).
  const hubOf = new Map(hubs.flatMap((h) => h.members.map((m): [string, string] => [m, h.id])));
  const shownHubs = new Set(scope.after.flatMap((g) => g.members.flatMap((m) => hubOf.get(m) ?? [])));
  const hiddenFirst = new Set(scope.hiddenAfter.map((g) => g.members[0]));
  const hubIds = new Set(hubs.map((h) => h.id));
  const isHidden = (g: ResolvedEntity) =>
    hubIds.has(g.id) ? hidden.has(g.id) && !shownHubs.has(g.id) : hiddenFirst.has(g.members[0]);
  return {
    before: all.filter((a) => !hidden.has(a.id)),
    sampled: scope.sampled,
    after: grouped.filter((g) => !isHidden(g)),
    hiddenBefore: all.filter((a) => hidden.has(a.id)),
    hiddenAfter: grouped.filter(isHidden),
    reads: scope.reads,
    entityOf,
    places: new Map(
      hubs.flatMap((h): Array<[string, ReadonlyMap<string, number>]> => {
        const places = large.places(h.id);
        return places ? [[h.id, places]] : [];
      }),
    ),
    dropped,
    rolesUnread: new Set(all.filter((a) => large.has(a.id)).map((a) => a.id)),
  };
}

/**
 * Past this many articles an actor (a country, a head of state named everywhere) is not resolved again
 * over all of its articles when one more names it: it is resolved over its earliest `HUB_SAMPLE` articles
 * with the new one, and the new members that join it are added to it (aliases, roles, mentions), its name,
 * type and country staying as they are. Adding an article then costs the same however many articles name
 * its actors. Below this size the stored actor is exactly what resolving everything gives.
 */
export const HUB_ARTICLES = 20;
export const HUB_SAMPLE = 10;

/**
 * The articles an actor scope reads, past its seeds, whatever the store holds. A key shared by many actors,
 * each named in up to `HUB_ARTICLES` articles, made the scope grow with the corpus (about 110 articles read
 * per added article at 1k, 460 at 10k on the generated stores), and so did the candidates themselves while
 * each was promised its first article; past this many, the actors that do not fit whole are sampled as
 * large actors are (see `scopeSample`).
 */
export const SCOPE_ARTICLES = 120;

/**
 * An actor's first `limit` articles, in its members' order: a large actor's members are not all walked to
 * find the few a scope takes of it (a country's grow with the corpus).
 */
function firstArticles(a: ResolvedEntity, limit: number): string[] {
  const found = new Set<string>();
  for (const m of a.members) {
    if (found.size >= limit) break;
    found.add(articleOf(m));
  }
  return [...found];
}

/** Most mentioned first, then by id: the order a key's index ranks its actors in. */
const byMentions = (a: ResolvedEntity, b: ResolvedEntity) =>
  b.mentionCount - a.mentionCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The articles a scope reads of its candidates, given each one's first `HUB_ARTICLES + 1` articles (see
 * `scopeSample`).
 */
export function scopeArticles(firsts: ReadonlyArray<readonly string[]>): Set<string> {
  const lists = firsts.map((articles) => ({
    articles: articles.length > HUB_ARTICLES ? articles.slice(0, HUB_SAMPLE) : articles,
  }));
  const all = new Set(lists.flatMap((l) => l.articles));
  const taken = new Set<string>();
  if (all.size <= SCOPE_ARTICLES) for (const id of all) taken.add(id);
  else
    for (let depth = 0; taken.size < SCOPE_ARTICLES && lists.some((l) => depth < l.articles.length); depth++)
      for (const { articles } of lists) {
        if (taken.size >= SCOPE_ARTICLES) break;
        if (depth < articles.length) taken.add(articles[depth]!);
      }
  return taken;
}

/**
 * The members a scope resolves over, and the actors it samples. Every actor is taken whole but a large one
 * (its earliest `HUB_SAMPLE` articles); past `SCOPE_ARTICLES` articles in all, the articles are taken
 * round-robin, each actor's earliest first, the actors in the order given (the caller's priority), until
 * the bound is reached: the actors not taken whole are sampled, kept whole with the new members that join
 * them added (as a large actor is), and one the bound left no article is only kept as it is. Under the
 * bound, a stored actor is exactly what resolving everything gives. `taken`: the articles `scopeArticles`
 * takes of them; `complete`: whether an actor's list holds all its members (one read in part holds at
 * least those of `taken`, and has some elsewhere when it holds fewer than all: it is sampled).
 */
export function scopeSample(
  candidates: readonly ResolvedEntity[],
  taken = scopeArticles(candidates.map((a) => firstArticles(a, HUB_ARTICLES + 1))),
  complete: (a: ResolvedEntity) => boolean = () => true,
): {
  target: Set<string>;
  sampled: Set<string>;
} {
  // An actor of more articles than the bound cannot have all of them taken.
  const sampled = new Set(
    candidates
      .filter((a) => {
        if (!complete(a)) return true;
        const articles = firstArticles(a, SCOPE_ARTICLES + 1);
        return articles.length > SCOPE_ARTICLES || !articles.every((id) => taken.has(id));
      })
      .map((a) => a.id),
  );
  const target = new Set(candidates.flatMap((a) => a.members.filter((m) => taken.has(articleOf(m)))));
  return { target, sampled };
}

/**
 * The resolved groups with the large (or sampled, see `scopeSample`) actors kept whole: a group holding a large actor's members is that
 * actor with the group's other members added; members of a large actor stay in it. A member key names an
 * entity of one reading (`article/e7`), and an article read again numbers its entities afresh, so a large
 * actor's key may now name another entity (read before the article is linked again), or none at all: such
 * a key neither claims a group for the actor nor stays in it unless the group it now falls in is the
 * actor's. `entityOf`: the entity each key of the scope's articles (`read`) names as read now.
 */
function withHubs(
  hubs: readonly ResolvedEntity[],
  after: readonly ResolvedEntity[],
  members: ReadonlyMap<string, Member>,
  entityOf: ReadonlyMap<string, Entity>,
  read: ReadonlySet<string>,
): { grouped: ResolvedEntity[]; dropped: Map<string, string[]> } {
  const dropped = new Map<string, string[]>();
  if (hubs.length === 0) return { grouped: [...after], dropped };
  // A key still names the actor's entity when that entity, as read now, carries one of the actor's names.
  const kept = new Map(
    hubs.map((h) => {
      // Its name as well as its aliases: an actor may list no alias ("UK Film Council"), and its members
      // then all fell out of it the first time it was sampled.
      const names = new Set([h.name, ...h.aliases].map((a) => a.toLowerCase()));
      const current = (m: string) => {
        // A key of an article read here that names no entity of it now is gone (its article names fewer).
        if (read.has(articleOf(m)) && !entityOf.has(m)) return false;
        const entity = members.get(m)?.entity;
        return !entity || [entity.name, ...entity.aliases].some((a) => names.has(a.toLowerCase()));
      };
      return [h.id, h.members.filter(current)];
    }),
  );
  const hubOf = new Map(hubs.flatMap((h) => kept.get(h.id)!.map((m): [string, ResolvedEntity] => [m, h])));
  const added = new Map(hubs.map((h) => [h.id, [] as string[]]));
  const hubIds = new Set(hubs.map((h) => h.id));
  const out: ResolvedEntity[] = [];
  for (const group of after) {
    const own = group.members.filter((m) => !hubOf.has(m));
    const hub = group.members.map((m) => hubOf.get(m)).find((h) => h !== undefined);
    if (hub) added.get(hub.id)!.push(...own);
    // An id comes from the first member's key, so a group opening with a key a large actor held (and keeps
    // its id by) would take that actor's id: it gets one of its own.
    else if (hubIds.has(group.id))
      out.push({ ...group, id: stableId('ent', `${group.members[0]}:${group.name}`) });
    else out.push(group);
  }
  for (const hub of hubs) {
    const keptSet = new Set(kept.get(hub.id));
    dropped.set(
      hub.id,
      hub.members.filter((m) => !keptSet.has(m)),
    );
    const had = new Set(hub.members);
    const back = added.get(hub.id)!.filter((m) => had.has(m));
    const fresh = added.get(hub.id)!.filter((m) => !had.has(m));
    const stays = [...kept.get(hub.id)!, ...back];
    if (fresh.length === 0 && stays.length === hub.members.length) {
      out.push(hub);
      continue;
    }
    const joining = fresh.flatMap((m) => members.get(m) ?? []);
    const extra =
      joining.length > 0 ? describeGroup(joining) : { aliases: [], roles: [], members: [], mentionCount: 0 };
    out.push({
      ...hub,
      aliases: unique([...hub.aliases, ...extra.aliases]),
      roles: [...hub.roles, ...extra.roles].sort(compareRoles),
      members: [...stays, ...extra.members],
      mentionCount: hub.mentionCount + extra.mentionCount,
    });
  }
  return { grouped: out, dropped };
}
