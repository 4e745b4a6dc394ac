/**
 * What the read job's link inputs (`service/link-inputs.ts`) take out of the write lock, in CPU per article,
 * and what keeping them in the intake row costs the linker (parsing them when it takes its rows); and the
 * decoding of a saved reading the PostgreSQL store no longer does under the lock when the reading was itself
 * decoded from the bytes saved (`DecodedReadings.saved`): `node dist/bench/link-inputs.js [files]` over the
 * first BBC files (300 by default).
 */
import { readFileSync } from 'node:fs';
import type { IntakeDocument } from '../src/core/ports.js';
import { decodeReading, encodeReading } from '../src/core/reading-codec.js';
import { prepareLinks } from '../src/service/link-inputs.js';
import { prepareInput, readDocument } from '../src/service/worker-documents.js';
import { bbcFiles } from './run-phase.js';

const REPEATS = 5;
const cpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
/** CPU milliseconds per call of `work`, over every document, `REPEATS` times. */
function perDocument<T>(items: T[], work: (item: T) => unknown): number {
  const start = cpu();
  for (let r = 0; r < REPEATS; r++) for (const item of items) work(item);
  return Number(((cpu() - start) / REPEATS / items.length).toFixed(3));
}

const docs: IntakeDocument[] = [];
for (const file of bbcFiles().slice(0, Number(process.argv[2] || 300))) {
  const [doc] = await prepareInput(
    {
      kind: 'document',
      doc: { source: file, url: null, kind: 'text', body: readFileSync(file, 'utf8'), hints: {} },
    },
    { allowPrivate: false, maxBytes: 1 << 22 },
  );
  if (doc?.draft) docs.push(readDocument(doc));
}
const read = docs.filter((d) => d.reading && d.links);
const kept = read.map((d) => JSON.stringify(d.links));
process.stdout.write(
  `${JSON.stringify({
    articles: read.length,
    preparedMsPerArticle: perDocument(read, (d) => prepareLinks(d.draft!, d.reading!)),
    keptBytesPerArticle: Math.round(kept.reduce((s, k) => s + k.length, 0) / kept.length),
    parseMsPerArticle: perDocument(kept, (k) => JSON.parse(k)),
    decodeMsPerArticle: perDocument(
      read.map((d) => encodeReading(d.reading!)),
      (bytes) => decodeReading(bytes),
    ),
    loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
  })}\n`,
);
