import type { EventActor } from '../../core/analysis.js';

/** Sectors that are the state itself: a country named as an actor ("Russia") acts through them. */
const STATE: ReadonlySet<EventActor['sector']> = new Set([null, 'government', 'military', 'police']);

/**
 * Whether two actors (neither a person) are one state twice over: a country named as itself ("Russia") and
 * one of its state bodies ("Russian forces"). A country acting on its own rebels, press or people is two
 * parties, as is a state and one of its citizens. A group named as itself (`isGroup`: "Iraqi Kurds",
 * "Hamas") is a body of the state only where the text gives it a state sector ("the Kurdish government"):
 * with none it is a party apart ("Iraqi Kurds demonstrated … calling for independence from Iraq").
 */
export function sameCountry(
  a: EventActor,
  b: EventActor,
  isGroup: (id: string) => boolean = () => false,
): boolean {
  const unsectoredGroup = (x: EventActor) => x.sector === null && isGroup(x.id);
  return (
    a.country !== null &&
    a.country === b.country &&
    (a.sector === null || b.sector === null) &&
    STATE.has(a.sector) &&
    STATE.has(b.sector) &&
    !unsectoredGroup(a) &&
    !unsectoredGroup(b)
  );
}

/**
 * Whether one entity on both sides of an event is two parties: the text names two sectors of it, one
 * outside the state ("Algerian landowners protested against Algerian security forces", "Croatia is
 * investigating crimes by Croatian extremists"). A domestic event keeps its target so.
 */
export const twoSectors = (a: EventActor, b: EventActor): boolean =>
  a.sector !== b.sector && (!STATE.has(a.sector) || !STATE.has(b.sector));
