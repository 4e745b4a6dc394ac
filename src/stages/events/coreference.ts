import type { Event, EventMode, EventType } from '../../core/analysis.js';

/**
 * One event named twice in an article: "a meeting between officials from both nations in Jeddah" and, in
 * the next sentence, "On Tuesday, after eight hours of negotiations, …". The second mention names nobody,
 * so it is no event of its own; when it happened belongs to the event of its type named beside it, which
 * takes it where it says nothing itself.
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
  /** Named with "a" or "an": a new event, not one already named. */
  indefinite: boolean;
}

/** How many sentences apart the two mentions of one event may be: the next one, before or after. */
const NEAR = 1;

/** A date that names a day ("2025-03-11"): a week, a month or a vague time is too loose to join by. */
const DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * Lends a bare mention's day to the one event it can refer to: of its type and mode, with actors, in the
 * sentence before or after, placed but not dated, and placed nowhere else by the mention. A meeting in
 * Jeddah takes the Tuesday of "eight hours of negotiations" in the next sentence; an event with no place to
 * tie the two, an indefinite mention ("a summit"), or a mention in its own sentence (where the clause
 * decides the date) lends nothing. Where two events of the type are equally near the mention is ambiguous.
 * Places are not lent: on the dev news they were as often another event's as this one's.
 */
export function joinMentions(events: readonly Event[], bare: readonly BareMention[]): Event[] {
  const out = events.map((e) => ({ ...e }));
  for (const b of bare) {
    if (b.date === null || !DAY.test(b.date) || b.indefinite) continue;
    const candidates = out.filter(
      (e) =>
        e.type === b.type &&
        e.mode === b.mode &&
        e.sentence !== b.sentence &&
        Math.abs(e.sentence - b.sentence) <= NEAR,
    );
    // The sentence before first (an anaphor looks back), then the one after.
    const before = candidates.filter((e) => e.sentence < b.sentence);
    const nearest = before.length > 0 ? before : candidates;
    if (nearest.length !== 1) continue;
    const host = nearest[0]!;
    if (host.place !== null && host.date === null && (b.place ?? host.place) === host.place)
      [host.date, host.dateFrom] = [b.date, 'clause'];
  }
  return out;
}
