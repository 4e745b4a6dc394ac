import type { DuplicatePair, StoryCandidate, StoryRecord, StoryUpdate } from '../../core/connected.js';
import type { SentenceCount } from '../../core/furniture.js';
import type { ArticleLinks, EntityDecision, StoredSignature } from '../../core/ports.js';
import { ARTICLE_DERIVED_TABLES, CONNECTED_TABLES } from '../connected-tables.js';
import type { Queryable } from './connection.js';
import { WriteBatch, write } from './write-batch.js';

/**
 * The tables that connect articles, as in SQLite (`../sqlite/links.ts`): LSH signatures and their bands,
 * duplicate pairs, the story index, users' entity decisions. Every lookup is by an indexed key, and each
 * write of many keys is one statement over an array, not a round trip per key.
 */
export class LinkTables {
  constructor(private readonly db: Queryable) {}

  /**
   * Called inside the store's write transaction. Every write in one round trip (see `WriteBatch`): none
   * reads what another wrote.
   */
  async saveLinks(links: ArticleLinks): Promise<void> {
    const writes = new WriteBatch();
    writeDuplicates(writes, links.duplicates);
    if (links.story) writeStoryUpdate(writes, links.story);
    writes.add(
      `INSERT INTO repeated_sentences (key, article_id) SELECT DISTINCT key, $2 FROM unnest($1::text[]) key
       ON CONFLICT DO NOTHING`,
      [links.sentenceKeys, links.signature.articleId],
    );
    replaceSignature(writes, links.signature);
    await writes.send(this.db);
  }
  async signaturesSharingBands(
    bandKeys: string[],
    exceptId: string,
    perBand: number,
  ): Promise<StoredSignature[]> {
    if (bandKeys.length === 0) return [];
    const { rows } = await this.db.query<{
      article_id: string;
      revision: number;
      signature: Buffer;
      fingerprint: string;
    }>(
      `SELECT s.article_id, s.revision, s.signature, s.fingerprint FROM signatures s
       WHERE s.article_id IN (
         SELECT b.article_id FROM unnest($1::text[]) AS k(key)
         CROSS JOIN LATERAL (
           SELECT article_id FROM signature_bands
           WHERE band_key = k.key AND article_id <> $2 ORDER BY article_id LIMIT $3) b)
       ORDER BY s.article_id`,
      [bandKeys, exceptId, perBand],
    );
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

  async listUnlinked(limit: number): Promise<string[]> {
    const { rows } = await this.db.query<{ id: string }>(
      'SELECT id FROM articles WHERE linked_revision IS DISTINCT FROM revision ORDER BY seq LIMIT $1',
      [limit],
    );
    return rows.map((row) => row.id);
  }

  async listDuplicates(): Promise<DuplicatePair[]> {
    const { rows } = await this.db.query<DuplicatePair>(
      'SELECT a, b, similarity, kind FROM duplicates ORDER BY similarity DESC, a, b',
    );
    return rows;
  }

  /** From the primary key `(a, b)` and the index of `b` (migration 29). */
  async duplicatesOf(articleId: string): Promise<DuplicatePair[]> {
    const { rows } = await this.db.query<DuplicatePair>(
      `SELECT a, b, similarity, kind FROM duplicates WHERE a = $1
       UNION SELECT a, b, similarity, kind FROM duplicates WHERE b = $1
       ORDER BY similarity DESC, a, b`,
      [articleId],
    );
    return rows;
  }

  async storyFrequencies(keys: string[]): Promise<{ articles: number; df: Record<string, number> }> {
    // A counter, not COUNT(*): counting the story index's articles grows with the store.
    const { rows } = await this.db.query<{ key: string | null; articles: number }>(
      `SELECT NULL AS key, value AS articles FROM counters WHERE name = 'story_articles'
       UNION ALL
       SELECT key, articles FROM key_frequencies WHERE key = ANY($1::text[])`,
      [keys],
    );
    const df: Record<string, number> = {};
    let articles = 0;
    for (const row of rows) {
      if (row.key === null) articles = row.articles;
      else df[row.key] = row.articles;
    }
    return { articles, df };
  }

  /** Called inside the store's write transaction. */
  async beginRelink(): Promise<'started' | 'resumed'> {
    const { rows } = await this.db.query<{ value: string }>(
      "SELECT value FROM counters WHERE name = 'relink_pending'",
    );
    if (Number(rows[0]?.value ?? 0) === 1) return 'resumed';
    await this.db.query(
      `TRUNCATE duplicates, signature_bands, signatures, story_postings, story_weights, story_articles,
         stories, story_redirects, key_frequencies, ${[...CONNECTED_TABLES, ...ARTICLE_DERIVED_TABLES].join(', ')}`,
    );
    // What clean-up counted is learned from the texts, not from links: it stays.
    await this.db.query('DELETE FROM repeated_sentences WHERE articles = 0');
    await this.db.query("UPDATE counters SET value = 0 WHERE name = 'story_articles'");
    await this.db.query('UPDATE articles SET linked_revision = NULL WHERE linked_revision IS NOT NULL');
    await this.db.query(
      `INSERT INTO counters (name, value) VALUES ('relink_pending', 1)
       ON CONFLICT (name) DO UPDATE SET value = 1`,
    );
    return 'started';
  }

  async endRelink(): Promise<void> {
    await this.db.query("UPDATE counters SET value = 0 WHERE name = 'relink_pending'");
  }

  async repeatedSentences(keys: string[], articleId: string): Promise<string[]> {
    if (keys.length === 0) return [];
    const { rows } = await this.db.query<{ key: string }>(
      `SELECT key FROM repeated_sentences WHERE key = ANY($1::text[]) AND (article_id <> $2 OR articles > 1)
       ORDER BY key`,
      [keys, articleId],
    );
    return rows.map((row) => row.key);
  }

  async sentenceCounts(keys: string[]): Promise<SentenceCount[]> {
    if (keys.length === 0) return [];
    const { rows } = await this.db.query<{
      key: string;
      articles: number;
      leads: number;
      first_day: string | null;
      last_day: string | null;
    }>(
      `SELECT key, articles, leads, first_day, last_day FROM repeated_sentences
       WHERE key = ANY($1::text[]) AND articles > 0 ORDER BY key`,
      [keys],
    );
    return rows.map((r) => ({
      key: r.key,
      articles: Number(r.articles),
      leads: Number(r.leads),
      firstDay: r.first_day,
      lastDay: r.last_day,
    }));
  }

  /** Called inside the store's write transaction. */
  async countSentences(
    articleId: string,
    keys: Array<{ key: string; lead: boolean }>,
    day: string | null,
  ): Promise<void> {
    if (keys.length === 0) return;
    await write(
      this.db,
      `INSERT INTO repeated_sentences (key, article_id, articles, leads, first_day, last_day)
       SELECT k, $3, 1, l, $4, $4 FROM unnest($1::text[], $2::int[]) AS t (k, l)
       ON CONFLICT (key) DO UPDATE SET articles = repeated_sentences.articles + 1,
         leads = repeated_sentences.leads + excluded.leads,
         first_day = LEAST(repeated_sentences.first_day, excluded.first_day),
         last_day = GREATEST(repeated_sentences.last_day, excluded.last_day)`,
      [keys.map((k) => k.key), keys.map((k) => (k.lead ? 1 : 0)), articleId, day],
    );
  }

  async storyCandidates(
    postingKeys: string[],
    keys: string[],
    limit: number,
    maxPostings: number,
  ): Promise<StoryCandidate[]> {
    if (postingKeys.length === 0) return [];
    // A key's list is counted only up to one past the bound, so a long list costs no more to leave out
    // than a short one costs to read. The candidates' weights come with them, one statement over one choice
    // of candidates: the choice (the keys' lists counted, the stories ranked) is made once.
    const { rows } = await this.db.query<StoryRow & { weights: Array<[string, number]> | null }>(
      `WITH usable AS (
         SELECT k FROM unnest($1::text[]) AS k WHERE (
           SELECT COUNT(*) FROM (SELECT 1 FROM story_postings p WHERE p.posting_key = k LIMIT $3::int + 1) s
         ) <= $3::int),
       chosen AS (
         SELECT story_id, row_number() OVER (ORDER BY COUNT(*) DESC, story_id) AS rank
         FROM story_postings WHERE posting_key IN (SELECT k FROM usable)
         GROUP BY story_id ORDER BY COUNT(*) DESC, story_id LIMIT $2)
       SELECT s.*, (SELECT json_agg(json_build_array(w.key, w.weight)) FROM story_weights w
                    WHERE w.story_id = s.id AND w.key = ANY($4::text[])) AS weights
       FROM chosen c JOIN stories s ON s.id = c.story_id ORDER BY c.rank`,
      [postingKeys, limit, maxPostings, keys],
    );
    return withWeights(
      rows,
      rows.flatMap((row) => (row.weights ?? []).map(([key, weight]) => ({ story_id: row.id, key, weight }))),
    );
  }

  async storiesById(ids: string[], keys: string[]): Promise<StoryCandidate[]> {
    if (ids.length === 0) return [];
    // Asked at once: one round trip in a write transaction (see `TransactionClient`).
    const [{ rows: stories }, weights] = await Promise.all([
      this.db.query<StoryRow>('SELECT * FROM stories WHERE id = ANY($1::text[])', [ids]),
      keys.length > 0
        ? this.db.query<WeightRow>(
            `SELECT story_id, key, weight FROM story_weights
             WHERE key = ANY($1::text[]) AND story_id = ANY($2::text[])`,
            [keys, ids],
          )
        : null,
    ]);
    const byId = new Map(stories.map((row) => [row.id, row]));
    return withWeights(
      ids.flatMap((id) => byId.get(id) ?? []),
      weights?.rows ?? [],
    );
  }

  async currentStory(id: string): Promise<string | null> {
    const { rows } = await this.db.query<{ id: string }>(
      `SELECT id FROM (SELECT id, 0 AS redirected FROM stories WHERE id = $1
         UNION ALL SELECT story_id, 1 FROM story_redirects WHERE id = $1) found
       ORDER BY redirected LIMIT 1`,
      [id],
    );
    return rows[0]?.id ?? null;
  }

  async listStories(): Promise<Array<StoryRecord & { articleIds: string[] }>> {
    // SQLite sorts NULL first; so does this, so undated stories and articles come in the same place.
    const { rows } = await this.db.query<StoryRow & { article_ids: string[] }>(
      `SELECT s.*, COALESCE(
         (SELECT array_agg(sa.article_id ORDER BY a.published NULLS FIRST, a.seq)
          FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = s.id),
         '{}') AS article_ids
       FROM stories s ORDER BY s.date_from NULLS FIRST, s.id`,
    );
    return rows.map((row) => ({ ...storyRecord(row), articleIds: row.article_ids }));
  }

  async storyOfArticle(articleId: string): Promise<string | null> {
    const { rows } = await this.db.query<{ story_id: string }>(
      'SELECT story_id FROM story_articles WHERE article_id = $1',
      [articleId],
    );
    return rows[0]?.story_id ?? null;
  }

  async addEntityDecision(decision: EntityDecision): Promise<void> {
    await this.db.query(
      'INSERT INTO entity_decisions (kind, first, second, decided_at) VALUES ($1, $2, $3, $4)',
      [decision.kind, decision.first, decision.second, new Date().toISOString()],
    );
  }

  async listEntityDecisions(): Promise<EntityDecision[]> {
    const { rows } = await this.db.query<EntityDecision>(
      'SELECT kind, first, second FROM entity_decisions ORDER BY seq',
    );
    return rows;
  }
}

interface StoryRow {
  id: string;
  title: string;
  title_score: number | null;
  title_from_keys: boolean;
  article_count: number;
  date_from: string | null;
  date_to: string | null;
}

function storyRecord(row: StoryRow): StoryRecord {
  return {
    id: row.id,
    title: row.title,
    titleScore: row.title_score,
    titleFromKeys: row.title_from_keys,
    articleCount: row.article_count,
    from: row.date_from,
    to: row.date_to,
  };
}

function replaceSignature(writes: WriteBatch, s: StoredSignature): void {
  writes.add('DELETE FROM signature_bands WHERE article_id = $1', [s.articleId]);
  writes.add(
    `INSERT INTO signatures (article_id, revision, signature, fingerprint) VALUES ($1, $2, $3, $4)
     ON CONFLICT (article_id) DO UPDATE SET revision = excluded.revision, signature = excluded.signature,
       fingerprint = excluded.fingerprint`,
    [
      s.articleId,
      s.revision,
      Buffer.from(s.signature.buffer, s.signature.byteOffset, s.signature.byteLength),
      s.fingerprint,
    ],
  );
  writes.add(
    `INSERT INTO signature_bands (band_key, article_id) SELECT DISTINCT key, $2 FROM unnest($1::text[]) key
     ON CONFLICT DO NOTHING`,
    [s.bandKeys, s.articleId],
  );
  writes.add('UPDATE articles SET linked_revision = $2 WHERE id = $1', [s.articleId, s.revision]);
}

function writeDuplicates(writes: WriteBatch, pairs: DuplicatePair[]): void {
  if (pairs.length === 0) return;
  writes.add(
    `INSERT INTO duplicates (a, b, similarity, kind)
     SELECT * FROM unnest($1::text[], $2::text[], $3::double precision[], $4::text[])
     ON CONFLICT (a, b) DO UPDATE SET similarity = excluded.similarity, kind = excluded.kind`,
    [pairs.map((p) => p.a), pairs.map((p) => p.b), pairs.map((p) => p.similarity), pairs.map((p) => p.kind)],
  );
}

function writeStoryUpdate(writes: WriteBatch, update: StoryUpdate): void {
  const s = update.story;
  for (const gone of update.merged ?? []) mergeStory(writes, gone, s.id);
  writes.add(
    `INSERT INTO stories (id, title, title_score, title_from_keys, article_count, date_from, date_to)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, title_score = excluded.title_score,
       title_from_keys = excluded.title_from_keys, article_count = excluded.article_count,
       date_from = excluded.date_from, date_to = excluded.date_to`,
    [s.id, s.title, s.titleScore, s.titleFromKeys, s.articleCount, s.from, s.to],
  );
  writes.add(
    `WITH joined AS (
       INSERT INTO story_articles (article_id, story_id) VALUES ($1, $2)
       ON CONFLICT (article_id) DO NOTHING RETURNING 1
     )
     UPDATE counters SET value = value + (SELECT COUNT(*) FROM joined) WHERE name = 'story_articles'`,
    [update.articleId, s.id],
  );
  const weighted = Object.entries(update.weights);
  writes.add(
    `INSERT INTO story_weights (key, story_id, weight)
     SELECT key, $3, weight FROM unnest($1::text[], $2::double precision[]) AS t(key, weight)
     ON CONFLICT (story_id, key) DO UPDATE SET weight = story_weights.weight + excluded.weight`,
    [weighted.map(([key]) => key), weighted.map(([, weight]) => weight), s.id],
  );
  writes.add(
    `INSERT INTO key_frequencies (key, articles)
     SELECT key, COUNT(*) FROM unnest($1::text[]) key GROUP BY key
     ON CONFLICT (key) DO UPDATE SET articles = key_frequencies.articles + excluded.articles`,
    [update.keys],
  );
  writes.add(
    `INSERT INTO story_postings (posting_key, story_id) SELECT DISTINCT key, $2 FROM unnest($1::text[]) key
     ON CONFLICT DO NOTHING`,
    [update.postings, s.id],
  );
}

/** As in SQLite (`../sqlite/links.ts`): `gone`'s rows move to `kept`, and its id redirects there. */
function mergeStory(writes: WriteBatch, gone: string, kept: string): void {
  writes.add('UPDATE story_articles SET story_id = $2 WHERE story_id = $1', [gone, kept]);
  writes.add(
    `INSERT INTO story_weights (key, story_id, weight)
     SELECT key, $2, weight FROM story_weights WHERE story_id = $1
     ON CONFLICT (story_id, key) DO UPDATE SET weight = story_weights.weight + excluded.weight`,
    [gone, kept],
  );
  writes.add('DELETE FROM story_weights WHERE story_id = $1', [gone]);
  writes.add(
    `INSERT INTO story_postings (posting_key, story_id)
     SELECT posting_key, $2 FROM story_postings WHERE story_id = $1 ON CONFLICT DO NOTHING`,
    [gone, kept],
  );
  writes.add('DELETE FROM story_postings WHERE story_id = $1', [gone]);
  writes.add('UPDATE story_redirects SET story_id = $2 WHERE story_id = $1', [gone, kept]);
  writes.add(
    `INSERT INTO story_redirects (id, story_id) VALUES ($1, $2)
     ON CONFLICT (id) DO UPDATE SET story_id = excluded.story_id`,
    [gone, kept],
  );
  writes.add('DELETE FROM stories WHERE id = $1', [gone]);
}

type WeightRow = { story_id: string; key: string; weight: number };

/** Stories as candidates, in the order given, each with the weights of the keys asked that it holds. */
function withWeights(stories: StoryRow[], weights: WeightRow[]): StoryCandidate[] {
  const keyWeights = new Map<string, Record<string, number>>(stories.map((row) => [row.id, {}]));
  for (const row of weights) keyWeights.get(row.story_id)![row.key] = row.weight;
  return stories.map((row) => ({ ...storyRecord(row), keyWeights: keyWeights.get(row.id)! }));
}
