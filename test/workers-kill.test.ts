/**
 * Workers killed outright lose nothing and duplicate nothing. One worker at a time is started, left to take
 * a job (a link or a connect job most times: storing and linking, and connecting what was linked, are
 * where a half-done write would hurt; a row killed between the two stays linked until it is connected), and
 * killed with SIGKILL a random moment into it; its jobs are then found lost by pg-boss and retried by the
 * next worker. When the kills are done, one last worker finishes, and the store must hold exactly what
 * one process that was never killed stores from the same inputs.
 *
 * `DOSSIER_KILLS` sets the number of kills (20 by default; `npm run test:kill` runs 100).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import pg from 'pg';
import { tempDir } from './helpers.js';
import { TEST_DATABASE, dropSchemas, freshSchema, testLocation } from './support/postgres.js';
import {
  bbcFiles,
  enqueue,
  exported,
  run,
  startWorker,
  trickyManifest,
  waitForBatches,
} from './support/workers.js';

const KILLS = Number(process.env.DOSSIER_KILLS || 20);
/** Jobs count as lost 2 s after they start, so a killed worker's jobs come back quickly. */
const ENV = { DOSSIER_JOB_TIMEOUT: '2' };
const CHUNK = 30;
const TARGETS = ['link', 'connect', 'read', 'link', 'connect', 'any'] as const;

const dir = tempDir('dossier-kill-');
const schema = freshSchema('kill');
after(() => dropSchemas([schema]));

test(`workers: ${KILLS} workers killed with SIGKILL mid-job lose nothing and duplicate nothing`, async (t) => {
  const location = testLocation(schema);
  const files = bbcFiles(2000);
  const chunks: string[][] = [];
  const nextChunk = () => {
    const n = chunks.length;
    const chunk = [...files.slice(n * CHUNK, (n + 1) * CHUNK), trickyManifest(dir, `chunk${n}`)];
    assert.ok(chunk.length > 1, 'the corpus ran out of inputs before the kills did');
    chunks.push(chunk);
    return chunk;
  };
  const batches = [await enqueue(location, nextChunk(), ENV)];
  const db = new pg.Client({ connectionString: TEST_DATABASE });
  await db.connect();
  const killedDuring: Record<string, number> = {};
  try {
    for (let kill = 0; kill < KILLS; kill++) {
      // Work of every kind stays at hand: a new chunk is queued once the last is all prepared.
      if (await nothingQueued(db, schema)) batches.push(await enqueue(location, nextChunk(), ENV));
      const since = (await db.query<{ now: Date }>('SELECT now()')).rows[0]!.now;
      const worker = startWorker(location, ENV);
      const target = TARGETS[kill % TARGETS.length]!;
      const active = await activeJobs(db, schema, since, target, 15_000);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 300));
      worker.child.kill('SIGKILL');
      await worker.exited;
      const label = active.length > 0 ? active.sort().join('+') : 'no job yet';
      killedDuring[label] = (killedDuring[label] ?? 0) + 1;
    }
    t.diagnostic(`kills by the jobs the worker held: ${JSON.stringify(killedDuring)}`);
    const last = startWorker(location, ENV);
    let queues: Record<string, { failed: number }> = {};
    try {
      await waitForBatches(location, batches, 300_000);
    } finally {
      last.child.kill('SIGTERM');
      queues = JSON.parse((await run(location, ['jobs', '--json'])).stdout).queues;
      t.diagnostic(`jobs when done: ${JSON.stringify(queues)}`);
      const failed = await db.query(
        `SELECT name, retry_count, output FROM ${schema}_jobs.job WHERE state = 'failed'`,
      );
      for (const row of failed.rows) t.diagnostic(`failed job: ${JSON.stringify(row)}`);
    }
    assert.equal((await last.exited).code, 0);
    // A killed worker's job is retried: none is failed (a job pg-boss failed with retries left counts as
    // queued, see PgBossQueue.retryRefused).
    for (const name of ['fetch', 'read', 'link', 'connect'])
      assert.equal(queues[name]?.failed, 0, `no ${name} job failed`);
  } finally {
    await db.end();
  }
  const linkKills = Object.entries(killedDuring)
    .filter(([jobs]) => jobs.includes('link'))
    .reduce((sum, [, n]) => sum + n, 0);
  assert.ok(linkKills > 0, 'some workers were killed while storing and linking');
  const connectKills = Object.entries(killedDuring)
    .filter(([jobs]) => jobs.includes('connect'))
    .reduce((sum, [, n]) => sum + n, 0);
  assert.ok(connectKills > 0, 'some workers were killed while connecting');

  const reference = join(dir, 'reference.db');
  for (const chunk of chunks) await run(reference, ['ingest', ...chunk]);
  assert.deepEqual(await exported(location), await exported(reference));
});

async function nothingQueued(db: pg.Client, schema: string): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT COUNT(*)::int AS n FROM ${schema}.intake WHERE state = 'queued'`,
  );
  return rows[0]!.n === 0;
}

/**
 * The kinds of job a worker started since `since` and still holds, once one of kind `target` is among
 * them (or whatever it holds after `timeoutMs`, when no such job came).
 */
async function activeJobs(
  db: pg.Client,
  schema: string,
  since: Date,
  target: string,
  timeoutMs: number,
): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await db.query<{ name: string }>(
      `SELECT name FROM ${schema}_jobs.job WHERE state = 'active' AND started_on >= $1`,
      [since],
    );
    const names = rows.map((row) => row.name);
    const found = target === 'any' ? names.length > 0 : names.includes(target);
    if (found || Date.now() > deadline) return names;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
