/**
 * One fuzz input through what a user runs: `extract` and `analyze` (read the file, extract the article,
 * read it) and `ingest` (the same file into a store, read and linked). A refusal of the input (an
 * `InputError`: binary, empty, no article) is an answer, not a failure; anything else thrown, and an
 * article whose reading failed, is a crash.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/core/errors.js';
import { DEFAULT_MAX_BYTES } from '../../src/ingest/limits.js';
import { readSources } from '../../src/ingest/sources.js';
import { extractArticle } from '../../src/pipeline/prepare-article.js';
import { analyzeText } from '../../src/pipeline/reading.js';
import { ingest } from '../../src/service/ingest.js';
import type { Store } from '../../src/store/store.js';
import type { FuzzTarget } from './inputs.js';

export const EXTENSIONS: Record<FuzzTarget, string> = { text: 'txt', html: 'html', manifest: 'jsonl' };

const SOURCES = { allowPrivate: false, maxBytes: DEFAULT_MAX_BYTES };

export async function runInput(target: FuzzTarget, bytes: Uint8Array, store: Store): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-fuzz-'));
  try {
    const file = join(dir, `input.${EXTENSIONS[target]}`);
    writeFileSync(file, bytes);
    for await (const item of readSources([file], SOURCES)) {
      if (!item.ok) continue;
      let text: string;
      try {
        text = extractArticle(item.doc).text;
      } catch (error) {
        if (error instanceof InputError) continue;
        throw error;
      }
      analyzeText(text, null);
    }
    const report = await ingest(store, [file], { sources: SOURCES });
    const reading = report.readingFailed[0];
    if (reading) throw new Error(`reading failed on a stored article: ${reading.reason}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
