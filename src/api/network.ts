import type { EntityType, EventType } from '../core/analysis.js';
import type { ActorHead, EventTie } from '../core/connected.js';

export interface NetworkNode {
  id: string;
  name: string;
  type: EntityType;
  country: string | null;
  mentions: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  type: EventType;
  count: number;
  eventIds: string[];
}

/**
 * Who acted on whom: one edge per actor, target and kind of event (met, demanded, sanctioned, attacked),
 * with the events behind it, from the ties the store keeps beside each event (`eventTies`: no denied or
 * hypothetical event, no actor acting on itself), in the events' order. Actors with no tie are left out.
 */
export function actorNetwork(actors: readonly ActorHead[], ties: readonly EventTie[]) {
  const edges = new Map<string, NetworkEdge>();
  for (const { eventId, source, target, type } of ties) {
    const key = `${source}\u0000${target}\u0000${type}`;
    const edge = edges.get(key) ?? { source, target, type, count: 0, eventIds: [] };
    edge.count += 1;
    edge.eventIds.push(eventId);
    edges.set(key, edge);
  }
  const tied = new Set([...edges.values()].flatMap((e) => [e.source, e.target]));
  const nodes: NetworkNode[] = actors
    .filter((e) => tied.has(e.id))
    .map((e) => ({ id: e.id, name: e.name, type: e.type, country: e.country, mentions: e.mentionCount }))
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  return {
    nodes,
    edges: [...edges.values()].sort((a, b) => b.count - a.count || a.source.localeCompare(b.source)),
  };
}
