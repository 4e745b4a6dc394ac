import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { fingerprintText } from '../src/core/identity.js';
import {
  COUNTED,
  countActorEventsSql,
  countActorRows,
  countEdgesSql,
  countRows,
} from '../src/store/record-counts.js';
import {
  ACTOR_WORDS,
  WORD_TABLES,
  rebuildActorWordsSql,
  rebuildWordIndexSql,
  wordIndex,
} from '../src/store/sqlite/words.js';
import { idShifter, shareActors, shiftedHex } from './tile-actors.js';

/**
 * A large generated store as copies of a smaller one (the tile): linking article by article, even in bulk,
 * runs at tens of articles a second on this machine, so a million would take days. Tile `k` is the tile's
 * rows again, with every id of the tile (articles, actors, events, stories, series, discrepancies) shifted
 * by `k` in all the columns and JSON records that name it, sequence numbers moved past the tiles before, and
 * each article's text varied again from its base text (`variedText`), so that no two stored texts are one
 * text: the copy has its own fingerprint and full-text index entry.
 *
 * Actors are not copied: a copy's members and roles are filed under the tile's actor of the same name (its
 * rows list every copy's, after the copies before, its mentions counted in every copy), as linking the whole corpus
 * files a name it reads in every copy under one actor. With an actor per copy (as tiles had until
 * 2026-12-07) every addition naming a busy name resolved the copies' twins together again and moved their
 * members, and the stories and measures of every article that moved (about 30 articles per addition at
 * 10k, one at 1k): what the store's add-one figures measured was that repair, not linking.
 *
 * What this is not: the linker run over the whole corpus. Each tile's stories and merged events are its
 * own, duplicates are found within a tile only, hidden groups (below the actor bar) are the tile's alone,
 * and a copy keeps its original's MinHash signature, bands, reading, quotes and figures (the reading is the
 * base text's in the tile already). Everything else is the real schema, indexes and row counts the store
 * has at that size, which is what adding an article and the API's queries pay for.
 *
 * Passages: a copy is filed under its original's passage keys (its reading's), in its own stories, so every
 * key of a store of `k` copies is printed in `k` articles or more, in as many stories, as a background
 * paragraph repeated for months is. Relinking such a corpus joins no stories by them once `k` is past
 * `JOINING_PRINTS` (`connect/events/passages.ts`), while each copy keeps the events the tile joined across
 * two of its stories: stale ones, which an addition reaching their stories rewrites (a few stories, once).
 * Before that bound, every addition merged again the ~`k` stories a key of its reached, whose events were
 * rewritten, so the add-one figures grew with the copies.
 */

/**
 * The columns of each copied table that name ids (found in them by `tile-actors.ts`'s `ID_TOKEN`), sequence
 * columns, and a column ordering rows of one shared actor (`rank`: copy `k`'s rows after copy `k - 1`'s);
 * `shared`: the actors' tables, whose rows are the tile's, kept once.
 */
export const COPIED: ReadonlyArray<{
  table: string;
  ids: string[];
  seq?: string;
  rank?: string;
  shared?: true;
}> = [
  { table: 'readings', ids: ['article_id'] },
  { table: 'signatures', ids: ['article_id'] },
  { table: 'signature_bands', ids: ['article_id'] },
  { table: 'duplicates', ids: ['a', 'b'] },
  { table: 'stories', ids: ['id'] },
  { table: 'story_articles', ids: ['article_id', 'story_id'] },
  { table: 'story_weights', ids: ['story_id'] },
  { table: 'story_postings', ids: ['story_id'] },
  { table: 'connected_actors', ids: ['id', 'record'], shared: true },
  { table: 'connected_actor_keys', ids: ['actor_id'], shared: true },
  { table: 'connected_actor_names', ids: ['actor_id'], shared: true },
  { table: 'connected_members', ids: ['member', 'actor_id', 'article_id'], rank: 'ord' },
  { table: 'connected_actor_roles', ids: ['role'], rank: 'seq' },
  { table: 'connected_events', ids: ['id', 'story_id', 'ord', 'record'] },
  // `ord` where the tile has it (migration 31): an event's order names its story.
  { table: 'connected_event_actors', ids: ['actor_id', 'event_id', 'story_id', 'ord'] },
  { table: 'connected_event_articles', ids: ['article_id', 'event_id'] },
  { table: 'connected_event_ties', ids: ['event_id', 'source', 'target', 'ord'] },
  { table: 'connected_measures', ids: ['measure_id', 'article_id'] },
  { table: 'connected_series', ids: ['id', 'record'] },
  { table: 'connected_discrepancies', ids: ['scope', 'id', 'record'] },
  { table: 'article_quotes', ids: ['article_id', 'speaker', 'record'], seq: 'seq' },
  { table: 'article_figures', ids: ['article_id', 'speaker', 'record'], seq: 'seq' },
  // What linking keeps per article and per large measure, as relinking the store leaves it: without them
  // every addition touching a copy made them again from its reading, a cost of the tiling, not of the store.
  { table: 'event_reports', ids: ['article_id', 'record'] },
  { table: 'connected_passages', ids: ['article_id'] },
  { table: 'connected_measures_kept', ids: ['id', 'record'] },
];

