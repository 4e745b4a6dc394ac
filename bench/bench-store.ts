/**
 * What storing costs as the store grows, on the real store path (a SQLite file, a PostgreSQL schema), and
 * how ingest scales with workers.
 *
 * Adding one article: on a generated store of N (see `generate-store.ts`), 20 new articles are ingested one
 * at a time, each through the whole path (prepare, read, save, link, and the catch-up that looks for
 * anything left unread or unlinked), each timed alone. On PostgreSQL the workers' path is timed too: the
 * article queued, then prepared, read, stored and linked by the same functions a worker's jobs run (called
 * in turn here, so the queue's polling is not what is measured). Goal: flat within 2× from 1k to 1M.
 *
 * Ingest with workers: the first BBC files ingested with reading and linking by one worker and by two, into
 * a fresh store. SQLite's "workers" are `dossier ingest` processes given half of the files each; on
 * PostgreSQL the files are queued (`ingest --detach`) and `dossier worker` processes do the work. Goal:
 * two workers at least 1.7× one.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { READING_PIPELINE } from '../src/pipeline/reading.js';
import { ingest } from '../src/service/ingest.js';
import { enqueueIngest } from '../src/service/intake.js';
import { openQueue, openStore } from '../src/service/open-store.js';
import { Worker } from '../src/service/worker.js';
import { isSharedStore } from '../src/store/store.js';
import {
  BENCH_DATABASE,
  benchLocation,
  generatedArticle,
  generatedStore,
  loadBases,
} from './generate-store.js';
import type { StoreKind } from './generate-store.js';
import { ROOT, bbcFiles } from './run-phase.js';

const ADDED = 20;
/** `DOSSIER_BENCH_CLI` runs the workers phase with another build's CLI, to alternate two builds. */
const CLI = process.env.DOSSIER_BENCH_CLI || path.join(ROOT, 'dist', 'src', 'cli', 'main.js');
const SOURCES = { allowPrivate: false, maxBytes: 20 << 20 };

