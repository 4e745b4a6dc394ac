import type { Event, EventMode, EventType } from '../../core/analysis.js';

/**
 * One event named twice in an article: "a meeting between officials from both nations in Jeddah" and, in
 * the next sentence, "On Tuesday, after eight hours of negotiations, …". The second mention names nobody,
 * so it is no event of its own; what it does say (when, where) belongs to the event of its type named
 * beside it, which takes it where it says nothing itself.
 */

/** An event mention that names no actor: what its own clause says of it. */
export interface BareMention {
  type: EventType;
  mode: EventMode;
  sentence: number;
  /** Where its trigger starts. */
  start: number;
  date: string | null;
  place: string | null;
}

/** How many sentences apart the two mentions of one event may be: the same one or the next. */
const NEAR = 1;

/**
 * Lends each bare mention's date and place to the one event it can refer to: of its type and mode, with
 * actors, in its sentence or a sentence next to it, saying no other date or place. Where two events are
 * equally near (two meetings in the sentence before), the mention is ambiguous and lends nothing.
 */
export function joinMentions(events: readonly Event[], bare: readonly BareMention[]): Event[] {
  const out = events.map((e) => ({ ...e }));
  for (const b of bare) {
    if (b.date === null && b.place === null) continue;
    const hosts = out.filter(
      (e) =>
        e.type === b.type &&
        e.mode === b.mode &&
        Math.abs(e.sentence - b.sentence) <= NEAR &&
        (b.date === null || e.date === null || e.date === b.date) &&
        (b.place === null || e.place === null || e.place === b.place),
    );
    // The same sentence first, then the one before (an anaphor looks back), then the one after.
    const rank = (e: Event): number => (e.sentence === b.sentence ? 0 : e.sentence < b.sentence ? 1 : 2);
    const best = Math.min(...hosts.map(rank));
    const nearest = hosts.filter((e) => rank(e) === best);
    if (nearest.length !== 1) continue;
    const host = nearest[0]!;
    if (host.date === null && b.date !== null) [host.date, host.dateFrom] = [b.date, 'clause'];
    host.place ??= b.place;
  }
  return out;
}
