import { parseTimex } from '../connect/events/dates.js';
import type { ResolutionDecisions } from '../connect/entities/index.js';
import type { Discrepancy, MergedEvent, ResolvedEntity, ResolvedRole } from '../core/connected.js';
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

const roleKey = (r: ResolvedRole) =>
  JSON.stringify([r.date, r.evidence.articleId, r.evidence.start, r.evidence.end, r.title, r.of, r.country]);

/**
 * A large actor read in part (see `LargeActors`): the places of its members read, those of them it did not
 * keep (`withHubs`), and the place of the last of its members it kept (`lastMemberPlace`; -1 for none, or
 * when it dropped none).
 */
export interface HubOrder {
  place: ReadonlyMap<string, number>;
  dropped: ReadonlySet<string>;
  lastKept: number;
}

/**
 * An actor's rows to write (`ConnectedUpdate.actors`). A new or rewritten actor files every member and
 * role. A large actor that grew (`hub`: as stored before) keeps the longest run of its members still in
 * their stored order; those after it (new ones, and any it holds again further on) are filed after them,
 * and only the roles it gained are added. Keys: those of the members it did not hold. `order`: for a hub
 * whose lists hold only the members read; one it held again stays in place only past the last it kept,
 * read or not, as with its whole list.
 */
export function actorRows(
  entity: ResolvedEntity,
  hub: ResolvedEntity | undefined,
  keysOf: (members: readonly string[]) => string[],
  order?: HubOrder,
): ConnectedUpdate['actors'][number] {
  if (!hub) return { entity, keys: keysOf(entity.members), members: entity.members, roles: entity.roles };
  const place = order?.place ?? new Map(hub.members.map((m, i) => [m, i]));
  let kept = 0;
  for (let last = -1; kept < entity.members.length; kept++) {
    const member = entity.members[kept]!;
    const at = place.get(member);
    if (at === undefined || at < last || (order?.dropped.has(member) && at < order.lastKept)) break;
    last = at;
  }
  // Counted, as two roles may read alike (each is listed).
  const had = new Map<string, number>();
  for (const r of hub.roles) had.set(roleKey(r), (had.get(roleKey(r)) ?? 0) + 1);
  const gained = entity.roles.filter((r) => {
    const left = had.get(roleKey(r)) ?? 0;
    had.set(roleKey(r), left - 1);
    return left <= 0;
  });
  return {
    entity,
    keys: keysOf(entity.members.filter((m) => !place.has(m))),
    members: entity.members.slice(kept),
    roles: gained,
  };
}
