import type { Discrepancy, MergedEvent, ReadArticle, ResolvedEntity, Series } from '../../core/connected.js';
import { eventFigureDiscrepancies } from './event-figures.js';
import { eventDiscrepancies } from './events.js';
import { figureDiscrepancies } from './figures.js';
import { roleDiscrepancies } from './roles.js';
import { selfContradictions } from './self-contradiction.js';
import { spellingDiscrepancies } from './spelling.js';

/**
 * Where the sources disagree: a person's title at one time, the spelling of a name, a figure for one date,
 * a figure of one merged event (its dead, say), an event's date, and an article contradicting itself about who is in office. Each discrepancy lists the
 * variants with the articles and sentences that give them. `measures` are the figures grouped by measure
 * (`figureMeasures`), a date's worth or more.
 */
export function findDiscrepancies(
  articles: ReadArticle[],
  entities: ResolvedEntity[],
  events: MergedEvent[],
  measures: Series[],
): Discrepancy[] {
  const byId = new Map(articles.map((a) => [a.article.id, a]));
  const memberOf = new Map(entities.flatMap((e) => e.members.map((m): [string, string] => [m, e.id])));
  return [
    ...roleDiscrepancies(entities),
    ...spellingDiscrepancies(entities, byId),
    ...figureDiscrepancies(measures, byId),
    ...eventDiscrepancies(events, entities),
    ...eventFigureDiscrepancies(events, entities, byId),
    ...selfContradictions(articles, entities, memberOf),
  ];
}
