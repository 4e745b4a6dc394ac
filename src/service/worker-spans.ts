/** What a worker reports of its jobs (for logs and `--trace`), and the clocks its spans are timed by. */
import type { JobName } from '../core/ports.js';

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

export const now = () => performance.timeOrigin + performance.now();
/** This process's CPU milliseconds so far (user and system), for the spans' `cpuMs`. */
export const cpuNow = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
