import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { floorsInWords } from '../../core/confidence.js';
import { UsageError } from '../../core/errors.js';
import { buildBrief, renderBriefHtml, renderBriefMarkdown } from '../../service/brief.js';
import { linkedDossier } from '../../service/connect.js';
import type { ConnectedDossier } from '../../service/connect.js';
import { CSV_TABLES, csvTables } from '../../service/formats/csv-tables.js';
import { gexf } from '../../service/formats/gexf.js';
import { ploverEvents } from '../../service/formats/plover.js';
import { exportScope } from '../../service/formats/story.js';
import { requireCurrentStory } from '../../service/records.js';
import { linkedStoryDossier } from '../../service/story-dossier.js';
import { timelineJs } from '../../service/formats/timelinejs.js';
import { hiddenTotal } from '../../service/trust.js';
import { withStore } from '../run.js';

type Options = Record<string, unknown>;

const BRIEF_FORMATS = ['md', 'html'] as const;
const TABLE_FORMATS = ['plover', 'timelinejs', 'gexf', 'csv'] as const;

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${name} "${String(value)}": must be one of ${allowed.join(', ')}`);
}

/** Written beside the target and renamed when complete, so a failed run never leaves half a file. */
async function writeWhole(path: string, content: string): Promise<void> {
  const partial = `${path}.partial`;
  await writeFile(partial, content);
  await rename(partial, path);
}

async function emit(content: string, out: unknown): Promise<void> {
  if (typeof out !== 'string') {
    process.stdout.write(content);
    return;
  }
  await writeWhole(out, content);
  process.stderr.write(`wrote ${out}\n`);
}

export function registerBriefAndFormats(program: Command): void {
  program
    .command('brief')
    .description('a one-page summary of a story (or of everything), every line pointing to its sources')
    .option('--story <id>', 'only this story (see `dossier stories`)')
    .option('--format <format>', `one of ${BRIEF_FORMATS.join(', ')}`, 'md')
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--all', `also what Dossier is less sure of (${floorsInWords()})`)
    .addHelpText(
      'after',
      '\nExamples:\n  dossier brief --story story-d8bbe7217661\n  dossier brief --format html --out brief.html',
    )
    .action(async (opts: Options, command: Command) => {
      const format = oneOf('--format', opts.format, BRIEF_FORMATS);
      await withStore(command, async (store) => {
        // A story's brief reads the story's part of the store; the brief of everything, all of it.
        const story = typeof opts.story === 'string' ? opts.story : undefined;
        const all = opts.all === true;
        const brief =
          story === undefined
            ? buildBrief(await linkedDossier(store), { all })
            : storyBrief(await linkedStoryDossier(store, story), all);
        await emit(format === 'html' ? renderBriefHtml(brief) : renderBriefMarkdown(brief), opts.out);
      });
    });

  program
    .command('export-table')
    .description('research formats: PLOVER event CSV, TimelineJS JSON, GEXF for Gephi, CSV tables')
    .requiredOption('--format <format>', `one of ${TABLE_FORMATS.join(', ')}`)
    .option('--table <name>', `with --format csv: one of ${CSV_TABLES.join(', ')}`)
    .option('--story <id>', 'only this story')
    .option('--out <path>', 'a file; with --format csv and no --table, a folder that gets every table')
    .option('--all', `also what Dossier is less sure of (${floorsInWords()})`)
    .addHelpText(
      'after',
      `
Examples:
  dossier export-table --format plover --out events.csv
  dossier export-table --format timelinejs --story story-d8bbe7217661 --out timeline.json
  dossier export-table --format gexf --out actors.gexf
  dossier export-table --format csv --table quotes > quotes.csv
  dossier export-table --format csv --out tables/`,
    )
    .action(async (opts: Options, command: Command) => {
      const format = oneOf('--format', opts.format, TABLE_FORMATS);
      const table = opts.table === undefined ? null : oneOf('--table', opts.table, CSV_TABLES);
      if (table !== null && format !== 'csv') throw new UsageError('--table goes with --format csv');
      if (format === 'csv' && table === null && typeof opts.out !== 'string') {
        throw new UsageError(`--format csv: give --table (${CSV_TABLES.join(', ')}) or --out FOLDER for all`);
      }
      await withStore(command, async (store) => {
        const whole = await linkedDossier(store);
        // A saved id of a story merged since names the story kept.
        const storyId =
          typeof opts.story === 'string' ? await requireCurrentStory(store, opts.story) : undefined;
        const { dossier, hidden } = exportScope(whole, {
          storyId,
          all: opts.all === true,
        });
        if (hidden && hiddenTotal(hidden) > 0)
          process.stderr.write(`${hiddenTotal(hidden)} less certain items left out; --all includes them\n`);
        if (format === 'plover') return emit(ploverEvents(dossier), opts.out);
        if (format === 'timelinejs')
          return emit(
            timelineJs(dossier, {
              ...(storyId === undefined ? {} : { storyId }),
              hiddenEvents: hidden?.events ?? 0,
            }),
            opts.out,
          );
        if (format === 'gexf') return emit(gexf(dossier), opts.out);
        const tables = csvTables(dossier);
        if (table !== null) return emit(tables[table], opts.out);
        const folder = String(opts.out);
        await mkdir(folder, { recursive: true });
        for (const name of CSV_TABLES) await writeWhole(join(folder, `${name}.csv`), tables[name]);
        process.stderr.write(`wrote ${CSV_TABLES.length} tables to ${folder}\n`);
      });
    });
}

/** A story's brief, under the id of the story its dossier holds (the kept one, when the id asked was merged). */
function storyBrief(dossier: ConnectedDossier, all: boolean) {
  return buildBrief(dossier, { storyId: dossier.stories[0]!.id, all });
}
