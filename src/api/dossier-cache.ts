import type { ConnectedDossier } from '../service/connect.js';
import { connectAll } from '../service/connect.js';
import type { Store } from '../store/store.js';

/**
 * `connectAll` re-derives actors, events and discrepancies from every stored reading, which is far too
 * slow to run per request. The result is kept until something the API does changes the store (an ingest
 * job finishing); writes by another process (the CLI on the same file) show after the next such change.
 */
export class DossierCache {
  private pending: Promise<ConnectedDossier> | null = null;

  constructor(private readonly store: Store) {}

  get(): Promise<ConnectedDossier> {
    if (this.pending) return this.pending;
    const pending = connectAll(this.store);
    this.pending = pending;
    // A failed computation must not be served from then on; the next request tries again.
    pending.catch(() => {
      if (this.pending === pending) this.pending = null;
    });
    return pending;
  }

  /** Requests already waiting keep the result they asked for; the next one recomputes. */
  invalidate(): void {
    this.pending = null;
  }
}
