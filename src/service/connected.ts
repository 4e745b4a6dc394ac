import { eventFigureDiscrepancies } from '../connect/discrepancies/event-figures.js';
import { eventDiscrepancies } from '../connect/discrepancies/events.js';
import { roleDiscrepancies } from '../connect/discrepancies/roles.js';
import { selfContradictions } from '../connect/discrepancies/self-contradiction.js';
import { spellingDiscrepancies } from '../connect/discrepancies/spelling.js';
import { actorKeys } from '../connect/entities/keys.js';
import { mergeReports, storyOfEvent } from '../connect/events/index.js';
import { articlePassageKeys } from '../connect/events/passages.js';
import { measuresWithFacts } from '../connect/series/index.js';
import type { ActorHead, Discrepancy, MergedEvent } from '../core/connected.js';
import type { ReportedArticle } from '../core/event-reports.js';
import type { ConnectedUpdate, EntityDecision } from '../core/ports.js';
import type { Store } from '../store/store.js';
import { emptyUpdate } from '../core/record-ports.js';
import { updateMeasures } from './connected-measures.js';
import { resolveScope, type ActorScope } from './connected-scope.js';
import { Readings, articleOf, unique } from './scope-readings.js';
import { actorRows, asDecisions, eventRow, scoped, type HubOrder } from './connected-update.js';
import { eventGroups } from './connected-events.js';
import { hubRoles, type HubRoles } from './hub-roles.js';

/**
 * The connected records (actors, merged events, series, discrepancies) kept in the store and brought up
 * to date as each article is linked, in the same transaction. Linking an article recomputes, with the
 * same pure functions `connectAll` runs over everything, only the records it can change:
 *
 * - actors: those sharing a blocking key with its entities (`actorKeys`), resolved again over the
 *   articles of their members (widened until no resolved group reaches outside them);
 * - merged events: those of the stories of the articles whose members changed actor, its own included,
 *   with the stories a passage printed in two (and in few articles) joins them to (`connected-events.ts`):
 *   events merge within one story, or across two only on one passage;
 * - series: the measures its figures (and those of the articles whose actors changed) are points of,
 *   each kept whole and updated from the changed articles' points (`connected-measures.ts`);
 * - discrepancies: per actor (titles, spellings), per story (event dates), per measure (figures) and per
 *   article (self-contradictions), recomputed with what they derive from.
 *
 * Ids are the pure functions' own: an actor's comes from its earliest member, an event's from its first
 * report, a series' from its measure, so a record keeps its id as the corpus grows and a rebuild
 * (`dossier relink`) gives the same ids as incremental linking.
 */

/**
 * Brings the connected records up to date after `articleIds` were linked (or their furniture grew, or a
 * user's decision named their actors). Runs inside the caller's transaction.
 */
