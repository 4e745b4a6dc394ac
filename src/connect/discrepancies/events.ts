import type { Discrepancy, MergedEvent, ActorHead } from '../../core/connected.js';
import { parseTimex, rangesAgree } from '../events/dates.js';
import { discrepancy, VariantTally } from './variants.js';

export function describe(event: MergedEvent, names: ReadonlyMap<string, string>): string {
  const list = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id).join(', ');
  const targets = event.targetIds.length > 0 ? ` → ${list(event.targetIds)}` : '';
  const sources = event.sourceIds.length > 0 ? ` ${list(event.sourceIds)}` : '';
  return `${event.type}${sources}${targets}`;
}

/**
 * A merged event whose reports give dates that do not agree (two days a day apart; a month not holding the
 * day). Places need no check: reports naming different places are never merged (see `events/`).
 */
export function eventDiscrepancies(
  events: readonly MergedEvent[],
  entities: readonly ActorHead[],
): Discrepancy[] {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const found: Discrepancy[] = [];
  for (const event of events) {
    const dated = event.evidence.flatMap((e) => {
      const range = parseTimex(e.date);
      return range ? [{ e, range }] : [];
    });
    if (dated.some((a) => dated.some((b) => !rangesAgree(a.range, b.range)))) {
      const tally = new VariantTally();
      for (const { e, range } of dated) tally.add(range.value, range.value, e);
      found.push(discrepancy('event-date', `date of ${describe(event, names)}`, tally.variants()));
    }
  }
  return found;
}
