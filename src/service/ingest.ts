import { InputError } from '../core/errors.js';
import { urlKey } from '../core/identity.js';
import type { Article, ArticleDraft, SaveOutcome, SaveResult, StoredReading } from '../core/types.js';
import { type CountedDraft, PendingCounts, recleanArticle, withoutLearnedFurniture } from './furniture.js';
import { readSources } from '../ingest/sources.js';
import type { SourceOptions } from '../ingest/sources.js';
import { prepareArticle } from '../pipeline/prepare-article.js';
import type { PrepareOptions } from '../pipeline/prepare-article.js';
import type { ReadingLimits } from '../pipeline/reading.js';
import type { Store } from '../store/store.js';
import { linkArticle, linkUnlinked } from './link.js';
import { DraftReadings, readUnread, readingOf } from './read.js';
import { encodeReading } from '../core/reading-codec.js';

export interface IngestOptions extends PrepareOptions {
  sources: SourceOptions;
  /** Run the reading pipeline on each stored article (default true). */
  read?: boolean;
  /** How much of each article is read, and for how long (default `DEFAULT_READING_LIMITS`). */
  reading?: ReadingLimits | undefined;
  /** Called after every input, stored or failed, so a caller can show progress. */
  onItem?: (item: IngestItem) => void;
}

export type IngestItem =
  | { source: string; outcome: SaveOutcome; id: string; revision: number }
  | { source: string; outcome: 'failed'; error: InputError };

export interface IngestReport {
  added: number;
  revised: number;
  updated: number;
  unchanged: number;
  failed: InputError[];
  /** Articles stored but not read because the reading pipeline failed on them. */
  readingFailed: Array<{ id: string; reason: string }>;
  /**
   * One line per problem that cost no article (an unreadable date), naming the input. Absent from a shared
   * store's batch report: the workers keep such a problem in the article's own evidence.
   */
  warnings?: string[];
}

/** Articles saved per transaction: large enough that commits stop dominating, small enough to lose little. */
const BATCH = 64;

/**
 * Reads every input, prepares each document and keeps it once. A bad input is reported and skipped; the
 * others go on. Articles are stored in batches, each one transaction, so a run killed half-way leaves
 * whole batches stored and the next run skips them by fingerprint. A store failure (disk full, locked
 * file) is not an input's fault and stops the run. Each stored article is then read (entities, dates)
 * and the readings saved batch by batch; a reading lost to a kill is redone by the next run.
 */
