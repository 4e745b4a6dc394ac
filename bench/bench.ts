import { addOneSizes, apiSizes } from './bench-sizes.js';
import { printTable, runPhase, writeResults } from './run-phase.js';
import type { PhaseResult } from './run-phase.js';
import type { ApiLatency } from './bench-api.js';
import type { AddOneCost, WorkerThroughput } from './bench-store.js';
import type { UiRenders } from './bench-ui.js';
import type { ShapeTime } from './bench-hostile.js';
import type { FuzzReport } from '../scripts/fuzz/fuzz.js';

/**
 * `npm run bench`: Dossier beside a peer on the same inputs in the same run, each phase in its own
 * process. Goals (from the issues): ingest within 2× of bare inserts; extraction no slower than
 * Readability alone.
 */
const PHASES = './bench-phases.js';
// `--million`: the store phases at a million articles too (`bench-sizes.ts`), the phases told by their env.
if (process.argv.includes('--million')) process.env.DOSSIER_BENCH_MILLION = '1';
/** Store sizes for adding one article and for the API (`bench-sizes.ts`). */
const SIZES = addOneSizes();
const API_SIZES = apiSizes();
/** `DOSSIER_BENCH_STORES`: which stores the store phases measure (both by default). */
const STORES = (process.env.DOSSIER_BENCH_STORES || 'sqlite,postgres').split(',') as Array<
  'sqlite' | 'postgres'
>;

function ratioRow(label: string, ours: PhaseResult, peer: PhaseResult, goal: string): Array<string | number> {
  return [label, ours.perSecond, peer.perSecond, ours.perSecond / peer.perSecond, goal];
}

/** Reading speed and memory with and without the rest of the pipeline, beside wink-nlp in the same run. */
function readingTables(
  readOursSmall: PhaseResult,
  readOurs: PhaseResult,
  readParser: PhaseResult,
  readWink: PhaseResult,
): void {
  printTable(
    'Reading (bbc-2004-05, words per second of CPU time, one core each, same run)',
    ['work', 'words/s', 'wink-nlp words/s', 'ratio', 'goal'],
    [
      ratioRow(
        'reading with the parser (all stages)',
        readOurs,
        readWink,
        '≥ 150k words/s, never < 100k; wink-nlp has no parser',
      ),
      ratioRow('tokens + tagger + parser alone', readParser, readWink, 'wink-nlp: tokens, POS, entities'),
    ],
  );
  printTable(
    'Reading memory as the corpus grows (peak RSS of the whole process)',
    ['files read', 'words', 'words/s', 'peak RSS MB'],
    [readOursSmall, readOurs].map((p) => [String(p.extra?.docs ?? ''), p.items, p.perSecond, p.peakRssMb]),
  );
}

