import type Database from 'better-sqlite3';
import { KeptStatements } from './kept-statements.js';
import type { DuplicatePair, StoryCandidate, StoryRecord, StoryUpdate } from '../../core/connected.js';
import type { SentenceCount } from '../../core/furniture.js';
import type { ArticleLinks, EntityDecision, StoredSignature } from '../store.js';
import { ARTICLE_DERIVED_TABLES, CONNECTED_TABLES } from '../connected-tables.js';

/**
 * The tables that connect articles: LSH signatures and their bands, duplicate pairs, the story index, and
 * users' entity decisions. Every lookup is by an indexed key, so adding an article costs the same in a
 * store of a thousand articles as in one of a million.
 */
export class LinkTables {
  private readonly statements: KeptStatements;
  private readonly writeLinks: Database.Transaction<(links: ArticleLinks) => void>;

  constructor(private readonly db: Database.Database) {
    this.statements = new KeptStatements(db);
    this.writeLinks = db.transaction((links: ArticleLinks) => {
      this.writeDuplicates(links.duplicates);
      if (links.story) this.writeStoryUpdate(links.story);
      const sentence = this.statement(
        'INSERT OR IGNORE INTO repeated_sentences (key, article_id) VALUES (?, ?)',
      );
      for (const key of links.sentenceKeys) sentence.run(key, links.signature.articleId);
      this.replaceSignature(links.signature);
    });
  }

  private statement(sql: string): Database.Statement {
    return this.statements.get(sql);
  }

  saveLinks(links: ArticleLinks): void {
    this.writeLinks.immediate(links);
  }

  private replaceSignature(s: StoredSignature): void {
    this.statement('DELETE FROM signature_bands WHERE article_id = ?').run(s.articleId);
    this.statement(
      `INSERT INTO signatures (article_id, revision, signature, fingerprint) VALUES (?, ?, ?, ?)
       ON CONFLICT (article_id) DO UPDATE SET revision = excluded.revision, signature = excluded.signature,
         fingerprint = excluded.fingerprint`,
    ).run(
      s.articleId,
      s.revision,
      Buffer.from(s.signature.buffer, s.signature.byteOffset, s.signature.byteLength),
      s.fingerprint,
    );
    this.statement(
      'INSERT OR IGNORE INTO signature_bands (band_key, article_id) SELECT value, ? FROM json_each(?)',
    ).run(s.articleId, JSON.stringify(s.bandKeys));
    this.statement('UPDATE articles SET linked_revision = ? WHERE id = ?').run(s.revision, s.articleId);
  }

  signaturesSharingBands(bandKeys: string[], exceptId: string, perBand: number): StoredSignature[] {
    if (bandKeys.length === 0) return [];
    // One indexed range per band key, each cut at `perBand` rows.
    const bucket = this.statement(
      'SELECT article_id FROM signature_bands WHERE band_key = ? AND article_id <> ? ORDER BY article_id LIMIT ?',
    ).pluck();
    const ids = new Set<string>();
    for (const key of bandKeys) for (const id of bucket.all(key, exceptId, perBand) as string[]) ids.add(id);
    if (ids.size === 0) return [];
    const rows = this.statement(
      `SELECT s.article_id, s.revision, s.signature, s.fingerprint FROM signatures s
       WHERE s.article_id IN (SELECT value FROM json_each(?))
       ORDER BY s.article_id`,
    ).all(JSON.stringify([...ids])) as Array<{
      article_id: string;
      revision: number;
      signature: Buffer;
      fingerprint: string;
    }>;
    return rows.map((row) => ({
      articleId: row.article_id,
      revision: row.revision,
      signature: new Uint32Array(
        row.signature.buffer.slice(
          row.signature.byteOffset,
          row.signature.byteOffset + row.signature.byteLength,
        ),
      ),
      fingerprint: row.fingerprint,
      bandKeys: [],
    }));
  }

  listUnlinked(limit: number): string[] {
    const rows = this.statement(
      `SELECT id FROM articles WHERE linked_revision IS NULL OR linked_revision <> revision
       ORDER BY seq LIMIT ?`,
    ).all(limit) as Array<{ id: string }>;
    return rows.map((row) => row.id);
  }