export interface AddOneCost {
  store: StoreKind;
  path: 'ingest' | 'workers';
  size: number;
  /** Articles in the store when measured. */
  articles: number;
  msMean: number;
  msMedian: number;
  msMax: number;
  /**
   * This process's CPU time per addition (on PostgreSQL the server's is not in it): on a shared machine
   * the wall times above measure the wait for a core as much as the work.
   */
  cpuMsMean: number;
  cpuMsMedian: number;
  /** This process's resident memory after the additions, and its peak. */
  rssMb: number;
  peakRssMb: number;
  generateSeconds: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const cpuMsSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

/** The cost of adding one article to the generated store of `size`, on both paths the store has. */
export async function benchAddOne(kind: StoreKind, size: number): Promise<AddOneCost[]> {
  const generated = await generatedStore(kind, size);
  const bases = await loadBases();
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-add-one-'));
  // Articles no store holds yet: a seed of this run's own shifts the whole generated sequence. Two builds
  // compared on copies of one store are given the same articles by setting it (`DOSSIER_BENCH_SEED`).
  const seed = Number(process.env.DOSSIER_BENCH_SEED ?? Date.now() % 1_000_000_007);
  let made = 0;
  const nextFile = () => {
    const article = generatedArticle(size + made, bases, seed);
    const file = path.join(dir, `added-${made++}.jsonl`);
    const { title, text, published, outlet } = article;
    writeFileSync(file, `${JSON.stringify({ title, text, published, outlet })}\n`);
    return file;
  };
  const store = await openStore(generated.location);
  const costs: AddOneCost[] = [];
  try {
    const timings: number[] = [];
    const cpuTimings: number[] = [];
    let repeats = 0;
    while (timings.length < ADDED) {
      const file = nextFile();
      const started = performance.now();
      const cpu = process.cpuUsage();
      const report = await ingest(store, [file], { sources: SOURCES });
      const ms = performance.now() - started;
      const cpuMs = cpuMsSince(cpu);
      // A short base text has few words to vary: in a large store its copy may be a text already stored,
      // which is kept once and is not an article added; it is not timed, and the next one is.
      if (report.unchanged === 1 && report.added === 0 && repeats++ < ADDED) continue;
      if (report.added !== 1)
        throw new Error(`add-one: expected one article added, got ${JSON.stringify(report)}`);
      timings.push(ms);
      cpuTimings.push(cpuMs);
    }
    costs.push(
      cost(kind, 'ingest', size, await store.countArticles(), timings, cpuTimings, generated.seconds),
    );
    if (isSharedStore(store)) {
      const queue = await openQueue(store, { supervise: false });
      const worker = new Worker(store, queue);
      const viaWorkers: number[] = [];
      const cpuViaWorkers: number[] = [];
      try {
        let repeatsViaWorkers = 0;
        while (viaWorkers.length < ADDED) {
          const file = nextFile();
          const started = performance.now();
          const cpu = process.cpuUsage();
          const batch = await enqueueIngest(store, queue, [file], { batch: SOURCES });
          const seqs = (await store.nextIntake(100))
            .filter((item) => item.batchId === batch)
            .map((i) => i.seq);
          await worker.fetch({ seqs });
          await worker.read({ seqs });
          await worker.link();
          // Linking leaves the row `linked`; its connected records are made by the connect stage.
          await worker.connect();
          const ms = performance.now() - started;
          const cpuMs = cpuMsSince(cpu);
          const done = await store.getBatch(batch);
          // As above: a copy that is a text already stored is not timed.
          if (done?.outcomes.unchanged === 1 && !done.outcomes.added && repeatsViaWorkers++ < ADDED) continue;
          if (done?.outcomes.added !== 1) throw new Error(`add-one via workers: ${JSON.stringify(done)}`);
          viaWorkers.push(ms);
          cpuViaWorkers.push(cpuMs);
        }
      } finally {
        await queue.stop();
      }
      costs.push(
        cost(
          kind,
          'workers',
          size,
          await store.countArticles(),
          viaWorkers,
          cpuViaWorkers,
          generated.seconds,
        ),
      );
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return costs;
}

function cost(
  kind: StoreKind,
  path: AddOneCost['path'],
  size: number,
  articles: number,
  timings: number[],
  cpuTimings: number[],
  generateSeconds: number,
): AddOneCost {
  const usage = process.memoryUsage();
  return {
    store: kind,
    path,
    size,
    articles,
    msMean: timings.reduce((sum, ms) => sum + ms, 0) / timings.length,
    msMedian: median(timings),
    msMax: Math.max(...timings),
    cpuMsMean: cpuTimings.reduce((sum, ms) => sum + ms, 0) / cpuTimings.length,
    cpuMsMedian: median(cpuTimings),
    rssMb: Math.round(usage.rss / 2 ** 20),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    generateSeconds,
  };
}

export interface WorkerThroughput {
  store: StoreKind;
  workers: number;
  articles: number;
  /** Seconds from the workers' start until everything is stored; queueing the files is not included. */
  seconds: number;
  perSecond: number;
  /** PostgreSQL: seconds `dossier ingest --detach` took to queue the files. */
  enqueueSeconds: number | null;
  /**
   * PostgreSQL: each worker process's CPU seconds (start included), and the server's for the bench's
   * database (its backends, sampled as the run goes): on a shared machine the wall time measures the wait
   * for a core as much as the work, and two workers' ratio is bound by the CPU the run needs.
   */
  workerCpuSeconds?: number[];
  serverCpuSeconds?: Record<string, number>;
  error: string | null;
}

function runCli(
  db: string,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, '--db', db, ...args], {
      cwd: ROOT,
      env: { ...process.env, DOSSIER_DB: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** SQLite: `workers` ingest processes, each given its share of the files, on one fresh file. */
async function sqliteThroughput(files: string[], workers: number): Promise<WorkerThroughput> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-bench-workers-'));
  const db = path.join(dir, 'bench.db');
  try {
    // The schema is made first, so the processes do not race to create it.
    await (await openStore(db)).close();
    const shares = Array.from({ length: workers }, (_, w) => files.filter((_, i) => i % workers === w));
    const started = performance.now();
    const results = await Promise.all(shares.map((share) => runCli(db, ['ingest', ...share])));
    const seconds = (performance.now() - started) / 1000;
    const failed = results.find((r) => r.code !== 0);
    return {
      store: 'sqlite',
      workers,
      articles: files.length,
      seconds,
      perSecond: files.length / seconds,
      enqueueSeconds: null,
      error: failed ? failed.stderr.trim().split('\n').slice(-1)[0]!.slice(0, 200) : null,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** PostgreSQL: the files queued, then `workers` worker processes until the batch is done. */
async function postgresThroughput(files: string[], workers: number): Promise<WorkerThroughput> {
  const schema = `dossier_bench_workers_${process.pid}_${workers}`;
  const location = benchLocation(schema);
  try {
    const queuedAt = performance.now();
    const queued = await runCli(location, ['ingest', '--detach', ...files]);
    const enqueueSeconds = (performance.now() - queuedAt) / 1000;
    const batch = /batch ([0-9a-f-]{36})/.exec(queued.stdout)?.[1];
    if (!batch) throw new Error(`ingest --detach: ${queued.stderr}`);
    // `DOSSIER_BENCH_TRACE=<dir>`: each worker's timed parts (`dossier worker --trace`) kept there.
    const traceDir = process.env.DOSSIER_BENCH_TRACE;
    const started = performance.now();
    const children = Array.from({ length: workers }, (_, w) =>
      spawn(process.execPath, [CLI, '--db', location, 'worker', ...(traceDir ? ['--trace'] : [])], {
        cwd: ROOT,
        stdio: traceDir
          ? ['ignore', 'ignore', openSync(path.join(traceDir, `workers-${workers}-${w}.jsonl`), 'w')]
          : 'ignore',
        env: { ...process.env, DOSSIER_DB: '' },
        // Each worker in a session of its own, as a worker started as a service (or on its own machine)
        // is. With the kernel's autogroups, processes of one session share one share of the CPU, so two
        // workers spawned by one parent would take turns on it (docs/architecture.md, workers-28);
        // `DOSSIER_BENCH_SESSIONS=0` keeps them in the bench's session, as runs before 2026-12-07 did.
        detached: process.env.DOSSIER_BENCH_SESSIONS !== '0',
      }),
    );
    // Asked on one connection, left out of the server's CPU: one count of the batch's rows not done.
    const server = new Map<number, { application: string; seconds: number }>();
    const admin = new pg.Client({ connectionString: BENCH_DATABASE });
    await admin.connect();
    try {
      for (;;) {
        const { rows } = await admin.query<{ left: number }>(
          `SELECT COUNT(*)::int AS left FROM ${schema}.intake WHERE batch_id = $1 AND state <> 'done'`,
          [batch],
        );
        if (rows[0]!.left === 0) break;
        await sampleBackends(admin, server);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await admin.end();
    }
    const seconds = (performance.now() - started) / 1000;
    const workerCpuSeconds = children.map((child) => processCpuSeconds(child.pid!) ?? Number.NaN);
    await Promise.all(
      children.map((child) => {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        return exited;
      }),
    );
    return {
      store: 'postgres',
      workers,
      articles: files.length,
      seconds,
      perSecond: files.length / seconds,
      enqueueSeconds,
      workerCpuSeconds,
      serverCpuSeconds: Object.fromEntries(
        [...new Set([...server.values()].map((s) => s.application))].map((application) => [
          application || 'bench',
          Number(
            [...server.values()]
              .filter((s) => s.application === application)
              .reduce((sum, s) => sum + s.seconds, 0)
              .toFixed(2),
          ),
        ]),
      ),
      error: null,
    };
  } finally {
    const admin = new pg.Client({ connectionString: BENCH_DATABASE });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.query(`DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`);
    await admin.end();
  }
}

/** A process's CPU seconds so far (user and system, from `/proc`), or null when it is gone. */
function processCpuSeconds(pid: number): number | null {
  try {
    // The fields after the command's closing parenthesis; utime and stime are the 12th and 13th of them.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
const CLOCK_TICKS = 100;

/**
 * The CPU seconds of each server process serving the bench's database, the latest seen kept per process
 * with its application (the store's pools, `dossier`; pg-boss's, `dossier-jobs`; the bench's own poll).
 */
async function sampleBackends(
  admin: pg.Client,
  seen: Map<number, { application: string; seconds: number }>,
): Promise<void> {
  const { rows } = await admin.query<{ pid: number; application_name: string }>(
    `SELECT pid, application_name FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );
  for (const { pid, application_name: application } of rows) {
    const seconds = processCpuSeconds(pid);
    if (seconds !== null) seen.set(pid, { application, seconds });
  }
}

/** Ingest with reading and linking of the first `count` BBC files, by 1 and 2 workers, on both stores. */
export async function benchWorkers(count: number): Promise<WorkerThroughput[]> {
  const files = bbcFiles().slice(0, count);
  process.stderr.write(`workers bench: ${files.length} files, reading pipeline ${READING_PIPELINE}\n`);
  // `DOSSIER_BENCH_STORES` (as the API phase reads it) keeps one store's rounds, to alternate builds on it.
  const kinds = (process.env.DOSSIER_BENCH_STORES || 'sqlite,postgres').split(',');
  const rows: WorkerThroughput[] = [];
  if (kinds.includes('sqlite'))
    for (const workers of [1, 2]) rows.push(await sqliteThroughput(files, workers));
  if (kinds.includes('postgres'))
    for (const workers of [1, 2]) rows.push(await postgresThroughput(files, workers));
  return rows;
}
