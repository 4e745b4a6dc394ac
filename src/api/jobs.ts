/**
 * Ingest requests run in the background, in this process, one at a time and in the order they came:
 * SQLite has one writer anyway, and a queue keeps a burst of requests from fetching everything at once.
 * Finished jobs are kept (a bounded number) so that clients can poll for the outcome.
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { z } from 'zod';
import { ingest } from '../service/ingest.js';
import type { IngestReport } from '../service/ingest.js';
import type { Store } from '../store/store.js';
import type { Job } from './schemas/records.js';
import type { IngestRequest } from './schemas/requests.js';

export type IngestJob = z.infer<typeof Job>;

export interface IngestQueueOptions {
  store: Store;
  allowPrivate: boolean;
  /** The largest single document accepted, in bytes. */
  maxBytes: number;
  /** Called after every job, whatever its outcome, since any of them may have changed the store. */
  onFinished: () => void;
}

const KEPT_FINISHED_JOBS = 200;

export class IngestQueue {
  private readonly jobs = new Map<string, IngestJob>();
  private tail: Promise<void> = Promise.resolve();
  private stopping = false;

  constructor(private readonly options: IngestQueueOptions) {}

  enqueue(request: IngestRequest): IngestJob {
    const job: IngestJob = {
      id: randomUUID(),
      status: 'queued',
      processed: 0,
      total: request.feed === undefined ? 1 : null,
    };
    this.jobs.set(job.id, job);
    this.forgetOldJobs();
    this.tail = this.tail.then(() => this.run(job, request));
    return { ...job };
  }

  /** A copy, so that a caller serialising it never sees a half-updated job. */
  get(id: string): IngestJob | null {
    const job = this.jobs.get(id);
    return job ? structuredClone(job) : null;
  }

  /** Lets the running job finish and fails the queued ones; resolves once nothing touches the store. */
  stop(): Promise<void> {
    this.stopping = true;
    return this.tail;
  }

  private async run(job: IngestJob, request: IngestRequest): Promise<void> {
    if (this.stopping) {
      job.status = 'failed';
      job.error = 'the server stopped before this job ran';
      return;
    }
    job.status = 'running';
    const { inputs, stdin } = inputsOf(request);
    try {
      const report = await ingest(this.options.store, inputs, {
        sources: { allowPrivate: this.options.allowPrivate, maxBytes: this.options.maxBytes, stdin },
        onItem: () => {
          job.processed += 1;
        },
      });
      job.report = reportOf(report, request);
      const kept = report.added + report.revised + report.updated + report.unchanged;
      if (kept === 0 && report.failed.length > 0) {
        job.status = 'failed';
        job.error = job.report.failed.map((f) => `${f.input}: ${f.reason}`).join('; ');
      } else {
        job.status = 'done';
      }
    } catch (error) {
      job.status = 'failed';
      job.error = error instanceof Error ? error.message : String(error);
    } finally {
      job.total ??= job.processed;
      this.options.onFinished();
    }
  }

  private forgetOldJobs(): void {
    let excess = this.jobs.size - KEPT_FINISHED_JOBS;
    for (const [id, job] of this.jobs) {
      if (excess <= 0) return;
      if (job.status === 'done' || job.status === 'failed') {
        this.jobs.delete(id);
        excess -= 1;
      }
    }
  }
}

/**
 * A single article becomes a one-line manifest handed to the ingest service as its stdin: the manifest
 * format already carries text, HTML or a URL together with the title, date and outlet the client gave,
 * and nothing is written to disk. A feed is an ordinary input.
 */
function inputsOf(request: IngestRequest): { inputs: string[]; stdin?: Readable } {
  if (request.feed !== undefined) return { inputs: [request.feed] };
  const { text, html, url, published, title, outlet } = request;
  const line = JSON.stringify({ text, html, url, published, title, outlet });
  return { inputs: ['-'], stdin: Readable.from([Buffer.from(line)]) };
}

/** A single article's failure is named by the request field that held it, not by the adapter's stdin. */
function reportOf(report: IngestReport, request: IngestRequest): NonNullable<IngestJob['report']> {
  const single =
    request.feed === undefined ? (['text', 'html', 'url'] as const).find((f) => request[f]) : null;
  return {
    added: report.added,
    revised: report.revised,
    updated: report.updated,
    unchanged: report.unchanged,
    failed: report.failed.map((e) => ({ input: single ?? e.input, problem: e.problem, reason: e.reason })),
    readingFailed: report.readingFailed,
  };
}
