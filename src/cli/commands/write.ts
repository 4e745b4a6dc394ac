import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { NotFoundError, UsageError } from '../../core/errors.js';
import type { ArticlePatch } from '../../core/types.js';
import { EXPORT_FORMATS, exportArticles, exportedArticle } from '../../service/export.js';
import type { ExportFormat } from '../../service/export.js';
import { isoDateOption, optional } from '../options.js';
import { printJson, withStore } from '../run.js';

export function registerWriteCommands(program: Command): void {
  program
    .command('set')
    .description("correct an article's metadata; the correction is kept across re-ingests")
    .argument('<id>', 'article id, or a unique prefix of it')
    .option('--published <date>', 'publication date, YYYY-MM-DD')
    .option('--outlet <name>', 'outlet name')
    .option('--title <title>', 'title')
    .option('--json', 'print the updated article as JSON')
    .addHelpText('after', '\nExample:\n  dossier set 3f9a2c --published 2025-03-12 --outlet "VOA"')
    .action(async (id: string, opts: Record<string, unknown>, command: Command) => {
      const patch: ArticlePatch = {};
      const published = optional(isoDateOption, '--published', opts.published);
      if (published !== undefined) patch.published = published;
      if (typeof opts.outlet === 'string') patch.outlet = opts.outlet;
      if (typeof opts.title === 'string') patch.title = opts.title;
      if (Object.keys(patch).length === 0)
        throw new UsageError('nothing to set: give --published, --outlet or --title');
      await withStore(command, async (store) => {
        const found = await store.getArticle(id);
        const updated = found ? await store.updateArticle(found.id, patch) : null;
        if (!updated) throw new NotFoundError('article', id);
        if (opts.json) return printJson(exportedArticle(updated));
        process.stdout.write(`updated ${updated.id}: ${Object.keys(patch).join(', ')}\n`);
      });
    });

  program
    .command('export')
    .description('write every stored article as dossier/1 JSON, JSON lines, CSV or Markdown')
    .option('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`, 'json')
    .option('--out <file>', 'write to this file instead of stdout')
    .addHelpText(
      'after',
      '\nExamples:\n  dossier export --format json --out dossier.json\n  dossier export --format csv > articles.csv',
    )
    .action(async (opts: Record<string, unknown>, command: Command) => {
      const format = String(opts.format);
      if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
        throw new UsageError(`--format "${format}": must be one of ${EXPORT_FORMATS.join(', ')}`);
      }
      await withStore(command, async (store) => {
        if (typeof opts.out !== 'string') {
          await exportArticles(store, format as ExportFormat, process.stdout);
          return;
        }
        // Written beside the target and renamed at the end, so a failed export never leaves half a file.
        const partial = `${opts.out}.partial`;
        const out = createWriteStream(partial);
        const count = await exportArticles(store, format as ExportFormat, out);
        out.end();
        await finished(out);
        await rename(partial, opts.out);
        process.stderr.write(`exported ${count} articles to ${opts.out}\n`);
      });
    });
}
