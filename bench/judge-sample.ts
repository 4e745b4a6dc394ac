/**
 * Draws the hand-judged sample of connecting on the dev RSS corpus, from what the product stores: the
 * corpus's feed lines go, as they are, through the real ingest path into a fresh store (its own date
 * parsing, its furniture learning, each article linked as it arrives), and the connected records are read
 * back as the store keeps them (stories, actors, merged events, series, discrepancies; what the API and
 * the CLI show). 40 items of each table are drawn with a seeded generator: merged events with two or more
 * articles, stories with two or more articles, actors, discrepancies and series (confident and not, as the
 * tables hold them). For each item it prints the evidence a judge reads (names, titles, sentences) to
 * stdout, and writes a skeleton `bench/judged/<table>.tsv` of ids for the verdicts. Only ids and short
 * values go into the repository; the corpus's text is read here, at run time.
 *
 *     node dist/bench/judge-sample.js [seed] [--only actors,series] > /tmp/evidence.txt
 *
 * Several seeds separated by commas ("764,765") are drawn from one ingest, each printed under its own
 * heading: the ingest is the slow part, and each seed's draw is the one it alone would give. With `--only`, only the named tables are printed and written, to `<table>-seed<seed>.tsv`, so a fresh
 * draw of one table needs no judged file moved aside (the others are still drawn, each with its own
 * generator, so the named tables' items are those of the full draw).
 */
import { seededRandom } from '../src/core/random.js';
import type { Article } from '../src/core/types.js';
import { type Draw, clip as clipTo, draw, withCorpusStore, writeDraws } from './judging.js';

const clip = (text: string, length = 160) => clipTo(text, length);

async function main(): Promise<void> {
  const seeds = (process.argv[2] ?? '12').split(',').map(Number);
  const at = process.argv.indexOf('--only');
  const only = at >= 0 ? new Set(process.argv[at + 1]?.split(',')) : null;
  await withCorpusStore(async (store) => {
    const [stories, actors, events, series, discrepancies] = [
      await store.listStories(),
      await store.listActors(),
      await store.listEvents(),
      await store.listSeries(),
      await store.listDiscrepancies(),
    ];
    const article = new Map<string, Article>();
    for await (const a of store.iterateArticles()) article.set(a.id, a);
    const names = new Map(actors.map((e) => [e.id, e.name]));
    const head = (id: string) => {
      const a = article.get(id);
      return `${id} [${a?.outlet ?? '?'} ${a?.published?.slice(0, 10) ?? '?'}] ${clip(a?.title ?? '', 110)}`;
    };
    for (const seed of seeds) {
      if (seeds.length > 1) process.stdout.write(`\n########## seed ${seed}\n`);
      // One generator per table, so a change in one table's size does not redraw the others.
      let table = 0;
      const nextTable = () => seededRandom(seed * 31 + ++table);
      // Each table's pool size, in the order the tables are drawn.
      const pools: number[] = [];
      const drawn = <T>(items: readonly T[], next: () => number): T[] => {
        pools.push(items.length);
        return draw(items, next);
      };
      const tables: Record<string, Array<{ id: string; lines: string[] }>> = {
        'merged-events': drawn(
          events.filter((e) => new Set(e.evidence.map((x) => x.articleId)).size >= 2),
          nextTable(),
        ).map((e) => ({
          id: e.id,
          lines: [
            `${e.type} ${e.mode} ${e.date ?? '-'} (${e.precision}) at ${e.place ?? '-'}: ${e.sourceIds.map((i) => names.get(i)).join(', ')} → ${e.targetIds.map((i) => names.get(i)).join(', ')}; confidence ${e.confidence}`,
            ...e.evidence.map((x) => `  ${head(x.articleId)}\n      “${clip(x.sentence, 240)}”`),
          ],
        })),
        stories: drawn(
          stories.filter((s) => s.articleIds.length >= 2),
          nextTable(),
        ).map((s) => ({ id: s.id, lines: [s.title, ...s.articleIds.map((id) => `  ${head(id)}`)] })),
        actors: drawn(actors, nextTable()).map((e) => ({
          id: e.id,
          lines: [
            `${e.type} ${e.name} (${e.country ?? '-'}); aliases: ${e.aliases.join(' | ')}; ${e.mentionCount} mentions`,
            ...[...new Set(e.members.map((m) => m.split('/')[0]!))].slice(0, 6).map((id) => `  ${head(id)}`),
          ],
        })),
        discrepancies: drawn(discrepancies, nextTable()).map((d) => ({
          id: d.id,
          lines: [
            `${d.kind}: ${d.subject}; confidence ${d.confidence}`,
            ...d.variants.flatMap((v) => [
              `  = ${v.value} (${v.articleIds.join(', ')})`,
              ...v.evidence
                .slice(0, 2)
                .map((x) => `      ${head(x.articleId)}\n      “${clip(x.sentence, 240)}”`),
            ]),
          ],
        })),
        series: drawn(series, nextTable()).map((s) => ({
          id: s.id,
          lines: [
            `${s.subject} (${s.unit ?? '-'}); confidence ${s.confidence}`,
            ...s.points.map(
              (p) =>
                `  ${p.value} @ ${p.asOf} from ${p.sources.join(', ')}\n      “${clip(p.evidence.sentence, 240)}”`,
            ),
          ],
        })),
      };
      writeDraws(
        Object.entries(tables)
          .map(([table, items], i) => ({
            table,
            file: only ? `${table}-seed${seed}.tsv` : `${table}.tsv`,
            keyColumn: 'id',
            pool: pools[i]!,
            items: items.map(({ id, lines }) => ({ key: id, lines })),
          }))
          .filter((d) => !only || only.has(d.table)) satisfies Draw[],
      );
    }
  });
}

await main();
