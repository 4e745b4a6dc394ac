import type { Quote, Stance } from '../core/analysis.js';
import { actorItems } from '../core/reading-items.js';
import type { ArticleActorItems } from '../core/reading-items.js';
import type { MergedEvent, ResolvedEntity, ResolvedRole } from '../core/connected.js';
import type { ConnectedDossier } from './connect.js';

export interface ActorQuote {
  articleId: string;
  published: string | null;
  quote: Quote;
}

export interface ActorPosition {
  issue: string;
  /** Oldest first: how the actor's position on the issue moved. */
  stances: Array<{
    articleId: string;
    published: string | null;
    position: Stance['position'];
    evidence: string;
  }>;
}

export interface ActorProfile {
  entity: ResolvedEntity;
  /** Roles in date order, as the articles give them. */
  roles: ResolvedRole[];
  positions: ActorPosition[];
  quotes: ActorQuote[];
  events: MergedEvent[];
}

const byDate = (a: string | null, b: string | null) => (a ?? '9999').localeCompare(b ?? '9999');

/** One actor across every article: roles over time, positions by issue, what they said, what they did. */
export function actorProfile(dossier: ConnectedDossier, entity: ResolvedEntity): ActorProfile {
  const articles = dossier.articles.map(({ article, reading }) => ({ article, ...actorItems(reading) }));
  return actorProfileOf(entity, articles, dossier.memberOf, dossier.events);
}

/**
 * The profile from what it reads of each article (`ActorItems`, which the stores keep beside each
 * reading): `memberOf` maps a member key (`<articleId>/<localId>`) to its actor.
 */
export function actorProfileOf(
  entity: ResolvedEntity,
  articles: readonly ArticleActorItems[],
  memberOf: ReadonlyMap<string, string>,
  events: readonly MergedEvent[],
): ActorProfile {
  const isActor = (articleId: string, localId: string | null) =>
    localId !== null && memberOf.get(`${articleId}/${localId}`) === entity.id;
  const quotes: ActorQuote[] = [];
  const positions = new Map<string, ActorPosition>();
  for (const { article, ...items } of articles) {
    for (const quote of items.quotes) {
      if (isActor(article.id, quote.speakerId))
        quotes.push({ articleId: article.id, published: article.published, quote });
    }
    for (const stance of items.stances) {
      if (!isActor(article.id, stance.actorId)) continue;
      const position = positions.get(stance.issue) ?? { issue: stance.issue, stances: [] };
      position.stances.push({
        articleId: article.id,
        published: article.published,
        position: stance.position,
        evidence: stance.evidence,
      });
      positions.set(stance.issue, position);
    }
  }
  for (const position of positions.values())
    position.stances.sort((a, b) => byDate(a.published, b.published));
  return {
    entity,
    roles: [...entity.roles].sort((a, b) => byDate(a.date, b.date)),
    positions: [...positions.values()].sort((a, b) => a.issue.localeCompare(b.issue)),
    quotes: quotes.sort((a, b) => byDate(a.published, b.published)),
    events: events.filter((e) => e.sourceIds.includes(entity.id) || e.targetIds.includes(entity.id)),
  };
}
