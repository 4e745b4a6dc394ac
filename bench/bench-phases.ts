import { readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { RawDocument } from '../src/core/types.js';
import { extractArticle } from '../src/pipeline/prepare-article.js';
import { ingest } from '../src/service/ingest.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { benchExtraction, readabilityBaseline } from './extraction.js';
import { benchApi } from './bench-api.js';
import { apiSizes } from './bench-sizes.js';
import { benchAddOne, benchWorkers } from './bench-store.js';
import { generatedStore } from './generate-store.js';
import type { StoreKind } from './generate-store.js';
import { benchUiRender } from './bench-ui.js';
import { benchReading } from './bench-reading.js';
import type { ReadingKind } from './bench-reading.js';
import { BBC, bbcFiles, elapsedSeconds, reportPhase } from './run-phase.js';

/** The phases `bench.ts` runs, each in its own process (`node bench-phases.js <phase>`). */

/** The 1, 5 and 15 minute load averages. */
const loadAverage = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');

const freshDb = () => join(mkdtempSync(join(tmpdir(), 'dossier-bench-')), 'bench.db');

const phases: Record<string, () => Promise<void>> = {
  /** The floor: reading the same files and inserting title and text with an FTS5 index, nothing else. */
  async 'ingest-bare'() {
    const files = bbcFiles();
    const start = process.hrtime.bigint();
    const db = new Database(freshDb());
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(`CREATE TABLE articles (seq INTEGER PRIMARY KEY, path TEXT, title TEXT, text TEXT);
      CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq');
      CREATE TRIGGER ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END;`);
    const insert = db.prepare('INSERT INTO articles (path, title, text) VALUES (?, ?, ?)');
    const batch = db.transaction((paths: string[]) => {
      for (const path of paths) {
        const body = readFileSync(path, 'utf8');
        const newline = body.indexOf('\n');
        insert.run(path, body.slice(0, newline), body.slice(newline + 1));
      }
    });
    for (let i = 0; i < files.length; i += 100) batch(files.slice(i, i + 100));
    db.close();
    reportPhase({
      name: 'better-sqlite3 + FTS5 inserts (bare)',
      items: files.length,
      unit: 'articles',
      seconds: elapsedSeconds(start),
    });
  },

  /** Dossier's real path: walk, decode, clean, infer metadata, fingerprint, one transaction per article. */
  async 'ingest-dossier'() {
    const store = new SqliteStore(freshDb());
    const start = process.hrtime.bigint();
    const report = await ingest(store, [BBC], {
      read: false,
      sources: { allowPrivate: false, maxBytes: 20 << 20 },
    });
    const seconds = elapsedSeconds(start);
    await store.close();
    reportPhase({
      name: 'dossier ingest (clean + metadata + store)',
      items: report.added + report.unchanged + report.updated + report.revised,
      unit: 'articles',
      seconds,
      extra: {
        added: report.added,
        duplicates: report.unchanged + report.updated,
        failed: report.failed.length,
      },
    });
  },

  /** The whole product path: ingest as above plus reading (sentences, names, entities, dates) stored. */
  async 'ingest-dossier-read'() {
    const store = new SqliteStore(freshDb());
    const start = process.hrtime.bigint();
    const report = await ingest(store, [BBC], { sources: { allowPrivate: false, maxBytes: 20 << 20 } });
    const seconds = elapsedSeconds(start);
    await store.close();
    reportPhase({
      name: 'dossier ingest + reading stored',
      items: report.added + report.unchanged + report.updated + report.revised,
      unit: 'articles',
      seconds,
    });
  },

  /** Ingest with reading and linking by one worker and by two, on SQLite and PostgreSQL. */
  async workers() {
    const count = Number(process.env.DOSSIER_BENCH_WORKER_FILES || 600);
    // The machine's load before and after: two workers against one means little on cores others hold.
    const before = loadAverage();
    const rows = await benchWorkers(count);
    reportPhase({
      name: 'ingest with reading and linking, 1 and 2 workers',
      items: rows.reduce((sum, r) => sum + r.articles, 0),
      unit: 'articles',
      seconds: rows.reduce((sum, r) => sum + r.seconds, 0),
      extra: { workers: JSON.stringify(rows), loadAverage: `${before} → ${loadAverage()}` },
    });
  },

  /** API latency under load from another process, on generated stores of both kinds (kept in bench/results). */
  async api() {
    const sizes = apiSizes();
    const kinds = (process.env.DOSSIER_BENCH_STORES || 'sqlite,postgres').split(',') as StoreKind[];
    const latencies = await benchApi(sizes, kinds);
    reportPhase({
      name: 'API latency (10 clients from another process)',
      items: latencies.reduce((sum, l) => sum + l.requests, 0),
      unit: 'requests',
      seconds: latencies.length * 10,
      extra: { latencies: JSON.stringify(latencies) },
    });
  },

  /** The web UI's first render of a 10,000-event timeline in Chromium. */
  async ui() {
    const render = await benchUiRender();
    reportPhase({
      name: 'UI first render of a 10k-event timeline (Chromium)',
      items: render.events,
      unit: 'events',
      seconds: Math.max(...render.views.map((v) => v.firstRenderMs)) / 1000,
      extra: { render: JSON.stringify(render) },
    });
  },

  async 'extract-readability'() {
    const result = await benchExtraction(readabilityBaseline);
    reportPhase({
      name: '@mozilla/readability + linkedom (peer)',
      items: result.pages,
      unit: 'pages',
      seconds: result.seconds,
    });
  },

  async 'extract-dossier'() {
    const ours = (html: string, url: string) => {
      const doc: RawDocument = { source: url, url, kind: 'html', body: html, hints: {} };
      try {
        return extractArticle(doc).text;
      } catch {
        return '';
      }
    };
    const result = await benchExtraction(ours);
    reportPhase({
      name: 'dossier extract (with clean-up and metadata)',
      items: result.pages,
      unit: 'pages',
      seconds: result.seconds,
    });
  },
};

/** `read:<system>:<how many files>`: reading throughput in words per second, on the first N BBC files. */
async function readingPhase(kind: ReadingKind, count: number): Promise<void> {
  const files = bbcFiles().slice(0, count);
  const speed = await benchReading(kind, files);
  reportPhase({
    name: READING_NAMES[kind],
    items: speed.words,
    unit: 'words',
    seconds: speed.seconds,
    extra: { docs: speed.docs, docsPerSecond: speed.docs / speed.seconds },
  });
}

const READING_NAMES: Record<ReadingKind, string> = {
  dossier: 'dossier reading (all stages: syntax, names, entities, dates, quotes, events, figures, stances)',
  parser: 'dossier sentences, tokens, part of speech and dependency trees alone',
  compromise: 'compromise people()/places()/organizations() (peer)',
  wink: 'wink-nlp + en model: readDoc, entities, POS (peer)',
};

/** `generate:<store>:<size>`: builds (or finds) the generated store, so that no measured phase pays for it. */
async function generatePhase(kind: StoreKind, size: number): Promise<void> {
  const store = await generatedStore(kind, size);
  reportPhase({
    name: `generated ${kind} store of ${size}`,
    items: store.articles,
    unit: 'articles',
    seconds: Math.max(store.seconds, 1e-9),
    extra: { reused: String(store.reused), seconds: store.seconds },
  });
}

/** `add-one:<store>:<size>`: adding one article to the generated store, each path in this process. */
async function addOnePhase(kind: StoreKind, size: number): Promise<void> {
  const costs = await benchAddOne(kind, size);
  reportPhase({
    name: `add one article to the ${kind} store of ${size}`,
    items: costs.length * 20,
    unit: 'articles',
    seconds: costs.reduce((sum, c) => sum + (c.msMean * 20) / 1000, 0),
    extra: { costs: JSON.stringify(costs) },
  });
}

const phase = process.argv[2];
if (phase) {
  const [head, kind, count] = phase.split(':');
  const run =
    head === 'read'
      ? () => readingPhase(kind as ReadingKind, Number(count))
      : head === 'generate'
        ? () => generatePhase(kind as StoreKind, Number(count))
        : head === 'add-one'
          ? () => addOnePhase(kind as StoreKind, Number(count))
          : phases[phase];
  if (!run) throw new Error(`unknown bench phase "${phase}"; known: ${Object.keys(phases).join(', ')}`);
  await run();
}
