/**
 * What a worker does with each job (`dossier worker`, and `dossier ingest` while it waits). Preparing and
 * reading are pure, so any number of workers do them at once, in any order;
 * storing and linking are done in intake order by one worker at a time, under the store's link lock, and
 * then connecting (the actors, events, series and discrepancies each linking changed), in intake order by
 * one worker at a time, under the connect lock, by the same code a single process runs: so one worker
 * links a row while another connects the row before it. Linking reads nothing connecting writes; connecting
 * a row may read what later rows linked, and every record it makes from that is made again, as a single
 * process makes it, when those rows are connected (see `connect`). So N workers store exactly what one
 * process would.
 *
 * Every job may run twice (a worker killed after its work but before pg-boss heard of it): each step moves
 * a row from one state to the next only if it is still in the first (compare-and-set), and storing a row
 * marks it done in the same transaction, so a repeated job changes nothing.
 */
import { InputError } from '../core/errors.js';
import type { BatchOptions, IntakeDocument, JobName, JobPayloads, JobQueue } from '../core/ports.js';
import type { SharedStore } from '../store/store.js';
import { JOB_ROWS } from './intake.js';
import { inputName, prepareInput, readDocument, refused } from './worker-documents.js';
import { ReadingHold } from './worker-reading-hold.js';
import { cpuNow, now } from './worker-spans.js';
import type { WorkerEvents } from './worker-spans.js';
import { connectLinked, linkReady } from './worker-stages.js';
import type { StageRun } from './worker-stages.js';

export type { WorkerEvents, WorkerSpan } from './worker-spans.js';

/**
 * A link job stops after this long, or a third of the queue's timeout if that is shorter, and hands over
 * to the next one, so that no honest job comes near the timeout (past which it would be taken for lost
 * and run again beside itself, harmlessly but for nothing).
 */
const LINK_JOB_MS = 15_000;

/** How many rows at the head of the intake the sweep looks at. */
const SWEPT_ROWS = 64;

export class Worker {
  private readonly options = new Map<string, Promise<BatchOptions | null>>();
  private sweeper: NodeJS.Timeout | null = null;
  /** Holds this process's reading back while its link and connect jobs run (see `ReadingHold`). */
  private readonly reading = new ReadingHold();

  constructor(
    private readonly store: SharedStore,
    private readonly queue: JobQueue,
    private readonly events: WorkerEvents = {},
  ) {}

  /** Starts taking jobs of these kinds, and sweeping for lost ones, until `stop`. */
  async start(kinds: JobName[] = ['fetch', 'read', 'link', 'connect']): Promise<void> {
    for (const kind of kinds) {
      if (kind === 'fetch') await this.queue.work('fetch', (job) => this.fetch(job));
      if (kind === 'read') await this.queue.work('read', (job) => this.read(job));
      if (kind === 'link') await this.queue.work('link', () => this.link());
      if (kind === 'connect') await this.queue.work('connect', () => this.connect());
    }
    const every = Math.max(
      ...(['fetch', 'read', 'link', 'connect'] as const).map((n) => this.queue.timeoutSeconds(n)),
    );
    this.sweeper = setInterval(() => void this.sweep(2 * every).catch(() => undefined), every * 1000);
    this.sweeper.unref();
  }

  /** Stops sweeping; the queue's own `stop` ends the jobs. */
  stop(): void {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = null;
  }

  /**
   * The last resort against a job lost for good (killed more times than pg-boss retries it): the rows
   * at the head of the intake that have not moved for `seconds`, twice the longest a job may take, get
   * their job sent again. Storing goes in intake order, so a row stuck there holds up everything after it.
   * A job sent twice does its work once (see above).
   */
  async sweep(seconds: number): Promise<number> {
    const stale = await this.store.reclaimIntake(seconds, SWEPT_ROWS);
    const seqs = (state: string) => stale.filter((row) => row.state === state).map((row) => row.seq);
    await this.queue.send(
      'fetch',
      chunk(seqs('queued')).map((s) => ({ seqs: s })),
    );
    await this.queue.send(
      'read',
      chunk(seqs('fetched')).map((s) => ({ seqs: s })),
    );
    if (seqs('read').length > 0) await this.queue.send('link', [{}]);
    if (seqs('linked').length > 0) await this.queue.send('connect', [{}]);
    return stale.length;
  }

