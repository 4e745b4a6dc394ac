import { printTable, runPhase, writeResults } from './run-phase.js';
import type { PhaseResult } from './run-phase.js';
import type { ApiLatency } from './bench-api.js';
import type { UiRenders } from './bench-ui.js';

/**
 * `npm run bench`: Dossier beside a peer on the same inputs in the same run, each phase in its own
 * process. Goals (from the issues): ingest within 2× of bare inserts; extraction no slower than
 * Readability alone.
 */
const PHASES = './bench-phases.js';

function ratioRow(label: string, ours: PhaseResult, peer: PhaseResult, goal: string): Array<string | number> {
  return [label, ours.perSecond, peer.perSecond, ours.perSecond / peer.perSecond, goal];
}

const ingestBare = runPhase(PHASES, 'ingest-bare');
const ingestOurs = runPhase(PHASES, 'ingest-dossier');
const ingestRead = runPhase(PHASES, 'ingest-dossier-read');
const extractPeer = runPhase(PHASES, 'extract-readability');
const extractOurs = runPhase(PHASES, 'extract-dossier');
const readOurs = runPhase(PHASES, 'read:dossier:5000');
const readOursSmall = runPhase(PHASES, 'read:dossier:500');
const readWink = runPhase(PHASES, 'read:wink:5000');
const readCompromise = runPhase(PHASES, 'read:compromise:5000');
const addOne = runPhase(PHASES, 'add-one');
const api = runPhase(PHASES, 'api');
const ui = runPhase(PHASES, 'ui');
const phases = [
  addOne,
  ingestBare,
  ingestOurs,
  ingestRead,
  extractPeer,
  extractOurs,
  readOursSmall,
  readOurs,
  readWink,
  readCompromise,
];

printTable(
  'Throughput and memory (one core each, same inputs, same run)',
  ['phase', 'items', 'seconds', 'per second', 'peak RSS MB'],
  phases.map((p) => [p.name, `${p.items} ${p.unit}`, p.seconds, p.perSecond, p.peakRssMb]),
);
printTable(
  'Dossier against its peer',
  ['work', 'dossier /s', 'peer /s', 'ratio', 'goal'],
  [
    ratioRow(
      'text ingest into SQLite (bbc-2004-05)',
      ingestOurs,
      ingestBare,
      'ratio ≥ 0.5 (within 2× of bare inserts)',
    ),
    ratioRow(
      'HTML extraction (extraction/html)',
      extractOurs,
      extractPeer,
      'ratio ≥ 1.0 (no slower than Readability)',
    ),
    ratioRow('reading, words/s (bbc-2004-05)', readOurs, readWink, 'ratio ≥ 1.0 vs wink-nlp; ≥ 100k words/s'),
    ratioRow('reading, words/s (bbc-2004-05)', readOurs, readCompromise, 'vs compromise'),
  ],
);
printTable(
  'Reading memory as the corpus grows (peak RSS of the whole process)',
  ['files read', 'words', 'words/s', 'peak RSS MB'],
  [readOursSmall, readOurs].map((p) => [String(p.extra?.docs ?? ''), p.items, p.perSecond, p.peakRssMb]),
);
printTable(
  'Connecting: adding one article (near-duplicates by LSH bands + story assignment) as the store grows',
  ['store size', 'ms per added article'],
  Object.entries(addOne.extra ?? {}).map(([key, ms]) => [key.replace('ms@', ''), Number(ms)]),
);
const latencies = JSON.parse(String(api.extra?.latencies ?? '[]')) as ApiLatency[];
printTable(
  'API latency at 10 concurrent clients (autocannon, another process; goal: p95 < 50 ms on 100k articles)',
  ['articles', 'endpoint', 'cold ms', 'p50 ms', 'p97.5 ms', 'req/s', 'errors', 'server peak MB'],
  latencies.map((l) => [
    l.articles,
    l.path,
    l.coldMs,
    l.p50Ms ?? 'none',
    l.tailMs ?? 'none',
    l.requestsPerSecond,
    l.errors,
    l.serverPeakRssMb ?? '',
  ]),
);
const render = JSON.parse(String(ui.extra?.render ?? '{"views":[]}')) as UiRenders;
printTable(
  'Web UI: time to first render of a 10,000-event timeline in Chromium (goal: under 1 s)',
  [
    'view',
    'events',
    'first render ms (median)',
    'first event in DOM ms',
    'first contentful paint ms',
    'events drawn at first',
  ],
  render.views.map((view) => [
    view.view,
    render.events,
    view.firstRenderMs,
    view.firstMarkerInDomMs,
    view.firstContentfulPaintMs ?? '',
    view.markersDrawn,
  ]),
);
const file = writeResults('bench', { phases, latencies, render });
process.stdout.write(`\nwritten to ${file}\n`);
