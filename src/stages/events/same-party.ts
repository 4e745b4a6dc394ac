import type { EventActor } from '../../core/analysis.js';

/** Sectors that are the state itself: a country named as an actor ("Russia") acts through them. */
const STATE: ReadonlySet<EventActor['sector']> = new Set([null, 'government', 'military', 'police']);

/**
 * Whether two actors (neither a person) are one state twice over: a country named as itself ("Russia") and
 * one of its state bodies ("Russian forces"). A country acting on its own rebels, press or people is two
 * parties, as is a state and one of its citizens.
 */
export function sameCountry(a: EventActor, b: EventActor): boolean {
  return (
    a.country !== null &&
    a.country === b.country &&
    (a.sector === null || b.sector === null) &&
    STATE.has(a.sector) &&
    STATE.has(b.sector)
  );
}

/**
 * Whether one entity on both sides of an event is two parties: the text names two sectors of it, one
 * outside the state ("Algerian landowners protested against Algerian security forces", "Croatia is
 * investigating crimes by Croatian extremists"). A domestic event keeps its target so.
 */
export const twoSectors = (a: EventActor, b: EventActor): boolean =>
  a.sector !== b.sector && (!STATE.has(a.sector) || !STATE.has(b.sector));
