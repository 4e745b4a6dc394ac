import { InputError } from '../core/errors.js';
import type { SaveOutcome } from '../core/types.js';
import { readSources } from '../ingest/sources.js';
import type { SourceOptions } from '../ingest/sources.js';
import { prepareArticle } from '../pipeline/prepare-article.js';
import type { PrepareOptions } from '../pipeline/prepare-article.js';
import type { Store } from '../store/store.js';

export interface IngestOptions extends PrepareOptions {
  sources: SourceOptions;
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
}

/**
 * Reads every input, prepares each document and keeps it once. A bad input is reported and skipped; the
 * others go on. Each article is its own transaction, so a run killed half-way leaves every finished
 * article stored and the next run skips them by fingerprint. A store failure (disk full, locked file)
 * is not an input's fault and stops the run.
 */
export async function ingest(store: Store, inputs: string[], options: IngestOptions): Promise<IngestReport> {
  const report: IngestReport = { added: 0, revised: 0, updated: 0, unchanged: 0, failed: [] };
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
      }
    }
    if (item.outcome === 'failed') report.failed.push(item.error);
    else report[item.outcome] += 1;
    options.onItem?.(item);
  }
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