  private writeDuplicates(pairs: DuplicatePair[]): void {
    const insert = this.statement(
      `INSERT INTO duplicates (a, b, similarity, kind) VALUES (@a, @b, @similarity, @kind)
       ON CONFLICT (a, b) DO UPDATE SET similarity = excluded.similarity, kind = excluded.kind`,
    );
    for (const pair of pairs) insert.run(pair);
  }

  listDuplicates(): DuplicatePair[] {
    return this.statement(
      'SELECT a, b, similarity, kind FROM duplicates ORDER BY similarity DESC, a, b',
    ).all() as DuplicatePair[];
  }

  /** From the primary key `(a, b)` and the index of `b` (migration 29). */
  duplicatesOf(articleId: string): DuplicatePair[] {
    return this.statement(
      `SELECT a, b, similarity, kind FROM duplicates WHERE a = @id
       UNION SELECT a, b, similarity, kind FROM duplicates WHERE b = @id
       ORDER BY similarity DESC, a, b`,
    ).all({ id: articleId }) as DuplicatePair[];
  }

  storyFrequencies(keys: string[]): { articles: number; df: Record<string, number> } {
    // Kept as a counter: counting the story index's articles row by row grows with the store.
    const articles = (
      this.statement("SELECT value FROM counters WHERE name = 'story_articles'").get() as { value: number }
    ).value;
    const df: Record<string, number> = {};
    const rows = this.statement(
      'SELECT key, articles FROM key_frequencies WHERE key IN (SELECT value FROM json_each(?))',
    ).all(JSON.stringify(keys)) as Array<{ key: string; articles: number }>;
    for (const row of rows) df[row.key] = row.articles;
    return { articles, df };
  }

  beginRelink(): 'started' | 'resumed' {
    return this.db
      .transaction((): 'started' | 'resumed' => {
        const pending = this.statement("SELECT value FROM counters WHERE name = 'relink_pending'").get() as
          { value: number } | undefined;
        if (pending?.value === 1) return 'resumed';
        this.db.exec(`
        DELETE FROM duplicates; DELETE FROM signature_bands; DELETE FROM signatures;
        DELETE FROM story_postings; DELETE FROM story_weights; DELETE FROM story_articles; DELETE FROM stories;
        DELETE FROM story_redirects; DELETE FROM key_frequencies; DELETE FROM repeated_sentences WHERE articles = 0;
        ${[...CONNECTED_TABLES, ...ARTICLE_DERIVED_TABLES].map((table) => `DELETE FROM ${table};`).join(' ')}
        UPDATE counters SET value = 0 WHERE name = 'story_articles';
        UPDATE articles SET linked_revision = NULL WHERE linked_revision IS NOT NULL;
        INSERT INTO counters (name, value) VALUES ('relink_pending', 1)
          ON CONFLICT (name) DO UPDATE SET value = 1;
      `);
        return 'started';
      })
      .immediate();
  }

  endRelink(): void {
    this.statement("UPDATE counters SET value = 0 WHERE name = 'relink_pending'").run();
  }

  repeatedSentences(keys: string[], articleId: string): string[] {
    if (keys.length === 0) return [];
    const rows = this.statement(
      `SELECT key FROM repeated_sentences WHERE key IN (SELECT value FROM json_each(?))
         AND (article_id <> ? OR articles > 1)`,
    ).all(JSON.stringify(keys), articleId) as Array<{ key: string }>;
    return rows.map((row) => row.key);
  }

  sentenceCounts(keys: string[]): SentenceCount[] {
    if (keys.length === 0) return [];
    const rows = this.statement(
      `SELECT key, articles, leads, first_day, last_day FROM repeated_sentences
       WHERE key IN (SELECT value FROM json_each(?)) AND articles > 0 ORDER BY key`,
    ).all(JSON.stringify(keys)) as Array<{
      key: string;
      articles: number;
      leads: number;
      first_day: string | null;
      last_day: string | null;
    }>;
    return rows.map((r) => ({
      key: r.key,
      articles: r.articles,
      leads: r.leads,
      firstDay: r.first_day,
      lastDay: r.last_day,
    }));
  }

