import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer } from '../src/api/server.js';
import type { RunningServer } from '../src/api/server.js';
import type { JobQueue } from '../src/core/ports.js';
import { openQueue } from '../src/service/open-store.js';
import { PostgresStore } from '../src/store/postgres/index.js';
import { dropSchemas, freshSchema, testLocation } from './support/postgres.js';
import { startWorker } from './support/workers.js';
import type { RunningWorker } from './support/workers.js';

const schema = freshSchema('api');
const location = testLocation(schema);
let store: PostgresStore;
let queue: JobQueue;
let server: RunningServer;
let worker: RunningWorker;

before(async () => {
  store = await PostgresStore.open(location);
  queue = await openQueue(store, { supervise: false });
  server = await startServer({ store, queue, port: 0 });
  worker = startWorker(location);
});

after(async () => {
  worker.child.kill('SIGTERM');
  await worker.exited;
  await server.close();
  await queue.stop();
  await store.close();
  await dropSchemas([schema]);
});

async function call(path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

async function finished(id: string): Promise<any> {
  for (let tries = 0; tries < 600; tries++) {
    const job = (await call(`/api/jobs/${id}`)).body;
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`job ${id} never finished`);
}

test('api on PostgreSQL: an ingest request is queued for the workers, and its job reports what they did', async () => {
  const text =
    'Norwegian Foreign Minister Ingrid Halvorsen said on Monday that Oslo was ready to host direct talks ' +
    'between Ukraine and Russia, adding that no date had been agreed.';
  const accepted = await call('/api/ingest', { text, published: '2025-12-08', outlet: 'Test Wire' });
  assert.equal(accepted.status, 202);
  assert.deepEqual(
    { ...accepted.body.job, id: 'x' },
    { id: 'x', status: 'queued', processed: 0, total: 1 },
    'the server only queues it',
  );
  const job = await finished(accepted.body.job.id);
  assert.deepEqual(job, {
    id: accepted.body.job.id,
    status: 'done',
    processed: 1,
    total: 1,
    report: { added: 1, revised: 0, updated: 0, unchanged: 0, failed: [], readingFailed: [] },
  });
  const articles = (await call('/api/articles')).body;
  assert.equal(articles.total, 1);
  assert.equal(articles.items[0].outlet, 'Test Wire');
  assert.equal(articles.items[0].published, '2025-12-08');
  assert.match(worker.log(), /taking fetch, read, link, connect jobs/);
});

test('api on PostgreSQL: a request that fails is a failed job naming the request field', async () => {
  const accepted = await call('/api/ingest', { html: '<html><body><nav>Home</nav></body></html>' });
  const job = await finished(accepted.body.job.id);
  assert.equal(job.status, 'failed');
  assert.deepEqual(job.report.failed, [
    { input: 'html', problem: 'no-article', reason: 'no article text found after extraction and clean-up' },
  ]);
  assert.equal((await call('/api/jobs/00000000-0000-0000-0000-000000000000')).status, 404);
});
