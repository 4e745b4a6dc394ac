import type { EventType } from '../../core/analysis.js';
import type { ConnectedDossier } from '../connect.js';
import { entityIndex, escapeMarkup } from './text.js';

interface ActorEdge {
  source: string;
  target: string;
  events: number;
  types: Set<EventType>;
}

/** Every source → target pair of every event; an actor on both sides of one event is no edge to itself. */
function actorEdges(dossier: ConnectedDossier): ActorEdge[] {
  const edges = new Map<string, ActorEdge>();
  for (const event of dossier.events) {
    for (const source of event.sourceIds) {
      for (const target of event.targetIds) {
        if (source === target) continue;
        const key = `${source}\u0000${target}`;
        const edge = edges.get(key) ?? { source, target, events: 0, types: new Set<EventType>() };
        edge.events += 1;
        edge.types.add(event.type);
        edges.set(key, edge);
      }
    }
  }
  return [...edges.values()].sort(
    (a, b) => a.source.localeCompare(b.source) || a.target.localeCompare(b.target),
  );
}

const attribute = (key: string, value: string | number) =>
  `<attvalue for="${key}" value="${escapeMarkup(String(value))}"/>`;

/**
 * The actor network as GEXF 1.3 for Gephi: a node for every resolved actor taking part in an event, a
 * directed edge for every source → target pair weighted by the number of events between them.
 */
export function gexf(dossier: ConnectedDossier): string {
  const entities = entityIndex(dossier);
  const taking = new Set(dossier.events.flatMap((event) => [...event.sourceIds, ...event.targetIds]));
  const nodes = [...taking]
    .flatMap((id) => entities.get(id) ?? [])
    .sort((a, b) => b.mentionCount - a.mentionCount || a.id.localeCompare(b.id))
    .map((entity) => {
      const values = [
        attribute('type', entity.type),
        entity.country === null ? '' : attribute('country', entity.country),
        attribute('mentions', entity.mentionCount),
      ].join('');
      return `      <node id="${escapeMarkup(entity.id)}" label="${escapeMarkup(entity.name)}"><attvalues>${values}</attvalues></node>`;
    });
  // An edge naming an id with no node would make Gephi invent a bare, unlabelled node.
  const edges = actorEdges(dossier)
    .filter((edge) => entities.has(edge.source) && entities.has(edge.target))
    .map(
      (edge, i) =>
        `      <edge id="e${i}" source="${escapeMarkup(edge.source)}" target="${escapeMarkup(edge.target)}" weight="${edge.events}"><attvalues>${attribute('types', [...edge.types].sort().join(', '))}</attvalues></edge>`,
    );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>Dossier</creator>',
    '    <description>Actors taking part in the events the articles report; edges run from source to target, weighted by event count</description>',
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node" mode="static">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="country" title="country" type="string"/>',
    '      <attribute id="mentions" title="mentions" type="integer"/>',
    '    </attributes>',
    '    <attributes class="edge" mode="static">',
    '      <attribute id="types" title="types" type="string"/>',
    '    </attributes>',
    '    <nodes>',
    ...nodes,
    '    </nodes>',
    '    <edges>',
    ...edges,
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