  /** `fetch`: each queued row's input read (fetched when an address) and prepared into drafts. */
  async fetch({ seqs }: JobPayloads['fetch']): Promise<void> {
    let prepared = 0;
    for (const item of await this.store.intakeInState(seqs, 'queued')) {
      const options = await this.batchOptions(item.batchId);
      const start = now();
      const documents = await prepareInput(item.input!, options).catch((error: unknown) => [
        // An input that trips a reader is that input's problem: refused, never retried until it blocks
        // everything queued after it.
        refused(
          new InputError(
            inputName(item.input!),
            'malformed',
            `could not be read: ${(error as Error).message}`,
          ),
        ),
      ]);
      this.events.onSpan?.({ part: 'fetch', start, end: now() });
      if (await this.store.advanceIntake(item.seq, 'queued', 'fetched', documents)) prepared += 1;
    }
    // Also the rows an earlier, killed attempt prepared but never handed on.
    const fetched = (await this.store.intakeInState(seqs, 'fetched')).map((item) => item.seq);
    await this.queue.send('read', fetched.length > 0 ? [{ seqs: fetched }] : []);
    this.events.onJob?.('fetch', `${prepared} of ${seqs.length} inputs prepared`);
  }

  /** `read`: the reading pipeline over each prepared draft, kept with the row for the linker. */
  async read({ seqs }: JobPayloads['read']): Promise<void> {
    let read = 0;
    for (const item of await this.store.intakeInState(seqs, 'fetched')) {
      const documents: IntakeDocument[] = [];
      for (const document of item.documents!) {
        while (this.reading.pending) await this.reading.pending;
        const [start, cpu] = [now(), cpuNow()];
        documents.push(readDocument(document));
        this.events.onSpan?.({ part: 'read', start, end: now(), cpuMs: cpuNow() - cpu });
      }
      if (await this.store.advanceIntake(item.seq, 'fetched', 'read', documents)) read += 1;
    }
    await this.queue.send('link', [{}]);
    this.events.onJob?.('read', `${read} of ${seqs.length} inputs read`);
  }

  /**
   * `link`: stores and links the rows that are ready, strictly in intake order, a few per transaction
   * under the store's link lock, leaving them `linked` for `connect`; stops at the first row not yet read
   * (its read job will ask again).
   */
  async link(): Promise<void> {
    const stored = await this.stage('link', linkReady);
    this.events.onJob?.('link', `${stored} inputs stored and linked`);
  }

  /**
   * `connect`: brings the connected records up to date after each linked row, strictly in intake order, a
   * few rows per transaction under the store's connect lock, and marks them done. A row's records are those
   * one process makes after linking it (the same `reconnect` of the same articles), but read while later
   * rows may already be linked: a story a later article joined, or a sentence it made furniture, is seen
   * early. Whatever such a record is made from is in that later row's own scope (its article, the articles
   * whose furniture it grew, the stories it merged), so connecting that row makes it again as one process
   * does. Checked, not proven: `test/workers.test.ts` compares the stores, and connecting one and four rows
   * behind linking on 600 BBC files gave exports equal to one process's (docs/architecture.md).
   */
  async connect(): Promise<void> {
    const connected = await this.stage('connect', connectLinked);
    this.events.onJob?.('connect', `${connected} inputs connected`);
  }

  /**
   * Runs a link or connect job's loop within its time budget, reading held back for the whole job (see
   * `ReadingHold`) but while it waits for another process's lock; returns the rows the loop finished.
   */
  private async stage(job: 'link' | 'connect', loop: (run: StageRun) => Promise<number>): Promise<number> {
    const started = Date.now();
    const budget = Math.min(LINK_JOB_MS, (this.queue.timeoutSeconds(job) * 1000) / 3);
    let release: (() => void) | null = this.reading.hold();
    const hold = () => void (release ??= this.reading.hold());
    const readOn = () => {
      release?.();
      release = null;
      return false;
    };
    let rows = 0;
    const start = now();
    try {
      const { store, queue, events } = this;
      rows = await loop({ store, queue, events, started, budget, hold, readOn });
    } finally {
      readOn();
    }
    this.events.onSpan?.({ part: job === 'link' ? 'link-job' : 'connect-job', start, end: now(), rows });
    return rows;
  }

  private batchOptions(batchId: string): Promise<BatchOptions> {
    let options = this.options.get(batchId);
    if (!options) this.options.set(batchId, (options = this.store.getBatchOptions(batchId)));
    return options.then((found) => {
      if (!found) throw new Error(`intake batch ${batchId} has no options`);
      return found;
    });
  }
}

function chunk(seqs: number[]): number[][] {
  const chunks: number[][] = [];
  for (let i = 0; i < seqs.length; i += JOB_ROWS) chunks.push(seqs.slice(i, i + JOB_ROWS));
  return chunks;
}
