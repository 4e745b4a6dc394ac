import { useMemo } from 'react';
import { api, getJson } from '../api';
import type { Network } from '../api';
import { Empty, Status } from '../components/Status';
import { useFetch } from '../components/use-fetch';
import { useTitle } from '../components/use-title';
import { FAMILY_LABEL, eventFamily } from '../event-types';
import type { EventFamily } from '../event-types';
import { forceLayout } from '../network/layout';
import { Link, navigate, useLocation, withParams } from '../router';

const WIDTH = 900;
const HEIGHT = 640;
// Wide sideways: names are drawn centred under their node and must not run off the picture.
const MARGIN = { x: 110, y: 40 };
/** Past this, labels overlap whatever the layout; the busiest actors are the ones worth drawing. */
const MAX_NODES = 40;

type Edge = NonNullable<Network['edges']>[number];

export function NetworkView() {
  const location = useLocation();
  const type = location.query.get('type') ?? '';
  useTitle('Network');
  const network = useFetch('network', (signal) => getJson<Network>(api.network(), signal));
  const types = [...new Set((network.data?.edges ?? []).map((e) => e.type ?? 'OTHER'))].sort();
  return (
    <>
      <h1>Network</h1>
      <p>
        Who met, demanded, sanctioned or attacked whom, over every event in the dossier. An arrow points from
        the actor to the target; a thicker line is more events.
      </p>
      <div className="filters">
        <label>
          Events{' '}
          <select
            value={type}
            onChange={(e) => navigate(withParams(location, { type: e.target.value }), { replace: true })}
          >
            <option value="">All types</option>
            {types.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Status fetched={network}>{(data) => <Graph network={data} type={type} />}</Status>
    </>
  );
}

function Graph({ network, type }: { network: Network; type: string }) {
  const { nodes, edges, positions } = useMemo(() => {
    const chosenEdges = (network.edges ?? []).filter((e) => !type || (e.type ?? 'OTHER') === type);
    const degree = new Map<string, number>();
    for (const e of chosenEdges) {
      degree.set(e.source, (degree.get(e.source) ?? 0) + (e.count ?? 1));
      degree.set(e.target, (degree.get(e.target) ?? 0) + (e.count ?? 1));
    }
    const chosenNodes = (network.nodes ?? [])
      .filter((n) => degree.has(n.id))
      .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.id.localeCompare(b.id))
      .slice(0, MAX_NODES);
    const shown = new Set(chosenNodes.map((n) => n.id));
    const shownEdges = chosenEdges.filter((e) => shown.has(e.source) && shown.has(e.target));
    const layout = forceLayout(
      chosenNodes.map((n) => n.id),
      shownEdges.map((e): [string, string] => [e.source, e.target]),
      WIDTH,
      HEIGHT,
      MARGIN,
    );
    return { nodes: chosenNodes, edges: shownEdges, positions: layout };
  }, [network, type]);

  if (nodes.length === 0)
    return <Empty>No events between named actors{type ? ` of type ${type}` : ''}.</Empty>;
  const names = new Map(nodes.map((n) => [n.id, n.name ?? n.id]));
  const maxMentions = Math.max(1, ...nodes.map((n) => n.mentions ?? 1));
  const radius = (mentions: number | null | undefined) => 6 + 14 * Math.sqrt((mentions ?? 1) / maxMentions);
  const radii = new Map(nodes.map((n) => [n.id, radius(n.mentions)]));
  return (
    <>
      <figure className="network">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="network-caption">
          <defs>
            {(Object.keys(FAMILY_LABEL) as EventFamily[]).map((family) => (
              <marker
                key={family}
                id={`arrow-${family}`}
                viewBox="0 0 10 10"
                refX="10"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto-start-reverse"
              >
                <path d="M 0 0 L 10 5 L 0 10 z" className={`arrow family-${family}`} />
              </marker>
            ))}
          </defs>
          {edges.map((edge, index) => (
            <EdgeLine key={index} edge={edge} positions={positions} radii={radii} names={names} />
          ))}
          {nodes.map((node) => {
            const at = positions.get(node.id);
            if (!at) return null;
            return (
              <Link key={node.id} to={`/actors/${encodeURIComponent(node.id)}`} className="node-link">
                <circle
                  cx={at.x}
                  cy={at.y}
                  r={radii.get(node.id)}
                  className={`node node-${node.type ?? 'other'}`}
                />
                <text
                  x={at.x}
                  y={at.y + (radii.get(node.id) ?? 8) + 14}
                  textAnchor="middle"
                  className="node-label"
                >
                  {node.name ?? node.id}
                </text>
              </Link>
            );
          })}
        </svg>
        <figcaption id="network-caption">
          {nodes.length} actors and {edges.length} links{type ? ` of type ${type}` : ''}; colours as in the
          timeline: {Object.values(FAMILY_LABEL).join('; ')}. The same links are listed below.
        </figcaption>
      </figure>
      <details className="panel">
        <summary>The links as a list</summary>
        <ul className="entry-list">
          {[...edges]
            .sort((a, b) => (b.count ?? 1) - (a.count ?? 1))
            .map((edge, index) => (
              <li key={index}>
                <Link to={`/actors/${encodeURIComponent(edge.source)}`}>{names.get(edge.source)}</Link>{' '}
                <span className={`badge family-${eventFamily(edge.type)}`}>{edge.type ?? 'OTHER'}</span>{' '}
                <Link to={`/actors/${encodeURIComponent(edge.target)}`}>{names.get(edge.target)}</Link>{' '}
                <span className="muted small">×{edge.count ?? 1}</span>
              </li>
            ))}
        </ul>
      </details>
    </>
  );
}

function EdgeLine({
  edge,
  positions,
  radii,
  names,
}: {
  edge: Edge;
  positions: Map<string, { x: number; y: number }>;
  radii: Map<string, number>;
  names: Map<string, string>;
}) {
  const from = positions.get(edge.source);
  const to = positions.get(edge.target);
  if (!from || !to) return null;
  // Stop the line at the target's rim so the arrowhead stays visible.
  const length = Math.max(1, Math.hypot(to.x - from.x, to.y - from.y));
  const rim = (radii.get(edge.target) ?? 8) + 2;
  const end = { x: to.x - ((to.x - from.x) / length) * rim, y: to.y - ((to.y - from.y) / length) * rim };
  const family = eventFamily(edge.type);
  return (
    <line
      x1={from.x}
      y1={from.y}
      x2={end.x}
      y2={end.y}
      className={`edge family-${family}`}
      strokeWidth={1 + Math.log2(edge.count ?? 1)}
      markerEnd={`url(#arrow-${family})`}
    >
      <title>{`${names.get(edge.source)} ${edge.type ?? ''} ${names.get(edge.target)} (${edge.count ?? 1})`}</title>
    </line>
  );
}
