import type { EntityType } from '../core/analysis.js';
import type { ActorHead } from '../core/connected.js';
import type { NetworkEdges } from '../core/ports.js';

export interface NetworkNode {
  id: string;
  name: string;
  type: EntityType;
  country: string | null;
  mentions: number;
}

export type NetworkEdge = NetworkEdges['edges'][number];

/**
 * Who acted on whom: the edges the store keeps counted (`RecordViews.networkEdges`: one per actor, target
 * and kind of event, each with its count and a sample of its events), with a node for each actor they
 * join, the most mentioned first.
 */
export function actorNetwork(actors: readonly ActorHead[], edges: NetworkEdge[]) {
  const tied = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes: NetworkNode[] = actors
    .filter((e) => tied.has(e.id))
    .map((e) => ({ id: e.id, name: e.name, type: e.type, country: e.country, mentions: e.mentionCount }))
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  return { nodes, edges };
}
