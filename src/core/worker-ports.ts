import type { InputProblem } from './errors.js';
import type { ArticleDraft, ArticleReading, RawDocument, SaveResult } from './types.js';

/** The ports of the workers of a shared store: the inputs they take in (service/queue, service/worker). */

/**
 * One input for the workers: a document read where it was enqueued, an address to read (a page, a feed),
 * text to read as `dossier ingest -` reads stdin (the API's single articles, as a one-line manifest), or a
 * refusal already known when it was enqueued.
 */
export type IntakeInput =
  | { kind: 'document'; doc: RawDocument }
  | { kind: 'source'; input: string }
  | { kind: 'stdin'; text: string }
  | { kind: 'failed'; error: IntakeError };

export interface IntakeError {
  input: string;
  problem: InputProblem;
  reason: string;
}

/** One document of an input, as the workers take it forward: prepared, then read. */
export interface IntakeDocument {
  source: string;
  /** The prepared article, or why the input gave none. */
  draft: ArticleDraft | null;
  error: IntakeError | null;
  /** Read from the draft's text and date by `pipeline`; null when not read (or reading failed: `readingError`). */
  reading: ArticleReading | null;
  pipeline: string | null;
  readingError: string | null;
  /**
   * What linking its article needs of the document alone, made with its reading by the read job (see
   * `service/link-inputs.ts`); absent in rows kept by an older build, or when not read.
   */
  links?: PreparedLinks | null;
}

/**
 * Plain data made from a document's draft and reading alone: its MinHash signature and band keys, its
 * sentence keys, and its story features as they are when none of its sentences is furniture (`features`,
 * the story stage's `StoryFeatures`, kept opaque here).
 */
export interface PreparedLinks {
  signature: number[];
  bandKeys: string[];
  sentenceKeys: Array<{ sentence: number; key: string }>;
  features: unknown;
}

/**
 * `queued` → `fetched` (documents prepared) → `read` → `linked` (stored, its story and links saved) →
 * `done` (its connected records brought up to date); the last two in intake order.
 */
export type IntakeState = 'queued' | 'fetched' | 'read' | 'linked' | 'done';

export interface IntakeItem {
  seq: number;
  batchId: string;
  state: IntakeState;
  input: IntakeInput | null;
  documents: IntakeDocument[] | null;
}

/**
 * A row at the head of the intake as the connector sees it: once it is linked, for each document linked,
 * the articles whose connected records that linking changed.
 */
export interface IntakeConnect {
  seq: number;
  state: IntakeState;
  articleIds: string[][];
}

/** What became of one input once stored: one entry per document. */
export type IntakeOutcome =
  | { source: string; outcome: SaveResult['outcome']; id: string; revision: number; readingFailed?: string }
  | { source: string; outcome: 'failed'; problem: InputProblem; reason: string };

/** How a batch's inputs are prepared: what `dossier ingest` and the API pass to the pipeline. */
export interface BatchOptions {
  published?: string | undefined;
  allowPrivate: boolean;
  maxBytes: number;
  /** For a batch of one article given by a client: the name its failure is reported under (`url`). */
  label?: string | undefined;
}

export interface IntakeBatch {
  id: string;
  createdAt: string;
  options: BatchOptions;
  /** Inputs in the batch; null while its enqueuer is still adding them. */
  total: number | null;
  /** Inputs in each state. */
  states: Record<IntakeState, number>;
  /** Documents stored per outcome, over the inputs done. */
  outcomes: { added: number; revised: number; updated: number; unchanged: number; failed: number };
  /** Every refused document and every reading that failed, over the inputs done, in intake order. */
  failures: IntakeOutcome[];
}

/**
 * For the workers of a shared store: each input is a row that moves `queued` → `fetched` → `read` →
 * `linked` → `done`. Preparing and reading happen in any order on any worker; storing and linking
 * (`nextIntake`, under the link lock) and then connecting (`connectHead`, under the connect lock) happen in
 * intake order, so N workers give what one process gives.
 */
export interface IntakeRepository {
  createBatch(options: BatchOptions): Promise<string>;
  /** Appends inputs to a batch, in order; their intake numbers (increasing). */
  addIntake(batchId: string, inputs: IntakeInput[]): Promise<number[]>;
  /** Records that the batch holds all its inputs. */
  sealBatch(batchId: string): Promise<void>;
  getBatch(batchId: string): Promise<IntakeBatch | null>;
  /** The latest batches first. */
  listBatches(limit: number): Promise<IntakeBatch[]>;
  getBatchOptions(batchId: string): Promise<BatchOptions | null>;
  /** Rows among `seqs` in `state`, in intake order. */
  intakeInState(seqs: number[], state: IntakeState): Promise<IntakeItem[]>;
  /**
   * Moves one row from `from` to `to` with its documents; false when it was no longer in `from` (another
   * worker got there first), so a job retried after a kill never applies twice.
   */
  advanceIntake(
    seq: number,
    from: IntakeState,
    to: IntakeState,
    documents: IntakeDocument[],
  ): Promise<boolean>;
  /** The first rows not yet linked, in intake order, at most `limit`. */
  nextIntake(limit: number): Promise<IntakeItem[]>;
  /** The same rows' numbers and states only: what the linker checks under the link lock. */
  intakeHead(limit: number): Promise<Array<Pick<IntakeItem, 'seq' | 'state'>>>;
  /**
   * Marks a row linked with what became of its documents and the articles whose connected records its
   * linking changed (`articleIds`, for `connectHead`), dropping its inputs and drafts.
   */
  linkIntake(seq: number, outcomes: IntakeOutcome[], articleIds: string[][]): Promise<void>;
  /** The first rows not yet done, in intake order, at most `limit`: the connector's next work, if linked. */
  connectHead(limit: number): Promise<IntakeConnect[]>;
  /** Marks a linked row done; false when it was not linked (another worker connected it first). */
  connectIntake(seq: number): Promise<boolean>;
  /**
   * Among the first `limit` rows not yet done, those unchanged for `seconds`, marked as changed now so
   * that one caller at a time takes them: rows whose job was lost for good, to be sent again.
   */
  reclaimIntake(seconds: number, limit: number): Promise<Array<{ seq: number; state: IntakeState }>>;
}

/** Runs SQL inside the caller's transaction: how a job queue kept in the same database enqueues atomically. */
export interface SqlExecutor {
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

// ---- The job queue the workers take work from (src/queue) ----

/** What each job carries: the intake rows it works on (linking takes whatever is ready, in order). */
export interface JobPayloads {
  fetch: { seqs: number[] };
  read: { seqs: number[] };
  link: Record<string, never>;
  connect: Record<string, never>;
}

export type JobName = keyof JobPayloads;

export interface JobCounts {
  queued: number;
  active: number;
  failed: number;
  completed: number;
}

/** A queue on an existing engine (pg-boss); jobs are retried when a worker vanishes mid-job. */
export interface JobQueue {
  /** Sends jobs; with `within`, inside that transaction, so they exist exactly when its rows do. */
  send<N extends JobName>(name: N, payloads: Array<JobPayloads[N]>, within?: SqlExecutor): Promise<void>;
  /** Takes jobs of `name` one at a time until `stop`; a handler that throws has its job retried. */
  work<N extends JobName>(name: N, handler: (payload: JobPayloads[N]) => Promise<void>): Promise<void>;
  counts(): Promise<Record<JobName, JobCounts>>;
  /** Seconds a job of `name` may run before it is taken for lost and given to another worker. */
  timeoutSeconds(name: JobName): number;
  /** Stops taking jobs, lets the running ones finish, and closes. */
  stop(): Promise<void>;
}
