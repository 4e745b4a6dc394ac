import { printTable, runPhase, writeResults } from './run-phase.js';
import type { PhaseResult } from './run-phase.js';
import type { ApiLatency } from './bench-api.js';
import type { UiRender } from './bench-ui.js';

/**
 * `npm run bench`: Dossier beside a peer on the same inputs in the same run, each phase in its own
 * process. Goals (from the issues): ingest within 2× of bare inserts; extraction no slower than
 * Readability alone.
 */
const PHASES = './bench-phases.js';

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
const render = JSON.parse(String(ui.extra?.render ?? '{}')) as UiRender;
printTable(
  'Web UI: time to first render of a 10,000-event timeline in Chromium (goal: under 1 s)',
  [
    'events',
    'first render ms (median)',
    'first marker in DOM ms',
    'first contentful paint ms',
    'markers drawn',
  ],
  [
    [
      render.events,
      render.firstRenderMs,
      render.firstMarkerInDomMs,
      render.firstContentfulPaintMs ?? '',
      render.markersDrawn,
    ],
  ],
);
const file = writeResults('bench', { phases, latencies, render });
process.stdout.write(`\nwritten to ${file}\n`);
