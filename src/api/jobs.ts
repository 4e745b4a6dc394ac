/**
 * Ingest requests run in the background, one at a time and in the order they came: SQLite has one writer
 * anyway, and a queue keeps a burst of requests from fetching everything at once. With an SQLite file the
 * work is done in a thread of its own (`ingest-thread.ts`), so that reads are answered while a large
 * article is being read; an in-memory store, which no other connection can see, is ingested in place.
 * Finished jobs are kept (a bounded number) so that clients can poll for the outcome.
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Worker } from 'node:worker_threads';
import type { z } from 'zod';
import type { InputProblem } from '../core/errors.js';
import { ingest } from '../service/ingest.js';
import type { IngestReport } from '../service/ingest.js';
import { SqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/store.js';
import { siblingModule, spawnModule } from '../service/threads.js';
import type { Job } from './schemas/records.js';
import type { IngestRequest } from './schemas/requests.js';

export type IngestJob = z.infer<typeof Job>;

export interface IngestQueueOptions {
  store: Store;
  /**
   * Where the work runs: `thread` (the default for an SQLite file) or `here`, on the request thread (the
   * only choice for an in-memory store).
   */
  runIn?: 'thread' | 'here' | undefined;
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
  private readonly runner: IngestRunner;

  constructor(private readonly options: IngestQueueOptions) {
    const file = options.store instanceof SqliteStore && options.store.path !== ':memory:';
    this.runner =
      file && options.runIn !== 'here'
        ? new ThreadRunner((options.store as SqliteStore).path)
        : new HereRunner(options.store);
  }

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
    return this.tail.then(() => this.runner.close());
  }

  private async run(job: IngestJob, request: IngestRequest): Promise<void> {
    if (this.stopping) {
      job.status = 'failed';
      job.error = 'the server stopped before this job ran';
      return;
    }
    job.status = 'running';
    try {
      const report = await this.runner.run(
        { ...inputsOf(request), allowPrivate: this.options.allowPrivate, maxBytes: this.options.maxBytes },
        () => {
          job.processed += 1;
        },
      );
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
function inputsOf(request: IngestRequest): { inputs: string[]; stdin?: string } {
  if (request.feed !== undefined) return { inputs: [request.feed] };
  const { text, html, url, published, title, outlet } = request;
  return { inputs: ['-'], stdin: JSON.stringify({ text, html, url, published, title, outlet }) };
}

/** One job as the ingest thread takes it: plain data, since it crosses threads. */
export interface ThreadJob {
  inputs: string[];
  /** The one-line manifest read as stdin (`-`). */
  stdin?: string | undefined;
  allowPrivate: boolean;
  maxBytes: number;
}

/** An ingest report as plain data: the failures without their class. */
export type PlainReport = Omit<IngestReport, 'failed'> & {
  failed: Array<{ input: string; problem: InputProblem; reason: string }>;
};

/** What the ingest thread says: an input done, or the job's end. */
export type ThreadMessage =
  { type: 'item' } | { type: 'done'; report: PlainReport } | { type: 'failed'; message: string };

interface IngestRunner {
  run(job: ThreadJob, onItem: () => void): Promise<PlainReport>;
  close(): Promise<void>;
}

class HereRunner implements IngestRunner {
  constructor(private readonly store: Store) {}

  run(job: ThreadJob, onItem: () => void): Promise<PlainReport> {
    const stdin = job.stdin === undefined ? undefined : Readable.from([Buffer.from(job.stdin)]);
    return ingest(this.store, job.inputs, {
      sources: { allowPrivate: job.allowPrivate, maxBytes: job.maxBytes, ...(stdin ? { stdin } : {}) },
      onItem,
    });
  }

  async close(): Promise<void> {}
}

/**
 * One long-lived thread, started with the first job (loading the reading models takes a while) and taking
 * jobs one at a time. A thread that dies (out of memory on a hostile input, say) fails its job only; the
 * next job starts a new one.
 */
class ThreadRunner implements IngestRunner {
  private thread: Worker | null = null;

  constructor(private readonly path: string) {}

  run(job: ThreadJob, onItem: () => void): Promise<PlainReport> {
    const thread = (this.thread ??= this.start());
    return new Promise<PlainReport>((resolve, reject) => {
      const finish = () => {
        thread.off('message', onMessage);
        thread.off('exit', onExit);
      };
      const onMessage = (message: ThreadMessage) => {
        if (message.type === 'item') return onItem();
        finish();
        if (message.type === 'done') resolve(message.report);
        else reject(new Error(message.message));
      };
      const onExit = (code: number) => {
        finish();
        if (this.thread === thread) this.thread = null;
        reject(new Error(`the ingest thread stopped (exit code ${code})`));
      };
      thread.on('message', onMessage);
      thread.on('exit', onExit);
      thread.postMessage(job);
    });
  }

  async close(): Promise<void> {
    const thread = this.thread;
    this.thread = null;
    if (!thread) return;
    const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
    thread.postMessage('close');
    await exited;
  }

  private start(): Worker {
    const thread = spawnModule(siblingModule(import.meta.url, 'ingest-thread'), {
      path: this.path,
    });
    // An error is followed by `exit`, which fails the running job.
    thread.on('error', () => undefined);
    return thread;
  }
}

/** A single article's failure is named by the request field that held it, not by the adapter's stdin. */
function reportOf(report: PlainReport, request: IngestRequest): NonNullable<IngestJob['report']> {
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
