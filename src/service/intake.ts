/**
 * Ingesting into a shared store: inputs become intake rows and jobs, for workers on any machine to take
 * (`./worker.ts`). What only this machine can read (files, folders, stdin) is read here and carried in the
 * row; addresses (pages, feeds) are fetched by a worker. Rows and their jobs are written in one
 * transaction, so a kill of the enqueuer leaves whole chunks of a batch, each certain to be processed.
 */
import type { BatchOptions, IntakeBatch, IntakeInput, JobQueue } from '../core/ports.js';
import { readSources } from '../ingest/sources.js';
import type { SharedStore } from '../store/store.js';
import type { IngestReport } from './ingest.js';
import { InputError } from '../core/errors.js';

/** Rows per transaction, and per fetch job: a job is a few seconds of work, so a lost one costs little. */
const CHUNK_ROWS = 64;
/** A chunk is written early once its documents hold this much text (a folder of large pages). */
const CHUNK_BYTES = 8 << 20;
export const JOB_ROWS = 8;

export interface EnqueueOptions {
  batch: BatchOptions;
  /** Read for the input `-`. */
  stdin?: NodeJS.ReadableStream;
  /** Called after each input is queued (or refused), so a caller can show progress. */
  onInput?: () => void;
}

const isUrl = (input: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(input);

/** Queues every input as one batch and returns its id; workers then prepare, read, store and link them. */
export async function enqueueIngest(
  store: SharedStore,
  queue: JobQueue,
  inputs: string[],
  options: EnqueueOptions,
): Promise<string> {
  const batchId = await store.createBatch(options.batch);
  await enqueueInputs(store, queue, batchId, localInputs(inputs, options), options.onInput);
  await store.sealBatch(batchId);
  return batchId;
}

/** Queues inputs given as text (the API's single articles: a one-line manifest) or as addresses. */
export async function enqueueGiven(
  store: SharedStore,
  queue: JobQueue,
  inputs: IntakeInput[],
  batch: BatchOptions,
): Promise<string> {
  const batchId = await store.createBatch(batch);
  await enqueueInputs(store, queue, batchId, inputs, undefined);
  await store.sealBatch(batchId);
  return batchId;
}

async function* localInputs(inputs: string[], options: EnqueueOptions): AsyncGenerator<IntakeInput> {
  for (const input of inputs) {
    if (isUrl(input)) {
      yield { kind: 'source', input };
      continue;
    }
    const sources = readSources([input], {
      allowPrivate: options.batch.allowPrivate,
      maxBytes: options.batch.maxBytes,
      ...(options.stdin ? { stdin: options.stdin } : {}),
    });
    for await (const item of sources) {
      yield item.ok
        ? { kind: 'document', doc: item.doc }
        : {
            kind: 'failed',
            error: { input: item.error.input, problem: item.error.problem, reason: item.error.reason },
          };
    }
  }
}

async function enqueueInputs(
  store: SharedStore,
  queue: JobQueue,
  batchId: string,
  inputs: AsyncIterable<IntakeInput> | Iterable<IntakeInput>,
  onInput: (() => void) | undefined,
): Promise<void> {
  let chunk: IntakeInput[] = [];
  let bytes = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    const pending = chunk;
    chunk = [];
    bytes = 0;
    await store.transaction(async (tx) => {
      const seqs = await tx.addIntake(batchId, pending);
      const toFetch = seqs.filter((_, i) => pending[i]!.kind !== 'failed');
      const jobs = [];
      for (let i = 0; i < toFetch.length; i += JOB_ROWS) jobs.push({ seqs: toFetch.slice(i, i + JOB_ROWS) });
      await queue.send('fetch', jobs, tx);
      // Refusals are ready to be reported as soon as their turn comes; no fetch or read job will ask.
      if (toFetch.length < seqs.length) await queue.send('link', [{}], tx);
    });
    for (let i = 0; i < pending.length; i++) onInput?.();
  };
  for await (const input of inputs) {
    chunk.push(input);
    bytes += input.kind === 'document' ? input.doc.body.length : 0;
    if (chunk.length >= CHUNK_ROWS || bytes >= CHUNK_BYTES) await flush();
  }
  await flush();
}

