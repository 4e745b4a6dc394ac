import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { dropSchemas, freshSchema, testLocation } from './support/postgres.js';
import {
  enqueue,
  exported,
  reportLine,
  run,
  startWorker,
  waitForBatches,
  workInputs,
} from './support/workers.js';
import { tempDir } from './helpers.js';

const dir = tempDir('dossier-workers-');
const schemas: string[] = [];
after(() => dropSchemas(schemas));

function location(): string {
  const schema = freshSchema('workers');
  schemas.push(schema);
  return testLocation(schema);
}

test('workers: three worker processes on one PostgreSQL store exactly what one SQLite process stores', async () => {
  const inputs = workInputs(dir, 150);
  const reference = join(dir, 'reference.db');
  const single = await run(reference, ['ingest', ...inputs]);
  assert.equal(single.status, 1, 'the manifest holds one refused line');

  const shared = location();
  const batch = await enqueue(shared, inputs);
  const workers = [startWorker(shared), startWorker(shared), startWorker(shared)];
  try {
    await waitForBatches(shared, [batch]);
  } finally {
    for (const worker of workers) worker.child.kill('SIGTERM');
  }
  const exits = await Promise.all(workers.map((w) => w.exited));
  assert.deepEqual(
    exits.map((e) => e.code),
    [0, 0, 0],
    'each worker finishes its job and exits cleanly on SIGTERM',
  );
  const busy = workers.filter((w) => /"job":"(fetch|read)"/.test(w.log()));
  assert.ok(busy.length >= 2, `the work was shared: ${busy.length} of 3 workers prepared or read`);

  assert.deepEqual(await exported(shared), await exported(reference));
  const jobs = JSON.parse((await run(shared, ['jobs', '--batch', batch, '--json'])).stdout);
  assert.equal(jobs.status, 'done');
  assert.deepEqual(jobs.states, { queued: 0, fetched: 0, read: 0, linked: 0, done: 5 + 150 + 6 });
  const queues = JSON.parse((await run(shared, ['jobs', '--json'])).stdout).queues;
  for (const name of ['fetch', 'read', 'link', 'connect'])
    assert.equal(queues[name].failed, 0, `no ${name} job failed`);
});

test('workers: ingest into PostgreSQL works alone when no worker runs, and reports as one process does', async () => {
  const inputs = workInputs(dir, 20, 'b');
  const reference = await run(join(dir, 'alone.db'), ['ingest', ...inputs]);
  const shared = location();
  const result = await run(shared, ['ingest', ...inputs]);
  assert.equal(result.status, reference.status);
  assert.equal(reportLine(result.stdout), reportLine(reference.stdout));
  assert.equal(result.stderr, reference.stderr);
  assert.deepEqual(await exported(shared), await exported(join(dir, 'alone.db')));
});

test('workers: rows a worker linked but never connected wait as linked, and another worker connects them as one process does', async () => {
  const inputs = workInputs(dir, 20, 'c');
  const reference = join(dir, 'linked.db');
  assert.equal(
    (await run(reference, ['ingest', ...inputs])).status,
    1,
    'the manifest holds one refused line',
  );
  const shared = location();
  const batch = await enqueue(shared, inputs);
  const states = async () => JSON.parse((await run(shared, ['jobs', '--batch', batch, '--json'])).stdout);
  // A worker that links and never connects: what a kill between a row's two transactions leaves.
  const linker = startWorker(shared, {}, ['--jobs', 'fetch,read,link']);
  let linked: { status: string; total: number; states: Record<string, number> };
  try {
    for (;;) {
      linked = await states();
      if (linked.total !== null && linked.states.linked === linked.total) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    linker.child.kill('SIGTERM');
  }
  assert.equal((await linker.exited).code, 0);
  assert.equal(linked.status, 'linked');
  assert.deepEqual(linked.states, { queued: 0, fetched: 0, read: 0, linked: 5 + 20 + 6, done: 0 });
  const shown = (await run(shared, ['jobs'])).stdout;
  assert.match(shown, /linked +0\/31 inputs done \(0 queued, 0 prepared, 0 read, 31 linked\)/);

  const connector = startWorker(shared, {}, ['--jobs', 'connect']);
  try {
    await waitForBatches(shared, [batch]);
  } finally {
    connector.child.kill('SIGTERM');
  }
  assert.equal((await connector.exited).code, 0);
  assert.deepEqual((await states()).states, { queued: 0, fetched: 0, read: 0, linked: 0, done: 5 + 20 + 6 });
  assert.deepEqual(await exported(shared), await exported(reference));
});
