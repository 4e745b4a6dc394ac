import { articleEventReports, reportedFigures, reportsVersion } from '../connect/events/reports.js';
import { furnitureSentences, sentenceKeys } from '../connect/furniture/index.js';
import type { ReadArticle } from '../core/connected.js';
import type { ArticleEventReports, ReportedArticle } from '../core/event-reports.js';
import type { ArticleReading } from '../core/types.js';
import type { Store } from '../store/store.js';

/**
 * What one linking reads of the store's articles, loaded once and kept by id (`Readings`), and the small
 * helpers on member keys the linking modules share.
 */

export const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];
export const articleOf = (member: string) => member.slice(0, member.indexOf('/'));

/**
 * Articles with their current readings, loaded once per connecting and kept by id, with what linking asks
 * of them again and again: their ingestion order, their stories and which of their sentences are
 * furniture. None of these changes while one linking reconnects (the article's links are written before,
 * and reconnecting writes only connected records), so each is asked of the store once: these questions were
 * a fifth of the statements linking sends under the write lock.
 */
export class Readings {
  private readonly cache = new Map<string, ReadArticle | null>();
  /** Every article asked of `ingestionOrder`, by its place among them (an article's place never changes). */
  private rank = new Map<string, number>();
  private readonly stories = new Map<string, string | null>();
  private readonly storyArticles = new Map<string, string[]>();
  private readonly furnitureKeys = new Map<string, boolean>();
  private readonly members = new Map<string, Array<[string, string]>>();
  private readonly reported = new Map<string, ReportedArticle | null>();
  /**
   * Event reports made here from a decoded reading (none kept for the article's reading, or kept by other
   * rules), for the caller to keep (`ConnectedUpdate.eventReports`).
   */
  readonly madeReports: ArticleEventReports[] = [];
  constructor(private readonly store: Store) {}

  /** The read ones among `ids`, in ingestion order (the order `connectAll` sees them in). */
  async load(ids: Iterable<string>): Promise<ReadArticle[]> {
    const wanted = unique(ids);
    const missing = wanted.filter((id) => !this.cache.has(id));
    for (let i = 0; i < missing.length; i += LOAD_BATCH) {
      const batch = missing.slice(i, i + LOAD_BATCH);
      for (const id of batch) this.cache.set(id, null);
      for (const read of await this.store.readArticles(batch)) this.cache.set(read.article.id, read);
    }
    const reads = wanted.flatMap((id) => this.cache.get(id) ?? []);
    const found = reads.map((r) => r.article.id);
    if (found.some((id) => !this.rank.has(id))) {
      const ordered = await this.store.ingestionOrder(unique([...this.rank.keys(), ...found]));
      this.rank = new Map(ordered.map((id, i) => [id, i]));
    }
    return reads.sort((a, b) => this.rank.get(a.article.id)! - this.rank.get(b.article.id)!);
  }

  /**
   * The read ones among `ids` with their event reports (`core/event-reports.ts`), in ingestion order: those
   * the store keeps for their current reading as kept, the others made from their readings (decoded) and
   * noted in `madeReports`. Merging a story's events reads these, never its articles' readings.
   */
  async reports(ids: Iterable<string>): Promise<ReportedArticle[]> {
    const wanted = unique(ids);
    const missing = wanted.filter((id) => !this.reported.has(id));
    for (let i = 0; i < missing.length; i += LOAD_BATCH) {
      const batch = missing.slice(i, i + LOAD_BATCH);
      for (const id of batch) this.reported.set(id, null);
      for (const kept of await this.store.eventReportsOf(batch))
        if (kept.version === reportsVersion(kept.article)) this.reported.set(kept.articleId, kept);
    }
    for (const read of await this.load(missing.filter((id) => this.reported.get(id) === null))) {
      const reports = articleEventReports(read, keysOfRead(read));
      const made = {
        articleId: read.article.id,
        version: reportsVersion(read.article),
        reports,
        figures: reportedFigures(read, reports),
      };
      this.madeReports.push(made);
      this.reported.set(read.article.id, { ...made, article: read.article });
    }
    const found = wanted.flatMap((id) => this.reported.get(id) ?? []);
    const rank = new Map(
      (await this.store.ingestionOrder(found.map((r) => r.articleId))).map((id, i): [string, number] => [
        id,
        i,
      ]),
    );
    return found.sort((a, b) => rank.get(a.articleId)! - rank.get(b.articleId)!);
  }

