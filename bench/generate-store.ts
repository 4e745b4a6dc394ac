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
 * `linkArticle` decides them and written in bulk (`BulkLinks`).
 *
 * A PostgreSQL store of N is a copy of the SQLite one, table by table (`unnest` over arrays, 5000 rows a
 * statement), so both stores hold the same articles, readings and links.
 *
 * Stores are kept (SQLite under bench/results/, PostgreSQL as schema `dossier_bench_v<version>_<N>`),
 * keyed by size and generator version, and reused by the next run; each is built beside its final name
 * and renamed when complete, so a killed run never leaves a half store to be reused.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { fingerprintText } from '../src/core/identity.js';
import type { Article, ArticleDraft, ArticleReading } from '../src/core/types.js';
import { READING_PIPELINE, analyzeText } from '../src/pipeline/reading.js';
import { bandKeys, findDuplicates, signature } from '../src/connect/duplicates/index.js';
import { furnitureSentences, sentenceKeys } from '../src/connect/furniture/index.js';
import { planStory, storyFeatures } from '../src/connect/stories/index.js';
import { MemoryStoryIndex } from '../src/connect/stories/memory-index.js';
import { rebuildConnected } from '../src/service/connected.js';
import { PostgresStore } from '../src/store/postgres/index.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { readBbc } from './eval-duplicates.js';
import { ROOT } from './run-phase.js';

/** Bump when the generated articles change, so a cached store of the old kind is not reused. */
const GENERATOR_VERSION = 3;
const SEEDS_DIR = path.resolve(ROOT, '..', 'shared', 'seeds');
/** Articles saved, read and linked per transaction. */
const CHUNK = 1000;
/** The PostgreSQL server the benches use (the tests' one by default). */
export const BENCH_DATABASE = process.env.DOSSIER_BENCH_DATABASE || 'postgres://postgres@127.0.0.1:5432/test';

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

export function cachedSchema(count: number): string {
  return `dossier_bench_${KEPT}_${count}`;
}

export function benchLocation(schema: string): string {
  const url = new URL(BENCH_DATABASE);
  url.searchParams.set('schema', schema);
  return url.toString();
}

