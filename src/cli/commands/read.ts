import { isPartial } from '../../clean/article-text.js';
import type { Command } from 'commander';
import { NotFoundError } from '../../core/errors.js';
import { checkSearchQuery, DEFAULT_SEARCH_LIMITS } from '../../core/search.js';
import type { Article, ArticleSummary } from '../../core/types.js';
import { exportedArticle } from '../../service/export.js';
import { nonNegativeInt, optional, parseOption, positiveInt } from '../options.js';
import { printJson, withStore } from '../run.js';

export function registerReadCommands(program: Command): void {
  program
    .command('list')
    .description('list stored articles, oldest first')
    .option('--limit <n>', 'at most this many')
    .option('--offset <n>', 'skip this many first')
    .option('--outlet <name>', 'only this outlet')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  dossier list --outlet "CBS News" --json')
    .action(async (opts: Record<string, unknown>, command: Command) => {
      const limit = optional(positiveInt, '--limit', opts.limit);
      const offset = optional(nonNegativeInt, '--offset', opts.offset);
      await withStore(command, async (store) => {
        const outlet = opts.outlet as string | undefined;
        const articles = await store.listArticles({ limit, offset, outlet });
        if (opts.json) return printJson(articles);
        for (const article of articles) process.stdout.write(`${summaryLine(article)}\n`);
      });
    });

  program
    .command('show')
    .description('show one article: metadata with its evidence, the text, and what clean-up removed')
    .argument('<id>', 'article id, or a unique prefix of it')
    .option('--json', 'print JSON (the dossier/1 article record)')
    .option('--revisions', 'also list earlier revisions')
    .addHelpText('after', '\nExample:\n  dossier show 3f9a2c')
    .action(async (id: string, opts: Record<string, unknown>, command: Command) => {
      await withStore(command, async (store) => {
        const article = await store.getArticle(id);
        if (!article) throw new NotFoundError('article', id);
        const revisions = opts.revisions ? await store.listRevisions(article.id) : [];
        if (opts.json) {
          return printJson({
            ...exportedArticle(article),
            ...(opts.revisions ? { revisions: revisions.map(exportedArticle) } : {}),
          });
        }
        process.stdout.write(articleDetails(article));
        for (const old of revisions) {
          process.stdout.write(`\nrevision ${old.revision} (${old.updatedAt}): ${old.text.slice(0, 200)}…\n`);
        }
      });
    });

  program
    .command('search')
    .description('full-text search over titles and texts; all words must match, "quoted phrases" kept')
    .argument('<query>', 'words to look for')
    .option('--limit <n>', 'at most this many hits', '20')
    .option('--json', 'print JSON')
    .option(
      '--max-query-chars <n>',
      'longest query accepted, in characters',
      String(DEFAULT_SEARCH_LIMITS.maxQueryChars),
    )
    .option(
      '--max-query-terms <n>',
      'most distinct words a query may hold',
      String(DEFAULT_SEARCH_LIMITS.maxQueryTerms),
    )
    .addHelpText('after', '\nExample:\n  dossier search "ceasefire proposal"')
    .action(async (query: string, opts: Record<string, unknown>, command: Command) => {
      const limit = optional(positiveInt, '--limit', opts.limit);
      checkSearchQuery(query, {
        maxQueryChars: parseOption(positiveInt, '--max-query-chars', opts.maxQueryChars),
        maxQueryTerms: parseOption(positiveInt, '--max-query-terms', opts.maxQueryTerms),
      });
      await withStore(command, async (store) => {
        const hits = await store.search(query, limit);
        if (opts.json) return printJson(hits);
        if (hits.length === 0) process.stderr.write(`no article matches "${query}"\n`);
        for (const hit of hits) {
          process.stdout.write(`${summaryLine(hit)}\n    ${hit.snippet}\n`);
        }
      });
    });
}

function summaryLine(a: Pick<ArticleSummary, 'id' | 'title' | 'outlet' | 'published'>): string {
  return `${a.id}  ${a.published ?? '????-??-??'}  ${(a.outlet ?? '-').padEnd(18).slice(0, 18)}  ${a.title ?? '(untitled)'}`;
}

function articleDetails(a: Article): string {
  const published =
    a.published ??
    (a.publishedRange ? `between ${a.publishedRange.from} and ${a.publishedRange.to}` : 'unknown');
  const evidence = a.publishedEvidence?.detail ?? a.publishedRange?.evidence;
  const lines = [
    `id:        ${a.id} (revision ${a.revision})`,
    `title:     ${a.title ?? '(untitled)'}`,
    `outlet:    ${a.outlet ?? 'unknown'}${a.outletEvidence ? `  [${a.outletEvidence.origin}: ${a.outletEvidence.detail}]` : ''}`,
    `published: ${published}${evidence ? `  [${evidence}]` : ''}`,
    `author:    ${a.author ?? 'unknown'}`,
    `language:  ${a.lang ?? 'unknown'}`,
    `source:    ${a.source}${a.url && a.url !== a.source ? ` (${a.url})` : ''}`,
    ...(isPartial(a.removed)
      ? ['partial:   yes, a notice cut the text or the item had a title only (see removed)']
      : []),
    '',
    a.text,
    '',
  ];
  if (a.removed.length > 0) {
    lines.push(`removed by clean-up (${a.removed.length}):`, ...a.removed.map((line) => `  - ${line}`), '');
  }
  return lines.join('\n');
}
