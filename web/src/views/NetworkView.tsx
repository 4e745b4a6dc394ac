import { useMemo, useState, useSyncExternalStore } from 'react';
import { api, getJson, withQuery } from '../api';
import type { Network, NetworkEdge } from '../api';
import { Empty, Status } from '../components/Status';
import { TrustBar, allParam, useShowAll } from '../components/Trust';
import { useFetch } from '../components/use-fetch';
import { useTitle } from '../components/use-title';
import { FAMILY_LABEL, TYPE_WORDS, eventFamily } from '../event-types';
import type { EventFamily } from '../event-types';
import { placeLabels } from '../network/labels';
import { forceLayout } from '../network/layout';
import { Link, navigate, useLocation, withParams } from '../router';

const WIDTH = 900;
const HEIGHT = 640;
// Room at the sides for names placed beside the outermost nodes.
const MARGIN = { x: 90, y: 40 };
/** Past this, labels overlap whatever the layout; the busiest actors are the ones worth drawing. */
const MAX_NODES = 40;

export function NetworkView() {
  const location = useLocation();
  const type = location.query.get('type') ?? '';
  const all = useShowAll();
  useTitle('Network');
  const network = useFetch(`network?${all}`, (signal) =>
    getJson<Network>(api.network(allParam(all)), signal),
  );
  const types = [...new Set((network.data?.edges ?? []).map((e) => e.type))].sort();
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
                {TYPE_WORDS[t] ?? t}
              </option>
            ))}
          </select>
        </label>
      </div>
      {network.data && <TrustBar shown={network.data.events} hidden={network.data.hidden} noun="events" />}
      <Status fetched={network}>{(data) => <Graph network={data} type={type} />}</Status>
    </>
  );
}

/** Average width of a label character at the label's font size, to place labels before drawing them. */
const LABEL_CHAR_PX = 6.8;
const LABEL_FONT_PX = 12;

const edgeWords = (edge: NetworkEdge, names: Map<string, string>) =>
  `${names.get(edge.source)} → ${names.get(edge.target)}: ${edge.count} ${edge.count === 1 ? 'event' : 'events'}, ${(TYPE_WORDS[edge.type] ?? edge.type).toLowerCase()} (${edge.type})`;

