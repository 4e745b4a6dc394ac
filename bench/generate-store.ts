/**
 * Stores of N articles for the API bench, built through the real ingest service (cleaning, reading,
 * duplicates, stories) so the API reads what a real dossier holds. The texts are the BBC 2004–05 corpus
 * and the seeds, each copy varied (neighbouring sentences swapped, names and numbers replaced from lists,
 * a publication date of its own over 2024–2026) so that copies are distinct articles, not duplicates
 * the store would skip.
 *
 * Reading costs a few milliseconds an article, so 100k take several minutes: the finished store is kept
 * under bench/results/, keyed by size and generator version, and reused by the next run.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingest } from '../src/service/ingest.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { readBbc } from './eval-duplicates.js';
import { ROOT } from './run-phase.js';

/** Bump when the generated articles change, so a cached store of the old kind is not reused. */
const GENERATOR_VERSION = 1;
const SEEDS_DIR = path.resolve(ROOT, '..', 'shared', 'seeds');
/** Articles per manifest: each is read whole, and the temporary files stay small. */
const CHUNK = 2000;

const PEOPLE = [
  'Marco Rubio',
  'David Lammy',
  'Andrii Sybiha',
  'Kaja Kallas',
  'Sergei Lavrov',
  'Volodymyr Zelensky',
  'Emmanuel Macron',
  'Olaf Scholz',
  'Ursula von der Leyen',
  'Antonio Guterres',
  'Keir Starmer',
  'Giorgia Meloni',
  'Mark Rutte',
  'Recep Tayyip Erdogan',
  'Narendra Modi',
  'Wang Yi',
];
const OUTLETS = [
  'BBC News',
  'Reuters',
  'The Guardian',
  'Associated Press',
  'Al Jazeera',
  'Deutsche Welle',
  'France 24',
  'The Kyiv Independent',
];
const FROM = Date.UTC(2024, 0, 1);
const DAYS = 3 * 365;
const DAY_MS = 86_400_000;

export interface GenerateOptions {
  /** Called with the articles handled so far; the default writes a line to stderr every 1000. */
  onProgress?: (done: number, count: number, seconds: number) => void;
}

export interface GeneratedStore {
  path: string;
  /** Wall time this call spent ingesting; 0 when the cached store was reused. */
  seconds: number;
  reused: boolean;
  /** Articles in the store (copies that happened to match a stored text are kept once). */
  articles: number;
}

/** Where the store of `count` generated articles is cached (bench/results is git-ignored). */
export function cachedStorePath(count: number): string {
  return path.join(ROOT, 'bench', 'results', `api-store-v${GENERATOR_VERSION}-${count}.db`);
}

interface BaseText {
  title: string;
  body: string;
}

async function baseTexts(): Promise<BaseText[]> {
  const seeds: BaseText[] = [];
  for (const name of (await readdir(SEEDS_DIR)).filter((n) => n.endsWith('.txt')).sort()) {
    const raw = await readFile(path.join(SEEDS_DIR, name), 'utf8');
    const newline = raw.indexOf('\n');
    seeds.push({ title: raw.slice(0, newline).trim(), body: raw.slice(newline + 1).trim() });
  }
  return [...seeds, ...(await readBbc()).map(({ title, body }) => ({ title, body }))];
}

/** xorshift32, seeded per article, so article n is the same text in every run. */
function generator(seed: number): () => number {
  let state = (seed * 2654435761) >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

const pick = <T>(items: readonly T[], next: () => number): T => items[Math.floor(next() * items.length)]!;
const PERSON_LIKE = /\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\b/gu;
const NUMBER = /\b\d+(?:\.\d+)?\b/g;

function varyNumbers(text: string, next: () => number): string {
  return text.replace(NUMBER, (n) => {
    if (next() < 0.5) return n;
    const scaled = Number(n) * (0.5 + next());
    return n.includes('.') ? scaled.toFixed(1) : String(Math.max(1, Math.round(scaled)));
  });
}

function varyNames(text: string, next: () => number): string {
  return text.replace(PERSON_LIKE, (name) => (next() < 0.3 ? pick(PEOPLE, next) : name));
}

/** The lead stays first, as it would in a real article; later neighbours trade places now and then. */
function swapSentences(body: string, next: () => number): string {
  const sentences = body.split(/(?<=[.!?])\s+/);
  for (let i = 1; i + 1 < sentences.length; i += 2) {
    if (next() < 0.4) [sentences[i], sentences[i + 1]] = [sentences[i + 1]!, sentences[i]!];
  }
  return sentences.join(' ');
}

function article(n: number, bases: BaseText[]) {
  const next = generator(n + 1);
  const base = bases[n % bases.length]!;
  const published = new Date(FROM + Math.floor(next() * DAYS) * DAY_MS).toISOString().slice(0, 10);
  return {
    title: varyNames(base.title, next),
    text: varyNumbers(varyNames(swapSentences(base.body, next), next), next),
    published,
    outlet: pick(OUTLETS, next),
  };
}

/**
 * Builds (or reuses) a store of `count` generated articles at `storePath`. It is built beside its final
 * name and renamed when complete, so a killed run never leaves a half store to be reused; the next call
 * resumes the half store, which skips what it holds by fingerprint.
 */
export async function generateStore(
  storePath: string,
  count: number,
  options: GenerateOptions = {},
): Promise<GeneratedStore> {
  if (existsSync(storePath)) {
    return { path: storePath, seconds: 0, reused: true, articles: await countArticles(storePath) };
  }
  const partial = `${storePath}.partial`;
  const progress = options.onProgress ?? defaultProgress;
  const bases = await baseTexts();
  const dir = await mkdtemp(path.join(tmpdir(), 'dossier-bench-'));
  const store = new SqliteStore(partial);
  const started = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
  let done = 0;
  try {
    for (let first = 0; first < count; first += CHUNK) {
      const file = path.join(dir, `chunk-${first}.jsonl`);
      const lines: string[] = [];
      for (let n = first; n < Math.min(count, first + CHUNK); n++)
        lines.push(JSON.stringify(article(n, bases)));
      await writeFile(file, `${lines.join('\n')}\n`);
      const report = await ingest(store, [file], {
        sources: { allowPrivate: false, maxBytes: 20 << 20 },
        onItem: () => {
          done += 1;
          if (done % 1000 === 0 || done === count) progress(done, count, elapsed());
        },
      });
      if (report.failed.length > 0) throw new Error(`generated input refused: ${report.failed[0]!.message}`);
      await rm(file);
    }
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
  const seconds = elapsed();
  // Closing checkpointed the WAL into the file, so the side files hold nothing the store needs.
  for (const side of ['-wal', '-shm']) rmSync(`${partial}${side}`, { force: true });
  renameSync(partial, storePath);
  return { path: storePath, seconds, reused: false, articles: await countArticles(storePath) };
}

async function countArticles(storePath: string): Promise<number> {
  const store = new SqliteStore(storePath);
  try {
    return await store.countArticles();
  } finally {
    await store.close();
  }
}

function defaultProgress(done: number, count: number, seconds: number): void {
  const rate = done / seconds;
  const left = (count - done) / rate;
  process.stderr.write(
    `generating store: ${done}/${count} articles, ${seconds.toFixed(0)} s, ${rate.toFixed(0)}/s, ~${left.toFixed(0)} s left\n`,
  );
}
