import type { Command } from 'commander';
import { countInputsHint } from '../../ingest/sources.js';
import { ingest } from '../../service/ingest.js';
import type { IngestItem } from '../../service/ingest.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_CONTAINER_BYTES } from '../../ingest/limits.js';
import { DEFAULT_READING_LIMITS, type ReadingLimits } from '../../pipeline/reading.js';
import { byteCap, isoDateOption, nonNegativeInt, optional, positiveInt } from '../options.js';
import { startProgress } from '../progress.js';
import { withStore } from '../run.js';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'read articles from files, folders, JSONL manifests, feeds, URLs or stdin, and store each once',
    )
    .argument('<inputs...>', 'paths, folders, http(s) URLs, feeds, or - for stdin')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for every article of this run')
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
      '--read-budget-ms <n>',
      'time allowed to read one article; past it the article is stored unread, with the reason',
      String(DEFAULT_READING_LIMITS.budgetMs),
    )
    .option('--json', 'print the report as JSON')
    .option('--verbose', 'log every input as a JSON line on stderr')
    .addHelpText(
      'after',
      `
Examples:
  dossier ingest examples/
  dossier ingest ../shared/seeds-manifest.jsonl
  dossier ingest https://example.org/feed.xml
  cat article.html | dossier ingest - --published 2025-03-12`,
    )
    .action(async (inputs: string[], opts: Record<string, unknown>, command: Command) => {
      const published = optional(isoDateOption, '--published', opts.published);
      const maxBytes = optional(byteCap, '--max-bytes', opts.maxBytes) ?? DEFAULT_MAX_BYTES;
      const maxContainerBytes =
        optional(byteCap, '--max-container-bytes', opts.maxContainerBytes) ?? DEFAULT_MAX_CONTAINER_BYTES;
      const reading: ReadingLimits = {
        maxChars:
          optional(positiveInt, '--max-read-chars', opts.maxReadChars) ?? DEFAULT_READING_LIMITS.maxChars,
        maxSentences:
          optional(positiveInt, '--max-read-sentences', opts.maxReadSentences) ??
          DEFAULT_READING_LIMITS.maxSentences,
        budgetMs:
          optional(nonNegativeInt, '--read-budget-ms', opts.readBudgetMs) ?? DEFAULT_READING_LIMITS.budgetMs,
      };
      await withStore(command, async (store) => {
        const progress = startProgress(await countInputsHint(inputs));
        const report = await ingest(store, inputs, {
          published,
          reading,
          sources: { allowPrivate: Boolean(opts.allowPrivate), maxBytes, maxContainerBytes },
          onItem: (item) => {
            progress.tick(item.source);
            if (opts.verbose) process.stderr.write(`${JSON.stringify(logLine(item))}\n`);
          },
        }).finally(() => progress.stop());
        for (const error of report.failed) process.stderr.write(`error: ${error.message}\n`);
        for (const failure of report.readingFailed) {
          process.stderr.write(
            `error: article ${failure.id}: stored, but reading failed: ${failure.reason}\n`,
          );
        }
        const summary = {
          added: report.added,
          revised: report.revised,
          updated: report.updated,
          unchanged: report.unchanged,
          failed: report.failed.length,
        };
        if (opts.json) {
          const failures = report.failed.map((e) => ({
            input: e.input,
            problem: e.problem,
            reason: e.reason,
          }));
          process.stdout.write(`${JSON.stringify({ ...summary, failures })}\n`);
        } else {
          process.stdout.write(
            `ingested: ${summary.added} added, ${summary.revised} revised, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed\n`,
          );
        }
        if (report.failed.length > 0 || report.readingFailed.length > 0) process.exitCode = 1;
      });
    });
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
