import type { Story } from '../../core/connected.js';
import { NotFoundError } from '../../core/errors.js';
import type { ConnectedDossier } from '../connect.js';
import { confidentDossier } from '../trust.js';
import type { HiddenCounts } from '../trust.js';

export function requireStory(dossier: ConnectedDossier, storyId: string): Story {
  const story = dossier.stories.find((s) => s.id === storyId);
  if (!story) throw new NotFoundError('story', storyId);
  return story;
}

/**
 * The dossier as one story's articles tell it, so every format can be limited to a story the same way.
 * A discrepancy is kept whole when one of its sides is in the story: the other side is what makes it one.
 */
export function narrowToStory(dossier: ConnectedDossier, storyId: string): ConnectedDossier {
  const story = requireStory(dossier, storyId);
  const inStory = new Set(story.articleIds);
  const events = dossier.events.filter((event) => event.storyId === story.id);
  const actors = new Set(events.flatMap((event) => [...event.sourceIds, ...event.targetIds]));
  return {
    articles: dossier.articles.filter((read) => inStory.has(read.article.id)),
    entities: dossier.entities.filter(
      (entity) =>
        actors.has(entity.id) || entity.members.some((member) => inStory.has(member.split('/')[0]!)),
    ),
    memberOf: dossier.memberOf,
    events,
    stories: [story],
    duplicates: dossier.duplicates.filter((pair) => inStory.has(pair.a) || inStory.has(pair.b)),
    discrepancies: dossier.discrepancies.filter((d) =>
      d.variants.some((variant) => variant.articleIds.some((id) => inStory.has(id))),
    ),
    series: dossier.series
      .map((series) => ({ ...series, points: series.points.filter((p) => inStory.has(p.articleId)) }))
      .filter((series) => series.points.length > 0),
  };
}

/**
 * What an export holds: one story's part of the dossier or all of it, and only what Dossier is confident
 * of unless `all`, with the counts of what was left out (null with `all`).
 */
export function exportScope(
  whole: ConnectedDossier,
  options: { storyId?: string | undefined; all?: boolean | undefined },
): { dossier: ConnectedDossier; hidden: HiddenCounts | null } {
  const scoped = options.storyId === undefined ? whole : narrowToStory(whole, options.storyId);
  if (options.all) return { dossier: scoped, hidden: null };
  return confidentDossier(scoped);
}
