import PgBoss from 'pg-boss';
import { UsageError } from '../../core/errors.js';
import type { JobCounts, JobName, JobPayloads, JobQueue, SqlExecutor } from '../../core/ports.js';
import { parseLocation } from './connection.js';

/**
 * The workers' job queue: pg-boss, keeping its jobs in the store's own PostgreSQL (schema `<schema>_jobs`),
 * so a deployment is one database and nothing else, and a job is sent in the same transaction as the rows
 * it is about (`send(..., within)`). A job whose worker vanished (killed, machine lost) is failed by
 * pg-boss's supervisor once it has been active longer than its queue's timeout, and retried.
 */

export interface QueueOptions {
  /**
   * Seconds a job may stay active before it counts as lost and is retried: long enough for the slowest
   * honest job (a fetch job waits for the network), short enough that a killed worker's job is not held
   * long. `DOSSIER_JOB_TIMEOUT` sets it for every process of a deployment.
   */
  jobTimeoutSeconds?: number;
  /** Run pg-boss's supervisor (expiring lost jobs) in this process: workers do, enqueuers need not. */
  supervise?: boolean;
  /** How often an idle worker asks for a job. */
  pollingSeconds?: number;
}

/** Each queue's defaults: how long its jobs may run, how often they are retried. */
const QUEUES: Record<JobName, { timeout: number; retryLimit: number; policy: 'standard' | 'stately' }> = {
  // Fetching waits on other servers (each request has its own timeout); the others only compute.
  fetch: { timeout: 600, retryLimit: 10, policy: 'standard' },
  read: { timeout: 300, retryLimit: 10, policy: 'standard' },
  // Linking takes whatever is ready, in order, and so does connecting what was linked: one job of each
  // running and one waiting are all they ever need (pg-boss's "stately" policy), and a failed attempt is
  // always worth another.
  link: { timeout: 300, retryLimit: 1000, policy: 'stately' },
  connect: { timeout: 300, retryLimit: 1000, policy: 'stately' },
};

export class PgBossQueue implements JobQueue {
  private constructor(
    private readonly boss: PgBoss,
    private readonly schema: string,
    private readonly timeoutOverride: number | null,
    private readonly pollingSeconds: number,
  ) {}

