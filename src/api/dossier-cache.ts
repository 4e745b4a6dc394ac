import type { ConnectedDossier } from '../service/connect.js';
import { storedDossier } from '../service/connect.js';
import type { Store } from '../store/store.js';
import { serialized } from './serialized.js';

/**
 * What the API keeps between requests, until the store changes (an ingest job of the API finishing, or any
 * write the store's change mark shows: another process ingesting into the same file, the server's own
 * ingest thread), which each request checks with one cheap query.
 *
 * `stored()` keeps answers made from pages of stored records (`RecordViews`): the timeline, events, actors,
 * stories, series, discrepancies, quotes, figures and search, whose first request costs what its page
 * holds, and the actor network, read from the ties kept beside each event; and a story's brief, read
 * from the story's part of the store (`service/story-dossier.ts`). `get()` loads every stored record and
 * every article's reading for the views not yet bounded by the store (the brief of everything, exports
 * but a story's PLOVER and TimelineJS): those grow with the corpus.
 */
/** Views kept per connected dossier; past this many, the oldest go (filters a user types are unbounded). */
const MAX_VIEWS = 200;
/**
 * The kept answers' size, as the JSON text they are served as (each is kept as its object and that text):
 * past it the oldest go. A page holds at most 500 records (`MAX_LIMIT`), but 200 pages of the largest
 * records (an actor's profile, the network's 5,000 edges) would otherwise keep hundreds of MB.
 */
export const MAX_ANSWER_CHARS = 16 << 20;

export class DossierCache {
  private pending: Promise<ConnectedDossier> | null = null;
  /** The store's change mark when what is kept was loaded. */
  private mark: string | null = null;
  private readonly views = new WeakMap<ConnectedDossier, Map<string, unknown>>();
  /** Answers made from stored records, kept until the change mark moves. */
  private answers = new Map<string, Promise<unknown>>();
  /** The JSON size of each kept answer made, and their sum. */
  private sizes = new Map<string, number>();
  private kept = 0;

  constructor(
    private readonly store: Store,
    private readonly maxChars = MAX_ANSWER_CHARS,
  ) {}

  /** Forgets what was loaded when the store has changed since. */
  private async checkMark(): Promise<void> {
    const mark = await this.store.changeMark();
    if (mark === this.mark) return;
    this.mark = mark;
    this.pending = null;
    this.forgetAnswers();
  }

  private forgetAnswers(): void {
    this.answers = new Map();
    this.sizes = new Map();
    this.kept = 0;
  }

  /**
   * An answer made from the stored records (a page of the timeline, an actor's profile), made once per
   * key until the store changes: the same page asked by ten clients costs one set of queries, not ten.
   */
  async stored<T>(key: string, compute: () => Promise<T>): Promise<T> {
    await this.checkMark();
    const known = this.answers.get(key);
    if (known) return known as Promise<T>;
    const answers = this.answers;
    const pending = compute();
    if (answers.size >= MAX_VIEWS) this.drop(answers.keys().next().value!);
    answers.set(key, pending);
    pending.then(
      (answer) => {
        if (answers !== this.answers || answers.get(key) !== pending) return;
        const size = serialized(answer).length;
        // An answer larger than the bound alone is served to those who asked, not kept.
        if (size > this.maxChars) return this.drop(key);
        this.sizes.set(key, size);
        this.kept += size;
        for (const old of answers.keys()) {
          if (this.kept <= this.maxChars) break;
          this.drop(old);
        }
      },
      // A failed answer must not be served from then on; the next request tries again.
      () => {
        if (answers.get(key) === pending) answers.delete(key);
      },
    );
    return pending;
  }

  private drop(key: string): void {
    this.answers.delete(key);
    this.kept -= this.sizes.get(key) ?? 0;
    this.sizes.delete(key);
  }

  async get(): Promise<ConnectedDossier> {
    await this.checkMark();
    if (this.pending) return this.pending;
    const pending = storedDossier(this.store);
    this.pending = pending;
    // A failed load must not be served from then on; the next request tries again.
    pending.catch(() => {
      if (this.pending === pending) this.pending = null;
    });
    return pending;
  }

  /**
   * A view derived from the connected dossier (a filtered timeline, an actor's profile), computed once per
   * dossier and key: the same page asked by ten clients costs one computation, not ten.
   */
  async view<T>(key: string, compute: (dossier: ConnectedDossier) => T): Promise<T> {
    const dossier = await this.get();
    let views = this.views.get(dossier);
    if (!views) this.views.set(dossier, (views = new Map()));
    if (views.has(key)) return views.get(key) as T;
    const value = compute(dossier);
    if (views.size >= MAX_VIEWS) views.delete(views.keys().next().value!);
    views.set(key, value);
    return value;
  }

  /** Requests already waiting keep the result they asked for; the next one reloads. */
  invalidate(): void {
    this.pending = null;
    this.forgetAnswers();
  }
}
