/**
 * Stores of N generated articles for the benches, built through bulk paths rather than article by article
 * through ingest: what a store of a year of news holds, without the hours that reading each of a million
 * articles would take here.
 *
 * The texts are the BBC 2004–05 corpus and the seeds, each copy varied (neighbouring sentences swapped,
 * names and numbers replaced from lists, a publication date of its own over 2024–2026) so that copies are
 * distinct articles, not duplicates the store would skip. Each base text is read once by the real reading
 * pipeline, and every copy of it is stored with that reading: the readings are real in shape and size, but
 * their offsets and names are those of the base text, not of the varied copy. Articles and readings are
 * saved in batches of 1000 through the store's own `saveArticles` and `saveReadings`; links are decided as
 * `linkArticle` decides them and written in bulk (`BulkLinks`). Stores above 10k are copies of the store of
 * 10k (`tile-store.ts`), as linking even in bulk runs at tens of articles a second here.
 *
 * A PostgreSQL store of N is a copy of the SQLite one, table by table (`COPY` through
 * `psql`), so both stores hold the same articles, readings and links.
 *
 * Stores are kept (SQLite under bench/results/, PostgreSQL as schema `dossier_bench_v<version>_<N>`),
 * keyed by size and generator version, and reused by the next run; each is built beside its final name
 * and renamed when complete, so a killed run never leaves a half store to be reused.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fingerprintText } from '../src/core/identity.js';
import type { ArticleDraft, ArticleReading } from '../src/core/types.js';
import { READING_PIPELINE, analyzeText } from '../src/pipeline/reading.js';
import { rebuildConnected } from '../src/service/connected-rebuild.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { BulkLinks } from './bulk-links.js';
import { copyToPostgres } from './copy-to-postgres.js';
import { readBbc } from './eval-duplicates.js';
import { tileStore } from './tile-store.js';
export { BENCH_DATABASE, benchLocation } from './bench-database.js';
import { ROOT } from './run-phase.js';

/** Bump when the generated articles change, so a cached store of the old kind is not reused. */
const GENERATOR_VERSION = 3;
const SEEDS_DIR = path.resolve(ROOT, '..', 'shared', 'seeds');
/** Articles saved, read and linked per transaction. */
const CHUNK = 1000;
/** Stores larger than this are copies of the store of this size (`tile-store.ts`). */
const TILE = 10_000;
/** Shifts a copy's variation stream away from every other article's. */
const COPY_SEED = 1_000_003;

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

export interface GeneratedStore {
  /** A file path (SQLite) or a postgres:// location. */
  location: string;
  /** Wall time this call spent building it; 0 when a kept one was reused. */
  seconds: number;
  reused: boolean;
  /** Articles in the store (copies that happened to match a stored text are kept once). */
  articles: number;
}

export type StoreKind = 'sqlite' | 'postgres';

const KEPT = `v${GENERATOR_VERSION}`;

/** Where the SQLite store of `count` generated articles is kept (bench/results is git-ignored). */
export function cachedStorePath(count: number): string {
  return path.join(ROOT, 'bench', 'results', `store-${KEPT}-${count}.db`);
}

/** The store of `TILE` that larger ones copy, kept apart from the one benches add articles to. */
const tilePath = () => path.join(ROOT, 'bench', 'results', `tile-${KEPT}-${TILE}.db`);

export function cachedSchema(count: number): string {
  return `dossier_bench_${KEPT}_${count}`;
}

/** The generated store of `count` articles of this kind, built if it is not kept yet. */
export async function generatedStore(kind: StoreKind, count: number): Promise<GeneratedStore> {
  if (kind === 'postgres' && count > TILE) {
    // Tiled inside the server from the tile's rows, as the SQLite store of `count` is tiled: the same rows.
    const tile = await generateSqlite(TILE, tilePath());
    const bases = await baseTexts();
    const variedText = (n: number, copy: number) => generatedArticle(n, bases, copy * COPY_SEED).text;
    const tiled = { tile: tile.location, tiles: count / TILE, variedText };
    return copyToPostgres(tile.location, count, cachedSchema(count), tiled);
  }
  const sqlite = await generateSqlite(count);
  if (kind === 'sqlite') return sqlite;
  return copyToPostgres(sqlite.location, count, cachedSchema(count));
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

/** Each base text read once by the real pipeline; kept beside the stores, as reading them takes a while. */
function baseReadings(bases: BaseText[]): ArticleReading[] {
  const file = path.join(ROOT, 'bench', 'results', `base-readings-v${GENERATOR_VERSION}.json`);
  if (existsSync(file)) {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { pipeline: string; readings: ArticleReading[] };
    if (kept.pipeline === READING_PIPELINE && kept.readings.length === bases.length) return kept.readings;
  }
  process.stderr.write(`generating stores: reading the ${bases.length} base texts once\n`);
  const readings = bases.map((base) => {
    const { text: _text, ...reading } = analyzeText(base.body, null);
    return reading;
  });
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ pipeline: READING_PIPELINE, readings }));
  return readings;
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

/** Generated article `n` (the `seed` shifts the whole sequence, for articles no store holds yet). */
export function generatedArticle(n: number, bases: BaseText[], seed = 0) {
  const next = generator(n + 1 + seed);
  const baseIndex = n % bases.length;
  const base = bases[baseIndex]!;
  const published = new Date(FROM + Math.floor(next() * DAYS) * DAY_MS).toISOString().slice(0, 10);
  return {
    baseIndex,
    title: varyNames(base.title, next),
    text: varyNumbers(varyNames(swapSentences(base.body, next), next), next),
    published,
    outlet: pick(OUTLETS, next),
  };
}

export async function loadBases(): Promise<BaseText[]> {
  return baseTexts();
}