  countSentences(articleId: string, keys: Array<{ key: string; lead: boolean }>, day: string | null): void {
    if (keys.length === 0) return;
    this.statement(
      `INSERT INTO repeated_sentences (key, article_id, articles, leads, first_day, last_day)
       SELECT json_extract(value, '$.key'), @article_id, 1, json_extract(value, '$.lead'), @day, @day
         FROM json_each(@keys) WHERE true
       ON CONFLICT (key) DO UPDATE SET articles = articles + 1, leads = leads + excluded.leads,
         first_day = CASE WHEN first_day IS NULL OR excluded.first_day < first_day THEN coalesce(excluded.first_day, first_day) ELSE first_day END,
         last_day = CASE WHEN last_day IS NULL OR excluded.last_day > last_day THEN coalesce(excluded.last_day, last_day) ELSE last_day END`,
    ).run({
      article_id: articleId,
      day,
      keys: JSON.stringify(keys.map((k) => ({ key: k.key, lead: k.lead ? 1 : 0 }))),
    });
  }

  storyCandidates(
    postingKeys: string[],
    keys: string[],
    limit: number,
    maxPostings: number,
  ): StoryCandidate[] {
    if (postingKeys.length === 0) return [];
    // Lists travel as one JSON parameter (json_each), so each query is prepared once, whatever its length.
    // A key's list is counted only up to one past the bound (`LIMIT`), so a long list costs no more to
    // leave out than a short one costs to read.
    const ids = (
      this.statement(
        `WITH asked AS (SELECT DISTINCT value AS posting_key FROM json_each(?)),
         usable AS (
           SELECT posting_key FROM asked WHERE (
             SELECT COUNT(*) FROM (SELECT 1 FROM story_postings p WHERE p.posting_key = asked.posting_key LIMIT ?)
           ) <= ?)
         SELECT story_id FROM story_postings WHERE posting_key IN (SELECT posting_key FROM usable)
         GROUP BY story_id ORDER BY COUNT(*) DESC, story_id LIMIT ?`,
      ).all(JSON.stringify(postingKeys), maxPostings + 1, maxPostings, limit) as Array<{ story_id: string }>
    ).map((row) => row.story_id);
    return this.storiesById(ids, keys);
  }