  /**
   * Each reported article's story, and which of its reports' sentences are furniture now (their sentence
   * keys held by two articles): what `context` gives of their readings, for their event sentences.
   */
  async reportedContext(reported: readonly ReportedArticle[]) {
    const storyOf = await this.storiesOf(reported.map((r) => r.articleId));
    await this.knowFurniture(reported.flatMap((r) => r.reports.flatMap((x) => x.sentenceKey ?? [])));
    const furniture = new Map(
      reported.map((r) => [
        r.articleId,
        new Set(
          r.reports
            .filter((x) => x.sentenceKey !== null && this.furnitureKeys.get(x.sentenceKey))
            .map((x) => x.event.sentence),
        ),
      ]),
    );
    return { storyOf, furniture };
  }

  /** Which of `keys` are furniture, asked of the store once per key. */
  private async knowFurniture(keys: readonly string[]): Promise<void> {
    const unknown = unique(keys).filter((key) => !this.furnitureKeys.has(key));
    if (unknown.length === 0) return;
    const found = new Set(await this.store.furnitureKeys(unknown));
    for (const key of unknown) this.furnitureKeys.set(key, found.has(key));
  }

  /** The stories of the articles among `ids` that have one. */
  async storiesOf(ids: readonly string[]): Promise<Map<string, string>> {
    const unknown = unique(ids.filter((id) => !this.stories.has(id)));
    if (unknown.length > 0) {
      const found = await this.store.storiesOfArticles(unknown);
      for (const id of unknown) this.stories.set(id, found[id] ?? null);
    }
    return new Map(
      ids.flatMap((id): Array<[string, string]> => {
        const story = this.stories.get(id);
        return story ? [[id, story]] : [];
      }),
    );
  }

  /**
   * The actor of each member of the articles `ids`. Asked only once the scope's actors are written, after
   * which reconnecting changes no member's actor: the stories' events, the measures and the changed
   * articles ask for mostly the same articles (a round trip each that every other writer waits for).
   */
  async membersOf(ids: readonly string[]): Promise<Map<string, string>> {
    const unknown = unique(ids.filter((id) => !this.members.has(id)));
    if (unknown.length > 0) {
      for (const id of unknown) this.members.set(id, []);
      for (const [member, actor] of Object.entries(await this.store.membersOfArticles(unknown)))
        this.members.get(articleOf(member))?.push([member, actor]);
    }
    return new Map(unique(ids).flatMap((id) => this.members.get(id)!));
  }

  /** A story's articles. */
  async articlesOfStory(story: string): Promise<string[]> {
    let articles = this.storyArticles.get(story);
    if (!articles) this.storyArticles.set(story, (articles = await this.store.articlesOfStory(story)));
    return articles;
  }

  /** Each article's story and furniture, as the store holds them (what `connectAll` derives from everything). */
  async context(reads: readonly ReadArticle[]) {
    const storyOf = await this.storiesOf(reads.map((r) => r.article.id));
    const keysOf = reads.map(keysOfRead);
    await this.knowFurniture(keysOf.flatMap((keys) => keys.map((k) => k.key)));
    const repeated = new Set(
      keysOf.flatMap((keys) => keys.filter((k) => this.furnitureKeys.get(k.key)).map((k) => k.key)),
    );
    const furniture = new Map(
      reads.map((read, i) => [read.article.id, furnitureSentences(keysOf[i]!, repeated)]),
    );
    return { storyOf, furniture };
  }
}

/** Readings asked of the store at once. */
const LOAD_BATCH = 500;

/**
 * Each read article's sentence keys, kept with its reading (which the store hands back as the same object
 * while it keeps it decoded, see `DecodedReadings`): an article is in the scope of many linkings in a row,
 * and hashing every sentence of every scope article again was about 4 % of an addition at 10k. Made again
 * when the article's address or outlet (what the keys are scoped to) changed.
 */
const keysKnown = new WeakMap<ArticleReading, { under: string; keys: ReturnType<typeof sentenceKeys> }>();
function keysOfRead(read: ReadArticle): ReturnType<typeof sentenceKeys> {
  const under = `${read.article.id}\u0000${read.article.url}\u0000${read.article.outlet}\u0000${read.article.updatedAt}`;
  let known = keysKnown.get(read.reading);
  if (known?.under !== under) keysKnown.set(read.reading, (known = { under, keys: sentenceKeys(read) }));
  return known.keys;
}
