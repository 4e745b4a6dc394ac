import { JOINING_PRINTS } from '../connect/events/passages.js';
import { reportedPassageKeys } from '../connect/events/reports.js';
import type { Store } from '../store/store.js';
import { type Readings, unique } from './scope-readings.js';

/** The groups of stories whose events are merged together, and what merging them is told. */
export interface EventGroups {
  groups: string[][];
  /**
   * Of the groups' passage keys, those printed in more than `JOINING_PRINTS` articles once the seeds are
   * filed under their new keys: they join no two stories (`EventContext.common`).
   */
  common: Set<string>;
}

/**
 * The stories whose events are merged together. Events merge within a story, and across two stories only
 * where one passage, printed in few articles (`JOINING_PRINTS`), is printed in both
 * (`connect/events/passages.ts`): so the stories a linking changed are merged with every story they reach
 * through such a passage key their articles share (looked up in the passage index, never by a scan), and
 * with every story an event stored now reaches (so that an event that no longer spans two stories is
 * rewritten on both sides). Merging each group alone gives what merging every article at once
 * (`connectAll`) gives: no event can join reports of two groups. Called once the actors are written (it
 * reads the stories' members ahead, see `Readings.membersOf`).
 *
 * What a story reaches is bounded by the rule, not by the corpus: each key is read as a range of at most
 * `JOINING_PRINTS + 1` rows, and a key printed in more joins nothing and is followed no further. A passage
 * the seeds take past the bound (or back under it) changes the events of the stories of its other
 * articles, joined by it until now (or from now on), which are merged again too: at most `JOINING_PRINTS`
 * of them, once in the passage's life.
 *
 * `seeds`: the articles linked now, with the passage keys they are filed under from now on (replacing the
 * stored ones, see `ConnectedUpdate.passages`).
 */
export async function eventGroups(
  store: Store,
  readings: Readings,
  stories: readonly string[],
  seeds: ReadonlyArray<{ articleId: string; keys: readonly string[] }>,
): Promise<EventGroups> {
  const seedIds = seeds.map((s) => s.articleId);
  const holdingNow = byKey(seeds.map((s) => [s.articleId, s.keys]));
  const holdingBefore = byKey(Object.entries(await store.passageKeysOf(seedIds)));
  /** Each key's holders other than the seeds, at most `JOINING_PRINTS + 1` (enough to tell it common). */
  const others = new Map<string, string[]>();
  const lookUp = async (keys: readonly string[]) => {
    const unknown = unique(keys).filter((key) => !others.has(key));
    if (unknown.length === 0) return;
    const found = await store.passageHolders(unknown, seedIds, JOINING_PRINTS + 1);
    for (const key of unknown) others.set(key, found[key] ?? []);
  };
  const holders = (key: string, seedsHolding: ReadonlyMap<string, string[]>) => [
    ...others.get(key)!,
    ...(seedsHolding.get(key) ?? []),
  ];
  const common = new Set<string>();

  // The passages whose seeds changed, and among them those taken past the bound or back under it.
  const filedAnew = unique([...holdingNow.keys(), ...holdingBefore.keys()]).filter(
    (key) => holdingNow.get(key)?.length !== holdingBefore.get(key)?.length,
  );
  await lookUp(filedAnew);
  const crossed = filedAnew.filter(
    (key) =>
      holders(key, holdingBefore).length > JOINING_PRINTS !==
      holders(key, holdingNow).length > JOINING_PRINTS,
  );
  const starts = [
    ...stories,
    ...(await readings.storiesOf(unique(crossed.flatMap((key) => others.get(key)!)))).values(),
  ];

  const seen = new Set<string>();
  const groups: string[][] = [];
  for (const start of starts) {
    if (seen.has(start)) continue;
    seen.add(start);
    const group = [start];
    for (let i = 0; i < group.length; i++) {
      const story = group[i]!;
      const articles = await readings.articlesOfStory(story);
      // Their stored event reports' passage keys: no reading is decoded (see `Readings.reports`).
      const own = await readings.reports(articles);
      const { furniture } = await readings.reportedContext(own);
      const keys = unique(own.flatMap((r) => reportedPassageKeys(r.reports, furniture.get(r.articleId))));
      // Asked at once, one round trip in a PostgreSQL transaction (see `TransactionClient`): with them the
      // members of the story's articles, which merging its events asks next (the actors are written).
      const [, reported, eventStories] = await Promise.all([
        lookUp(keys),
        store.eventArticlesOfStories([story]),
        store.eventStoriesOfArticles(articles),
        readings.membersOf(articles),
      ]);
      const joined: string[] = [];
      for (const key of keys) {
        const now = holders(key, holdingNow);
        if (now.length > JOINING_PRINTS) common.add(key);
        else joined.push(...now);
      }
      const storyOf = await readings.storiesOf(unique([...joined, ...reported]));
      const reached = [...storyOf.values(), ...eventStories];
      for (const next of reached) {
        if (next === '' || seen.has(next)) continue;
        seen.add(next);
        group.push(next);
      }
    }
    groups.push(group);
  }
  return { groups, common };
}

/** Articles' keys as the articles filed under each key. */
function byKey(filed: ReadonlyArray<readonly [string, readonly string[]]>): Map<string, string[]> {
  const holding = new Map<string, string[]>();
  for (const [articleId, keys] of filed)
    for (const key of new Set(keys)) holding.set(key, [...(holding.get(key) ?? []), articleId]);
  return holding;
}
