import { printTable, runPhase, writeResults } from './run-phase.js';
import type { PhaseResult } from './run-phase.js';
import type { ApiLatency } from './bench-api.js';
import type { AddOneCost, WorkerThroughput } from './bench-store.js';
import type { UiRenders } from './bench-ui.js';

/**
 * `npm run bench`: Dossier beside a peer on the same inputs in the same run, each phase in its own
 * process. Goals (from the issues): ingest within 2× of bare inserts; extraction no slower than
 * Readability alone.
 */
const PHASES = './bench-phases.js';
/** Store sizes for adding one article; the API is measured at `DOSSIER_BENCH_API_SIZES`. */
const SIZES = (process.env.DOSSIER_BENCH_SIZES || '1000,10000,100000,1000000').split(',').map(Number);
const API_SIZES = (process.env.DOSSIER_BENCH_API_SIZES || '10000,100000,1000000').split(',').map(Number);
const STORES = ['sqlite', 'postgres'] as const;

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
// Generated stores first, each in its own process, so that no measured phase pays for building one.
const generated = [...new Set([...SIZES, ...API_SIZES])]
  .sort((a, b) => a - b)
  .flatMap((size) => STORES.map((store) => runPhase(PHASES, `generate:${store}:${size}`)));
const addOne = SIZES.flatMap((size) => STORES.map((store) => runPhase(PHASES, `add-one:${store}:${size}`)));
const workers = runPhase(PHASES, 'workers');
const api = runPhase(PHASES, 'api');
const ui = runPhase(PHASES, 'ui');
const phases = [
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
  'Generated stores (bulk paths; PostgreSQL copied from SQLite), built once and kept under bench/results',
  ['store', 'articles', 'build seconds (0: kept)'],
  generated.map((g) => [g.name, g.items, Number(g.extra?.seconds ?? 0)]),
);
const costs = addOne.flatMap((p) => JSON.parse(String(p.extra?.costs ?? '[]')) as AddOneCost[]);
printTable(
  'Adding one article on the real store path as the store grows (20 articles, each timed alone; goal: flat within 2x from 1k to 1M)',
  ['store', 'path', 'size', 'articles', 'mean ms', 'median ms', 'max ms', 'process RSS MB', 'peak RSS MB'],
  costs.map((c) => [
    c.store,
    c.path,
    c.size,
    c.articles,
    c.msMean,
    c.msMedian,
    c.msMax,
    c.rssMb,
    c.peakRssMb,
  ]),
);
const throughput = JSON.parse(String(workers.extra?.workers ?? '[]')) as WorkerThroughput[];
printTable(
  'Ingest with reading and linking, BBC files, fresh store (goal: 2 workers >= 1.7x one)',
  ['store', 'workers', 'articles', 'seconds', 'articles/s', 'x one worker', 'queueing s', 'error'],
  throughput.map((t) => {
    const one = throughput.find((o) => o.store === t.store && o.workers === 1)!;
    return [
      t.store,
      t.workers,
      t.articles,
      t.seconds,
      t.perSecond,
      t.perSecond / one.perSecond,
      t.enqueueSeconds ?? '',
      t.error ?? '',
    ];
  }),
);
const latencies = JSON.parse(String(api.extra?.latencies ?? '[]')) as ApiLatency[];
printTable(
  'API latency at 10 concurrent clients from another process (goals at 1M: p95 < 50 ms, first request < 200 ms; server memory flat)',
  [
    'store',
    'articles',
    'endpoint',
    'cold ms',
    'p50 ms',
    'p95 ms',
    'req/s',
    'errors',
    'server RSS MB',
    'peak MB',
    'note',
  ],
  latencies.map((l) => [
    l.store,
    l.articles,
    l.endpoint,
    l.coldMs ?? '',
    l.p50Ms ?? '',
    l.p95Ms ?? '',
    l.requestsPerSecond ?? '',
    l.errors,
    l.serverRssMb ?? '',
    l.serverPeakRssMb ?? '',
    l.note ?? '',
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
const file = writeResults('bench', { phases, generated, costs, throughput, latencies, render });
process.stdout.write(`\nwritten to ${file}\n`);