function draftOf(n: number, article: ReturnType<typeof generatedArticle>): ArticleDraft {
  const evidence = { origin: 'manifest' as const, detail: 'generated for the bench' };
  return {
    source: `generated/${n}`,
    url: `https://bench.example.org/${n}`,
    title: article.title,
    text: article.text,
    removed: [],
    outlet: article.outlet,
    outletEvidence: evidence,
    author: null,
    lang: 'en',
    published: article.published,
    publishedEvidence: evidence,
    publishedRange: null,
    canonicalUrl: null,
    fingerprint: fingerprintText(article.text),
  };
}

/**
 * The store of `count` kept at `storePath` (by default where the benches keep it), built if missing.
 * Benches add articles to a kept store, so the tile that larger stores copy is kept apart, untouched.
 */
async function generateSqlite(count: number, storePath = cachedStorePath(count)): Promise<GeneratedStore> {
  if (existsSync(storePath)) {
    // A store kept by an older build is brought to the current schema first: the tiles and the PostgreSQL
    // copies read the columns the current migrations made (migration 18's tie order).
    await new SqliteStore(storePath).close();
    relabelSqlite(storePath);
    return { location: storePath, seconds: 0, reused: true, articles: countSqlite(storePath) };
  }
  const partial = `${storePath}.partial`;
  for (const file of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(file, { force: true });
  if (count > TILE) return tiledSqlite(count, storePath, partial);
  const bases = await baseTexts();
  const readings = baseReadings(bases);
  const writer = new SqliteStore(partial);
  const db = new Database(partial);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  const links = new BulkLinks(db);
  /** Each article's base text: its reading, shared by every copy, is what the connected records are made from. */
  const baseOf = new Map<string, number>();
  const started = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
  try {
    try {
      for (let first = 0; first < count; first += CHUNK) {
        const generated: Array<{ article: ReturnType<typeof generatedArticle>; draft: ArticleDraft }> = [];
        for (let n = first; n < Math.min(count, first + CHUNK); n++) {
          const article = generatedArticle(n, bases);
          generated.push({ article, draft: draftOf(n, article) });
        }
        const results = await writer.saveArticles(generated.map((g) => g.draft));
        const added = results.flatMap((result, i) =>
          result.outcome === 'added' ? [{ result, ...generated[i]! }] : [],
        );
        await writer.saveReadings(
          added.map(({ result, article }) => ({
            articleId: result.id,
            revision: 1,
            pipeline: READING_PIPELINE,
            reading: readings[article.baseIndex]!,
          })),
        );
        for (const { result, article } of added) baseOf.set(result.id, article.baseIndex);
        const now = new Date().toISOString();
        await links.link(
          added.map(({ result, article, draft }) => ({
            article: { ...draft, id: result.id, revision: 1, ingestedAt: now, updatedAt: now },
            reading: readings[article.baseIndex]!,
          })),
        );
        const done = Math.min(count, first + CHUNK);
        if (done % 10_000 === 0 || done === count) progress('SQLite', done, count, elapsed());
      }
    } finally {
      await writer.close();
    }
    links.writeStories();
  } finally {
    db.close();
  }
  // The connected records, computed at once from every reading and written as linking writes them.
  const connecting = new SqliteStore(partial);
  try {
    await rebuildConnected(connecting, (id) => {
      const base = baseOf.get(id);
      return base === undefined ? undefined : readings[base];
    });
  } finally {
    await connecting.close();
  }
  progress('SQLite connected records', count, count, elapsed());
  const seconds = elapsed();
  for (const side of ['-wal', '-shm']) rmSync(`${partial}${side}`, { force: true });
  renameSync(partial, storePath);
  return { location: storePath, seconds, reused: false, articles: countSqlite(storePath) };
}

/** A store of `count` (a multiple of `TILE`) as copies of the store of `TILE`. */
async function tiledSqlite(count: number, storePath: string, partial: string): Promise<GeneratedStore> {
  if (count % TILE !== 0)
    throw new Error(`generated stores above ${TILE} come in multiples of it, not ${count}`);
  const tile = await generateSqlite(TILE, tilePath());
  const bases = await baseTexts();
  const started = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
  tileStore(
    tile.location,
    partial,
    count / TILE,
    (n, copy) => generatedArticle(n, bases, copy * COPY_SEED).text,
    (step) =>
      process.stderr.write(
        `tiling the SQLite store of ${count}: ${step}, ${elapsed().toFixed(0)} s in all\n`,
      ),
  );
  const seconds = elapsed() + tile.seconds;
  renameSync(partial, storePath);
  return { location: storePath, seconds, reused: false, articles: countSqlite(storePath) };
}

/**
 * A kept store whose readings an earlier pipeline made has them relabelled as the current pipeline's
 * instead of re-read: otherwise the first ingest into it would re-read every article (`readUnread`), and
 * what the benches measure is storing, not reading. The readings are the base texts' anyway.
 */
function relabelSqlite(file: string): void {
  const db = new Database(file);
  try {
    // Asked first, read-only: a kept tile another build is copying from can be read, not written.
    if (db.prepare('SELECT 1 FROM readings WHERE pipeline <> ? LIMIT 1').get(READING_PIPELINE))
      db.prepare('UPDATE readings SET pipeline = ? WHERE pipeline <> ?').run(
        READING_PIPELINE,
        READING_PIPELINE,
      );
  } finally {
    db.close();
  }
}

function countSqlite(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

function progress(kind: string, done: number, count: number, seconds: number): void {
  const rate = done / seconds;
  process.stderr.write(
    `generating ${kind} store of ${count}: ${done} articles, ${seconds.toFixed(0)} s, ${rate.toFixed(0)}/s, ~${((count - done) / rate).toFixed(0)} s left\n`,
  );
}
