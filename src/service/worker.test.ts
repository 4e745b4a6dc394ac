import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IntakeDocument, IntakeItem, JobQueue } from '../core/worker-ports.js';
import type { SharedStore } from '../store/store.js';
import { Worker } from './worker.js';

/** A promise settled from outside. */
function deferred(): { promise: Promise<void>; settle: () => void } {
  let settle!: () => void;
  const promise = new Promise<void>((resolve) => (settle = resolve));
  return { promise, settle };
}

const ticks = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

/** A document the reader passes over (no draft): what the test watches is when it is read, not how. */
const unread: IntakeDocument = {
  source: 'a.html',
  draft: null,
  error: { input: 'a.html', problem: 'malformed', reason: 'empty' },
  reading: null,
  pipeline: null,
  readingError: null,
};

/**
 * The store's write lock, the intake and the queue as far as `read` and `link` use them, writing down the
 * order things happen in. The lock is free once `lockFree` settles (another process holds it until then:
 * the transaction calls its `waiting` once, as PostgreSQL's does when a try finds the lock taken); a link
 * transaction holds it until `linkDone` settles. `ready`: the read rows at the intake's head, each linked
 * in a transaction of its own (a refused document, stored without a query); `reading`: rows behind them
 * not read yet, each read when the worker's read job advances it.
 */
function fakes(
  lockFree: Promise<void>,
  linkDone: Promise<void>,
  ready: number[] = [],
  reading: number[] = [],
) {
  const happened: string[] = [];
  let free = false;
  void lockFree.then(() => (free = true));
  const item: IntakeItem = {
    seq: 1,
    batchId: 'b',
    state: 'fetched',
    input: null,
    documents: [unread, unread],
  };
  const readRow = (seq: number): IntakeItem => ({ ...item, seq, state: 'read', documents: [unread] });
  const tx = {
    intakeHead: async () => {
      await linkDone;
      return ready.slice(0, 1).map((seq) => ({ seq, state: 'read' }));
    },
    linkIntake: async (seq: number) => {
      happened.push(`stored ${seq}`);
      ready.shift();
    },
  };
  const store = {
    stageTransaction: async <T>(
      _stage: string,
      work: (tx: unknown) => Promise<T>,
      waiting?: () => boolean,
    ): Promise<T> => {
      await ticks(1);
      if (!free) waiting?.();
      await lockFree;
      happened.push('lock taken');
      const result = await work(tx);
      happened.push('committed');
      return result;
    },
    // A round trip: the event loop turns meanwhile.
    nextIntake: async () => {
      await ticks(2);
      return ready.slice(0, 1).map(readRow);
    },
    intakeInState: async () => [item],
    advanceIntake: async (seq: number, _from: string, _to: string, documents: IntakeDocument[]) => {
      happened.push(`read ${documents.length} documents`);
      if (reading.includes(seq)) ready.push(...reading.splice(reading.indexOf(seq), 1));
      return true;
    },
    // Outside a transaction: what a link job waiting for the head asks.
    intakeHead: async () => [
      ...ready.map((seq) => ({ seq, state: 'read' })),
      ...reading.map((seq) => ({ seq, state: 'fetched' })),
    ],
  } as unknown as SharedStore;
  const queue = { send: async () => undefined, timeoutSeconds: () => 60 } as unknown as JobQueue;
  return { worker: new Worker(store, queue), happened };
}

test('a worker reads on while its link job waits for the write lock', async () => {
  const lock = deferred();
  const { worker, happened } = fakes(lock.promise, Promise.resolve(), [2]);
  const linking = worker.link();
  await worker.read({ seqs: [1] });
  lock.settle();
  await linking;
  assert.deepEqual(happened, ['read 2 documents', 'lock taken', 'stored 2', 'committed']);
});

test('a link job whose head row is being read waits for it, reading on, and links it', async () => {
  const { worker, happened } = fakes(Promise.resolve(), Promise.resolve(), [], [1]);
  const linking = worker.link();
  await ticks(5);
  await worker.read({ seqs: [1] });
  await linking;
  assert.deepEqual(happened, ['read 2 documents', 'lock taken', 'stored 1', 'committed']);
});

test('a link job with nothing left to store ends without taking the write lock', async () => {
  const { worker, happened } = fakes(Promise.resolve(), Promise.resolve());
  await worker.link();
  assert.deepEqual(happened, []);
});

test('a worker reads nothing while its own link transaction holds the write lock', async () => {
  const inside = deferred();
  const { worker, happened } = fakes(Promise.resolve(), inside.promise, [2]);
  const linking = worker.link();
  await ticks(2);
  const reading = worker.read({ seqs: [1] });
  await ticks(5);
  assert.deepEqual(happened, ['lock taken']);
  inside.settle();
  await Promise.all([linking, reading]);
  assert.deepEqual(happened, ['lock taken', 'stored 2', 'committed', 'read 2 documents']);
});

test('a worker reads nothing while its link job runs, between its transactions or taking a lock no one holds', async () => {
  const { worker, happened } = fakes(Promise.resolve(), Promise.resolve(), [2, 3]);
  const linking = worker.link();
  const reading = worker.read({ seqs: [1] });
  await Promise.all([linking, reading]);
  assert.deepEqual(happened, [
    'lock taken',
    'stored 2',
    'committed',
    'lock taken',
    'stored 3',
    'committed',
    'read 2 documents',
  ]);
});
