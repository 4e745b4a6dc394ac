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
 *     node dist/bench/judge-sample.js [seed] > /tmp/evidence.txt
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { seededRandom } from '../src/core/random.js';
import type { Article } from '../src/core/types.js';
import { ingest } from '../src/service/ingest.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { ROOT, SHARED_BENCH } from './run-phase.js';

const CORPUS = `${SHARED_BENCH}/corpora/rss-2025-05/articles.jsonl.gz`;
const PER_TABLE = 40;

const poolSizes: number[] = [];

function sample<T>(items: readonly T[], next: () => number): T[] {
  poolSizes.push(items.length);
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, PER_TABLE);
}

const clip = (text: string, length = 160) => (text.length > length ? `${text.slice(0, length)}…` : text);

async function main(): Promise<void> {
  const seed = Number(process.argv[2] ?? 12);
  // One generator per table, so a change in one table's size does not redraw the others.
  let table = 0;
  const nextTable = () => seededRandom(seed * 31 + ++table);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-judge-'));
  const store = new SqliteStore(join(dir, 'rss.db'));
  const out: string[] = [];
  try {
    const manifest = join(dir, 'rss.jsonl');
    writeFileSync(manifest, gunzipSync(readFileSync(CORPUS)));
    await ingest(store, [manifest], { sources: { allowPrivate: false, maxBytes: 20 << 20 } });
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
    const tables: Record<string, Array<{ id: string; lines: string[] }>> = {
      'merged-events': sample(
        events.filter((e) => new Set(e.evidence.map((x) => x.articleId)).size >= 2),
        nextTable(),
      ).map((e) => ({
        id: e.id,
        lines: [
          `${e.type} ${e.mode} ${e.date ?? '-'} (${e.precision}) at ${e.place ?? '-'}: ${e.sourceIds.map((i) => names.get(i)).join(', ')} → ${e.targetIds.map((i) => names.get(i)).join(', ')}; confidence ${e.confidence}`,
          ...e.evidence.map((x) => `  ${head(x.articleId)}\n      “${clip(x.sentence, 240)}”`),
        ],
      })),
      stories: sample(
        stories.filter((s) => s.articleIds.length >= 2),
        nextTable(),
      ).map((s) => ({ id: s.id, lines: [s.title, ...s.articleIds.map((id) => `  ${head(id)}`)] })),
      actors: sample(actors, nextTable()).map((e) => ({
        id: e.id,
        lines: [
          `${e.type} ${e.name} (${e.country ?? '-'}); aliases: ${e.aliases.join(' | ')}; ${e.mentionCount} mentions`,
          ...[...new Set(e.members.map((m) => m.split('/')[0]!))].slice(0, 6).map((id) => `  ${head(id)}`),
        ],
      })),
      discrepancies: sample(discrepancies, nextTable()).map((d) => ({
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
      series: sample(series, nextTable()).map((s) => ({
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
    const judged = join(ROOT, 'bench', 'judged');
    mkdirSync(judged, { recursive: true });
    for (const [i, [table, items]] of Object.entries(tables).entries()) {
      out.push(`\n===== ${table} (${items.length} of ${poolSizes[i]})`);
      for (const [i, item] of items.entries()) out.push(`\n#${i + 1} ${item.id}`, ...item.lines);
      writeFileSync(
        join(judged, `${table}.tsv`),
        ['id\tverdict\treason', ...items.map((item) => `${item.id}\t\t`)].join('\n') + '\n',
        { flag: 'wx' },
      );
    }
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