/** Tables whose rows are keyed by something other than an id (sentence and furniture keys): kept once. */
const ARTICLE_COLUMNS = [
  'seq',
  'id',
  'revision',
  'source',
  'url',
  'url_key',
  'canonical_url',
  'title',
  'text',
  'removed',
  'outlet',
  'outlet_evidence',
  'author',
  'lang',
  'published',
  'published_evidence',
  'published_range',
  'fingerprint',
  'user_patch',
  'ingested_at',
  'updated_at',
  'read_revision',
  'linked_revision',
];

interface TileArticle {
  seq: number;
  id: string;
  source: string;
  [column: string]: unknown;
}

/**
 * Builds `target` as `tiles` copies of the store `tile` (copy 0 is the tile itself). `variedText(n, k)` is
 * generated article `n`'s text varied for copy `k`; `n` is read from the article's source (`generated/<n>`).
 *
 * A bulk load, not copies inserted one after the other: the articles of every copy are appended (their
 * sequence numbers grow copy by copy), and every other table is filled by one `INSERT … SELECT` over the
 * tile joined with the copy numbers, tile rows outermost, with the secondary indexes and
 * triggers dropped and built again at the end (sorted once, not grown row by row). Copy after copy, a
 * key-ordered table took every copy's rows at random places in a tree that outgrew the cache (shifted ids
 * and repeated band keys land all over it), so each copy cost more than the one before.
 */
