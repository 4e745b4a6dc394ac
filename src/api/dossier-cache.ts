import type { ConnectedDossier } from '../service/connect.js';
import { storedDossier } from '../service/connect.js';
import type { Store } from '../store/store.js';

/**
 * The connected records as the store keeps them (`storedDossier`): read, never recomputed, on a request.
 * `records()` is the records alone; `get()` adds every article's reading, for the views that quote the
 * articles (quotes, figures, headlines, an actor's profile). Both are kept until something the API does
 * changes the store (an ingest job finishing); writes by another process (the CLI on the same file) show
 * after the next such change.
 */
/** Views kept per connected dossier; past this many, the oldest go (filters a user types are unbounded). */
const MAX_VIEWS = 200;

export class DossierCache {
  private pending: Promise<ConnectedDossier> | null = null;
  private pendingRecords: Promise<ConnectedDossier> | null = null;
  private readonly views = new WeakMap<ConnectedDossier, Map<string, unknown>>();

  constructor(private readonly store: Store) {}

  get(): Promise<ConnectedDossier> {
    if (this.pending) return this.pending;
    const pending = storedDossier(this.store);
    this.pending = pending;
    // A failed load must not be served from then on; the next request tries again.
    pending.catch(() => {
      if (this.pending === pending) this.pending = null;
    });
    return pending;
  }

  /** The stored records without the articles' readings (`articles` is empty): for views of records only. */
  records(): Promise<ConnectedDossier> {
    if (this.pending) return this.pending;
    if (this.pendingRecords) return this.pendingRecords;
    const pending = storedDossier(this.store, { readings: false });
    this.pendingRecords = pending;
    pending.catch(() => {
      if (this.pendingRecords === pending) this.pendingRecords = null;
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

  /** Requests already waiting keep the result they asked for; the next one recomputes. */
  invalidate(): void {
    this.pending = null;
    this.pendingRecords = null;
  }
}