export async function ingest(store: Store, inputs: string[], options: IngestOptions): Promise<IngestReport> {
  const report: IngestReport & { warnings: string[] } = {
    added: 0,
    revised: 0,
    updated: 0,
    unchanged: 0,
    failed: [],
    readingFailed: [],
    warnings: [],
  };
  const record = (item: IngestItem) => {
    if (item.outcome === 'failed') report.failed.push(item.error);
    else report[item.outcome] += 1;
    options.onItem?.(item);
  };
  let batch: Array<{ source: string; counted: CountedDraft; seq: number }> = [];
  let batchKeys = new Set<string>();
  const pendingCounts = new PendingCounts();
  // Articles this run added, in order: those of an outlet that learned furniture after them are cleaned
  // of it at the end of the run (`learnedAt`: the outlet's last draft that brought a sentence to the count).
  const added: Array<{ id: string; source: string; seq: number }> = [];
  const learnedAt = new Map<string, number>();
  let seq = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const pending = batch;
    batch = [];
    batchKeys = new Set();
    pendingCounts.clear();
    const drafts = pending.map((p) => p.counted.draft);
    const early = new DraftReadings(drafts, options.reading);
    // Stored and counted together: a kill leaves both or neither, so no article is counted twice. While
    // another process holds the write lock, this one reads the batch's drafts rather than sleep.
    const results = await store.transaction(
      async (tx) => {
        const saved = await tx.saveArticles(drafts);
        for (const [i, result] of saved.entries()) {
          if (result.outcome !== 'added') continue;
          const { keys, day, source } = pending[i]!.counted;
          await tx.countSentences(result.id, keys, day);
          if (source !== null) added.push({ id: result.id, source, seq: pending[i]!.seq });
        }
        return saved;
      },
      options.read !== false ? early.step : undefined,
    );
    if (options.read !== false) await readChanged(store, results, early, options.reading);
    results.forEach((saved, i) => record({ source: pending[i]!.source, ...saved }));
  };
  for await (const source of readSources(inputs, options.sources)) {
    if (!source.ok) {
      record({ source: source.error.input, outcome: 'failed', error: source.error });
      continue;
    }
    const prepared = prepareSafely(source.doc, options);
    if (prepared instanceof InputError) {
      record({ source: source.doc.source, outcome: 'failed', error: prepared });
      continue;
    }
    // A batch touches each article once: a second copy or a new revision of a text waits for the next
    // batch, so each article is read and linked as the input that changed it left it, exactly as when
    // inputs are stored one at a time (by the workers of a shared store, say).
    const keys = articleKeys(prepared);
    if (keys.some((key) => batchKeys.has(key))) await flush();
    for (const key of keys) batchKeys.add(key);
    for (const warning of prepared.warnings ?? []) report.warnings.push(warning);
    const counted = await withoutLearnedFurniture(store, prepared, pendingCounts);
    pendingCounts.add(counted.keys, counted.day);
    seq += 1;
    if (counted.learns && counted.source !== null) learnedAt.set(counted.source, seq);
    batch.push({ source: source.doc.source, counted, seq });
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  for (const { id, source, seq: at } of added) {
    if (at >= (learnedAt.get(source) ?? 0)) continue;
    const article = await store.getArticle(id);
    if (article) await recleanArticle(store, article);
  }
  // Catches up on articles whose reading an earlier, interrupted run never saved.
  if (options.read !== false) {
    report.readingFailed = (await readUnread(store, { limits: options.reading })).failed;
    await linkUnlinked(store);
  }
  return report;
}

/**
 * Reads the articles a batch changed (or takes the readings made ahead of them) and connects them to the
 * rest (duplicates, stories); an article the reading fails on is left for the catch-up, which reports it.
 * The readings are saved and the articles linked in one transaction, in the batch's order: one commit
 * rather than one per article, and a kill leaves the whole batch linked or none of it for the catch-up.
 */
async function readChanged(
  store: Store,
  results: SaveResult[],
  early: DraftReadings,
  limits: ReadingLimits | undefined,
): Promise<void> {
  const read: Array<{ article: Article; reading: StoredReading }> = [];
  for (const [i, saved] of results.entries()) {
    if (saved.outcome === 'unchanged') continue;
    const article = await store.getArticle(saved.id);
    if (!article) continue;
    const made = early.readingFor(i, article);
    try {
      const reading = made === undefined ? readingOf(article, limits) : made;
      if (reading) read.push({ article, reading });
    } catch {
      continue;
    }
  }
  if (read.length === 0) return;
  // Deflated before the write lock, which the other processes wait for.
  for (const { reading } of read) encodeReading(reading.reading);
  await store.transaction(async (tx) => {
    await tx.saveReadings(read.map((r) => r.reading));
    for (const { article, reading } of read) await linkArticle(tx, article, reading.reading);
  });
}

/** What makes two drafts the same article: the same text, or the same page address. */
function articleKeys(draft: ArticleDraft): string[] {
  const key = urlKey(draft.canonicalUrl) ?? urlKey(draft.url);
  return key === null ? [draft.fingerprint] : [draft.fingerprint, key];
}

export function prepareSafely(...args: Parameters<typeof prepareArticle>) {
  try {
    return prepareArticle(...args);
  } catch (error) {
    if (error instanceof InputError) return error;
    // A document that trips the extractor is that document's problem, not the run's.
    return new InputError(args[0].source, 'malformed', `could not be read: ${(error as Error).message}`);
  }
}
