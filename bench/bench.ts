import { printTable, runPhase, writeResults } from './run-phase.js';
import type { PhaseResult } from './run-phase.js';

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
const file = writeResults('bench', { phases });
process.stdout.write(`\nwritten to ${file}\n`);
