import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ReadArticle } from '../../src/core/connected.js';
import { extractArticle } from '../../src/pipeline/prepare-article.js';
import { ingest } from '../../src/service/ingest.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';

/**
 * The reference corpus, read where it lives (`../shared`, never copied into the project), for every test
 * that checks behaviour on it. A missing corpus fails the test that needs it: a skipped check is no check.
 */
export const SHARED = resolve(process.cwd(), '..', 'shared');
export const SEEDS_DIR = join(SHARED, 'seeds');
export const SEEDS_MANIFEST = join(SHARED, 'seeds-manifest.jsonl');

export interface SeedEntry {
  /** Relative to `SHARED`: `seeds/003_….txt`. */
  path: string;
  published: string;
  /** The file's three-digit prefix: `003`. */
  seed: string;
}

export function seedEntries(): SeedEntry[] {
  return readFileSync(SEEDS_MANIFEST, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { path: string; published: string })
    .map((entry) => ({ ...entry, seed: entry.path.replace(/^seeds\//, '').slice(0, 3) }));
}

/** The manifest entry of a seed, by its prefix (`003` or `003_`). */
export function seedEntry(seed: string): SeedEntry {
  const entry = seedEntries().find((e) => e.seed === seed.slice(0, 3));
  assert.ok(entry, `no seed ${seed} in ${SEEDS_MANIFEST}`);
  return entry;
}

/** A seed's file exactly as saved, boilerplate and all, with its publication date. */
export function rawSeed(seed: string): { text: string; published: string } {
  const entry = seedEntry(seed);
  return { text: readFileSync(join(SHARED, entry.path), 'utf8'), published: entry.published };
}

/** A seed as ingest stores it: extracted and cleaned, with its publication date. */
export function cleanSeed(seed: string): { text: string; published: string } {
  const entry = seedEntry(seed);
  const body = readFileSync(join(SHARED, entry.path), 'utf8');
  const article = extractArticle({ source: entry.path, url: null, kind: 'text', body, hints: {} });
  return { text: article.text, published: entry.published };
}

/**
 * Every seed ingested through its manifest into a fresh SQLite store, read back as the connecting stages
 * see them, keyed by seed prefix. The store's folder is removed once they are read.
 */
export async function ingestedSeeds(): Promise<Map<string, ReadArticle>> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-seeds-'));
  const store = new SqliteStore(join(dir, 'store.db'));
  const bySeed = new Map<string, ReadArticle>();
  try {
    await ingest(store, [SEEDS_MANIFEST], { sources: { allowPrivate: false, maxBytes: 20 << 20 } });
    for await (const article of store.iterateArticles()) {
      const stored = await store.getReading(article.id);
      assert.ok(stored, `no reading for ${article.source}`);
      const seed = article.source.match(/(\d{3})_[0-9a-f]+\.txt$/)?.[1];
      assert.ok(seed, article.source);
      bySeed.set(seed, { article, reading: stored.reading });
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return new Map([...bySeed].sort(([a], [b]) => a.localeCompare(b)));
}
