import type { Command } from 'commander';
import { z } from 'zod';
import { InputError } from '../../core/errors.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/limits.js';
import type { RawDocument } from '../../core/types.js';
import { readSources } from '../../ingest/sources.js';
import { extractArticle, isoDate } from '../../pipeline/prepare-article.js';
import { analyzeText } from '../../pipeline/reading.js';
import { recleanAll } from '../../service/furniture.js';
import { linkUnlinked } from '../../service/link.js';
import { readUnread } from '../../service/read.js';
import { mapJsonLines } from '../json-lines.js';
import { isoDateOption, optional } from '../options.js';
import { startProgress } from '../progress.js';
import { printJson, withStore } from '../run.js';

const analyzeLine = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  published: z.string().optional(),
});

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('read one text (sentences, entities, dates) and print the analysis, without storing it')
    .argument('[input]', 'a file, a URL, or - for stdin')
    .option('--published <date>', 'publication date (YYYY-MM-DD) that relative dates are resolved against')
    .option('--no-clean', 'analyse the input exactly as given (offsets then index the input itself)')
    .option('--json', 'print JSON (the default; kept for symmetry with other commands)')
    .option('--jsonl', 'read {id, text, published?} lines on stdin, write one analysis per line')
    .option('--allow-private', 'allow fetching from private, loopback and link-local addresses')
    .addHelpText(
      'after',
      '\nExamples:\n  dossier analyze article.txt --published 2025-12-03 --json\n  cat docs.jsonl | dossier analyze --jsonl --no-clean',
    )
    .action(async (input: string | undefined, opts: Record<string, unknown>) => {
      const published = optional(isoDateOption, '--published', opts.published);
      const clean = opts.clean !== false;
      if (opts.jsonl) return analyzeLines(clean);
      if (!input) throw new InputError('(none)', 'unreadable', 'give a file, a URL or - (or --jsonl)');
      for await (const item of readSources([input], {
        allowPrivate: Boolean(opts.allowPrivate),
        maxBytes: DEFAULT_MAX_BYTES,
      })) {
        if (!item.ok) throw item.error;
        printJson(analyzeDocument(item.doc, clean, published));
      }
    });

  program
    .command('reprocess')
    .description(
      'clean stored articles of page furniture learned since and of inline photo captions, then read again those the current pipeline has not read (or --all)',
    )
    .option('--all', 'read every article again, even those already read by this pipeline')
    .option('--json', 'print the report as JSON')
    .addHelpText('after', '\nExample:\n  dossier reprocess --all')
    .action(async (opts: Record<string, unknown>, command: Command) => {
      await withStore(command, async (store) => {
        const cleaned = await recleanAll(store);
        if (cleaned > 0 && !opts.json)
          process.stdout.write(
            `cleaned ${cleaned} articles of furniture or captions found since they were stored\n`,
          );
        const progress = startProgress(opts.all ? await store.countArticles() : null);
        const report = await readUnread(store, {
          everything: Boolean(opts.all),
          onItem: (article) => progress.tick(article.id),
        }).finally(() => progress.stop());
        for (const failure of report.failed) {
          process.stderr.write(`error: article ${failure.id}: reading failed: ${failure.reason}\n`);
        }
        await linkUnlinked(store);
        if (opts.json) printJson({ ...report, cleaned });
        else process.stdout.write(`read ${report.read} articles, ${report.failed.length} failed\n`);
        if (report.failed.length > 0) process.exitCode = 1;
      });
    });
}

function analyzeDocument(doc: RawDocument, clean: boolean, published: string | undefined) {
  if (!clean) return analyzeText(doc.body, published ?? null);
  const article = extractArticle(doc, { published });
  return analyzeText(article.text, article.published);
}

/** `--jsonl`: one analysis record per input line. */
function analyzeLines(clean: boolean): Promise<void> {
  return mapJsonLines(analyzeLine, ({ text, published }, source) => {
    const date = published === undefined ? undefined : (isoDate(published) ?? undefined);
    const doc: RawDocument = { source, url: null, kind: 'text', body: text, hints: {} };
    return analyzeDocument(doc, clean, date);
  });
}