function Graph({ network, type }: { network: Network; type: string }) {
  const narrow = useNarrowScreen();
  const [pictureOnNarrow, setPictureOnNarrow] = useState(false);
  const { nodes, edges, positions } = useMemo(() => {
    const chosenEdges = network.edges.filter((e) => !type || e.type === type);
    const degree = new Map<string, number>();
    for (const e of chosenEdges) {
      degree.set(e.source, (degree.get(e.source) ?? 0) + e.count);
      degree.set(e.target, (degree.get(e.target) ?? 0) + e.count);
    }
    const chosenNodes = network.nodes
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
  const maxMentions = Math.max(1, ...nodes.map((n) => n.mentions));
  const radii = new Map(nodes.map((n) => [n.id, 6 + 14 * Math.sqrt(n.mentions / maxMentions)]));
  const labels = useMemo(
    () =>
      placeLabels(
        // The most mentioned first: they get the best spots.
        [...nodes]
          .sort((a, b) => b.mentions - a.mentions)
          .flatMap((n) => {
            const at = positions.get(n.id);
            return at ? [{ id: n.id, x: at.x, y: at.y, r: radii.get(n.id) ?? 8, text: n.name }] : [];
          }),
        WIDTH,
        HEIGHT,
        LABEL_CHAR_PX,
        LABEL_FONT_PX,
      ),
    [nodes, positions, radii],
  );

  if (nodes.length === 0)
    return <Empty>No events between named actors{type ? ` of type ${type}` : ''}.</Empty>;
  const names = new Map(nodes.map((n) => [n.id, n.name]));
  const showPicture = !narrow || pictureOnNarrow;
  return (
    <>
      {narrow && (
        <p>
          <button
            type="button"
            aria-expanded={pictureOnNarrow}
            onClick={() => setPictureOnNarrow(!pictureOnNarrow)}
          >
            {pictureOnNarrow ? 'Hide the picture' : 'Show the picture'}
          </button>{' '}
          <span className="muted small">It needs a wider screen; the links are listed below.</span>
        </p>
      )}
      {showPicture && (
        <figure className="network">
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-labelledby="network-caption">
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
            {edges.map((edge) => (
              <EdgeLine
                key={`${edge.source}-${edge.target}-${edge.type}`}
                edge={edge}
                positions={positions}
                radii={radii}
                title={edgeWords(edge, names)}
              />
            ))}
            {nodes.map((node) => {
              const at = positions.get(node.id);
              const label = labels.get(node.id);
              if (!at) return null;
              return (
                <Link
                  key={node.id}
                  to={`/actors/${encodeURIComponent(node.id)}`}
                  className="node-link"
                  aria-label={node.name}
                >
                  <title>{node.name}</title>
                  <circle cx={at.x} cy={at.y} r={radii.get(node.id)} className={`node node-${node.type}`} />
                  {label && (
                    <text x={label.x} y={label.y} textAnchor={label.anchor} className="node-label">
                      {node.name}
                    </text>
                  )}
                </Link>
              );
            })}
          </svg>
          <figcaption id="network-caption">
            {nodes.length} actors and {edges.length} links{type ? ` of type ${type}` : ''}. An arrow points
            from the actor to the one acted upon; a thicker line is more events; hover a line for its events.
            Colours as in the timeline: {Object.values(FAMILY_LABEL).join('; ')}.
          </figcaption>
        </figure>
      )}
      <LinkTable edges={edges} names={names} />
    </>
  );
}

/** Every link in words: who, what kind of event, on whom, how many (its events on the timeline); the picture's fallback. */
function LinkTable({ edges, names }: { edges: NetworkEdge[]; names: Map<string, string> }) {
  return (
    <table className="link-table">
      <caption>The links, most events first</caption>
      <thead>
        <tr>
          <th scope="col">Actor</th>
          <th scope="col">Event</th>
          <th scope="col">Acted upon</th>
          <th scope="col">Events</th>
        </tr>
      </thead>
      <tbody>
        {[...edges]
          .sort((a, b) => b.count - a.count)
          .map((edge) => (
            <tr key={`${edge.source}-${edge.target}-${edge.type}`}>
              <td>
                <Link to={`/actors/${encodeURIComponent(edge.source)}`}>{names.get(edge.source)}</Link>
              </td>
              <td>
                <span className={`badge family-${eventFamily(edge.type)}`}>
                  {TYPE_WORDS[edge.type] ?? edge.type}
                </span>
              </td>
              <td>
                <Link to={`/actors/${encodeURIComponent(edge.target)}`}>{names.get(edge.target)}</Link>
              </td>
              <td className="number">
                <Link
                  to={withQuery('/timeline', { source: edge.source, target: edge.target, type: edge.type })}
                  aria-label={`The ${edge.count} ${edge.count === 1 ? 'event' : 'events'} of this link`}
                >
                  {edge.count}
                </Link>
              </td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}

function EdgeLine({
  edge,
  positions,
  radii,
  title,
}: {
  edge: NetworkEdge;
  positions: Map<string, { x: number; y: number }>;
  radii: Map<string, number>;
  title: string;
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
    <g className={`edge-group family-${family}`}>
      <title>{title}</title>
      <line
        x1={from.x}
        y1={from.y}
        x2={end.x}
        y2={end.y}
        className="edge"
        strokeWidth={1 + Math.log2(edge.count)}
        markerEnd={`url(#arrow-${family})`}
      />
      {/* A wide, invisible twin of the line, so a pointer finds it easily. */}
      <line x1={from.x} y1={from.y} x2={end.x} y2={end.y} className="edge-hit" />
    </g>
  );
}

/** True on a phone-sized screen, kept up to date as the window changes. */
function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(NARROW);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(NARROW).matches,
  );
}

const NARROW = '(max-width: 700px)';