/** An article or a feed as the API takes it (its `IngestRequest`). */
export interface ArticleRequest {
  text?: string | undefined;
  html?: string | undefined;
  url?: string | undefined;
  feed?: string | undefined;
  published?: string | undefined;
  title?: string | undefined;
  outlet?: string | undefined;
}

/**
 * Queues one API request as a batch: a feed is an address for a worker to read; a single article is a
 * one-line manifest (which carries text, HTML or a URL with the title, date and outlet the client gave),
 * read by the worker as `dossier ingest -` reads stdin. Its failures are named by the request's field.
 */
export function enqueueRequest(
  store: SharedStore,
  queue: JobQueue,
  request: ArticleRequest,
  options: { allowPrivate: boolean; maxBytes: number },
): Promise<string> {
  if (request.feed !== undefined) {
    return enqueueGiven(store, queue, [{ kind: 'source', input: request.feed }], options);
  }
  const { text, html, url, published, title, outlet } = request;
  const label = text !== undefined ? 'text' : html !== undefined ? 'html' : 'url';
  const line = JSON.stringify({ text, html, url, published, title, outlet });
  return enqueueGiven(store, queue, [{ kind: 'stdin', text: line }], { ...options, label });
}

/** A batch as the API's job: `failed` when it is done and nothing of it could be stored. */
export function batchJob(batch: IntakeBatch) {
  const status = batchStatus(batch);
  const processed = Object.values(batch.outcomes).reduce((sum, n) => sum + n, 0);
  const job = {
    id: batch.id,
    status: status as BatchStatus | 'failed',
    processed,
    total: status === 'done' ? processed : batch.options.label !== undefined ? 1 : null,
  };
  if (status !== 'done') return job;
  const report = batchReport(batch);
  const failed = report.failed.map((e) => ({
    input: batch.options.label ?? e.input,
    problem: e.problem,
    reason: e.reason,
  }));
  const kept = processed - batch.outcomes.failed;
  return {
    ...job,
    ...(kept === 0 && failed.length > 0
      ? { status: 'failed' as const, error: failed.map((f) => `${f.input}: ${f.reason}`).join('; ') }
      : {}),
    report: { ...report, failed },
  };
}

export type BatchStatus = 'queued' | 'running' | 'linked' | 'done';

/**
 * Where a batch stands: queued until a worker takes any of it, done once every input is stored or refused,
 * and linked while every input left is stored and linked but waits for a worker taking `connect` jobs (no
 * worker is preparing, reading or linking any of it: "running" would hide that none may be connecting).
 */
export function batchStatus(batch: IntakeBatch): BatchStatus {
  const { states, total } = batch;
  if (total !== null && states.done === total) return 'done';
  if (total !== null && states.linked > 0 && states.linked + states.done === total) return 'linked';
  const started = states.fetched + states.read + states.linked + states.done;
  return started > 0 ? 'running' : 'queued';
}

/** A finished batch as the report a one-process ingest gives. */
export function batchReport(batch: IntakeBatch): IngestReport {
  const report: IngestReport = {
    added: batch.outcomes.added,
    revised: batch.outcomes.revised,
    updated: batch.outcomes.updated,
    unchanged: batch.outcomes.unchanged,
    failed: [],
    readingFailed: [],
  };
  for (const failure of batch.failures) {
    if (failure.outcome === 'failed') {
      report.failed.push(new InputError(failure.source, failure.problem, failure.reason));
    } else if (failure.readingFailed !== undefined) {
      report.readingFailed.push({ id: failure.id, reason: failure.readingFailed });
    }
  }
  return report;
}

/** Resolves with the batch once it is done, calling `onProgress` with the inputs done so far. */
export async function waitForBatch(
  store: SharedStore,
  batchId: string,
  onProgress: (done: number, total: number | null) => void,
  pollMs = 250,
): Promise<IntakeBatch> {
  for (;;) {
    const batch = await store.getBatch(batchId);
    if (!batch) throw new Error(`batch ${batchId} vanished from the store`);
    onProgress(batch.states.done, batch.total);
    if (batchStatus(batch) === 'done') return batch;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
