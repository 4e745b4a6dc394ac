import type { ConnectedDossier } from '../service/connect.js';
import { connectAll } from '../service/connect.js';
import type { Store } from '../store/store.js';

/**
 * `connectAll` re-derives actors, events and discrepancies from every stored reading, which is far too
 * slow to run per request. The result is kept until the store changes: an ingest job of the API finishing,
 * or any write the store's change mark shows (another process ingesting into the same file, the server's
 * own ingest thread), which each request checks with one cheap query.
 */
/** Views kept per connected dossier; past this many, the oldest go (filters a user types are unbounded). */
const MAX_VIEWS = 200;

export class DossierCache {
  private pending: Promise<ConnectedDossier> | null = null;
  /** The store's change mark when `pending` was started. */
  private mark: string | null = null;
  private readonly views = new WeakMap<ConnectedDossier, Map<string, unknown>>();

  constructor(private readonly store: Store) {}

  async get(): Promise<ConnectedDossier> {
    const mark = await this.store.changeMark();
    if (this.pending && mark === this.mark) return this.pending;
    this.mark = mark;
    const pending = connectAll(this.store);
    this.pending = pending;
    // A failed computation must not be served from then on; the next request tries again.
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

  /** Requests already waiting keep the result they asked for; the next one recomputes. */
  invalidate(): void {
    this.pending = null;
  }
}
