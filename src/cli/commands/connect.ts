import type { Command } from 'commander';
import { SHOWN_FROM } from '../../core/confidence.js';
import type { ResolvedEntity } from '../../core/connected.js';
import { NotFoundError } from '../../core/errors.js';
import { actorProfile } from '../../service/actor.js';
import { closeActors } from '../../service/actor-search.js';
import { findActor, linkedDossier } from '../../service/connect.js';
import { decideEntity } from '../../service/connected.js';
import type { ConnectedDossier } from '../../service/connect.js';
import { headlineFor } from '../../service/headline/index.js';
import { relinkAll } from '../../service/link.js';
import { timelineRows } from '../../service/timeline.js';
import type { TimelineRow } from '../../service/timeline.js';
import { trusted } from '../../service/trust.js';
import { printJson, withStore } from '../run.js';

type Options = Record<string, unknown>;

export function registerConnectCommands(program: Command): void {
  program
    .command('relink')
    .description(
      'rebuild every link (duplicates, furniture, stories) and connected record (actors, events, series, discrepancies) after an algorithm change; run again to resume',
    )
    .option('--json', 'print the report as JSON')
    .addHelpText('after', '\nExample:\n  dossier relink')
    .action(async (opts: Options, command: Command) =>
      withStore(command, async (store) => {
        const report = await relinkAll(store);
        if (opts.json) return printJson(report);
        process.stdout.write(
          `${report.state === 'resumed' ? 'resumed: ' : ''}linked ${report.linked} articles\n`,
        );
      }),
    );

  program
    .command('stories')
    .description('stories: articles about the same event or development, with their dates and events')
    .option('--json', 'print JSON')
    .action(async (opts: Options, command: Command) =>
      withStore(command, async (store) => {
        const dossier = await linkedDossier(store);
        if (opts.json) return printJson(dossier.stories);
        for (const story of dossier.stories) {
          process.stdout.write(
            `${story.id}  ${story.from ?? '?'} → ${story.to ?? '?'}  ${counted(story.articleIds.length, 'article')}, ${counted(story.eventIds.length, 'event')}  ${story.title}\n`,
          );
        }
      }),
    );

  program
    .command('timeline')
    .description('events in date order, merged across articles, each with its headline and sources')
    .option('--story <id>', 'only this story')
    .option('--actor <name>', 'only events this actor takes part in (a name, alias or surname, any case)')
    .option('--all', `also the events Dossier is less sure of (confidence below ${SHOWN_FROM.events})`)
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  dossier timeline\n  dossier timeline --actor rubio\n  dossier timeline --actor "Marco Rubio" --json',
    )
    .action(async (opts: Options, command: Command) =>
      withStore(command, async (store) => {
        const dossier = await linkedDossier(store);
        let actor: ResolvedEntity | null = null;
        if (typeof opts.actor === 'string') {
          actor = findActor(dossier, opts.actor);
          if (!actor) {
            const close = closeActors(dossier, opts.actor).map((e) => e.name);
            process.stderr.write(
              `error: no actor matches "${opts.actor}"${close.length ? `; did you mean ${close.map((n) => `"${n}"`).join(', ')}?` : ''}\n`,
            );
            process.exitCode = 1;
            return;
          }
        }
        const rows = timelineRows(dossier, {
          // A saved id of a story merged since names the story kept.
          ...(typeof opts.story === 'string'
            ? { storyId: (await store.currentStory(opts.story)) ?? opts.story }
            : {}),
          ...(actor ? { entityId: actor.id } : {}),
        });
        const { items, hidden } = trusted('events', rows, opts.all === true);
        if (opts.json) return printJson(items);
        if (actor) process.stderr.write(`${actor.name} (${actor.type}): ${counted(items.length, 'event')}\n`);
        for (const row of items) process.stdout.write(`${timelineLine(row)}\n`);
        if (hidden > 0) process.stderr.write(`${hidden} less certain events not shown; --all shows them\n`);
        else if (items.length === 0 && actor)
          process.stderr.write(
            `${actor.name} takes part in no event read so far; \`dossier actor "${actor.name}"\` shows their quotes and roles\n`,
          );
        else if (items.length === 0) process.stderr.write('no events\n');
      }),
    );

  program
    .command('discrepancies')
    .description(
      'where sources disagree: titles, spellings, figures, event dates and places, self-contradictions',
    )
    .option('--json', 'print JSON')
    .action(async (opts: Options, command: Command) =>
      withStore(command, async (store) => {
        const dossier = await linkedDossier(store);
        if (opts.json) return printJson(dossier.discrepancies);
        for (const d of dossier.discrepancies) {
          process.stdout.write(`${d.kind}: ${d.subject}\n`);
          for (const v of d.variants) {
            process.stdout.write(
              `  "${v.value}" in ${v.articleIds.join(', ')}: ${v.evidence[0]?.sentence ?? ''}\n`,
            );
          }
        }
      }),
    );

  program
    .command('actor')
    .description('one actor across every article: roles over time, positions, quotes, events')
    .argument('<name>', 'a name, alias or entity id')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  dossier actor Rubio')
    .action(async (name: string, opts: Options, command: Command) =>
      withStore(command, async (store) => {
        const dossier = await linkedDossier(store);
        const profile = actorProfile(dossier, requireActor(dossier, name));
        if (opts.json) return printJson(profile);
        const { entity } = profile;
        const lines = [
          `${entity.name} (${entity.type}${entity.country ? `, ${entity.country}` : ''})  id ${entity.id}`,
          `aliases: ${entity.aliases.join(', ')}`,
          'roles:',
          ...profile.roles.map((r) => `  ${r.date ?? '????-??-??'}  ${r.title}${r.of ? ` of ${r.of}` : ''}`),
          'positions:',
          ...profile.positions.flatMap((p) =>
            p.stances.map((s) => `  ${s.published ?? '?'}  ${s.position} ${p.issue}`),
          ),
          `quotes (${profile.quotes.length}):`,
          ...profile.quotes.map(
            (q) =>
              // Reported speech is the reporter's words, never put in quotation marks.
              `  ${q.published ?? '?'}  ${q.quote.direct ? `“${q.quote.content.text}”` : `${q.quote.content.text} (reported speech)`}`,
          ),
          `events (${profile.events.length}):`,
          ...profile.events.map((e) => `  ${e.date ?? 'undated'}  ${headlineFor(dossier, e)}`),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      }),
    );

  const entity = program
    .command('entity')
    .description('correct the resolution of actors; kept across re-processing');
  entity
    .command('merge')
    .description('two resolved entities are one actor')
    .argument('<first>', 'entity id')
    .argument('<second>', 'entity id')
    .action(async (first: string, second: string, _opts: Options, command: Command) =>
      withStore(command, async (store) => {
        await decideEntity(store, { kind: 'merge', first, second });
        process.stdout.write(`merged ${second} into ${first}\n`);
      }),
    );
  entity
    .command('split')
    .description('an article-level member (<articleId>/<localId>) is not the entity it was put in')
    .argument('<entity>', 'entity id')
    .argument('<member>', 'member key, as listed in the entity’s members')
    .action(async (id: string, member: string, _opts: Options, command: Command) =>
      withStore(command, async (store) => {
        await decideEntity(store, { kind: 'split', first: id, second: member });
        process.stdout.write(`split ${member} out of ${id}\n`);
      }),
    );
}

function requireActor(dossier: ConnectedDossier, name: string) {
  const actor = findActor(dossier, name);
  if (!actor) throw new NotFoundError('actor', name);
  return actor;
}

/** "2025-12-02  Witkoff meets Putin in Moscow  (Steve Witkoff, Vladimir Putin; 2 sources)" */
function timelineLine(row: TimelineRow): string {
  const people = [...new Set([...row.sourceNames, ...row.targetNames])];
  const sources = `${row.articleIds.length} source${row.articleIds.length === 1 ? '' : 's'}`;
  return `${row.when.padEnd(30)} ${row.headline}  (${[...(people.length ? [people.join(', ')] : []), sources].join('; ')})`;
}

/** "1 event", "3 events". */
function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
