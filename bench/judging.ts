/**
 * What the hand-judged samples share (`judge-sample.ts` for connecting, `judge-reading.ts` for the reading):
 * the dev RSS corpus ingested through the real ingest path into a fresh store, a seeded draw of each table,
 * and the evidence printed for the judge beside a skeleton `.tsv` per table for the verdicts. Only keys go
 * into the repository; the corpus's text is read at run time.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ingest } from '../src/service/ingest.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { ROOT, SHARED_BENCH } from './run-phase.js';

const CORPUS = `${SHARED_BENCH}/corpora/rss-2025-05/articles.jsonl.gz`;
const PER_TABLE = 40;

/** One drawn item: the key its verdict is filed under, and the lines a judge reads. */
export interface Drawn {
  key: string;
  lines: string[];
}

/** One table's draw: the skeleton file it goes to, the key column's name, and how many items it was drawn from. */
export interface Draw {
  table: string;
  file: string;
  keyColumn: string;
  pool: number;
  items: Drawn[];
}

/** Up to 40 of `items`, drawn with `next` (a Fisher–Yates shuffle cut short). */
export function draw<T>(items: readonly T[], next: () => number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, PER_TABLE);
}

export const clip = (text: string, length: number): string =>
  text.length > length ? `${text.slice(0, length)}…` : text;

/**
 * Ingests the corpus's feed lines, as they are, into a fresh SQLite store (its own date parsing, its
 * furniture learning, each article read and linked as it arrives), hands the store to `use`, and removes it.
 * With `DOSSIER_JUDGE_STORE` set to a path, the store is kept there, and a store already there is used as
 * it is: two seeds drawn from one code then cost one ingest (the store must have been made by that code).
 */
export async function withCorpusStore<T>(use: (store: SqliteStore) => Promise<T>): Promise<T> {
  const kept = process.env['DOSSIER_JUDGE_STORE'];
  const dir = kept ? null : mkdtempSync(join(tmpdir(), 'dossier-judge-'));
  const path = kept ?? join(dir!, 'rss.db');
  const made = existsSync(path);
  const store = new SqliteStore(path);
  try {
    if (!made) {
      const manifest = `${path}.jsonl`;
      writeFileSync(manifest, gunzipSync(readFileSync(CORPUS)));
      await ingest(store, [manifest], { sources: { allowPrivate: false, maxBytes: 20 << 20 } });
    }
    return await use(store);
  } finally {
    await store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Prints each draw's evidence to stdout and writes its skeleton `bench/judged/<file>` (key, verdict,
 * reason). An existing skeleton is never overwritten: judged files are moved away before a new draw.
 */
export function writeDraws(draws: readonly Draw[]): void {
  const judged = join(ROOT, 'bench', 'judged');
  mkdirSync(judged, { recursive: true });
  const out: string[] = [];
  for (const { table, file, keyColumn, pool, items } of draws) {
    out.push(`\n===== ${table} (${items.length} of ${pool})`);
    for (const [i, item] of items.entries()) out.push(`\n#${i + 1} ${item.key}`, ...item.lines);
    writeFileSync(
      join(judged, file),
      [`${keyColumn}\tverdict\treason`, ...items.map((item) => `${item.key}\t\t`)].join('\n') + '\n',
      { flag: 'wx' },
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
