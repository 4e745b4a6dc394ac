import type { Command } from 'commander';
import { countInputsHint } from '../../ingest/sources.js';
import { ingest } from '../../service/ingest.js';
import type { IngestItem } from '../../service/ingest.js';
import { isoDateOption, optional, positiveInt } from '../options.js';
import { startProgress } from '../progress.js';
import { withStore } from '../run.js';

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'read articles from files, folders, JSONL manifests, feeds, URLs or stdin, and store each once',
    )
    .argument('<inputs...>', 'paths, folders, http(s) URLs, feeds, or - for stdin')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for every article of this run')
    .option('--allow-private', 'allow fetching from private, loopback and link-local addresses')
    .option('--max-bytes <n>', 'largest input accepted, in bytes', String(DEFAULT_MAX_BYTES))
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
      const maxBytes = optional(positiveInt, '--max-bytes', opts.maxBytes) ?? DEFAULT_MAX_BYTES;
      await withStore(command, async (store) => {
        const progress = startProgress(await countInputsHint(inputs));
        const report = await ingest(store, inputs, {
          published,
          sources: { allowPrivate: Boolean(opts.allowPrivate), maxBytes },
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
