import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { fingerprintText } from '../src/core/identity.js';

/**
 * A large generated store as copies of a smaller one (the tile): linking article by article, even in bulk,
 * runs at tens of articles a second on this machine, so a million would take days. Tile `k` is the tile's
 * rows again, with every id of the tile (articles, actors, events, stories, series, discrepancies) shifted
 * by `k` in all the columns and JSON records that name it, sequence numbers moved past the tiles before, and
 * each article's text varied again from its base text (`variedText`), so that no two stored texts are one
 * text: the copy has its own fingerprint and full-text index entry.
 *
 * What this is not: the linker run over the whole corpus. Each tile's stories, actors and merged events are
 * its own (a person the tile names is an actor once per tile), duplicates are found within a tile only,
 * and a copy keeps its original's MinHash signature, bands, reading, quotes and figures (the reading is the
 * base text's in the tile already). Everything else is the real schema, indexes and row counts the store
 * has at that size, which is what adding an article and the API's queries pay for.
 */

/** A 12-hex-digit id, alone or after a prefix (`ent_`, `evt_`, `story-`, `ser_`, `dis_`), or in a member key. */
const ID_TOKEN = /(?<![0-9a-f])[0-9a-f]{12}(?![0-9a-f])/g;

/** The columns of each copied table that name ids (ids are found in them by `ID_TOKEN`), and sequence columns. */
const COPIED: ReadonlyArray<{ table: string; ids: string[]; seq?: string }> = [
  { table: 'readings', ids: ['article_id'] },
  { table: 'signatures', ids: ['article_id'] },
  { table: 'signature_bands', ids: ['article_id'] },
  { table: 'duplicates', ids: ['a', 'b'] },
  { table: 'stories', ids: ['id'] },
  { table: 'story_articles', ids: ['article_id', 'story_id'] },
  { table: 'story_weights', ids: ['story_id'] },
  { table: 'story_postings', ids: ['story_id'] },
  { table: 'connected_actors', ids: ['id', 'record'] },
  { table: 'connected_actor_keys', ids: ['actor_id'] },
  { table: 'connected_actor_names', ids: ['actor_id'] },
  { table: 'connected_members', ids: ['member', 'actor_id', 'article_id'] },
  { table: 'connected_events', ids: ['id', 'story_id', 'ord', 'record'] },
  { table: 'connected_event_actors', ids: ['actor_id', 'event_id', 'story_id'] },
  { table: 'connected_event_articles', ids: ['article_id', 'event_id'] },
  { table: 'connected_event_ties', ids: ['event_id', 'source', 'target'] },
  { table: 'connected_measures', ids: ['measure_id', 'article_id'] },
  { table: 'connected_series', ids: ['id', 'record'] },
  { table: 'connected_discrepancies', ids: ['scope', 'id', 'record'] },
  { table: 'article_quotes', ids: ['article_id', 'speaker', 'record'], seq: 'seq' },
  { table: 'article_figures', ids: ['article_id', 'speaker', 'record'], seq: 'seq' },
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
 */
export function tileStore(
  tile: string,
  target: string,
  tiles: number,
  variedText: (n: number, copy: number) => string,
  progress: (done: number) => void,
): void {
  if (tiles > 4096) throw new Error('at most 4096 copies of a tile: the shift is the first three hex digits');
  copyFileSync(tile, target);
  const db = new Database(target);
  try {
    // A rollback journal keeps only the pages a copy changes, where WAL writes every new page twice; the
    // file is built beside its final name and thrown away if the build fails, so nothing is synced.
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -1048576');
    db.pragma('foreign_keys = OFF');
    db.exec(`ATTACH DATABASE '${tile.replace(/'/g, "''")}' AS tile`);
    const ids = tileIds(db);
    let copy = 0;
    const shift = (id: string) =>
      ((parseInt(id.slice(0, 3), 16) ^ copy) >>> 0).toString(16).padStart(3, '0') + id.slice(3);
    db.function('tid', { deterministic: true }, (value: unknown) =>
      typeof value === 'string' ? value.replace(ID_TOKEN, (m) => (ids.has(m) ? shift(m) : m)) : value,
    );
    const fingerprints = new Map<string, string>();
    db.function('fp', { deterministic: true }, (articleId: unknown) =>
      fingerprints.get(articleId as string)!,
    );
    const seqStep = (db.prepare('SELECT MAX(seq) AS n FROM tile.articles').get() as { n: number }).n;
    const articles = db.prepare(`SELECT * FROM tile.articles ORDER BY seq`).all() as TileArticle[];
    // The full-text index is built once at the end, over every copy, rather than row by row.
    const ftsTrigger = (
      db.prepare("SELECT sql FROM sqlite_master WHERE name = 'articles_fts_insert'").get() as { sql: string }
    ).sql;
    db.exec('DROP TRIGGER articles_fts_insert');
    const insertArticle = db.prepare(
      `INSERT INTO articles (${ARTICLE_COLUMNS.join(', ')}) VALUES (${ARTICLE_COLUMNS.map((c) => `@${c}`).join(', ')})`,
    );
    const copies = COPIED.map(({ table, ids: idColumns, seq }) => {
      const columns = (
        db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as Array<{ name: string }>
      ).map((c) => c.name);
      const values = columns.map((c) =>
        idColumns.includes(c)
          ? `tid(${c})`
          : c === seq
            ? `${c} + @offset`
            : c === 'fingerprint'
              ? 'fp(article_id)'
              : c,
      );
      return db.prepare(
        `INSERT INTO main.${table} (${columns.join(', ')}) SELECT ${values.join(', ')} FROM tile.${table}`,
      );
    });
    const fingerprintRows = db.prepare(
      'INSERT INTO main.fingerprints (fingerprint, article_id, revision) SELECT fp(article_id), tid(article_id), revision FROM tile.fingerprints',
    );
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
    const addCopy = db.transaction((k: number) => {
      copy = k;
      fingerprints.clear();
      for (const article of articles) {
        const n = generatedNumber(article);
        const copyN = n + k * numberStep;
        const { text, fingerprint } = distinctText(n, k);
        fingerprints.set(article.id, fingerprint);
        const url = `https://bench.example.org/${copyN}`;
        insertArticle.run({
          ...article,
          seq: article.seq + k * seqStep,
          id: shift(article.id),
          source: `generated/${copyN}`,
          url,
          url_key: url,
          text,
          fingerprint,
        });
      }
      for (const statement of copies)
        statement.run(statement.source.includes('@offset') ? { offset: k * seqStep } : {});
      fingerprintRows.run();
    });
    for (let k = 1; k < tiles; k++) {
      addCopy(k);
      progress((k + 1) * articles.length);
    }
    db.exec(ftsTrigger);
    db.exec("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')");
    // What counts articles counts every copy: the story index's document frequencies and its article count.
    db.prepare('UPDATE key_frequencies SET articles = articles * ?').run(tiles);
    db.exec(
      "UPDATE counters SET value = (SELECT COUNT(*) FROM story_articles) WHERE name = 'story_articles'",
    );
    db.exec('DETACH DATABASE tile');
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
}

/** `n` of generated article `n` (its source is `generated/<n>`). */
function generatedNumber(article: TileArticle): number {
  const n = Number(/^generated\/(\d+)$/.exec(article.source)?.[1]);
  if (!Number.isInteger(n)) throw new Error(`tile article ${article.id} is not a generated one`);
  return n;
}

/** Every id the tile holds, as the 12 hex digits its records write; each must differ from the others past the shifted digits. */
function tileIds(db: Database.Database): Set<string> {
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
    for (const row of db.prepare(`SELECT DISTINCT ${column} AS id FROM tile.${table}`).all() as Array<{
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
  return ids;
}
