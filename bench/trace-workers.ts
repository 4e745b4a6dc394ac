/**
 * What serialises the workers, from their traces (`dossier worker --trace`, kept by the workers phase with
 * `DOSSIER_BENCH_TRACE=<dir>`): `node dist/bench/trace-workers.js <dir>/workers-2-*.jsonl`.
 *
 * For each worker: its CPU (start included), the time it spent reading documents (synchronous, so CPU),
 * holding the link lock (link transactions, commit included) and the connect lock (connect transactions),
 * and waiting for them. For the run: the span from the first read to the last link or connect, the share of
 * it each lock was held by anyone, and the time no worker was reading, linking or connecting (waiting for
 * jobs: the queue's polling, fetch and ack round trips). Two workers reach 2× one only when neither is ever
 * idle; the busier lock's share of the span bounds them at `1/share`.
 */
import { readFileSync } from 'node:fs';
import type { WorkerSpan } from '../src/service/worker.js';

type Traced = Omit<WorkerSpan, 'part'> & {
  pid: number;
  part: WorkerSpan['part'] | 'process';
  cpuMs?: number;
};

/** The total length of the union of intervals. */
function covered(intervals: Array<[number, number]>): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [from, to] = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const [start, end] of sorted) {
    if (start > to) {
      if (to > from) total += to - from;
      [from, to] = [start, end];
    } else to = Math.max(to, end);
  }
  if (to > from) total += to - from;
  return total;
}

const perItem = (n: number, totals: Record<string, number>) =>
  Object.fromEntries(Object.entries(totals).map(([k, ms]) => [k, Number((ms / n).toFixed(1))]));
const sum = (spans: Traced[]) => spans.reduce((s, x) => s + (x.end - x.start), 0);
const cpu = (spans: Traced[]) => spans.reduce((s, x) => s + (x.cpuMs ?? 0), 0);
const seconds = (ms: number) => Number((ms / 1000).toFixed(2));

const spans: Traced[] = process.argv
  .slice(2)
  .flatMap((file) => readFileSync(file, 'utf8').split('\n'))
  .filter((line) => line.startsWith('{"pid"'))
  .map((line) => JSON.parse(line) as Traced);
const work = spans.filter((s) => s.part !== 'process');
const first = Math.min(...work.filter((s) => s.part === 'read').map((s) => s.start));
const held = (s: Traced) => s.part === 'link-tx' || s.part === 'connect-tx';
const last = Math.max(...work.filter(held).map((s) => s.end));
const span = last - first;
const pids = [...new Set(spans.map((s) => s.pid))];
const workers = pids.map((pid) => {
  const own = work.filter((s) => s.pid === pid);
  const of = (part: WorkerSpan['part']) => own.filter((s) => s.part === part);
  const busy = covered(
    [...of('fetch'), ...of('read'), ...of('take'), ...of('link-tx'), ...of('connect-tx')].map((s) => [
      s.start,
      s.end,
    ]),
  );
  return {
    pid,
    cpuSeconds: seconds(spans.find((s) => s.pid === pid && s.part === 'process')?.cpuMs ?? Number.NaN),
    fetchSeconds: seconds(sum(of('fetch'))),
    readSeconds: seconds(sum(of('read'))),
    readCpuSeconds: seconds(cpu(of('read'))),
    documentsRead: of('read').length,
    lockHeldSeconds: seconds(sum(of('link-tx'))),
    lockHeldCpuSeconds: seconds(cpu(of('link-tx'))),
    lockWaitSeconds: seconds(sum(of('lock-wait'))),
    takeSeconds: seconds(sum(of('take'))),
    linkTransactions: of('link-tx').length,
    emptyLinkTransactions: of('link-tx').filter((s) => s.rows === 0).length,
    rowsLinked: of('link-tx').reduce((s, x) => s + (x.rows ?? 0), 0),
    connectHeldSeconds: seconds(sum(of('connect-tx'))),
    connectHeldCpuSeconds: seconds(cpu(of('connect-tx'))),
    connectWaitSeconds: seconds(sum(of('connect-wait'))),
    rowsConnected: of('connect-tx').reduce((s, x) => s + (x.rows ?? 0), 0),
    linkJobs: of('link-job').length,
    // Neither reading nor holding the lock, from the run's first read to its last link.
    idleSeconds: seconds(span - busy),
    busy,
  };
});
const busyTotal = workers.reduce((s, w) => s + w.busy, 0);
const lock = covered(work.filter((s) => s.part === 'link-tx').map((s) => [s.start, s.end]));
const connectLock = covered(work.filter((s) => s.part === 'connect-tx').map((s) => [s.start, s.end]));
const anyBusy = covered(
  work
    .filter((s) => s.part === 'fetch' || s.part === 'read' || s.part === 'take' || held(s))
    .map((s) => [s.start, s.end]),
);
process.stdout.write(
  `${JSON.stringify(
    {
      spanSeconds: seconds(span),
      lockHeldSeconds: seconds(lock),
      lockShare: Number((lock / span).toFixed(3)),
      connectLockHeldSeconds: seconds(connectLock),
      connectLockShare: Number((connectLock / span).toFixed(3)),
      // From the first read to the last link, time when no worker read or linked anything.
      nobodyBusySeconds: seconds(span - anyBusy),
      // Workers reading or linking at once, on average over the span: 2 for two workers never idle.
      meanBusyWorkers: Number((busyTotal / span).toFixed(2)),
      // Per row linked and per document read, over every worker: the serial chain's length (the lock held,
      // the linker's CPU under it, the wait for it) against the parallel part (a read's wall time and CPU).
      // The lock held minus the linker's CPU is the wait on the server: its statements, and the turns of the
      // server and the linker on the cores.
      perRowMs: perItem(
        workers.reduce((n, w) => n + w.rowsLinked, 0),
        {
          lockHeld: lock,
          lockHeldCpu: cpu(work.filter((s) => s.part === 'link-tx')),
          lockWait: sum(work.filter((s) => s.part === 'lock-wait')),
          connectLockHeld: connectLock,
          connectLockHeldCpu: cpu(work.filter((s) => s.part === 'connect-tx')),
          connectLockWait: sum(work.filter((s) => s.part === 'connect-wait')),
        },
      ),
      perDocumentMs: perItem(
        workers.reduce((n, w) => n + w.documentsRead, 0),
        {
          read: sum(work.filter((s) => s.part === 'read')),
          readCpu: cpu(work.filter((s) => s.part === 'read')),
        },
      ),
      workers: workers.map(({ busy: _busy, ...w }) => w),
    },
    null,
    2,
  )}\n`,
);
