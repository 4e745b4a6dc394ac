import type { EntityType, EventMode, EventType } from '../core/analysis.js';
import type { MergedEvent, ResolvedEntity } from '../core/connected.js';

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

/** Events that did not or may not happen: drawing them as ties would show meetings nobody held. */
const UNREAL: ReadonlySet<EventMode> = new Set(['denied', 'hypothetical']);

/**
 * Who acted on whom: one edge per actor, target and kind of event (met, demanded, sanctioned, attacked),
 * with the events behind it. Actors acting on themselves ("Russia agreed with Russia", a reading slip)
 * are left out, as are actors with no tie.
 */
export function actorNetwork(entities: ResolvedEntity[], events: MergedEvent[]) {
  const edges = new Map<string, NetworkEdge>();
  for (const event of events) {
    if (UNREAL.has(event.mode)) continue;
    for (const source of event.sourceIds) {
      for (const target of event.targetIds) {
        if (source === target) continue;
        const key = `${source}\u0000${target}\u0000${event.type}`;
        const edge = edges.get(key) ?? { source, target, type: event.type, count: 0, eventIds: [] };
        edge.count += 1;
        edge.eventIds.push(event.id);
        edges.set(key, edge);
      }
    }
  }
  const tied = new Set([...edges.values()].flatMap((e) => [e.source, e.target]));
  const nodes: NetworkNode[] = entities
    .filter((e) => tied.has(e.id))
    .map((e) => ({ id: e.id, name: e.name, type: e.type, country: e.country, mentions: e.mentionCount }))
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  return {
    nodes,
    edges: [...edges.values()].sort((a, b) => b.count - a.count || a.source.localeCompare(b.source)),
  };
}
