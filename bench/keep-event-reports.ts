/**
 * Keeps every article's event reports (`src/core/event-reports.ts`), as linking from the start (or `dossier
 * relink`) with this build leaves a store: what the add-one bench compares on, so that a build that merges
 * stories' events from the stored reports is timed in the state it keeps a store in, not while it makes
 * each article's the first time a linking reads it. A store built by an older build keeps none. Only the
 * event reports' table is written.
 *
 *   node dist/bench/keep-event-reports.js <store.db | postgres://…>
 */
import { emptyUpdate } from '../src/core/record-ports.js';
import { Readings } from '../src/service/scope-readings.js';
import { openStore } from '../src/service/open-store.js';

const CHUNK = 500;

const location = process.argv[2];
if (!location) throw new Error('usage: keep-event-reports <store.db | postgres://…>');
const store = await openStore(location);
const started = performance.now();
try {
  const ids: string[] = [];
  for await (const article of store.iterateArticles()) ids.push(article.id);
  let made = 0;
  for (let from = 0; from < ids.length; from += CHUNK) {
    // A fresh reader per chunk: its decoded readings go with it.
    const readings = new Readings(store);
    await readings.reports(ids.slice(from, from + CHUNK));
    made += readings.madeReports.length;
    await store.saveConnected({ ...emptyUpdate(), eventReports: readings.madeReports });
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${JSON.stringify({ articles: ids.length, made, seconds })}\n`);
} finally {
  await store.close();
}
