import type Database from 'better-sqlite3';
import { bandKeys, findDuplicates, signature } from '../src/connect/duplicates/index.js';
import { furnitureSentences, sentenceKeys } from '../src/connect/furniture/index.js';
import { planStory, storyFeatures } from '../src/connect/stories/index.js';
import { MemoryStoryIndex } from '../src/connect/stories/memory-index.js';
import type { Article, ArticleReading } from '../src/core/types.js';

/**
 * Linking in bulk, with what `linkArticle` decides for each article: its duplicates among the articles
 * sharing a band key (looked up in the store's own band table, as the store does), its furniture (sentences
 * an earlier article of its site printed, kept in memory as `repeated_sentences` keeps them), and its story by
 * `planStory` over the story index held in memory (`MemoryStoryIndex`, the same tables as plain data), in
 * the order the articles came. The rows are written as the store writes them, the story tables once at
 * the end: the same rows, without the store's statement per key per article.
 */
export class BulkLinks {
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
      const redirect = this.db.prepare('INSERT INTO story_redirects (id, story_id) VALUES (?, ?)');
      for (const [id, kept] of Object.entries(data.redirects ?? {})) redirect.run(id, kept);
      const frequency = this.db.prepare('INSERT INTO key_frequencies (key, articles) VALUES (?, ?)');
      for (const [k, n] of Object.entries(data.df)) frequency.run(k, n);
      this.db.prepare("UPDATE counters SET value = ? WHERE name = 'story_articles'").run(data.articles);
    })();
  }
}
