/**
 * The loops of a worker's two serial stages (see `Worker`): linking the rows that are read and connecting
 * the rows that are linked, each strictly in intake order, a few rows per transaction under its stage's
 * lock, and the waits for the intake's head row to be ready for them.
 */
import type { IntakeConnect, IntakeItem, JobQueue } from '../core/ports.js';
import type { SharedStore } from '../store/store.js';
import { reconnect } from './connected.js';
import { beforeStoring, storeItem } from './worker-documents.js';
import { cpuNow, now } from './worker-spans.js';
import type { WorkerEvents } from './worker-spans.js';

/** Rows stored per transaction by the linker; a kill loses at most this much work, never any rows. */
const LINK_ROWS = 16;

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

/** One link or connect job's run: where it works, when it started and for how long it may run. */
export interface StageRun {
  store: SharedStore;
  queue: JobQueue;
  events: WorkerEvents;
  started: number;
  budget: number;
  /** Holds this process's reading back again (see `ReadingHold`). */
  hold: () => void;
  /** Lets this process read on while the job waits; false, so that the lock is then waited for, not tried. */
  readOn: () => boolean;
}

/**
 * The link job's loop: transactions of the ready rows until none is left or the budget is spent. The lock
 * is tried first; only when another process holds it does this process read on (`readOn`) while it waits,
 * and it reads nothing again once the lock is taken (`hold`). When the head row is not read yet, the job
 * waits for it, reading on meanwhile (`awaitHead`), rather than end: a job ended is taken again only at
 * the queue's next poll, after a read job has finished all its rows, and the linker is the serial part.
 */
export async function linkReady(run: StageRun): Promise<number> {
  const { store, queue, events, started, budget, hold, readOn } = run;
  let stored = 0;
  for (;;) {
    // The rows ready now, taken and made ready to store before the write lock, which other workers wait
    // for: a read row's documents never change until it is done, so under the lock only which rows are
    // still at the head is asked again.
    const taking = now();
    const taken = new Map(readyPrefix(await store.nextIntake(LINK_ROWS)).map((i) => [i.seq, i]));
    if (taken.size === 0) {
      if (!(await awaitHead(run))) return stored;
      hold();
      continue;
    }
    for (const item of taken.values()) beforeStoring(item);
    const asked = now();
    events.onSpan?.({ part: 'take', start: taking, end: asked, rows: taken.size });
    let [locked, lockedCpu] = [asked, 0];
    const done = await store.stageTransaction(
      'link',
      async (tx) => {
        hold();
        [locked, lockedCpu] = [now(), cpuNow()];
        events.onSpan?.({ part: 'lock-wait', start: asked, end: locked });
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
    events.onSpan?.({
      part: 'link-tx',
      start: locked,
      end: now(),
      rows: done,
      cpuMs: cpuNow() - lockedCpu,
    });
    stored += done;
    if (done > 0) await queue.send('connect', [{}]);
    if (Date.now() - started > budget) {
      await queue.send('link', [{}]);
      return stored;
    }
  }
}

/**
 * The connect job's loop: transactions of the linked rows, each row's records made again and the row marked
 * done, until none is left or the budget is spent; when the head row is not linked yet, the job waits for
 * it, reading on meanwhile (`awaitLinked`).
 */
export async function connectLinked(run: StageRun): Promise<number> {
  const { store, queue, events, started, budget, hold, readOn } = run;
  let connected = 0;
  for (;;) {
    const asked = now();
    let [locked, lockedCpu] = [asked, 0];
    const done = await store.stageTransaction(
      'connect',
      async (tx) => {
        hold();
        [locked, lockedCpu] = [now(), cpuNow()];
        events.onSpan?.({ part: 'connect-wait', start: asked, end: locked });
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
    events.onSpan?.({
      part: 'connect-tx',
      start: locked,
      end: now(),
      rows: done,
      cpuMs: cpuNow() - lockedCpu,
    });
    connected += done;
    if (Date.now() - started > budget) {
      await queue.send('connect', [{}]);
      return connected;
    }
    if (done === 0 && !(await awaitLinked(run))) return connected;
  }
}

/**
 * Waits, reading on, for the intake's head row to be linked while its link job runs (a job ended is taken
 * again only at the queue's next poll). False when nothing is left to connect or the head was not linked
 * within `HEAD_WAIT_MS`: the link job that links it sends a connect job, as does the sweep.
 */
async function awaitLinked({ store, started, budget, readOn }: StageRun): Promise<boolean> {
  readOn();
  const since = Date.now();
  for (;;) {
    const head = await store.connectHead(1);
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
async function awaitHead({ store, started, budget, readOn }: StageRun): Promise<boolean> {
  readOn();
  const since = Date.now();
  let headReadAt: number | null = null;
  for (;;) {
    const head = await store.intakeHead(LINK_ROWS);
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
