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
import type {
  BatchOptions,
  IntakeConnect,
  IntakeDocument,
  IntakeItem,
  JobName,
  JobPayloads,
  JobQueue,
} from '../core/ports.js';
import type { SharedStore } from '../store/store.js';
import { reconnect } from './connected.js';
import { JOB_ROWS } from './intake.js';
import {
  beforeStoring,
  inputName,
  prepareInput,
  readDocument,
  refused,
  storeItem,
} from './worker-documents.js';

/** Rows stored per transaction by the linker; a kill loses at most this much work, never any rows. */
const LINK_ROWS = 16;
/**
 * A link job stops after this long, or a third of the queue's timeout if that is shorter, and hands over
 * to the next one, so that no honest job comes near the timeout (past which it would be taken for lost
 * and run again beside itself, harmlessly but for nothing).
 */
const LINK_JOB_MS = 15_000;

export interface WorkerEvents {
  /** Called when a job is done, with what it did; for logs. */
  onJob?: (name: JobName, detail: string) => void;
  /**
   * Called with each timed part of the work, for finding what serialises the workers (`--trace`): a
   * input prepared (`fetch`), a document read (`read`, synchronous, so its wall time is CPU), the ready rows taken and their readings
   * encoded before the lock (`take`), waiting for the write lock (`lock-wait`),
   * a link transaction from the lock taken to its commit (`link-tx`, with the rows it stored), a link
   * job (`link-job`), and their twins for connecting (`connect-wait`, `connect-tx`, `connect-job`). Times
   * are `performance.timeOrigin`-based milliseconds, comparable across processes.
   */
  onSpan?: (span: WorkerSpan) => void;
}

export interface WorkerSpan {
  part:
    | 'fetch'
    | 'read'
    | 'take'
    | 'lock-wait'
    | 'link-tx'
    | 'link-job'
    | 'connect-wait'
    | 'connect-tx'
    | 'connect-job';
  start: number;
  end: number;
  /** Rows stored by a link transaction or job. */
  rows?: number;
  /** This process's CPU over the span (a read's and a link transaction's: nothing else runs meanwhile). */
  cpuMs?: number;
}

/** How long a link job waits for the intake's head row to be read before it ends, and how often it asks. */
const HEAD_WAIT_MS = 2_000;
const HEAD_POLL_MS = 50;
/**
 * Once the head row is read, a link job waits up to this long for `BATCH_ROWS` ready rows before storing
 * what is ready: about the time one document takes to read here, so a lone worker, which reads and links
 * by turns, links a few rows per transaction, not one.
 */
const BATCH_ROWS = 4;
const BATCH_GRACE_MS = 300;

/** How many rows at the head of the intake the sweep looks at. */
const SWEPT_ROWS = 64;

