/**
 * Whether connecting a row after later rows were linked stores what one process stores: the workers link
 * row k+1 while another connects row k (`Worker.connect`), so connecting may read what later rows linked.
 * Ingests the first N BBC files into fresh SQLite files, one process, each document linked (`linkStage`) in
 * a transaction of its own and connected (`reconnect`) in another, `lag` documents later; lag 0 is what
 * `dossier ingest` stores. Prints, for each lag asked, which parts of the export (`dossier export --format
 * json`, without its clock fields) differ from lag 0's:
 *
 *   node dist/bench/connect-lag.js 600 1 4
 */
import { deepStrictEqual } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { readSources } from '../src/ingest/sources.js';
import { READING_PIPELINE } from '../src/pipeline/reading.js';
import { reconnect } from '../src/service/connected.js';
import { exportArticles } from '../src/service/export.js';
import { withoutLearnedFurniture } from '../src/service/furniture.js';
import { linkStage } from '../src/service/link.js';
import { openStore } from '../src/service/open-store.js';
import { readingOf } from '../src/service/read.js';
import { prepareInput, readDocument } from '../src/service/worker-documents.js';
import { bbcFiles } from './run-phase.js';

const [count, ...lags] = process.argv.slice(2).map(Number);
const files = bbcFiles().slice(0, count ?? 600);
const options = { allowPrivate: false, maxBytes: 10 << 20 };
const dir = mkdtempSync(path.join(tmpdir(), 'dossier-connect-lag-'));

/** The export of the files ingested with connecting `lag` documents behind linking. */
async function ingested(lag: number): Promise<Record<string, unknown>> {
  const store = await openStore(path.join(dir, `lag${lag}.db`));
  try {
    const waiting: string[][] = [];
    for (const file of files) {
      for await (const source of readSources([file], options)) {
        if (!source.ok) continue;
        for (const doc of (await prepareInput({ kind: 'document', doc: source.doc }, options)).map(
          readDocument,
        )) {
          if (!doc.draft) continue;
          const draft = doc.draft;
          // As `storeItem` stores a document, but for its connecting, which waits `lag` documents.
          const linked = await store.transaction(async (tx) => {
            const counted = await withoutLearnedFurniture(tx, draft, null);
            const saved = await tx.saveArticle(counted.draft);
            if (saved.outcome === 'added') await tx.countSentences(saved.id, counted.keys, counted.day);
            if (saved.outcome === 'unchanged') return null;
            const article = (await tx.getArticle(saved.id))!;
            const fresh =
              doc.pipeline === READING_PIPELINE &&
              article.text === draft.text &&
              article.published === draft.published;
            const reading = fresh ? doc.reading : readingOf(article).reading;
            if (!reading) return null;
            await tx.saveReading({
              articleId: article.id,
              revision: article.revision,
              pipeline: READING_PIPELINE,
              reading,
            });
            return linkStage(tx, article, reading, fresh && doc.links ? { draft, links: doc.links } : null);
          });
          if (linked) waiting.push(linked);
          while (waiting.length > lag) {
            const next = waiting.shift()!;
            await store.transaction((tx) => reconnect(tx, next));
          }
        }
      }
    }
    for (const next of waiting) await store.transaction((tx) => reconnect(tx, next));
    let text = '';
    const out = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        text += chunk.toString('utf8');
        done();
      },
    });
    await exportArticles(store, 'json', out);
    const exported = JSON.parse(text) as Record<string, unknown> & {
      articles: Array<Record<string, unknown>>;
    };
    for (const article of exported.articles) {
      delete article.ingestedAt;
      delete article.updatedAt;
    }
    return exported;
  } finally {
    await store.close();
  }
}

const differs = (a: unknown, b: unknown) => {
  try {
    deepStrictEqual(a, b);
    return false;
  } catch {
    return true;
  }
};

try {
  const reference = await ingested(0);
  const sizes = Object.fromEntries(
    Object.entries(reference).map(([part, v]) => [part, Array.isArray(v) ? v.length : null]),
  );
  const report: Record<string, unknown> = { files: files.length, sizes };
  for (const lag of lags) {
    const lagged = await ingested(lag);
    report[`lag ${lag}`] = Object.keys(reference).filter((part) => differs(lagged[part], reference[part]));
  }
  process.stdout.write(`${JSON.stringify(report, null, 1)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