export async function reconnect(store: Store, articleIds: readonly string[]): Promise<void> {
  if (articleIds.length === 0) return;
  const readings = new Readings(store);
  const decisions = asDecisions(await store.listEntityDecisions());

  // Actors, with their title and spelling discrepancies.
  const actors = await resolveScope(store, readings, articleIds, decisions);
  const byId = new Map(actors.reads.map((r) => [r.article.id, r]));
  const oldOf = new Map(actors.before.flatMap((a) => a.members.map((m): [string, string] => [m, a.id])));
  const newOf = new Map(actors.after.flatMap((a) => a.members.map((m): [string, string] => [m, a.id])));
  const moved = unique([...oldOf.keys(), ...newOf.keys()].filter((m) => oldOf.get(m) !== newOf.get(m)));
  const changed = unique([...articleIds, ...moved.map(articleOf)]);
  const beforeById = new Map(actors.before.map((a) => [a.id, a]));
  const renamed = actors.after.filter((a) => {
    const was = beforeById.get(a.id);
    return was !== undefined && (was.name !== a.name || was.type !== a.type);
  });
  // A large actor that grew keeps its rows and gets its new members; one that did not is left alone.
  const hubs = new Map(actors.before.filter((a) => actors.sampled.has(a.id)).map((h) => [h.id, h]));
  const keysOf = (members: readonly string[]) =>
    unique(members.flatMap((m) => (actors.entityOf.has(m) ? actorKeys(actors.entityOf.get(m)!) : [])));
  // An actor resolved again to what it was, naming none of the articles linked now, keeps its rows and its
  // discrepancies (its readings are unchanged): rewriting the hundred or so in scope was most of the writing.
  const seeds = new Set(articleIds);
  const same = new Set(
    actors.after
      .filter((a) => !a.members.some((m) => seeds.has(articleOf(m))))
      .filter((a) => {
        const was = beforeById.get(a.id);
        return was !== undefined && JSON.stringify(was) === JSON.stringify(a);
      })
      .map((a) => a.id),
  );
  const written = actors.after.filter((a) => hubs.get(a.id) !== a && !same.has(a.id));
  const hidden = hiddenWrites(actors, seeds, keysOf);
  const replaced = actors.before.filter((a) => !same.has(a.id));
  // A large actor is written with its new members only, so the rows of those it lost (an article read again
  // names them no more, see `withHubs`) are removed by name, unless another actor takes them.
  const filed = new Set(actors.after.flatMap((a) => a.members));
  // A large actor read in part that dropped a member it may hold again needs the place of the last it kept.
  const orders = new Map<string, HubOrder>();
  for (const a of written) {
    const place = actors.places.get(a.id);
    if (!place || !hubs.has(a.id)) continue;
    const dropped = actors.dropped.get(a.id) ?? [];
    const lastKept = dropped.length > 0 ? ((await store.lastMemberPlace(a.id, dropped)) ?? -1) : -1;
    orders.set(a.id, { place, dropped: new Set(dropped), lastKept });
  }
  // A large actor read without its roles keeps its title discrepancies, but those of the periods its new
  // roles fall in (read around them, see `hubRoles`), made again. Clearing its whole scope when it was in
  // scope but not written (an article naming it read again) lost them until it next grew.
  const partRoles = (a: { id: string }) => hubs.has(a.id) && actors.rolesUnread.has(a.id);
  const around = new Map<string, HubRoles>();
  for (const a of written.filter(partRoles)) around.set(a.id, await hubRoles(store, hubs.get(a.id)!, a));
  await store.saveConnected({
    ...emptyUpdate(),
    removeActors: replaced.filter((a) => !hubs.has(a.id)).map((a) => a.id),
    removeMembers: [...hubs.values()].flatMap((h) => h.members.filter((m) => !filed.has(m))),
    ...hidden,
    actors: written.map((entity) => {
      const roles = around.get(entity.id);
      const [grown, hub] = roles ? [roles.after, roles.before] : [entity, hubs.get(entity.id)];
      return actorRows(grown, hub, keysOf, orders.get(entity.id));
    }),
    // Spellings need every member's mentions: a large actor's are left as they were when it was resolved whole.
    discrepancyScopes: [
      ...[...replaced, ...written].filter((a) => !partRoles(a)).map((a) => `actor:${a.id}`),
      ...[...replaced, ...written].filter((a) => !hubs.has(a.id)).map((a) => `spelling:${a.id}`),
    ],
    removeDiscrepancies: [...around].flatMap(([id, roles]) =>
      roles.removed.map((d) => ({ scope: `actor:${id}`, id: d.id })),
    ),
    discrepancies: written.flatMap((a) => [
      ...scoped(`actor:${a.id}`, around.get(a.id)?.found ?? roleDiscrepancies([a])),
      ...(hubs.has(a.id) ? [] : scoped(`spelling:${a.id}`, spellingDiscrepancies([a], byId))),
    ]),
  });

  // Events, by groups of stories a passage joins (`eventGroups`), with their date discrepancies, filed by
  // story. An actor merged away moved members, so the stories naming it are among those of the changed
  // articles; one renamed only changes subjects.
  const update = emptyUpdate();
  const stories: string[] = [];
  // Each story's event discrepancies, made once the actors they name are asked for, with the measures'
  // first lookup (one round trip; nothing is written in between, see `datedDiscrepancies`).
  const dated: Dated[] = [];
  // The seeds' passage keys, by which a later article of another story finds their reports (and which may
  // take a passage past the bound where it joins stories, see `eventGroups`); and their event reports, kept
  // with their links whether or not a story of theirs was merged now.
  await readings.reports(articleIds);
  const seedReads = await readings.load(articleIds);
  const { furniture } = await readings.context(seedReads);
  update.passages = seedReads.map((read) => ({
    articleId: read.article.id,
    keys: articlePassageKeys(read, furniture.get(read.article.id)),
  }));
  const { groups, common } = await eventGroups(
    store,
    readings,
    unique((await readings.storiesOf(changed)).values()),
    update.passages,
  );
  for (const group of groups) {
    const articles = (await Promise.all(group.map((story) => readings.articlesOfStory(story)))).flat();
    // Merged from the articles' stored event reports, not their readings (`Readings.reports`).
    const reported = await readings.reports(articles);
    // Asked at once: one round trip in a PostgreSQL transaction (see `TransactionClient`).
    const [memberOf, context] = await Promise.all([
      readings.membersOf(reported.map((r) => r.articleId)),
      readings.reportedContext(reported),
    ]);
    const published = new Map(reported.map((r) => [r.articleId, r.article.published?.slice(0, 10) ?? '']));
    const events: MergedEvent[] = mergeReports(reported, memberOf, { ...context, common }).map((event) => ({
      ...event,
      storyId: storyOfEvent(event, context.storyOf),
    }));
    update.eventStories.push(...group);
    for (const event of events) update.events.push(eventRow(event, published));
    for (const story of group) {
      stories.push(story);
      dated.push({ story, events: events.filter((e) => e.storyId === story), reported });
    }
  }
  const storySet = new Set(stories);
  for (const story of await store.storiesOfActors(renamed.map((a) => a.id))) {
    if (storySet.has(story)) continue;
    stories.push(story);
    // A story's events may hold reports of another story's articles (one passage in both).
    const reported = await readings.reports([
      ...(await readings.articlesOfStory(story)),
      ...(await store.eventArticlesOfStories([story])),
    ]);
    dated.push({ story, events: await store.eventsOfStories([story]), reported });
  }
  update.discrepancyScopes.push(...stories.map((story) => `story:${story}`));

  // Measures and series, with their figure discrepancies; self-contradictions per article.
  const changedReads = await readings.load(changed);
  const changedMembers = await readings.membersOf(changedReads.map((r) => r.article.id));
  // The holders of the changed articles' members, and the actors the stories' events name, asked with the
  // measures' first lookup (one round trip); the stories' discrepancies go where they were made. Their heads
  // only: these rules name an actor and read its type and country, never its members or roles (a country's
  // grow with the corpus, and these lookups read more of them than the actor scope did).
  const datedAt = update.discrepancies.length;
  const [holders, named] = await Promise.all([
    store.actorHeadsById(unique(changedMembers.values())),
    store.actorHeadsById(unique(dated.flatMap(({ events }) => namedBy(events)))),
    updateMeasures(
      store,
      {
        load: (ids) => readings.load(ids),
        measure: async (reads) => {
          const memberOf = await readings.membersOf(reads.map((r) => r.article.id));
          return measuresWithFacts(reads, memberOf, await readings.context(reads));
        },
      },
      changedReads,
      update,
    ),
  ]);
  update.discrepancies.splice(
    datedAt,
    0,
    ...dated.flatMap(({ story, events, reported }) =>
      scoped(`story:${story}`, datedDiscrepancies(events, namedIn(named, events), reported)),
    ),
  );
  for (const read of changedReads) {
    update.discrepancyScopes.push(`article:${read.article.id}`);
    update.discrepancies.push(
      ...scoped(`article:${read.article.id}`, selfContradictions([read], holders, changedMembers)),
    );
  }
  update.eventReports = readings.madeReports;
  await store.saveConnected(update);
}

