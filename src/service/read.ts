import type { Article, StoredReading } from '../core/types.js';
import { READING_PIPELINE, analyzeText } from '../pipeline/reading.js';
import type { Store } from '../store/store.js';

/** Reads a stored article's current text against its current date. Pure. */
export function readingOf(article: Article): StoredReading {
  const { text: _text, ...reading } = analyzeText(article.text, article.published);
  return { articleId: article.id, revision: article.revision, pipeline: READING_PIPELINE, reading };
}

/** Reads a stored article and keeps the result. */
export async function readArticle(store: Store, article: Article): Promise<void> {
  await store.saveReading(readingOf(article));
}

const BATCH = 100;

export interface ReadReport {
  read: number;
  failed: Array<{ id: string; reason: string }>;
}

/**
 * Reads every article that has no reading of its current revision by the current pipeline: after an
 * interrupted ingest, after a pipeline upgrade, or (with `everything`) all of them again. Restartable:
 * each article's reading is saved on its own, so a killed run resumes where it stopped. An article the
 * pipeline fails on is reported and skipped, never retried in a loop.
 */
export async function readUnread(
  store: Store,
  options: { everything?: boolean; onItem?: (article: Article) => void } = {},
): Promise<ReadReport> {
  const report: ReadReport = { read: 0, failed: [] };
  const attempt = async (article: Article) => {
    try {
      await readArticle(store, article);
      report.read += 1;
    } catch (error) {
      report.failed.push({ id: article.id, reason: (error as Error).message });
    }
    options.onItem?.(article);
  };
  if (options.everything) {
    for await (const article of store.iterateArticles()) await attempt(article);
    return report;
  }
  const failed = new Set<string>();
  for (;;) {
    const ids = (await store.listUnread(READING_PIPELINE, BATCH + failed.size)).filter(
      (id) => !failed.has(id),
    );
    if (ids.length === 0) return report;
    for (const id of ids) {
      const article = await store.getArticle(id);
      if (!article) continue;
      const before = report.failed.length;
      await attempt(article);
      if (report.failed.length > before) failed.add(id);
    }
  }
}
