/**
 * Ingest requests on a shared store (PostgreSQL): each becomes a batch in the workers' intake, and the
 * server does none of the work itself (`dossier worker` processes do, on any machine). The job id is the
 * batch id, so any server of the deployment answers for any job. The server watches its own batches and
 * says when one is done, since the store has changed under it.
 */
import type { JobQueue } from '../core/ports.js';
import { batchJob, enqueueRequest } from '../service/intake.js';
import type { SharedStore } from '../store/store.js';
import type { IngestJob } from './jobs.js';
import type { IngestRequest } from './schemas/requests.js';

export interface SharedIngestOptions {
  store: SharedStore;
  queue: JobQueue;
  allowPrivate: boolean;
  maxBytes: number;
  /** Called when a batch this server queued is done. */
  onFinished: () => void;
}

const WATCH_MS = 1000;

export class SharedIngestQueue {
  private readonly watched = new Set<string>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: SharedIngestOptions) {}

  async enqueue(request: IngestRequest): Promise<IngestJob> {
    const { store, queue, allowPrivate, maxBytes } = this.options;
    const id = await enqueueRequest(store, queue, request, { allowPrivate, maxBytes });
    this.watch(id);
    return (await this.get(id))!;
  }

  async get(id: string): Promise<IngestJob | null> {
    const batch = await this.options.store.getBatch(id);
    return batch ? batchJob(batch) : null;
  }

  /** Stops watching; the batches go on in the workers. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private watch(id: string): void {
    this.watched.add(id);
    this.timer ??= setInterval(() => void this.check(), WATCH_MS);
  }

  private async check(): Promise<void> {
    for (const id of [...this.watched]) {
      const job = await this.get(id).catch(() => null);
      // Not when linked: its actors and events are not connected yet, so the store is still changing.
      if (job && (job.status === 'done' || job.status === 'failed')) {
        this.watched.delete(id);
        this.options.onFinished();
      }
    }
    if (this.watched.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }
}
