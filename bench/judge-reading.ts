/**
 * Draws the hand-judged sample of the reading on the dev RSS corpus: events and quotes as the product
 * stores them (figures have their own drawer, `judge-figures.ts`). The corpus's feed lines go through the
 * real ingest path into a fresh store (feed dates, furniture learning, the pipeline's reading of each
 * cleaned article), and the readings are read back from the store. 40 items of each kind are drawn with a seeded generator from every article's
 * reading, whatever their confidence. For each item it prints what a judge reads (the sentence and what
 * the reading asserts about it) to stdout, and writes a skeleton `bench/judged/reading-<kind>.tsv` of item
 * keys for the verdicts. Only keys go into the repository; the corpus's text is read here, at run time.
 *
 *     node dist/bench/judge-reading.js [seed] > /tmp/reading-evidence.txt
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ArticleReading } from '../src/core/types.js';
import { seededRandom } from '../src/core/random.js';
import { ingest } from '../src/service/ingest.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { ROOT, SHARED_BENCH } from './run-phase.js';

const CORPUS = `${SHARED_BENCH}/corpora/rss-2025-05/articles.jsonl.gz`;
const PER_KIND = 40;

interface Item {
  /** `<article id>#<kind>-<index in the reading>`: finds the item again in a store built the same way. */
  key: string;
  lines: string[];
}

function sample<T>(items: readonly T[], next: () => number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, PER_KIND);
}

const clip = (text: string, length = 300) => (text.length > length ? `${text.slice(0, length)}…` : text);

/** The items of one article's reading, each with the evidence a judge needs. */
function itemsOf(articleId: string, text: string, reading: ArticleReading): Record<string, Item[]> {
  const sentence = (index: number) => {
    const s = reading.sentences[index];
    return s ? clip(text.slice(s.start, s.end).replace(/\s+/g, ' ')) : '?';
  };
  const name = new Map(reading.entities.map((e) => [e.id, `${e.name} (${e.type}, ${e.country ?? '-'})`]));
  const names = (ids: string[]) => ids.map((id) => name.get(id) ?? id).join(' + ') || '—';
  return {
    events: reading.events.map((e, i) => ({
      key: `${articleId}#event-${i}`,
      lines: [
        `${e.type} ${e.mode}${e.symmetric ? ' symmetric' : ''} "${e.trigger.text}": ${names(e.sourceIds)} → ${names(e.targetIds)}; date ${e.date ?? '-'} (${e.dateFrom ?? '-'}); place ${e.place ?? '-'}; confidence ${e.confidence}`,
        `  “${sentence(e.sentence)}”`,
      ],
    })),
    quotes: reading.quotes.map((q, i) => ({
      key: `${articleId}#quote-${i}`,
      lines: [
        `${q.direct ? 'direct' : 'paraphrase'}; speaker ${q.speaker ?? '—'}; cue ${q.cue?.text ?? '-'}; confidence ${q.confidence}`,
        `  content: ${clip(q.content.text, 200)}`,
        `  “${sentence(q.sentence)}”`,
      ],
    })),
  };
}

async function main(): Promise<void> {
  const seed = Number(process.argv[2] ?? 1);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-judge-reading-'));
  const store = new SqliteStore(join(dir, 'rss.db'));
  try {
    const manifest = join(dir, 'rss.jsonl');
    writeFileSync(manifest, gunzipSync(readFileSync(CORPUS)));
    await ingest(store, [manifest], { sources: { allowPrivate: false, maxBytes: 20 << 20 } });
    const pools: Record<string, Item[]> = { events: [], quotes: [] };
    for await (const article of store.iterateArticles()) {
      const stored = await store.getReading(article.id);
      if (!stored) continue;
      for (const [kind, items] of Object.entries(itemsOf(article.id, article.text, stored.reading))) {
        pools[kind]!.push(...items);
      }
    }
    const judged = join(ROOT, 'bench', 'judged');
    mkdirSync(judged, { recursive: true });
    const out: string[] = [];
    for (const [n, [kind, pool]] of Object.entries(pools).entries()) {
      // One generator per kind, so a change in one pool's size does not redraw the others.
      const drawn = sample(pool, seededRandom(seed * 37 + n + 1));
      out.push(`\n===== ${kind} (${drawn.length} of ${pool.length})`);
      for (const [i, item] of drawn.entries()) out.push(`\n#${i + 1} ${item.key}`, ...item.lines);
      writeFileSync(
        join(judged, `reading-${kind}.tsv`),
        ['item\tverdict\treason', ...drawn.map((item) => `${item.key}\t\t`)].join('\n') + '\n',
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
