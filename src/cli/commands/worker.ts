import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import type { IntakeBatch, JobName } from '../../core/ports.js';
import { batchReport, batchStatus } from '../../service/intake.js';
import { openQueue, openStore } from '../../service/open-store.js';
import { Worker } from '../../service/worker.js';
import { isSharedStore } from '../../store/store.js';
import type { SharedStore } from '../../store/store.js';
import { positiveInt, parseOption } from '../options.js';
import { printJson, withStore } from '../run.js';

const JOB_NAMES: JobName[] = ['fetch', 'read', 'link', 'connect'];

export function registerWorkerCommands(program: Command): void {
  program
    .command('worker')
    .description("take jobs (fetch, read, link, connect) from a postgres:// store's queue until stopped")
    .option('--jobs <kinds>', 'which kinds of job to take, comma-separated', JOB_NAMES.join(','))
    .option('--verbose', 'log every job as a JSON line on stderr')
    .option('--trace', "log the timed parts of the work (reads, the write lock's waits and holds) on stderr")
    .addHelpText(
      'after',
      `
Run as many as you like, on as many machines as reach the database; each takes one job at a time.
A worker stopped with SIGINT or SIGTERM finishes its job first; one killed outright loses nothing: its
job is taken again once DOSSIER_JOB_TIMEOUT seconds have passed (default: 300 for read, link and connect,
600 for fetch).

Examples:
  dossier worker --db postgres://dossier@db.example:5432/news
  DOSSIER_DB=postgres://db.example/news dossier worker --jobs fetch,read`,
    )
    .action(async (opts: Record<string, unknown>, command: Command) => {
      const kinds = String(opts.jobs)
        .split(',')
        .map((k) => k.trim());
      for (const kind of kinds) {
        if (!(JOB_NAMES as string[]).includes(kind)) {
          throw new UsageError(`--jobs "${kind}": must be among ${JOB_NAMES.join(', ')}`);
        }
      }
      const { db } = command.optsWithGlobals() as { db?: string };
      const store = await openStore(db);
      try {
        if (!isSharedStore(store))
          throw new UsageError('dossier worker needs a postgres:// store (--db or DOSSIER_DB)');
        const queue = await openQueue(store, { supervise: true });
        const log = (name: JobName, detail: string) =>
          process.stderr.write(
            `${JSON.stringify({ time: new Date().toISOString(), level: 'info', job: name, detail })}\n`,
          );
        const trace = (span: object) =>
          process.stderr.write(`${JSON.stringify({ pid: process.pid, ...span })}\n`);
        const worker = new Worker(store, queue, {
          ...(opts.verbose ? { onJob: log } : {}),
          ...(opts.trace ? { onSpan: trace } : {}),
        });
        await worker.start(kinds as JobName[]);
        process.stderr.write(`worker ${process.pid}: taking ${kinds.join(', ')} jobs; stop with Ctrl-C\n`);
        await signalled();
        worker.stop();
        await queue.stop();
        if (opts.trace) {
          const cpu = process.cpuUsage();
          trace({
            part: 'process',
            cpuMs: (cpu.user + cpu.system) / 1000,
            uptimeMs: process.uptime() * 1000,
          });
        }
      } finally {
        await store.close();
      }
    });

  program
    .command('jobs')
    .description("the workers' progress: jobs per queue and the latest batches of a postgres:// store")
    .option('--batch <id>', 'one batch, with its report')
    .option('--limit <n>', 'how many batches to list', '10')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExamples:\n  dossier jobs\n  dossier jobs --batch 3f0c9a2e-… --json')
    .action(async (opts: Record<string, unknown>, command: Command) => {
      const limit = parseOption(positiveInt, '--limit', opts.limit);
      await withStore(command, async (store) => {
        if (!isSharedStore(store))
          throw new UsageError('dossier jobs needs a postgres:// store (--db or DOSSIER_DB)');
        if (typeof opts.batch === 'string') return showBatch(store, opts.batch, Boolean(opts.json));
        const queue = await openQueue(store, { supervise: false });
        try {
          const counts = await queue.counts();
          const batches = await store.listBatches(limit);
          if (opts.json) return printJson({ queues: counts, batches: batches.map(batchSummary) });
          for (const name of JOB_NAMES) {
            const c = counts[name];
            process.stdout.write(
              `${name.padEnd(7)}  ${c.queued} queued, ${c.active} active, ${c.failed} failed, ${c.completed} completed\n`,
            );
          }
          for (const batch of batches) process.stdout.write(`${batchLine(batch)}\n`);
        } finally {
          await queue.stop();
        }
      });
    });
}

async function showBatch(store: SharedStore, id: string, json: boolean): Promise<void> {
  const batch = await store.getBatch(id);
  if (!batch) throw new UsageError(`no batch ${id}; dossier jobs lists the latest`);
  if (json) return printJson({ ...batchSummary(batch), failures: batch.failures });
  process.stdout.write(`${batchLine(batch)}\n`);
  const report = batchReport(batch);
  for (const error of report.failed) process.stdout.write(`  failed: ${error.message}\n`);
  for (const failure of report.readingFailed)
    process.stdout.write(`  reading failed: ${failure.id}: ${failure.reason}\n`);
}

function batchSummary(batch: IntakeBatch) {
  return {
    id: batch.id,
    createdAt: batch.createdAt,
    status: batchStatus(batch),
    total: batch.total,
    states: batch.states,
    outcomes: batch.outcomes,
  };
}

function batchLine(batch: IntakeBatch): string {
  const { states, outcomes } = batch;
  const total = batch.total ?? '?';
  return (
    `${batch.id}  ${batch.createdAt}  ${batchStatus(batch).padEnd(7)}  ${states.done}/${total} inputs done ` +
    `(${states.queued} queued, ${states.fetched} prepared, ${states.read} read, ${states.linked} linked)  ` +
    `${outcomes.added} added, ${outcomes.revised} revised, ${outcomes.updated} updated, ` +
    `${outcomes.unchanged} unchanged, ${outcomes.failed} failed`
  );
}

/** Resolves on the first SIGINT or SIGTERM, so the worker can finish its job and leave. */
function signalled(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