/** The generated store of `count` articles of this kind, built if it is not kept yet. */
export async function generatedStore(kind: StoreKind, count: number): Promise<GeneratedStore> {
  const sqlite = await generateSqlite(count);
  if (kind === 'sqlite') return sqlite;
  return copyToPostgres(sqlite.location, count);
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

async function generateSqlite(count: number): Promise<GeneratedStore> {
  const storePath = cachedStorePath(count);
  if (existsSync(storePath)) {
    relabelSqlite(storePath);
    return { location: storePath, seconds: 0, reused: true, articles: countSqlite(storePath) };
  }
  const partial = `${storePath}.partial`;
  for (const file of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(file, { force: true });
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

/**
 * Linking in bulk, with what `linkArticle` decides for each article: its duplicates among the articles
 * sharing a band key (looked up in the store's own band table, as the store does), its furniture (sentences
 * an earlier article of its site printed, kept in memory as `repeated_sentences` keeps them), and its story by
 * `planStory` over the story index held in memory (`MemoryStoryIndex`, the same tables as plain data), in
 * the order the articles came. The rows are written as the store writes them, the story tables once at
 * the end: the same rows, without the store's statement per key per article.
 */
class BulkLinks {
  private readonly stories = new MemoryStoryIndex();
  private readonly insertSignature: Database.Statement;
  private readonly insertBands: Database.Statement;
  private readonly sharing: Database.Statement;
  private readonly insertDuplicate: Database.Statement;
  private readonly markLinked: Database.Statement;
  private readonly insertSentence: Database.Statement;
  /** Each sentence key's first article, as `repeated_sentences` keeps it: the furniture index. */
  private readonly firstWithSentence = new Map<string, string>();
  private readonly storyOf = new Map<string, string>();

  constructor(private readonly db: Database.Database) {
    this.insertSignature = db.prepare(
      'INSERT INTO signatures (article_id, revision, signature, fingerprint) VALUES (?, ?, ?, ?)',
    );
    this.insertBands = db.prepare(
      'INSERT OR IGNORE INTO signature_bands (band_key, article_id) SELECT value, ? FROM json_each(?)',
    );
    this.sharing = db.prepare(
      `SELECT s.article_id, s.signature, s.fingerprint FROM signatures s
       WHERE s.article_id IN (SELECT article_id FROM signature_bands WHERE band_key IN (SELECT value FROM json_each(?)))
       ORDER BY s.article_id`,
    );
    this.insertDuplicate = db.prepare(
      'INSERT OR REPLACE INTO duplicates (a, b, similarity, kind) VALUES (@a, @b, @similarity, @kind)',
    );
    this.markLinked = db.prepare('UPDATE articles SET linked_revision = 1 WHERE id = ?');
    this.insertSentence = db.prepare(
      'INSERT OR IGNORE INTO repeated_sentences (key, article_id) VALUES (?, ?)',
    );
  }

  async link(items: Array<{ article: Article; reading: ArticleReading }>): Promise<void> {
    for (const { article, reading } of items) {
      const minhash = signature(article.text);
      const keys = bandKeys(minhash);
      const candidates = (
        this.sharing.all(JSON.stringify(keys)) as Array<{
          article_id: string;
          signature: Buffer;
          fingerprint: string;
        }>
      ).map((row) => ({
        id: row.article_id,
        signature: new Uint32Array(
          row.signature.buffer.slice(
            row.signature.byteOffset,
            row.signature.byteOffset + row.signature.byteLength,
          ),
        ),
        fingerprint: row.fingerprint,
      }));
      const duplicates = findDuplicates(
        { id: article.id, signature: minhash, fingerprint: article.fingerprint },
        candidates,
      );
      const read = { article, reading };
      const sentences = sentenceKeys(read);
      const repeated = new Set(
        sentences
          .filter((k) => (this.firstWithSentence.get(k.key) ?? article.id) !== article.id)
          .map((k) => k.key),
      );
      const duplicateStories = duplicates.flatMap((pair) => {
        const story = this.storyOf.get(pair.a === article.id ? pair.b : pair.a);
        return story ? [story] : [];
      });
      const update = await planStory(
        storyFeatures(read, furnitureSentences(sentences, repeated)),
        this.stories,
        {
          duplicateStories: [...new Set(duplicateStories)],
        },
      );
      this.stories.apply(update);
      this.storyOf.set(article.id, update.story.id);
      this.db.transaction(() => {
        for (const k of sentences) {
          if (!this.firstWithSentence.has(k.key)) this.firstWithSentence.set(k.key, article.id);
          this.insertSentence.run(k.key, article.id);
        }
        for (const pair of duplicates) this.insertDuplicate.run(pair);
        this.insertSignature.run(
          article.id,
          1,
          Buffer.from(minhash.buffer, minhash.byteOffset, minhash.byteLength),
          article.fingerprint,
        );
        this.insertBands.run(article.id, JSON.stringify(keys));
        this.markLinked.run(article.id);
      })();
    }
  }

  /** The story index, as the store's tables. */
  writeStories(): void {
    const { data } = this.stories;
    this.db.transaction(() => {
      const story = this.db.prepare(
        `INSERT INTO stories (id, title, title_score, title_from_keys, article_count, date_from, date_to)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      );
      const member = this.db.prepare('INSERT INTO story_articles (article_id, story_id) VALUES (?, ?)');
      const key = this.db.prepare('INSERT INTO story_weights (key, story_id, weight) VALUES (?, ?, ?)');
      for (const s of Object.values(data.stories)) {
        story.run(s.id, s.title, s.titleScore, s.titleFromKeys ? 1 : 0, s.articleCount, s.from, s.to);
        for (const id of s.articleIds) member.run(id, s.id);
        for (const [k, weight] of Object.entries(s.keyWeights)) key.run(k, s.id, weight);
      }
      const posting = this.db.prepare('INSERT INTO story_postings (posting_key, story_id) VALUES (?, ?)');
      for (const [k, ids] of Object.entries(data.postings)) for (const id of ids) posting.run(k, id);
      const frequency = this.db.prepare('INSERT INTO key_frequencies (key, articles) VALUES (?, ?)');
      for (const [k, n] of Object.entries(data.df)) frequency.run(k, n);
      this.db.prepare("UPDATE counters SET value = ? WHERE name = 'story_articles'").run(data.articles);
    })();
  }
}

/**
 * A kept store whose readings an earlier pipeline made has them relabelled as the current pipeline's
 * instead of re-read: otherwise the first ingest into it would re-read every article (`readUnread`), and
 * what the benches measure is storing, not reading. The readings are the base texts' anyway.
 */
function relabelSqlite(file: string): void {
  const db = new Database(file);
  try {
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

/** The connected records' tables (see `src/store/sqlite/connected.ts`): columns text unless typed `name:type`. */
const CONNECTED_COPIES: TableCopy[] = (
  [
    ['connected_actors', ['id', 'record', 'name', 'type', 'mentions:integer', 'names'], 'id', 2000],
    ['connected_actor_keys', ['key', 'actor_id'], 'key, actor_id', 10000],
    ['connected_actor_names', ['name', 'actor_id'], 'name, actor_id', 10000],
    ['connected_members', ['member', 'actor_id', 'article_id'], 'member', 10000],
    [
      'connected_events',
      ['id', 'story_id', 'ord', 'record', 'timeline', 'day_from', 'day_to', 'confidence:double precision'],
      'id',
      2000,
    ],
    ['connected_event_actors', ['actor_id', 'event_id', 'story_id'], 'actor_id, event_id', 10000],
    ['connected_event_articles', ['article_id', 'event_id'], 'article_id, event_id', 10000],
    ['connected_measures', ['measure_id', 'article_id'], 'measure_id, article_id', 10000],
    ['connected_series', ['id', 'record', 'first_as_of', 'confidence:double precision'], 'id', 2000],
    [
      'connected_discrepancies',
      ['scope', 'id', 'record', 'kind_rank:integer', 'confidence:double precision'],
      'scope, id',
      2000,
    ],
    ['furniture_keys', ['key'], 'key', 10000],
  ] as const
).map(([table, columns, orderBy, rows]) => ({
  table,
  columns: columns.map((c): [string, string] => {
    const [name, type] = c.split(':');
    return [name!, type ?? 'text'];
  }),
  orderBy,
  rows,
}));

/** Each copied table: its columns with their PostgreSQL types, the order to read them in, how to convert. */
interface TableCopy {
  table: string;
  columns: Array<[string, string]>;
  orderBy: string;
  rows: number;
  convert?: (row: Record<string, unknown>) => Record<string, unknown>;
}

const TABLES: TableCopy[] = [
  {
    table: 'articles',
    columns: [
      ['seq', 'bigint'],
      ['id', 'text'],
      ['revision', 'integer'],
      ['source', 'text'],
      ['url', 'text'],
      ['url_key', 'text'],
      ['canonical_url', 'text'],
      ['title', 'text'],
      ['text', 'text'],
      ['removed', 'text'],
      ['outlet', 'text'],
      ['outlet_evidence', 'text'],
      ['author', 'text'],
      ['lang', 'text'],
      ['published', 'text'],
      ['published_evidence', 'text'],
      ['published_range', 'text'],
      ['fingerprint', 'text'],
      ['user_patch', 'text'],
      ['ingested_at', 'text'],
      ['updated_at', 'text'],
      ['read_revision', 'integer'],
      ['linked_revision', 'integer'],
    ],
    orderBy: 'seq',
    rows: 1000,
  },
  {
    table: 'fingerprints',
    columns: [
      ['fingerprint', 'text'],
      ['article_id', 'text'],
      ['revision', 'integer'],
    ],
    orderBy: 'rowid',
    rows: 5000,
  },
  {
    table: 'readings',
    columns: [
      ['article_id', 'text'],
      ['revision', 'integer'],
      ['pipeline', 'text'],
      ['reading', 'text'],
      ['read_at', 'text'],
    ],
    orderBy: 'rowid',
    rows: 500,
  },
  {
    table: 'signatures',
    columns: [
      ['article_id', 'text'],
      ['revision', 'integer'],
      ['signature', 'bytea'],
      ['fingerprint', 'text'],
    ],
    orderBy: 'rowid',
    rows: 5000,
  },
  {
    table: 'signature_bands',
    columns: [
      ['band_key', 'text'],
      ['article_id', 'text'],
    ],
    orderBy: 'band_key, article_id',
    rows: 10000,
  },
  {
    table: 'duplicates',
    columns: [
      ['a', 'text'],
      ['b', 'text'],
      ['similarity', 'double precision'],
      ['kind', 'text'],
    ],
    orderBy: 'a, b',
    rows: 5000,
  },
  {
    table: 'stories',
    columns: [
      ['id', 'text'],
      ['title', 'text'],
      ['title_score', 'double precision'],
      ['title_from_keys', 'boolean'],
      ['article_count', 'integer'],
      ['date_from', 'text'],
      ['date_to', 'text'],
    ],
    orderBy: 'id',
    rows: 5000,
    convert: (row) => ({ ...row, title_from_keys: row.title_from_keys === 1 }),
  },
  {
    table: 'story_articles',
    columns: [
      ['article_id', 'text'],
      ['story_id', 'text'],
    ],
    orderBy: 'article_id',
    rows: 10000,
  },
  {
    table: 'story_weights',
    columns: [
      ['key', 'text'],
      ['story_id', 'text'],
      ['weight', 'double precision'],
    ],
    orderBy: 'key, story_id',
    rows: 10000,
  },
  {
    table: 'repeated_sentences',
    columns: [
      ['key', 'text'],
      ['article_id', 'text'],
    ],
    orderBy: 'key',
    rows: 10000,
  },
  {
    table: 'story_postings',
    columns: [
      ['posting_key', 'text'],
      ['story_id', 'text'],
    ],
    orderBy: 'posting_key, story_id',
    rows: 10000,
  },
  {
    table: 'key_frequencies',
    columns: [
      ['key', 'text'],
      ['articles', 'integer'],
    ],
    orderBy: 'key',
    rows: 10000,
  },
  ...CONNECTED_COPIES,
];

/**
 * The SQLite store copied into a PostgreSQL schema of its own, table by table, in the order foreign keys
 * need; built as `<schema>_partial` and renamed when complete.
 */
async function copyToPostgres(sqlitePath: string, count: number): Promise<GeneratedStore> {
  const schema = cachedSchema(count);
  const admin = new pg.Client({ connectionString: BENCH_DATABASE });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (exists.rowCount) {
      // As for SQLite (see `relabelSqlite`).
      await admin.query(`UPDATE ${schema}.readings SET pipeline = $1 WHERE pipeline < $1 OR pipeline > $1`, [
        READING_PIPELINE,
      ]);
      const n = await admin.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${schema}.articles`);
      return { location: benchLocation(schema), seconds: 0, reused: true, articles: Number(n.rows[0]!.n) };
    }
    const partial = `${schema}_partial`;
    await admin.query(`DROP SCHEMA IF EXISTS ${partial} CASCADE`);
    await (await PostgresStore.open(benchLocation(partial))).close();
    const started = process.hrtime.bigint();
    const sqlite = new Database(sqlitePath, { readonly: true });
    const target = new pg.Client({ connectionString: BENCH_DATABASE, options: `-c search_path=${partial}` });
    await target.connect();
    try {
      // A bulk load: foreign keys are not checked row by row (the rows come from a store that kept them),
      // and the indexes no lookup during the load needs are built once at the end, sorted, not row by row.
      await target.query('SET synchronous_commit = off');
      await target.query('SET session_replication_role = replica');
      await target.query("SET maintenance_work_mem = '512MB'");
      const { rows: deferred } = await target.query<{ name: string; definition: string }>(
        `SELECT c.relname AS name, pg_get_indexdef(c.oid) AS definition FROM pg_index x
         JOIN pg_class c ON c.oid = x.indexrelid
         WHERE c.relnamespace = $1::text::regnamespace AND NOT x.indisunique`,
        [partial],
      );
      for (const index of deferred) await target.query(`DROP INDEX ${index.name}`);
      for (const copy of TABLES) await copyTable(sqlite, target, copy, count);
      for (const index of deferred) {
        const started = Date.now();
        await target.query(index.definition);
        process.stderr.write(
          `built index ${index.name} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
        );
      }
      const counter = sqlite.prepare("SELECT value FROM counters WHERE name = 'story_articles'").get() as {
        value: number;
      };
      await target.query("UPDATE counters SET value = $1 WHERE name = 'story_articles'", [counter.value]);
      await target.query(
        "SELECT setval(pg_get_serial_sequence('articles', 'seq'), (SELECT COALESCE(MAX(seq), 1) FROM articles))",
      );
      await target.query('ANALYZE');
    } finally {
      sqlite.close();
      await target.end();
    }
    await admin.query(`ALTER SCHEMA ${partial} RENAME TO ${schema}`);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const n = await admin.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${schema}.articles`);
    return { location: benchLocation(schema), seconds, reused: false, articles: Number(n.rows[0]!.n) };
  } finally {
    await admin.end();
  }
}

async function copyTable(sqlite: Database.Database, target: pg.Client, copy: TableCopy, count: number) {
  const names = copy.columns.map(([name]) => name);
  // Rows as VALUES with a parameter each: arrays of long texts (readings) cost more to quote and parse
  // than the rows cost to store.
  const flush = async (rows: Array<Record<string, unknown>>) => {
    if (rows.length === 0) return;
    const tuples = rows.map((_, r) => `(${names.map((_, c) => `$${r * names.length + c + 1}`).join(', ')})`);
    await target.query(
      `INSERT INTO ${copy.table} (${names.join(', ')}) ${copy.table === 'articles' ? 'OVERRIDING SYSTEM VALUE ' : ''}` +
        `VALUES ${tuples.join(', ')}`,
      rows.flatMap((row) => names.map((name) => row[name] ?? null)),
    );
  };
  let batch: Array<Record<string, unknown>> = [];
  let copied = 0;
  const started = Date.now();
  for (const raw of sqlite
    .prepare(`SELECT ${names.join(', ')} FROM ${copy.table} ORDER BY ${copy.orderBy}`)
    .iterate() as IterableIterator<Record<string, unknown>>) {
    batch.push(copy.convert ? copy.convert(raw) : raw);
    if (batch.length >= copy.rows) {
      await flush(batch);
      copied += batch.length;
      batch = [];
      if (copied % (copy.rows * 50) === 0) {
        process.stderr.write(
          `copying the store of ${count} to PostgreSQL: ${copy.table} ${copied} rows, ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
        );
      }
    }
  }
  await flush(batch);
  process.stderr.write(
    `copied ${copy.table}: ${copied + batch.length} rows in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}
