import { parseTimex } from '../connect/events/dates.js';
import type { ResolutionDecisions } from '../connect/entities/index.js';
import type { Discrepancy, MergedEvent } from '../core/connected.js';
import type { ConnectedUpdate, EntityDecision } from '../core/ports.js';
import { timelineKey } from './timeline.js';

/** What incremental linking (`connected.ts`) and the bulk rebuild (`connected-rebuild.ts`) write alike. */

export function asDecisions(decisions: EntityDecision[]): ResolutionDecisions {
  return {
    merge: decisions.filter((d) => d.kind === 'merge').map((d): [string, string] => [d.first, d.second]),
    split: decisions.filter((d) => d.kind === 'split').map((d): [string, string] => [d.first, d.second]),
  };
}

export const scoped = (scope: string, found: Discrepancy[]) =>
  found.map((discrepancy) => ({ scope, discrepancy }));

/**
 * An event as stored: listed as `mergeEvents` makes them (by their first report's publication day, article
 * and place), placed in a timeline as `buildTimeline` places them, and with the days it may fall on.
 */
export function eventRow(
  event: MergedEvent,
  published: ReadonlyMap<string, string>,
): ConnectedUpdate['events'][number] {
  const first = event.evidence[0];
  const order = first
    ? `${published.get(first.articleId) ?? ''}|${first.articleId}|${String(first.start).padStart(9, '0')}`
    : '';
  const days = parseTimex(event.date);
  return { event, order, timeline: timelineKey(event), days: days ? { from: days.from, to: days.to } : null };
}
