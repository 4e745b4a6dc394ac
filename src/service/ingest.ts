import { InputError } from '../core/errors.js';
import type { SaveOutcome } from '../core/types.js';
import { readSources } from '../ingest/sources.js';
import type { SourceOptions } from '../ingest/sources.js';
import { prepareArticle } from '../pipeline/prepare-article.js';
import type { PrepareOptions } from '../pipeline/prepare-article.js';
import type { Store } from '../store/store.js';
import { readArticle, readUnread } from './read.js';

export interface IngestOptions extends PrepareOptions {
  sources: SourceOptions;
  /** Run the reading pipeline on each stored article (default true). */
  read?: boolean;
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
}

/**
 * Reads every input, prepares each document and keeps it once. A bad input is reported and skipped; the
 * others go on. Each article is its own transaction, so a run killed half-way leaves every finished
 * article stored and the next run skips them by fingerprint. A store failure (disk full, locked file)
 * is not an input's fault and stops the run. Each stored article is then read (entities, dates) and its
 * reading saved on its own; a reading lost to a kill is redone by the next run.
 */
export async function ingest(store: Store, inputs: string[], options: IngestOptions): Promise<IngestReport> {
  const report: IngestReport = {
    added: 0,
    revised: 0,
    updated: 0,
    unchanged: 0,
    failed: [],
    readingFailed: [],
  };
  for await (const source of readSources(inputs, options.sources)) {
    let item: IngestItem;
    if (!source.ok) {
      item = { source: source.error.input, outcome: 'failed', error: source.error };
    } else {
      const prepared = prepareSafely(source.doc, options);
      if (prepared instanceof InputError) {
        item = { source: source.doc.source, outcome: 'failed', error: prepared };
      } else {
        const saved = await store.saveArticle(prepared);
        item = { source: source.doc.source, ...saved };
        if (options.read !== false && saved.outcome !== 'unchanged') {
          const article = await store.getArticle(saved.id);
          // A reading that fails here is retried, and reported, by the catch-up below.
          if (article) await readArticle(store, article).catch(() => undefined);
        }
      }
    }
    if (item.outcome === 'failed') report.failed.push(item.error);
    else report[item.outcome] += 1;
    options.onItem?.(item);
  }
  // Catches up on articles whose reading an earlier, interrupted run never saved.
  if (options.read !== false) report.readingFailed = (await readUnread(store)).failed;
  return report;
}

function prepareSafely(...args: Parameters<typeof prepareArticle>) {
  try {
    return prepareArticle(...args);
  } catch (error) {
    if (error instanceof InputError) return error;
    // A document that trips the extractor is that document's problem, not the run's.
    return new InputError(args[0].source, 'malformed', `could not be read: ${(error as Error).message}`);
  }
}