  static async open(location: string, options: QueueOptions = {}): Promise<PgBossQueue> {
    const parsed = parseLocation(location);
    const schema = `${parsed.schema}_jobs`;
    const timeout = options.jobTimeoutSeconds ?? timeoutFromEnvironment();
    const boss = new PgBoss({
      connectionString: parsed.connectionString,
      schema,
      max: 3,
      application_name: 'dossier-jobs',
      supervise: options.supervise ?? false,
      schedule: false,
      // The supervisor looks for lost jobs this often; a lost job waits its timeout plus at most this.
      maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor((timeout ?? 60) / 2))),
    });
    const warn = (error: Error) => process.stderr.write(`warning: job queue: ${error.message}\n`);
    boss.on('error', warn);
    const queue = new PgBossQueue(boss, schema, timeout, options.pollingSeconds ?? 0.5);
    // Right after pg-boss's supervisor has failed the jobs that outlived their timeout (this process won
    // the maintenance turn), put back those it failed with retries left (see `retryRefused`).
    boss.on('maintenance', () => void queue.retryRefused().catch(warn));
    await boss.start();
    await queue.createQueues();
    return queue;
  }

  /**
   * Creates the queues once per database; an existing queue whose settings differ (a changed
   * `DOSSIER_JOB_TIMEOUT`, or a queue made by an older build with another policy or retry limit) is
   * updated, since pg-boss keeps a queue's first options otherwise.
   */
  private async createQueues(): Promise<void> {
    for (const [name, settings] of Object.entries(QUEUES) as Array<[JobName, (typeof QUEUES)[JobName]]>) {
      const options = {
        name,
        policy: settings.policy,
        retryLimit: settings.retryLimit,
        retryDelay: 1,
        expireInSeconds: this.timeoutSeconds(name),
      };
      const existing = await this.boss.getQueue(name);
      if (!existing) await this.boss.createQueue(name, options);
      else if (
        existing.policy !== options.policy ||
        existing.retryLimit !== options.retryLimit ||
        existing.retryDelay !== options.retryDelay ||
        existing.expireInSeconds !== options.expireInSeconds
      )
        await this.boss.updateQueue(name, options);
    }
  }

  /**
   * Puts back the jobs of "stately" queues that pg-boss failed though they had retries left, and returns
   * how many. pg-boss retries a job (timed out, or its handler threw) by re-inserting it in state `retry`
   * with ON CONFLICT DO NOTHING, and a stately queue allows one job per state: when another job of the
   * queue is already waiting in `retry` (its retry delay not yet over, so a newer job was taken first),
   * the re-insert conflicts and the job is failed instead, with its retry count untouched. Each such job
   * goes back to `retry`, or to `created`, whichever is free; with neither free two jobs already wait, and
   * it is put back at a later turn, once one of them has started.
   */
  async retryRefused(): Promise<number> {
    let revived = 0;
    for (;;) {
      const { rows } = (await this.sql(
        `SELECT id FROM ${this.schema}.job
          WHERE state = 'failed' AND policy = 'stately' AND retry_count < retry_limit
          ORDER BY created_on, id LIMIT 1`,
      )) as { rows: Array<{ id: string }> };
      const id = rows[0]?.id;
      if (id === undefined) return revived;
      let moved = false;
      for (const state of ['retry', 'created']) if (!moved) moved = await this.moveFailed(id, state);
      if (!moved) return revived;
      revived += 1;
    }
  }

  /** Moves a failed job to `state`, unless the queue's policy already has a job there (or it moved on). */
  private async moveFailed(id: string, state: string): Promise<boolean> {
    try {
      const { rowCount } = (await this.sql(
        `UPDATE ${this.schema}.job
            SET state = $2::${this.schema}.job_state, start_after = now(), completed_on = NULL
          WHERE id = $1 AND state = 'failed'`,
        [id, state],
      )) as { rowCount: number };
      return rowCount > 0;
    } catch (error) {
      if ((error as { code?: string }).code === '23505') return false; // unique_violation: the slot is taken
      throw error;
    }
  }

  private sql(text: string, values: unknown[] = []): Promise<unknown> {
    return this.boss.getDb().executeSql(text, values);
  }

  timeoutSeconds(name: JobName): number {
    return this.timeoutOverride ?? QUEUES[name].timeout;
  }

  async send<N extends JobName>(
    name: N,
    payloads: Array<JobPayloads[N]>,
    within?: SqlExecutor,
  ): Promise<void> {
    if (payloads.length === 0) return;
    const timeout = this.timeoutSeconds(name);
    if (QUEUES[name].policy === 'stately') {
      // One waiting link job covers any number of requests for one; pg-boss drops the extras.
      await this.boss.send(name, payloads[0]!, {
        expireInSeconds: timeout,
        retryLimit: QUEUES[name].retryLimit,
        retryDelay: 1,
        ...(within ? { db: within } : {}),
      });
      return;
    }
    await this.boss.insert(
      payloads.map((data) => ({
        name,
        data,
        priority: intakeOrder(data),
        expireInSeconds: timeout,
        retryLimit: QUEUES[name].retryLimit,
        retryDelay: 1,
      })),
      within ? { db: within } : {},
    );
  }

  async work<N extends JobName>(name: N, handler: (payload: JobPayloads[N]) => Promise<void>): Promise<void> {
    await this.boss.work<JobPayloads[N]>(
      name,
      { batchSize: 1, pollingIntervalSeconds: this.pollingSeconds },
      async ([job]) => {
        if (job) await handler(job.data);
      },
    );
  }

  async counts(): Promise<Record<JobName, JobCounts>> {
    const { rows } = (await this.boss.getDb().executeSql(
      // A job failed with retries left is put back at the next maintenance (`retryRefused`): still queued.
      `SELECT name, CASE WHEN state = 'failed' AND policy = 'stately' AND retry_count < retry_limit
                           THEN 'retry' ELSE state::text END AS state, COUNT(*)::int AS n
           FROM ${this.schema}.job GROUP BY 1, 2`,
      [],
    )) as { rows: Array<{ name: string; state: string; n: number }> };
    const counts = Object.fromEntries(
      (Object.keys(QUEUES) as JobName[]).map((name) => [
        name,
        { queued: 0, active: 0, failed: 0, completed: 0 },
      ]),
    ) as Record<JobName, JobCounts>;
    for (const row of rows) {
      const count = counts[row.name as JobName];
      if (!count) continue;
      if (row.state === 'created' || row.state === 'retry') count.queued += row.n;
      else if (row.state === 'active') count.active += row.n;
      else if (row.state === 'failed') count.failed += row.n;
      else if (row.state === 'completed') count.completed += row.n;
    }
    return counts;
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 60_000 });
  }
}

/**
 * A fetch or read job's place in the queue: its first intake row's, earlier rows first. pg-boss takes the
 * highest priority first, then the oldest, then by id, and jobs sent at once are equally old with random
 * ids: taken in random order, the row at the intake's head was often fetched and read last, and the linker,
 * which stores rows in intake order, waited for it with every other row read (12 s of a 145 s run here).
 */
function intakeOrder(data: JobPayloads[JobName]): number {
  const seqs = 'seqs' in data ? data.seqs : [];
  return seqs.length > 0 ? -Math.min(Math.min(...seqs), MAX_PRIORITY) : 0;
}
/** pg-boss keeps priorities as PostgreSQL integers. */
const MAX_PRIORITY = 2 ** 31 - 1;

function timeoutFromEnvironment(): number | null {
  const raw = process.env.DOSSIER_JOB_TIMEOUT;
  if (raw === undefined || raw === '') return null;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 1) {
    throw new UsageError(`DOSSIER_JOB_TIMEOUT must be a whole number of seconds, not "${raw}"`);
  }
  return seconds;
}
