/**
 * Keeps every measure of a store with its points' facts, as linking from the start (or `dossier relink`)
 * with this build leaves them (`src/service/connected-measures.ts`): what the add-one bench compares on, so
 * that a build that keeps every measure is timed in the state it keeps a store in, not while it keeps each
 * measure the first time it is touched. A store built by an older build keeps only its large measures.
 *
 * The articles are measured one at a time, in ingestion order, with their stored actors and furniture, and
 * folded as measuring them all at once folds them: a point's sources in ingestion order, the point the
 * first figure's. Each measure holds the articles the store's index files under it (what linking measures a
 * measure over). Only the kept measures' table is written.
 *
 *   node dist/bench/keep-measures.js <store.db | postgres://…>
 */
import {
  type FactMeasure,
  comparePoints,
  measureSubject,
  measuresWithFacts,
  seriesConfidence,
} from '../src/connect/series/index.js';
import { emptyUpdate } from '../src/core/record-ports.js';
import { Readings } from '../src/service/scope-readings.js';
import { openStore } from '../src/service/open-store.js';

const CHUNK = 500;

const location = process.argv[2];
if (!location) throw new Error('usage: keep-measures <store.db | postgres://…>');
const store = await openStore(location);
const started = performance.now();
try {
  const ids: string[] = [];
  for await (const article of store.iterateArticles()) ids.push(article.id);
  const ordered = await store.ingestionOrder(ids);
  const rank = new Map(ordered.map((id, i): [string, number] => [id, i]));
  const measures = new Map<string, FactMeasure>();
  for (let from = 0; from < ordered.length; from += CHUNK) {
    // A fresh reader per chunk: its decoded readings go with it.
    const readings = new Readings(store);
    const reads = await readings.load(ordered.slice(from, from + CHUNK));
    const memberOf = await readings.membersOf(reads.map((r) => r.article.id));
    const context = await readings.context(reads);
    // Only what the store's index files each article under: a tiled store's copies are filed under
    // measure ids of their own, which measuring them again would not give.
    const indexed = new Set<string>();
    for (const read of reads)
      for (const m of await store.measuresOfArticles([read.article.id]))
        indexed.add(`${m}\u0000${read.article.id}`);
    // One article at a time, in ingestion order, as measuring them all folds them: an article's points
    // go last among each point's sources, a point it alone gives is its.
    for (const read of reads) {
      for (const m of measuresWithFacts([read], memberOf, context)) {
        if (!indexed.has(`${m.id}\u0000${read.article.id}`)) continue;
        const known = measures.get(m.id);
        if (!known) {
          measures.set(m.id, m);
          continue;
        }
        for (const p of m.points) {
          const same = known.points.find((q) => q.value === p.value && q.asOf === p.asOf);
          if (same) same.sources.push(read.article.id);
          else known.points.push(p);
        }
      }
    }
    process.stderr.write(`keep-measures: ${Math.min(from + CHUNK, ordered.length)} of ${ordered.length}\n`);
  }
  const kept = [...measures.values()].map((m): FactMeasure => {
    const made = [...m.points].sort(
      (a, b) => rank.get(a.articleId)! - rank.get(b.articleId)! || a.figure - b.figure,
    );
    const points = [...m.points].sort(comparePoints);
    return { ...m, subject: measureSubject(made), points, confidence: seriesConfidence(points, m.owned) };
  });
  await store.transaction(async (tx) => {
    await tx.saveConnected({
      ...emptyUpdate(),
      removeKeptMeasures: kept.map((m) => m.id),
      keptMeasures: kept,
    });
  });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${JSON.stringify({ articles: ordered.length, measures: kept.length, seconds })}\n`);
} finally {
  await store.close();
}