/** Pathological shapes and nested pages (CPU ms), and the fuzz run's figures: `--hostile` alone. */
function hostileTables(shapes: PhaseResult, fuzz: PhaseResult, reads: PhaseResult): void {
  printTable(
    'API reads (GET /api/articles, one after the other) while serve ingests a 2 MB article (goal: within 100 ms)',
    ['reads', 'p50 ms', 'p95 ms', 'max ms', 'ingest s'],
    [
      [
        reads.items,
        Number(reads.extra?.p50Ms),
        Number(reads.extra?.p95Ms),
        Number(reads.extra?.maxMs),
        Number(reads.extra?.ingestMs) / 1000,
      ],
    ],
  );
  const times = JSON.parse(String(shapes.extra?.times ?? '[]')) as ShapeTime[];
  const names = [...new Set(times.map((t) => t.shape))];
  const sizes = (name: string) => times.filter((t) => t.shape === name);
  printTable(
    'Pathological shapes: clean-up + reading + extraction, CPU ms (goal: under 1,000 at 64k; nested: under 2,000 at 100k)',
    ['shape', ...sizes(names[0]!).map((t) => `${t.size / 1000}k chars`), 'x per 4x'],
    names
      .filter((name) => name !== 'nested divs')
      .map((name) => {
        const row = sizes(name);
        const growth =
          row.length > 1
            ? (row[row.length - 1]!.cpuMs / Math.max(row[0]!.cpuMs, 0.1)) ** (1 / (row.length - 1))
            : 0;
        return [name, ...row.map((t) => t.cpuMs), growth];
      }),
  );
  printTable(
    'Nested pages: extraction, CPU ms',
    ['levels', 'CPU ms', 'prose extracted'],
    sizes('nested divs').map((t) => [t.size, t.cpuMs, t.found ? 'yes' : 'NO']),
  );
  const report = JSON.parse(String(fuzz.extra?.report ?? '{}')) as FuzzReport;
  printTable(
    'Fuzz run (seeded; extract + analyze + ingest per input; hang: over 2 s of CPU time)',
    [
      'seed',
      'inputs',
      'crashes',
      'hangs',
      'mean CPU ms',
      'mean wall ms',
      'slowest CPU ms',
      'slowest input',
      'peak heap MB',
      'peak RSS MB',
    ],
    [
      [
        report.seed,
        report.inputs,
        report.crashes,
        report.hangs,
        report.meanMs,
        report.meanWallMs,
        report.slowest?.ms ?? 0,
        report.slowest ? `${report.slowest.id}: ${report.slowest.origin}` : '',
        report.peakHeapMb,
        report.peakRssMb,
      ],
    ],
  );
  for (const failure of report.failures ?? []) {
    process.stdout.write(
      `  ${failure.kind} ${failure.id} (${failure.origin}): ${failure.error.split('\n')[0]}\n`,
    );
  }
}

/** Generated stores, adding one article, workers and the API: the store phases' tables. */
function storeTables(
  generated: PhaseResult[],
  addOne: PhaseResult[],
  workers: PhaseResult | null,
  api: PhaseResult,
): { costs: AddOneCost[]; throughput: WorkerThroughput[]; latencies: ApiLatency[] } {
  printTable(
    'Generated stores (bulk paths; PostgreSQL copied from SQLite), built once and kept under bench/results',
    ['store', 'articles', 'build seconds (0: kept)'],
    generated.map((g) => [g.name, g.items, Number(g.extra?.seconds ?? 0)]),
  );
  const costs = addOne.flatMap((p) => JSON.parse(String(p.extra?.costs ?? '[]')) as AddOneCost[]);
  printTable(
    'Adding one article on the real store path as the store grows (20 articles, each timed alone; goal: flat within 2x from 1k to 1M)',
    [
      'store',
      'path',
      'size',
      'articles',
      'mean ms',
      'median ms',
      'max ms',
      'CPU mean ms',
      'CPU median ms',
      'process RSS MB',
      'peak RSS MB',
    ],
    costs.map((c) => [
      c.store,
      c.path,
      c.size,
      c.articles,
      c.msMean,
      c.msMedian,
      c.msMax,
      c.cpuMsMean,
      c.cpuMsMedian,
      c.rssMb,
      c.peakRssMb,
    ]),
  );
  const throughput = JSON.parse(String(workers?.extra?.workers ?? '[]')) as WorkerThroughput[];
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
      'cold CPU ms',
      'p50 ms',
      'p95 ms',
      'req/s',
      'errors',
      'server CPU ms/request',
      'server RSS MB',
      'peak MB',
      'note',
    ],
    latencies.map((l) => [
      l.store,
      l.articles,
      l.endpoint,
      l.coldMs ?? '',
      l.coldCpuMs ?? '',
      l.p50Ms ?? '',
      l.p95Ms ?? '',
      l.requestsPerSecond ?? '',
      l.errors,
      l.serverCpuMsPerRequest ?? '',
      l.serverRssMb ?? '',
      l.serverPeakRssMb ?? '',
      l.note ?? '',
    ]),
  );
  return { costs, throughput, latencies };
}

/**
 * `--store`: the store phases alone (generated stores, adding one article, the API; workers unless
 * `--no-workers`), at `DOSSIER_BENCH_SIZES` and `DOSSIER_BENCH_API_SIZES` (a million with `--million`).
 */