/**
 * The hidden groups' rows, written as the actors' are: one resolved again to what it was, naming none of
 * the seeds, is left alone; a sampled one that stayed hidden gets its new members; every other one of the
 * scope is replaced whole (one that became an actor goes).
 */
function hiddenWrites(
  scope: ActorScope,
  seeds: ReadonlySet<string>,
  keysOf: (members: readonly string[]) => string[],
): Pick<ConnectedUpdate, 'removeHidden' | 'hidden'> {
  const beforeById = new Map(scope.hiddenBefore.map((g) => [g.id, g]));
  const same = new Set(
    scope.hiddenAfter
      .filter((g) => !g.members.some((m) => seeds.has(articleOf(m))))
      .filter((g) => JSON.stringify(beforeById.get(g.id)) === JSON.stringify(g))
      .map((g) => g.id),
  );
  const hubs = new Map(scope.hiddenBefore.filter((g) => scope.sampled.has(g.id)).map((g) => [g.id, g]));
  const stillHidden = new Set(scope.hiddenAfter.map((g) => g.id));
  return {
    removeHidden: scope.hiddenBefore
      .filter((g) => !same.has(g.id) && !(hubs.has(g.id) && stillHidden.has(g.id)))
      .map((g) => g.id),
    hidden: scope.hiddenAfter
      .filter((g) => hubs.get(g.id) !== g && !same.has(g.id))
      .map((entity) => {
        const had = new Set(hubs.get(entity.id)?.members ?? []);
        const members = entity.members.filter((m) => !had.has(m));
        return { entity, keys: keysOf(members), members };
      }),
  };
}