  storiesById(ids: string[], keys: string[]): StoryCandidate[] {
    if (ids.length === 0) return [];
    const stories = this.statement('SELECT * FROM stories WHERE id IN (SELECT value FROM json_each(?))').all(
      JSON.stringify(ids),
    ) as StoryRow[];
    const weights =
      keys.length === 0
        ? []
        : (this.statement(
            `SELECT story_id, key, weight FROM story_weights
             WHERE key IN (SELECT value FROM json_each(?)) AND story_id IN (SELECT value FROM json_each(?))`,
          ).all(JSON.stringify(keys), JSON.stringify(ids)) as Array<{
            story_id: string;
            key: string;
            weight: number;
          }>);
    const keyWeights = new Map<string, Record<string, number>>(ids.map((id) => [id, {}]));
    for (const row of weights) keyWeights.get(row.story_id)![row.key] = row.weight;
    const byId = new Map(stories.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [{ ...storyRecord(row), keyWeights: keyWeights.get(id)! }] : [];
    });
  }

  private writeStoryUpdate(update: StoryUpdate): void {
    const s = update.story;
    for (const gone of update.merged ?? []) this.mergeStory(gone, s.id);
    this.statement(
      `INSERT INTO stories (id, title, title_score, title_from_keys, article_count, date_from, date_to)
       VALUES (@id, @title, @titleScore, @titleFromKeys, @articleCount, @from, @to)
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, title_score = excluded.title_score,
         title_from_keys = excluded.title_from_keys, article_count = excluded.article_count,
         date_from = excluded.date_from, date_to = excluded.date_to`,
    ).run({ ...s, titleFromKeys: s.titleFromKeys ? 1 : 0 });
    const joined = this.statement(
      'INSERT OR IGNORE INTO story_articles (article_id, story_id) VALUES (?, ?)',
    ).run(update.articleId, s.id);
    if (joined.changes > 0) {
      this.statement("UPDATE counters SET value = value + 1 WHERE name = 'story_articles'").run();
    }
    // One statement per table over a JSON list, so each is prepared once whatever the list's length.
    const weighted = Object.entries(update.weights);
    this.statement(
      `INSERT INTO story_weights (key, story_id, weight)
       SELECT json_extract(value, '$[0]'), ?, json_extract(value, '$[1]') FROM json_each(?) WHERE true
       ON CONFLICT (story_id, key) DO UPDATE SET weight = weight + excluded.weight`,
    ).run(s.id, JSON.stringify(weighted));
    this.statement(
      `INSERT INTO key_frequencies (key, articles) SELECT value, 1 FROM json_each(?) WHERE true
       ON CONFLICT (key) DO UPDATE SET articles = articles + 1`,
    ).run(JSON.stringify(update.keys));
    this.statement(
      'INSERT OR IGNORE INTO story_postings (posting_key, story_id) SELECT value, ? FROM json_each(?)',
    ).run(s.id, JSON.stringify(update.postings));
  }

  /**
   * Moves a story's articles, summed weights and postings to `kept`, points its id (and the ids redirected
   * to it) at `kept`, and deletes it; each statement an indexed lookup by the story's id.
   */
  private mergeStory(gone: string, kept: string): void {
    const ids = { gone, kept };
    this.statement('UPDATE story_articles SET story_id = @kept WHERE story_id = @gone').run(ids);
    this.statement(
      `INSERT INTO story_weights (key, story_id, weight)
       SELECT key, @kept, weight FROM story_weights WHERE story_id = @gone AND true
       ON CONFLICT (story_id, key) DO UPDATE SET weight = weight + excluded.weight`,
    ).run(ids);
    this.statement('DELETE FROM story_weights WHERE story_id = @gone').run(ids);
    this.statement(
      `INSERT OR IGNORE INTO story_postings (posting_key, story_id)
       SELECT posting_key, @kept FROM story_postings WHERE story_id = @gone`,
    ).run(ids);
    this.statement('DELETE FROM story_postings WHERE story_id = @gone').run(ids);
    this.statement('UPDATE story_redirects SET story_id = @kept WHERE story_id = @gone').run(ids);
    this.statement(
      `INSERT INTO story_redirects (id, story_id) VALUES (@gone, @kept)
       ON CONFLICT (id) DO UPDATE SET story_id = excluded.story_id`,
    ).run(ids);
    this.statement('DELETE FROM stories WHERE id = @gone').run(ids);
  }

  /** The live story `id` names: itself, the story it was merged into, or null. */
  currentStory(id: string): string | null {
    const row = this.statement(
      `SELECT id FROM (SELECT id, 0 AS redirected FROM stories WHERE id = @id
         UNION ALL SELECT story_id, 1 FROM story_redirects WHERE id = @id) found
       ORDER BY redirected LIMIT 1`,
    ).get({ id }) as { id: string } | undefined;
    return row?.id ?? null;
  }

  listStories(): Array<StoryRecord & { articleIds: string[] }> {
    const rows = this.statement('SELECT * FROM stories ORDER BY date_from, id').all() as StoryRow[];
    const members = this.statement(
      `SELECT sa.article_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id
       WHERE sa.story_id = ? ORDER BY a.published, a.seq`,
    );
    return rows.map((row) => ({
      ...storyRecord(row),
      articleIds: (members.all(row.id) as Array<{ article_id: string }>).map((m) => m.article_id),
    }));
  }

  storyOfArticle(articleId: string): string | null {
    const row = this.statement('SELECT story_id FROM story_articles WHERE article_id = ?').get(articleId) as
      { story_id: string } | undefined;
    return row?.story_id ?? null;
  }

  addEntityDecision(decision: EntityDecision): void {
    this.statement('INSERT INTO entity_decisions (kind, first, second, decided_at) VALUES (?, ?, ?, ?)').run(
      decision.kind,
      decision.first,
      decision.second,
      new Date().toISOString(),
    );
  }

  listEntityDecisions(): EntityDecision[] {
    return this.statement(
      'SELECT kind, first, second FROM entity_decisions ORDER BY seq',
    ).all() as EntityDecision[];
  }
}

interface StoryRow {
  id: string;
  title: string;
  title_score: number | null;
  title_from_keys: number;
  article_count: number;
  date_from: string | null;
  date_to: string | null;
}

function storyRecord(row: StoryRow): StoryRecord {
  return {
    id: row.id,
    title: row.title,
    titleScore: row.title_score,
    titleFromKeys: row.title_from_keys === 1,
    articleCount: row.article_count,
    from: row.date_from,
    to: row.date_to,
  };
}
