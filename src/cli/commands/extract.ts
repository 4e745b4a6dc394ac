import type { Command } from 'commander';
import { z } from 'zod';
import { InputError } from '../../core/errors.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/limits.js';
import type { ExtractedArticle, RawDocument } from '../../core/types.js';
import { readSources } from '../../ingest/sources.js';
import { extractArticle } from '../../pipeline/prepare-article.js';
import { mapJsonLines } from '../json-lines.js';
import { dateOption, optional } from '../options.js';
import { printJson } from '../run.js';

const extractLine = z
  .object({
    id: z.union([z.string(), z.number()]),
    html: z.string().optional(),
    text: z.string().optional(),
    url: z.string().optional(),
  })
  .refine((line) => line.html !== undefined || line.text !== undefined, { message: 'needs html or text' });

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract and clean one page without storing it')
    .argument('[input]', 'a file, a URL, or - for stdin')
    .option('--json', 'print {title, text, published, outlet, author, lang, removed} as JSON')
    .option('--jsonl', 'read {id, html|text, url?} lines on stdin, write one result per line')
    .option('--published <date>', 'publication date (ISO 8601, RFC 2822, "May 21, 2025" or Unix seconds)')
    .option('--allow-private', 'allow fetching from private, loopback and link-local addresses')
    .addHelpText(
      'after',
      '\nExamples:\n  dossier extract page.html --json\n  dossier extract https://example.org/news/1 --json\n  cat pages.jsonl | dossier extract --jsonl',
    )
    .action(async (input: string | undefined, opts: Record<string, unknown>) => {
      const published = optional(dateOption, '--published', opts.published);
      if (opts.jsonl) return extractLines(published);
      if (!input) throw new InputError('(none)', 'unreadable', 'give a file, a URL or - (or --jsonl)');
      for await (const item of readSources([input], {
        allowPrivate: Boolean(opts.allowPrivate),
        maxBytes: DEFAULT_MAX_BYTES,
      })) {
        if (!item.ok) throw item.error;
        const article = extractArticle(item.doc, { published });
        if (opts.json) printJson(extractionRecord(item.doc, article));
        else process.stdout.write(`${article.title ?? '(untitled)'}\n\n${article.text}\n`);
      }
    });
}

function extractionRecord(doc: RawDocument, a: ExtractedArticle) {
  return {
    url: doc.url,
    title: a.title,
    text: a.text,
    published: a.published,
    publishedRange: a.publishedRange,
    outlet: a.outlet,
    outletEvidence: a.outletEvidence,
    author: a.author,
    lang: a.lang,
    removed: a.removed,
  };
}

/** `--jsonl`: one extraction record per input line. */
function extractLines(published: string | undefined): Promise<void> {
  return mapJsonLines(extractLine, ({ html, text, url }, source) => {
    const doc: RawDocument = {
      source,
      url: url ?? null,
      kind: html !== undefined ? 'html' : 'text',
      body: html ?? text ?? '',
      hints: {},
    };
    return extractionRecord(doc, extractArticle(doc, { published }));
  });
}