export function tileStore(
  tile: string,
  target: string,
  tiles: number,
  variedText: (n: number, copy: number) => string,
  progress: (step: string) => void,
): void {
  if (tiles > 4096) throw new Error('at most 4096 copies of a tile: the shift is the first three hex digits');
  copyFileSync(tile, target);
  const db = new Database(target);
  try {
    // Nothing is synced, and the rollback journal (of the pages a statement changes, not those it adds)
    // stays in memory: the file is built beside its final name and thrown away if the build fails. WAL
    // would write every added page twice, and better-sqlite3's defensive mode refuses no journal at all.
    db.pragma('journal_mode = DELETE');
    db.pragma('journal_mode = MEMORY');
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -2097152');
    db.pragma('foreign_keys = OFF');
    db.exec(`ATTACH DATABASE '${tile.replace(/'/g, "''")}' AS tile`);
    // Only the store being built is held exclusively, set after the tile is attached: the tile is read as
    // any reader reads it (in WAL mode, a connection that first reads it in exclusive mode never lets go),
    // as another build may be tiling from it at once.
    db.pragma('main.locking_mode = EXCLUSIVE');
    const ids = tileIds(db, 'tile');
    const shifted = idShifter(ids);
    db.function('tid', { deterministic: true }, (value: unknown, copy: unknown) =>
      typeof value === 'string' ? shifted(value, copy as number) : value,
    );
    const deferred = db
      .prepare(
        `SELECT type, name, sql FROM main.sqlite_master
          WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name`,
      )
      .all() as Array<{ type: 'index' | 'trigger'; name: string; sql: string }>;
    for (const { type, name } of deferred) db.exec(`DROP ${type.toUpperCase()} ${name}`);
    db.exec('CREATE TEMP TABLE copies (k INTEGER PRIMARY KEY)');
    const addCopy = db.prepare('INSERT INTO temp.copies (k) VALUES (?)');
    for (let k = 1; k < tiles; k++) addCopy.run(k);

    const seqStep = (db.prepare('SELECT MAX(seq) AS n FROM tile.articles').get() as { n: number }).n;
    copyArticles(db, tiles, variedText, progress);
    for (const copy of COPIED) {
      const started = Date.now();
      const statement = db.prepare(copyStatement(db, copy));
      statement.run(copy.seq ? { step: seqStep } : {});
      progress(`${copy.table} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    shareActors(db, tiles);
    progress('actors shared by the copies');
    for (const { type, name, sql } of deferred) {
      const started = Date.now();
      db.exec(sql);
      if (type === 'index') progress(`index ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    const started = Date.now();
    db.exec("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')");
    progress(`full-text index in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // The words' trigram indexes (migration 17), where the tile has them: their triggers were dropped.
    for (const table of WORD_TABLES) {
      const found = db.prepare('SELECT 1 FROM main.sqlite_master WHERE name = ?').get(wordIndex(table));
      if (!found) continue;
      const building = Date.now();
      db.exec(rebuildWordIndexSql(table));
      progress(`${wordIndex(table)} in ${((Date.now() - building) / 1000).toFixed(1)} s`);
    }
    // The actors' names index (migration 20), where the tile has it: the copies' actors went around it.
    if (db.prepare('SELECT 1 FROM main.sqlite_master WHERE name = ?').get(ACTOR_WORDS)) {
      const building = Date.now();
      db.exec(rebuildActorWordsSql);
      progress(`${ACTOR_WORDS} in ${((Date.now() - building) / 1000).toFixed(1)} s`);
    }
    // What counts articles counts every copy: the story index's document frequencies and its article
    // count; the page totals the triggers keep are counted once, as migration 15 counts them.
    db.prepare('UPDATE key_frequencies SET articles = articles * ?').run(tiles);
    db.exec(
      "UPDATE counters SET value = (SELECT COUNT(*) FROM story_articles) WHERE name = 'story_articles'",
    );
    db.exec('DELETE FROM record_counts');
    for (const counted of COUNTED) db.exec(countRows(counted));
    // Each actor's members and roles and the network's edges (migration 30), where the tile has them, as
    // that migration counts them.
    if (db.prepare("SELECT 1 FROM main.sqlite_master WHERE name = 'connected_actor_counts'").get()) {
      db.exec('DELETE FROM connected_actor_counts');
      db.exec(countActorRows);
      db.exec(countEdgesSql);
    }
    // Each actor's events per confidence (migration 31), where the tile has them.
    if (db.prepare("SELECT 1 FROM main.sqlite_master WHERE name = 'connected_actor_event_counts'").get())
      db.exec(countActorEventsSql);
    db.exec('DETACH DATABASE tile');
    db.pragma('locking_mode = NORMAL');
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
}

/** Copies 1… of every tile article appended in sequence order, each with its fingerprint row. */
function copyArticles(
  db: Database.Database,
  tiles: number,
  variedText: (n: number, copy: number) => string,
  progress: (step: string) => void,
): void {
  const insertArticle = db.prepare(
    `INSERT INTO articles (${ARTICLE_COLUMNS.join(', ')}) VALUES (${ARTICLE_COLUMNS.map((c) => `@${c}`).join(', ')})`,
  );
  const insertFingerprint = db.prepare(
    'INSERT INTO fingerprints (fingerprint, article_id, revision) VALUES (@fingerprint, @article_id, @revision)',
  );
  const started = Date.now();
  const rows = tileArticles(db, 'tile', tiles, 1, variedText);
  const copyOnce = db.transaction(() => {
    for (let i = 0; i < ARTICLES_PER_TRANSACTION; i++) {
      const next = rows.next();
      if (next.done) return false;
      insertArticle.run(next.value.article);
      if (next.value.fingerprint) insertFingerprint.run(next.value.fingerprint);
    }
    return true;
  });
  for (let done = ARTICLES_PER_TRANSACTION; copyOnce(); done += ARTICLES_PER_TRANSACTION)
    if (done % 100_000 === 0) progress(`${done} articles, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

const ARTICLES_PER_TRANSACTION = 10_000;

/** A copied article's row, and its fingerprint's row when the tile article has one. */
export interface CopiedArticle {
  article: Record<string, unknown>;
  fingerprint: { fingerprint: string; article_id: string; revision: number } | null;
}

/**
 * Copies `from`… of every article of the tile (attached as `schema`), copy by copy in sequence order:
 * copy 0 is the tile's own article, copy `k` has its id shifted, its sequence number moved past the copies
 * before, and a text varied again from its base text (its own fingerprint and full-text entry).
 */
export function* tileArticles(
  db: Database.Database,
  schema: string,
  tiles: number,
  from: number,
  variedText: (n: number, copy: number) => string,
): Generator<CopiedArticle> {
  const articles = db
    .prepare(`SELECT ${ARTICLE_COLUMNS.join(', ')} FROM ${schema}.articles ORDER BY seq`)
    .all() as TileArticle[];
  const revisions = new Map(
    (
      db.prepare(`SELECT article_id, revision FROM ${schema}.fingerprints`).all() as Array<{
        article_id: string;
        revision: number;
      }>
    ).map((row) => [row.article_id, row.revision]),
  );
  const seqStep = Math.max(...articles.map((a) => a.seq));
  const numberStep = Math.max(...articles.map(generatedNumber)) + 1;
  const stored = new Set(articles.map((a) => a.fingerprint as string));
  /**
   * A short text with little to vary can come out as one already stored: it is varied again on another
   * stream, and a text that never differs gets an update line, as a republished story would.
   */
  const distinctText = (n: number, k: number) => {
    for (let attempt = 0; ; attempt++) {
      const varied = variedText(n, k + attempt * tiles);
      const text = attempt < 8 ? varied : `${varied}\n\nUpdated (${attempt - 7}).`;
      const fingerprint = fingerprintText(text);
      if (stored.has(fingerprint)) continue;
      stored.add(fingerprint);
      return { text, fingerprint };
    }
  };
  for (let k = from; k < tiles; k++) {
    for (const article of articles) {
      const revision = revisions.get(article.id);
      if (k === 0) {
        const fingerprint = article.fingerprint as string;
        yield {
          article,
          fingerprint: revision === undefined ? null : { fingerprint, article_id: article.id, revision },
        };
        continue;
      }
      const n = generatedNumber(article);
      const copyN = n + k * numberStep;
      const { text, fingerprint } = distinctText(n, k);
      const url = `https://bench.example.org/${copyN}`;
      const id = shiftedHex(article.id.slice(0, 3), k) + article.id.slice(3);
      yield {
        article: {
          ...article,
          seq: article.seq + k * seqStep,
          id,
          source: `generated/${copyN}`,
          url,
          url_key: url,
          text,
          fingerprint,
        },
        fingerprint: revision === undefined ? null : { fingerprint, article_id: id, revision },
      };
    }
  }
}

/**
 * The statement filling `table` with copies 1… of the tile's rows: ids shifted per copy, sequence numbers
 * moved past the copies before. The tile's rows are the outer loop, read in their key's order, so every
 * copy's rows go in at a few places moving forward through the key's tree (a table without rowid is that
 * tree) rather than all over it.
 */
function copyStatement(
  db: Database.Database,
  { table, ids: idColumns, seq, rank, shared }: (typeof COPIED)[number],
) {
  const columns = db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as Array<{
    name: string;
  }>;
  // A signature records the text it was made from: the copy's own (found by the copy's id).
  const values = columns.map(({ name }) =>
    idColumns.includes(name)
      ? `tid(t.${name}, c.k)`
      : name === seq
        ? `t.${name} + c.k * @step`
        : name === rank
          ? `t.${name} + c.k * (SELECT MAX(${name}) + 1 FROM tile.${table})`
          : name === 'fingerprint'
            ? '(SELECT a.fingerprint FROM main.articles AS a WHERE a.id = tid(t.article_id, c.k))'
            : `t.${name}`,
  );
  return `INSERT ${shared ? 'OR IGNORE ' : ''}INTO main.${table} (${columns.map((c) => c.name).join(', ')})
          SELECT ${values.join(', ')} FROM tile.${table} AS t CROSS JOIN temp.copies AS c`;
}

/** `n` of generated article `n` (its source is `generated/<n>`). */
function generatedNumber(article: TileArticle): number {
  const n = Number(/^generated\/(\d+)$/.exec(article.source)?.[1]);
  if (!Number.isInteger(n)) throw new Error(`tile article ${article.id} is not a generated one`);
  return n;
}

/**
 * Every id the tile (attached as `schema`) holds that a copy shifts, as the 12 hex digits its records write:
 * all but the actors', which are the tile's in every copy (`tile-actors.ts`). Each must differ from the
 * others past the shifted digits, the actors' included.
 */
export function tileIds(db: Database.Database, schema: string): Set<string> {
  const ids = new Set<string>();
  for (const [table, column] of [
    ['articles', 'id'],
    ['stories', 'id'],
    ['connected_actors', 'id'],
    ['connected_events', 'id'],
    ['connected_series', 'id'],
    ['connected_measures', 'measure_id'],
    ['connected_discrepancies', 'id'],
  ] as const) {
    for (const row of db.prepare(`SELECT DISTINCT ${column} AS id FROM ${schema}.${table}`).all() as Array<{
      id: string;
    }>) {
      const hex = row.id.slice(-12);
      if (!/^[0-9a-f]{12}$/.test(hex))
        throw new Error(`${table}.${column} ${row.id} is not a 12-hex-digit id`);
      ids.add(hex);
    }
  }
  const tails = new Set<string>();
  for (const id of ids) {
    if (tails.has(id.slice(3))) throw new Error(`two tile ids end alike (${id}): copies could collide`);
    tails.add(id.slice(3));
  }
  const actors = db.prepare(`SELECT id FROM ${schema}.connected_actors`).pluck().all() as string[];
  for (const id of actors) ids.delete(id.slice(-12));
  return ids;
}