if (process.argv.includes('--store')) {
  const generated = [...new Set([...SIZES, ...API_SIZES])]
    .sort((a, b) => a - b)
    .flatMap((size) => STORES.map((store) => runPhase(PHASES, `generate:${store}:${size}`)));
  const addOne = SIZES.flatMap((size) => STORES.map((store) => runPhase(PHASES, `add-one:${store}:${size}`)));
  const workers = process.argv.includes('--no-workers') ? null : runPhase(PHASES, 'workers');
  const api = runPhase(PHASES, 'api');
  const tables = storeTables(generated, addOne, workers, api);
  const file = writeResults('bench', { generated, ...tables });
  process.stdout.write(`\nwritten to ${file}\n`);
  process.exit(0);
}

const HOSTILE = './bench-hostile.js';
if (process.argv.includes('--hostile')) {
  const shapes = runPhase(HOSTILE, 'shapes');
  const fuzz = runPhase(HOSTILE, 'fuzz');
  const reads = runPhase(HOSTILE, 'reads');
  hostileTables(shapes, fuzz, reads);
  const file = writeResults('bench', { phases: [shapes, fuzz, reads] });
  process.stdout.write(`\nwritten to ${file}\n`);
  process.exit(0);
}

/** `--reading`: the reading phases alone (for development; the full run is the record). */
if (process.argv.includes('--reading')) {
  const phases = ['read:dossier:500', 'read:dossier:5000', 'read:parser:5000', 'read:wink:5000'].map((p) =>
    runPhase(PHASES, p),
  );
  readingTables(phases[0]!, phases[1]!, phases[2]!, phases[3]!);
  const file = writeResults('bench', { phases });
  process.stdout.write(`\nwritten to ${file}\n`);
  process.exit(0);
}

const ingestBare = runPhase(PHASES, 'ingest-bare');
const ingestOurs = runPhase(PHASES, 'ingest-dossier');
const ingestRead = runPhase(PHASES, 'ingest-dossier-read');
const extractPeer = runPhase(PHASES, 'extract-readability');
const extractOurs = runPhase(PHASES, 'extract-dossier');
const readOurs = runPhase(PHASES, 'read:dossier:5000');
const readOursSmall = runPhase(PHASES, 'read:dossier:500');
const readWink = runPhase(PHASES, 'read:wink:5000');
const readParser = runPhase(PHASES, 'read:parser:5000');
const readCompromise = runPhase(PHASES, 'read:compromise:5000');
// Generated stores first, each in its own process, so that no measured phase pays for building one.
const generated = [...new Set([...SIZES, ...API_SIZES])]
  .sort((a, b) => a - b)
  .flatMap((size) => STORES.map((store) => runPhase(PHASES, `generate:${store}:${size}`)));
const addOne = SIZES.flatMap((size) => STORES.map((store) => runPhase(PHASES, `add-one:${store}:${size}`)));
const workers = runPhase(PHASES, 'workers');
const api = runPhase(PHASES, 'api');
const ui = runPhase(PHASES, 'ui');
const hostileShapes = runPhase(HOSTILE, 'shapes');
const fuzz = runPhase(HOSTILE, 'fuzz');
const readsDuringIngest = runPhase(HOSTILE, 'reads');
const phases = [
  ingestBare,
  ingestOurs,
  ingestRead,
  extractPeer,
  extractOurs,
  readOursSmall,
  readOurs,
  readParser,
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
    ratioRow('reading, words/s (bbc-2004-05)', readOurs, readCompromise, 'vs compromise'),
  ],
);
readingTables(readOursSmall, readOurs, readParser, readWink);
const { costs, throughput, latencies } = storeTables(generated, addOne, workers, api);
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
hostileTables(hostileShapes, fuzz, readsDuringIngest);
const file = writeResults('bench', {
  phases,
  generated,
  costs,
  throughput,
  latencies,
  render,
  hostile: [hostileShapes, fuzz, readsDuringIngest],
});
process.stdout.write(`\nwritten to ${file}\n`);
