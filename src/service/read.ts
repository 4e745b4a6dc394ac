import {
  emptyReading,
  type Article,
  type ArticleDraft,
  type ArticleReading,
  type StoredReading,
} from '../core/types.js';
import {
  DEFAULT_READING_LIMITS,
  READING_PIPELINE,
  ReadingBudgetError,
  analyzeText,
  type ReadingLimits,
} from '../pipeline/reading.js';
import type { Store } from '../store/store.js';

/**
 * Reads a stored article's current text against its current date. Pure. A text past the reading's token
 * budget leaves the article unread: an empty reading saying why, so that no later run tries it again (a
 * reprocess of everything does).
 */
export function readingOf(article: Article, limits: ReadingLimits = DEFAULT_READING_LIMITS): StoredReading {
  return storedReading(article, readText(article.text, article.published, limits));
}

/** `reading` kept for the article's current revision by this pipeline. */
function storedReading(article: Article, reading: ArticleReading): StoredReading {
  return { articleId: article.id, revision: article.revision, pipeline: READING_PIPELINE, reading };
}

/** What reading finds in a text dated `published`, as `readingOf` stores it (workers read drafts with it). */
export function readText(
  text: string,
  published: string | null,
  limits: ReadingLimits = DEFAULT_READING_LIMITS,
): ArticleReading {
  try {
    const { text: _text, ...reading } = analyzeText(text, published, limits);
    return reading;
  } catch (error) {
    if (!(error instanceof ReadingBudgetError)) throw error;
    return { ...emptyReading(), limited: error.message };
  }
}

/** Reads a stored article and keeps the result. */
export async function readArticle(
  store: Store,
  article: Article,
  limits: ReadingLimits = DEFAULT_READING_LIMITS,
): Promise<void> {
  await store.saveReading(readingOf(article, limits));
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
  options: { everything?: boolean; onItem?: (article: Article) => void; limits?: ReadingLimits } = {},
): Promise<ReadReport> {
  const report: ReadReport = { read: 0, failed: [] };
  const attempt = async (article: Article) => {
    try {
      await readArticle(store, article, options.limits);
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

/**
 * Readings of a batch's drafts made ahead, while the batch waits for the store's write lock (another
 * process holds it): one draft per `step`. A reading is used for the stored article only when the article
 * kept the draft's text and date, where it is exactly what `readingOf` would make.
 */
export class DraftReadings {
  /** Per draft read: its reading, or null when the pipeline failed on it. */
  private readonly made = new Map<number, ArticleReading | null>();
  private next = 0;

  constructor(
    private readonly drafts: ArticleDraft[],
    private readonly limits: ReadingLimits | undefined,
  ) {}

  /** Reads the next draft; false when every draft is read. */
  readonly step = (): boolean => {
    if (this.next >= this.drafts.length) return false;
    const index = this.next++;
    const draft = this.drafts[index]!;
    try {
      this.made.set(index, readText(draft.text, draft.published, this.limits));
    } catch {
      this.made.set(index, null);
    }
    return true;
  };

  /**
   * The reading of draft `index` as `readingOf` would store it for `article`, if the draft was read and
   * `article` is still that draft (null when the pipeline failed on it); undefined otherwise.
   */
  readingFor(index: number, article: Article): StoredReading | null | undefined {
    const draft = this.drafts[index]!;
    if (!this.made.has(index) || article.text !== draft.text || article.published !== draft.published) {
      return undefined;
    }
    const made = this.made.get(index)!;
    return made && storedReading(article, made);
  }
}