/** A story's events and its articles' reports, whose discrepancies are made once their actors are read. */
interface Dated {
  story: string;
  events: MergedEvent[];
  reported: readonly ReportedArticle[];
}

const namedBy = (events: readonly MergedEvent[]) =>
  unique(events.flatMap((e) => [...e.sourceIds, ...e.targetIds]));

/** Of `actors` (as `actorHeadsById` lists them), those `events` name: what asking for them alone gives. */
function namedIn(actors: readonly ActorHead[], events: readonly MergedEvent[]): ActorHead[] {
  const ids = new Set(namedBy(events));
  return actors.filter((a) => ids.has(a.id));
}

/**
 * A story's event discrepancies: dates its reports disagree on, and figures of one event (`reported`: the
 * story's articles, with the figures kept with their event reports; `named`: the actors the events name,
 * read after the actors were written).
 */
function datedDiscrepancies(
  events: MergedEvent[],
  named: ActorHead[],
  reported: readonly ReportedArticle[],
): Discrepancy[] {
  const byId = new Map(
    reported.map((r) => [r.articleId, { article: r.article, reading: { figures: r.figures } }]),
  );
  return [...eventDiscrepancies(events, named), ...eventFigureDiscrepancies(events, named, byId)];
}

/**
 * Keeps a user's merge or split of actors and applies it to the stored records at once, in one
 * transaction: the actors it names are resolved again with it (see `reconnect`).
 */
export function decideEntity(store: Store, decision: EntityDecision): Promise<void> {
  return store.transaction(async (tx) => {
    await tx.addEntityDecision(decision);
    const ids = decision.kind === 'merge' ? [decision.first, decision.second] : [decision.first];
    const named = await tx.actorsById(ids);
    const articles = named.flatMap((a) => a.members.map(articleOf));
    if (decision.kind === 'split') articles.push(articleOf(decision.second));
    await reconnect(tx, unique(articles));
  });
}
