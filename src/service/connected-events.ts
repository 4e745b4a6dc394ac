import { reportedPassageKeys } from '../connect/events/reports.js';
import type { Store } from '../store/store.js';
import { type Readings, unique } from './scope-readings.js';

/**
 * The stories whose events are merged together. Events merge within a story, and across two stories only
 * where one passage is printed in both (`connect/events/passages.ts`): so the stories a linking changed are
 * merged with every story they reach through a passage key their articles share (looked up in the
 * passage index, never by a scan), and with every story an event stored now reaches (so that an event
 * that no longer spans two stories is rewritten on both sides). Merging each group alone gives what merging
 * every article at once (`connectAll`) gives: no event can join reports of two groups. Called once the
 * actors are written (it reads the stories' members ahead, see `Readings.membersOf`).
 */
export async function eventGroups(
  store: Store,
  readings: Readings,
  stories: readonly string[],
): Promise<string[][]> {
  const seen = new Set<string>();
  const groups: string[][] = [];
  for (const start of stories) {
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
      const [passages, reported, eventStories] = await Promise.all([
        store.articlesOfPassages(keys),
        store.eventArticlesOfStories([story]),
        store.eventStoriesOfArticles(articles),
        readings.membersOf(articles),
      ]);
      const storyOf = await readings.storiesOf(unique([...passages, ...reported]));
      const reached = [...storyOf.values(), ...eventStories];
      for (const next of reached) {
        if (next === '' || seen.has(next)) continue;
        seen.add(next);
        group.push(next);
      }
    }
    groups.push(group);
  }
  return groups;
}
