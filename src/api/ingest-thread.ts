/**
 * The thread `serve` ingests in when its store is an SQLite file: fetching, extracting, cleaning and
 * reading an article take seconds for a large one, and done on the request thread they would hold every
 * other request (a 2 MB article kept reads waiting minutes). This thread opens its own connection to
 * the same file (WAL: the server's reads go on while it writes; `BEGIN IMMEDIATE` and the busy timeout
 * make the two writers wait for each other) and takes one job at a time from `IngestThread`.
 */
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { ingest } from '../service/ingest.js';
import { SqliteStore } from '../store/sqlite/index.js';
import type { ThreadJob, ThreadMessage } from './jobs.js';

const port = parentPort!;
const store = new SqliteStore((workerData as { path: string }).path);
const send = (message: ThreadMessage) => port.postMessage(message);

port.on('message', (job: ThreadJob | 'close') => {
  if (job === 'close') {
    void store.close().then(() => port.close());
    return;
  }
  void run(job);
});

async function run(job: ThreadJob): Promise<void> {
  try {
    const report = await ingest(store, job.inputs, {
      sources: {
        allowPrivate: job.allowPrivate,
        maxBytes: job.maxBytes,
        ...(job.stdin === undefined ? {} : { stdin: Readable.from([Buffer.from(job.stdin)]) }),
      },
      onItem: () => send({ type: 'item' }),
    });
    send({
      type: 'done',
      report: {
        ...report,
        failed: report.failed.map(({ input, problem, reason }) => ({ input, problem, reason })),
      },
    });
  } catch (error) {
    send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
