import type { Command } from 'commander';
import { countInputsHint } from '../../ingest/sources.js';
import { ingest } from '../../service/ingest.js';
import type { IngestItem, IngestReport } from '../../service/ingest.js';
import { batchReport, enqueueIngest, waitForBatch } from '../../service/intake.js';
import { openQueue } from '../../service/open-store.js';
import { Worker } from '../../service/worker.js';
import { isSharedStore } from '../../store/store.js';
import type { SharedStore } from '../../store/store.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_CONTAINER_BYTES } from '../../ingest/limits.js';
import { DEFAULT_READING_LIMITS, type ReadingLimits } from '../../pipeline/reading.js';
import { byteCap, dateOption, optional, positiveInt } from '../options.js';
import { startProgress } from '../progress.js';
import { withStore } from '../run.js';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'read articles from files, folders, JSONL manifests, feeds, URLs or stdin, and store each once',
    )
    .argument('<inputs...>', 'paths, folders, http(s) URLs, feeds, or - for stdin')
    .option(
      '--published <date>',
      'publication date for every article of this run (2025-05-21, 2025-05-21T04:00:00-04:00, "Wed, 21 May 2025 04:00:00 EDT", "May 21, 2025", Unix seconds)',
    )
    .option('--allow-private', 'allow fetching from private, loopback and link-local addresses')
    .option('--max-bytes <n>', 'largest article accepted, in bytes, decompressed', String(DEFAULT_MAX_BYTES))
    .option(
      '--max-container-bytes <n>',
      'largest manifest, feed or stdin accepted, in bytes, decompressed',
      String(DEFAULT_MAX_CONTAINER_BYTES),
    )
    .option(
      '--max-read-chars <n>',
      'characters of each article read (the rest is stored, not read)',
      String(DEFAULT_READING_LIMITS.maxChars),
    )
    .option(
      '--max-read-sentences <n>',
      'sentences of each article read',
      String(DEFAULT_READING_LIMITS.maxSentences),
    )
    .option(
      '--max-read-tokens <n>',
      'tokens (words and marks) of one article read; past them the article is stored unread, with the reason',
      String(DEFAULT_READING_LIMITS.maxTokens),
    )
    .option('--json', 'print the report as JSON')
    .option('--verbose', 'log every input as a JSON line on stderr')
    .option(
      '--detach',
      'with a postgres:// store: only queue the inputs for the workers and print the batch id',
    )
    .addHelpText(
      'after',
      `
With a postgres:// store the inputs are queued for workers (dossier worker): files, folders and stdin
are read here, pages and feeds fetched by a worker. This process works too until its batch is done,
unless --detach.

Examples:
  dossier ingest examples/
  dossier ingest ../shared/seeds-manifest.jsonl
  dossier ingest https://example.org/feed.xml
  cat article.html | dossier ingest - --published 2025-03-12
  dossier --db postgres://db.example/dossier ingest --detach feeds.txt`,
    )
    .action(async (inputs: string[], opts: Record<string, unknown>, command: Command) => {
      const published = optional(dateOption, '--published', opts.published);
      const maxBytes = optional(byteCap, '--max-bytes', opts.maxBytes) ?? DEFAULT_MAX_BYTES;
      const maxContainerBytes =
        optional(byteCap, '--max-container-bytes', opts.maxContainerBytes) ?? DEFAULT_MAX_CONTAINER_BYTES;
      const reading: ReadingLimits = {
        maxChars:
          optional(positiveInt, '--max-read-chars', opts.maxReadChars) ?? DEFAULT_READING_LIMITS.maxChars,
        maxSentences:
          optional(positiveInt, '--max-read-sentences', opts.maxReadSentences) ??
          DEFAULT_READING_LIMITS.maxSentences,
        maxTokens:
          optional(positiveInt, '--max-read-tokens', opts.maxReadTokens) ?? DEFAULT_READING_LIMITS.maxTokens,
      };
      await withStore(command, async (store) => {
        const progress = startProgress(await countInputsHint(inputs));
        const sources = { allowPrivate: Boolean(opts.allowPrivate), maxBytes, maxContainerBytes };
        let report: IngestReport | null;
        try {
          report = isSharedStore(store)
            ? await ingestShared(
                store,
                inputs,
                { published, ...sources },
                Boolean(opts.detach),
                progress.tick,
              )
            : await ingest(store, inputs, {
                published,
                reading,
                sources,
                onItem: (item) => {
                  progress.tick(item.source);
                  if (opts.verbose) process.stderr.write(`${JSON.stringify(logLine(item))}\n`);
                },
              });
        } finally {
          progress.stop();
        }
        if (report) printReport(report, Boolean(opts.json));
      });
    });
}

function printReport(report: IngestReport, json: boolean): void {
  for (const warning of report.warnings ?? []) process.stderr.write(`warning: ${warning}\n`);
  for (const error of report.failed) process.stderr.write(`error: ${error.message}\n`);
  for (const failure of report.readingFailed) {
    process.stderr.write(`error: article ${failure.id}: stored, but reading failed: ${failure.reason}\n`);
  }
  const summary = {
    added: report.added,
    revised: report.revised,
    updated: report.updated,
    unchanged: report.unchanged,
    failed: report.failed.length,
  };
  if (json) {
    const failures = report.failed.map((e) => ({ input: e.input, problem: e.problem, reason: e.reason }));
    process.stdout.write(`${JSON.stringify({ ...summary, failures })}\n`);
  } else {
    process.stdout.write(
      `ingested: ${summary.added} added, ${summary.revised} revised, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed\n`,
    );
  }
  if (report.failed.length > 0 || report.readingFailed.length > 0) process.exitCode = 1;
}

/**
 * A shared store's ingest: the inputs are queued as one batch; unless detached, this process then works
 * as one more worker until the batch is done, and reports it as a single process would. Null when detached.
 */
async function ingestShared(
  store: SharedStore,
  inputs: string[],
  batch: { published: string | undefined; allowPrivate: boolean; maxBytes: number },
  detach: boolean,
  tick: (label: string) => void,
): Promise<IngestReport | null> {
  const queue = await openQueue(store, { supervise: !detach });
  try {
    const batchId = await enqueueIngest(store, queue, inputs, { batch });
    if (detach) {
      process.stdout.write(`queued: batch ${batchId}; follow it with: dossier jobs --batch ${batchId}\n`);
      return null;
    }
    const worker = new Worker(store, queue);
    await worker.start();
    let shown = 0;
    try {
      const done = await waitForBatch(store, batchId, (count) => {
        for (; shown < count; shown++) tick(`batch ${batchId.slice(0, 8)}`);
      });
      return batchReport(done);
    } finally {
      worker.stop();
    }
  } finally {
    await queue.stop();
  }
}

function logLine(item: IngestItem) {
  const time = new Date().toISOString();
  return item.outcome === 'failed'
    ? {
        time,
        level: 'warn',
        source: item.source,
        outcome: 'failed',
        problem: item.error.problem,
        reason: item.error.reason,
      }
    : {
        time,
        level: 'info',
        source: item.source,
        outcome: item.outcome,
        id: item.id,
        revision: item.revision,
      };
}
