/**
 * A link job that outlives the queue's timeout is retried, never failed, even when pg-boss's "stately"
 * policy refuses its retry (another link job already waits in `retry`): the queue puts it back and it runs
 * to its end. The first test is deterministic: two queue processes work the `link` queue with a 1 s timeout
 * on a real PostgreSQL; their first two jobs stall past the timeout, and the first one's retry is held back
 * (its start time moved an hour on, standing for the retry delay during which a newer job is taken), the
 * order that failed a link job in the kill test. The last test runs two worker processes while the test
 * holds the store's write lock, so that their link jobs time out again and again, and checks that none is
 * left failed and that the store holds what one process stores (before the fix, 6 link jobs were failed).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import pg from 'pg';
import { PgBossQueue } from '../src/store/postgres/queue.js';
import { tempDir } from './helpers.js';
import { TEST_DATABASE, dropSchemas, freshSchema, testLocation } from './support/postgres.js';
import { enqueue, exported, run, startWorker, waitForBatches, workInputs } from './support/workers.js';

const schema = freshSchema('timeout');
const stalledSchema = freshSchema('stall');
const jobs = `${schema}_jobs.job`;
const dir = tempDir('dossier-timeout-');
after(() => dropSchemas([schema, stalledSchema]));

async function until<T>(what: string, check: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = await check();
    if (found !== undefined) return found;
    assert.ok(Date.now() < end, `timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test('queue: a stalled link job refused a retry by the stately policy comes back and finishes', async () => {
  const location = testLocation(schema);
  const options = { jobTimeoutSeconds: 1, pollingSeconds: 0.5 };
  const supervisor = await PgBossQueue.open(location, { ...options, supervise: true });
  const other = await PgBossQueue.open(location, options);
  const db = new pg.Client({ connectionString: TEST_DATABASE });
  await db.connect();
  let release!: () => void;
  const stalled = new Promise<void>((resolve) => (release = resolve));
  let calls = 0;
  let finished = 0;
  const handler = async () => {
    calls += 1;
    if (calls <= 2) await stalled;
    else finished += 1;
  };
  const states = async () =>
    (
      await db.query<{ id: string; state: string; retry_count: number }>(
        `SELECT id, state::text, retry_count FROM ${jobs} WHERE name = 'link' ORDER BY created_on`,
      )
    ).rows;
  try {
    await supervisor.send('link', [{}]);
    await supervisor.work('link', handler);
    await other.work('link', handler);

    // The first job stalls past its timeout and waits in `retry`; its retry delay is made to last.
    const first = await until('the first job times out', async () =>
      (await states()).find((job) => job.state === 'retry'),
    );
    await db.query(`UPDATE ${jobs} SET start_after = now() + interval '1 hour' WHERE id = $1`, [first.id]);

    // A newer job is taken meanwhile and stalls too: its own retry finds the `retry` slot taken.
    await supervisor.send('link', [{}]);
    await until('the second job is taken', async () => (calls >= 2 ? true : undefined));
    const second = await until('the second job times out', async () =>
      (await states()).find(
        (job) => job.id !== first.id && job.state !== 'active' && job.state !== 'created',
      ),
    );
    assert.notEqual(second.id, first.id);
    assert.equal(
      (await supervisor.counts()).link.failed,
      0,
      'a link job with retries left is counted as failed',
    );

    // The first job's retry is let run; then both jobs finish, neither left failed.
    await db.query(`UPDATE ${jobs} SET start_after = now() WHERE id = $1`, [first.id]);
    release();
    const done = await until('both link jobs complete', async () => {
      const rows = await states();
      return rows.every((job) => job.state === 'completed') ? rows : undefined;
    });
    assert.deepEqual(done.map((job) => job.id).sort(), [first.id, second.id].sort());
    assert.equal(finished, 2, 'each stalled job ran again to its end, once');
    const counts = (await supervisor.counts()).link;
    assert.deepEqual(counts, { queued: 0, active: 0, failed: 0, completed: 2 });
  } finally {
    release();
    await db.end();
    await other.stop();
    await supervisor.stop();
  }
});

test('queue: a job failed with its retries spent stays failed', async () => {
  const location = testLocation(schema);
  const queue = await PgBossQueue.open(location, { jobTimeoutSeconds: 1, supervise: true });
  const db = new pg.Client({ connectionString: TEST_DATABASE });
  await db.connect();
  try {
    await db.query(`DELETE FROM ${jobs}`);
    await queue.send('link', [{}]);
    // As pg-boss leaves a job whose last retry failed: the retry count at the limit.
    await db.query(
      `UPDATE ${jobs} SET state = 'failed', retry_count = retry_limit, started_on = now(), completed_on = now()`,
    );
    assert.equal(await queue.retryRefused(), 0);
    assert.deepEqual((await db.query(`SELECT state::text FROM ${jobs}`)).rows, [{ state: 'failed' }]);
    assert.equal((await queue.counts()).link.failed, 1);
  } finally {
    await db.end();
    await queue.stop();
  }
});

test('workers: link jobs stalled past the timeout are retried and store exactly what one process stores', async (t) => {
  const env = { DOSSIER_JOB_TIMEOUT: '2' };
  const inputs = workInputs(dir, 20, 'stall');
  const reference = join(dir, 'reference.db');
  assert.equal(
    (await run(reference, ['ingest', ...inputs])).status,
    1,
    'the manifest holds one refused line',
  );
  const shared = testLocation(stalledSchema);
  const batch = await enqueue(shared, inputs, env);
  // The test holds the store's write lock (see PostgresStore.transaction), so every link job taken waits
  // for it past the queue's timeout, is taken for lost, and is retried while newer link jobs are sent.
  const holder = new pg.Client({ connectionString: TEST_DATABASE });
  await holder.connect();
  await holder.query('BEGIN');
  await holder.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${stalledSchema}:write`]);
  const workers = [startWorker(shared, env), startWorker(shared, env)];
  try {
    const timedOut = await until(
      'link jobs time out',
      async () => {
        const { rows } = await holder.query<{ n: number }>(
          `SELECT COALESCE(SUM(retry_count), 0)::int AS n FROM ${stalledSchema}_jobs.job WHERE name = 'link'`,
        );
        return rows[0]!.n >= 6 ? rows[0]!.n : undefined;
      },
      60_000,
    );
    t.diagnostic(`link job retries while the lock was held: ${timedOut}`);
    await holder.query('COMMIT');
    await waitForBatches(shared, [batch], 300_000);
  } finally {
    await holder.end();
    for (const worker of workers) worker.child.kill('SIGTERM');
  }
  await Promise.all(workers.map((w) => w.exited));
  assert.deepEqual(await exported(shared), await exported(reference));
  const queues = JSON.parse((await run(shared, ['jobs', '--json'])).stdout).queues;
  for (const name of ['fetch', 'read', 'link', 'connect'])
    assert.equal(queues[name].failed, 0, `no ${name} job failed`);
});
