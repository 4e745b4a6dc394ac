import type { Command } from 'commander';
import { buildTimeline } from '../../connect/timeline/index.js';
import { NotFoundError } from '../../core/errors.js';
import { actorProfile } from '../../service/actor.js';
import { connectAll, findActor } from '../../service/connect.js';
import type { ConnectedDossier } from '../../service/connect.js';
import { printJson, withStore } from '../run.js';

type Options = Record<string, unknown>;

export function registerConnectCommands(program: Command): void {
  program
    .command('stories')
    .description('stories: articles about the same event or development, with their dates and events')
    .option('--json', 'print JSON')
    .action(async (opts: Options, command: Command) =>
      withStore(command, async (store) => {
        const dossier = await connectAll(store);
        if (opts.json) return printJson(dossier.stories);
        for (const story of dossier.stories) {
          process.stdout.write(
            `${story.id}  ${story.from ?? '?'} → ${story.to ?? '?'}  ${story.articleIds.length} articles, ${story.eventIds.length} events  ${story.title}\n`,
          );
        }
      }),
    );

  program
    .command('timeline')
    .description('events in date order, merged across articles, with date precision and sources')
    .option('--story <id>', 'only this story')
    .option('--actor <name>', 'only events this actor takes part in')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  dossier timeline\n  dossier timeline --actor "Marco Rubio" --json')
    .action(async (opts: Options, command: Command) =>
      withStore(command, async (store) => {
        const dossier = await connectAll(store);
        const actor = typeof opts.actor === 'string' ? requireActor(dossier, opts.actor) : null;
        const entries = buildTimeline(dossier.events, {
          ...(typeof opts.story === 'string' ? { storyId: opts.story } : {}),
          ...(actor ? { entityId: actor.id } : {}),
        });
        if (opts.json) return printJson(entries);
        const names = new Map(dossier.entities.map((e) => [e.id, e.name]));
        const list = (ids: string[]) => ids.map((id) => names.get(id) ?? id).join(', ') || '-';
        for (const entry of entries) {
          process.stdout.write(
            `${entry.when.padEnd(30)} ${entry.type.padEnd(10)} ${entry.mode.padEnd(10)} ${list(entry.sourceIds)} → ${list(entry.targetIds)}${entry.place ? ` @ ${entry.place}` : ''}  [${entry.articleIds.length} source${entry.articleIds.length === 1 ? '' : 's'}]\n`,
          );
        }
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
        const dossier = await connectAll(store);
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
        const dossier = await connectAll(store);
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
          ...profile.quotes.map((q) => `  ${q.published ?? '?'}  “${q.quote.content.text}”`),
          `events (${profile.events.length}):`,
          ...profile.events.map(
            (e) => `  ${e.date ?? 'undated'}  ${e.type} ${e.mode}${e.place ? ` @ ${e.place}` : ''}`,
          ),
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
        await store.addEntityDecision({ kind: 'merge', first, second });
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
        await store.addEntityDecision({ kind: 'split', first: id, second: member });
        process.stdout.write(`split ${member} out of ${id}\n`);
      }),
    );
}

function requireActor(dossier: ConnectedDossier, name: string) {
  const actor = findActor(dossier, name);
  if (!actor) throw new NotFoundError('actor', name);
  return actor;
}