export class Worker {
  private readonly options = new Map<string, Promise<BatchOptions | null>>();
  private sweeper: NodeJS.Timeout | null = null;
  /**
   * Settled when this process's link and connect jobs end. A read job of the same process waits for it
   * before each document: reading is synchronous, so a document read between two of a link transaction's
   * queries would hold the store's lock for the length of the read, and one read between two transactions,
   * or while a transaction waits for the lock, delays the linking just as much: link jobs run one at a time
   * (see the queue's `link` policy), and so do connect jobs, so whatever they wait for is the serial part
   * of ingesting.
   */
  private linking: Promise<void> | null = null;
  private endLinking: (() => void) | null = null;
  /** The jobs holding reading back now (`holdReading`). */
  private holders = 0;

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
        while (this.linking) await this.linking;
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
    const started = Date.now();
    const budget = Math.min(LINK_JOB_MS, (this.queue.timeoutSeconds('link') * 1000) / 3);
    // Reading is held back for the whole job (see `linking`) but while another process holds the write lock.
    let release: (() => void) | null = this.holdReading();
    const hold = () => void (release ??= this.holdReading());
    const readOn = () => {
      release?.();
      release = null;
      return false;
    };
    let stored = 0;
    const start = now();
    try {
      stored = await this.linkReady(started, budget, hold, readOn);
    } finally {
      readOn();
    }
    this.events.onSpan?.({ part: 'link-job', start, end: now(), rows: stored });
    this.events.onJob?.('link', `${stored} inputs stored and linked`);
  }

  /**
   * The link job's loop: transactions of the ready rows until none is left or the budget is spent. The lock
   * is tried first; only when another process holds it does this process read on (`readOn`) while it waits,
   * and it reads nothing again once the lock is taken (`hold`). When the head row is not read yet, the job
   * waits for it, reading on meanwhile (`awaitHead`), rather than end: a job ended is taken again only at
   * the queue's next poll, after a read job has finished all its rows, and the linker is the serial part.
   */
  private async linkReady(
    started: number,
    budget: number,
    hold: () => void,
    readOn: () => boolean,
  ): Promise<number> {
    let stored = 0;
    for (;;) {
      // The rows ready now, taken and made ready to store before the write lock, which other workers wait
      // for: a read row's documents never change until it is done, so under the lock only which rows are
      // still at the head is asked again.
      const taking = now();
      const taken = new Map(readyPrefix(await this.store.nextIntake(LINK_ROWS)).map((i) => [i.seq, i]));
      if (taken.size === 0) {
        if (!(await this.awaitHead(started, budget, readOn))) return stored;
        hold();
        continue;
      }
      for (const item of taken.values()) beforeStoring(item);
      const asked = now();
      this.events.onSpan?.({ part: 'take', start: taking, end: asked, rows: taken.size });
      let [locked, lockedCpu] = [asked, 0];
      const done = await this.store.stageTransaction(
        'link',
        async (tx) => {
          hold();
          [locked, lockedCpu] = [now(), cpuNow()];
          this.events.onSpan?.({ part: 'lock-wait', start: asked, end: locked });
          const ready = readyPrefix(await tx.intakeHead(LINK_ROWS));
          const late = ready.filter((row) => !taken.has(row.seq)).map((row) => row.seq);
          if (late.length > 0)
            for (const item of await tx.intakeInState(late, 'read')) taken.set(item.seq, item);
          let finished = 0;
          for (const { seq } of ready) {
            const item = taken.get(seq);
            if (!item) throw new Error(`intake row ${seq} is ready but could not be read`);
            const { outcomes, connect } = await storeItem(tx, item);
            await tx.linkIntake(seq, outcomes, connect);
            finished += 1;
            // The budget is kept inside the transaction too: on a loaded machine a transaction of every
            // ready row could outlast the queue's timeout, and the job be taken for lost and run again.
            if (Date.now() - started > budget) break;
          }
          return finished;
        },
        readOn,
      );
      this.events.onSpan?.({
        part: 'link-tx',
        start: locked,
        end: now(),
        rows: done,
        cpuMs: cpuNow() - lockedCpu,
      });
      stored += done;
      if (done > 0) await this.queue.send('connect', [{}]);
      if (Date.now() - started > budget) {
        await this.queue.send('link', [{}]);
        return stored;
      }
    }
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
    const started = Date.now();
    const budget = Math.min(LINK_JOB_MS, (this.queue.timeoutSeconds('connect') * 1000) / 3);
    let release: (() => void) | null = this.holdReading();
    const readOn = () => {
      release?.();
      release = null;
      return false;
    };
    let connected = 0;
    const start = now();
    try {
      for (;;) {
        const asked = now();
        let [locked, lockedCpu] = [asked, 0];
        const done = await this.store.stageTransaction(
          'connect',
          async (tx) => {
            release ??= this.holdReading();
            [locked, lockedCpu] = [now(), cpuNow()];
            this.events.onSpan?.({ part: 'connect-wait', start: asked, end: locked });
            let finished = 0;
            for (const row of linkedPrefix(await tx.connectHead(LINK_ROWS))) {
              for (const articleIds of row.articleIds) await reconnect(tx, articleIds);
              if (!(await tx.connectIntake(row.seq)))
                throw new Error(`intake row ${row.seq} is no longer linked`);
              finished += 1;
              if (Date.now() - started > budget) break;
            }
            return finished;
          },
          readOn,
        );
        this.events.onSpan?.({
          part: 'connect-tx',
          start: locked,
          end: now(),
          rows: done,
          cpuMs: cpuNow() - lockedCpu,
        });
        connected += done;
        if (Date.now() - started > budget) {
          await this.queue.send('connect', [{}]);
          break;
        }
        if (done === 0 && !(await this.awaitLinked(started, budget, readOn))) break;
      }
    } finally {
      readOn();
    }
    this.events.onSpan?.({ part: 'connect-job', start, end: now(), rows: connected });
    this.events.onJob?.('connect', `${connected} inputs connected`);
  }

  /**
   * Waits, reading on, for the intake's head row to be linked while its link job runs (a job ended is taken
   * again only at the queue's next poll). False when nothing is left to connect or the head was not linked
   * within `HEAD_WAIT_MS`: the link job that links it sends a connect job, as does the sweep.
   */
  private async awaitLinked(started: number, budget: number, readOn: () => boolean): Promise<boolean> {
    readOn();
    const since = Date.now();
    for (;;) {
      const head = await this.store.connectHead(1);
      if (head.length === 0) return false;
      if (head[0]!.state === 'linked') return true;
      if (Date.now() - since >= HEAD_WAIT_MS || Date.now() - started > budget) return false;
      await new Promise((resolve) => setTimeout(resolve, HEAD_POLL_MS));
    }
  }

  /**
   * Waits for the intake's head row to be read, by this process's read job or another worker's, and for a
   * few more behind it (a transaction per row would add its lock and commit to every row), reading on
   * meanwhile. False when nothing is left to store, or the head was not read within `HEAD_WAIT_MS` (a row
   * not yet fetched, or a worker's job lost: the read job that reads it sends a link job, as does the sweep).
   */
  private async awaitHead(started: number, budget: number, readOn: () => boolean): Promise<boolean> {
    readOn();
    const since = Date.now();
    let headReadAt: number | null = null;
    for (;;) {
      const head = await this.store.intakeHead(LINK_ROWS);
      if (head.length === 0) return false;
      const ready = readyPrefix(head).length;
      if (ready > 0) headReadAt ??= Date.now();
      // Every row left, or a full transaction's, is ready; or the head has waited its grace for company.
      if (ready > 0 && (ready === head.length || ready >= BATCH_ROWS)) return true;
      if (headReadAt !== null && Date.now() - headReadAt >= BATCH_GRACE_MS) return true;
      if (headReadAt === null && Date.now() - since >= HEAD_WAIT_MS) return false;
      if (Date.now() - started > budget) return ready > 0;
      await new Promise((resolve) => setTimeout(resolve, HEAD_POLL_MS));
    }
  }

  /**
   * Holds this process's reading back (see `linking`) until the function returned is called, and while any
   * other job holds it.
   */
  private holdReading(): () => void {
    if (this.holders++ === 0) this.linking = new Promise<void>((resolve) => (this.endLinking = resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.holders > 0) return;
      this.linking = null;
      this.endLinking?.();
    };
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

const now = () => performance.timeOrigin + performance.now();
/** This process's CPU milliseconds so far (user and system), for the spans' `cpuMs`. */
const cpuNow = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

function chunk(seqs: number[]): number[][] {
  const chunks: number[][] = [];
  for (let i = 0; i < seqs.length; i += JOB_ROWS) chunks.push(seqs.slice(i, i + JOB_ROWS));
  return chunks;
}

/** The rows at the head of the intake that are linked: the connector's next work. */
function linkedPrefix(rows: IntakeConnect[]): IntakeConnect[] {
  const linked: IntakeConnect[] = [];
  for (const row of rows) {
    if (row.state !== 'linked') break;
    linked.push(row);
  }
  return linked;
}

/** The rows at the head of the intake that are read (or were refused): the linker's next work. */
function readyPrefix<T extends Pick<IntakeItem, 'state'>>(items: T[]): T[] {
  const ready: T[] = [];
  for (const item of items) {
    if (item.state !== 'read') break;
    ready.push(item);
  }
  return ready;
}
