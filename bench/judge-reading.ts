/**
 * Draws the hand-judged sample of the reading on the dev RSS corpus: events and quotes as the product
 * stores them (figures have their own drawer, `judge-figures.ts`). The corpus's feed lines go through the
 * real ingest path into a fresh store (`judging.ts`), and the readings are read back from the store. 40
 * items of each kind are drawn with a seeded generator from every article's reading, whatever their
 * confidence. For each item it prints what a judge reads (the sentence and what the reading asserts about
 * it) to stdout, and writes a skeleton `bench/judged/reading-<kind>.tsv` of item keys for the verdicts.
 *
 *     node dist/bench/judge-reading.js [seed] > /tmp/reading-evidence.txt
 */
import type { EventActor } from '../src/core/analysis.js';
import type { ArticleReading } from '../src/core/types.js';
import { seededRandom } from '../src/core/random.js';
import { type Drawn, clip as clipTo, draw, withCorpusStore, writeDraws } from './judging.js';

const clip = (text: string, length = 300) => clipTo(text, length);

/**
 * The items of one article's reading, each with the evidence a judge needs, keyed
 * `<article id>#<kind>-<index in the reading>`: the key finds the item again in a store built the same way.
 */
function itemsOf(articleId: string, text: string, reading: ArticleReading): Record<string, Drawn[]> {
  const sentence = (index: number) => {
    const s = reading.sentences[index];
    return s ? clip(text.slice(s.start, s.end).replace(/\s+/g, ' ')) : '?';
  };
  const name = new Map(reading.entities.map((e) => [e.id, `${e.name} (${e.type}, ${e.country ?? '-'})`]));
  // Each party as coded, its sector with it: "Syria (place, SYR) as opposition" is the rebels, not the state.
  const names = (ids: string[], coded: EventActor[] = []) =>
    ids
      .map((id) => {
        const sector = coded.find((a) => a.id === id)?.sector;
        return `${name.get(id) ?? id}${sector ? ` as ${sector}` : ''}`;
      })
      .join(' + ') || '—';
  return {
    events: reading.events.map((e, i) => ({
      key: `${articleId}#event-${i}`,
      lines: [
        `${e.type} ${e.mode}${e.symmetric ? ' symmetric' : ''} "${e.trigger.text}": ${names(e.sourceIds, e.sourceActors)} → ${names(e.targetIds, e.targetActors)}; date ${e.date ?? '-'} (${e.dateFrom ?? '-'}); place ${e.place ?? '-'}; confidence ${e.confidence}`,
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
  await withCorpusStore(async (store) => {
    const pools: Record<string, Drawn[]> = { events: [], quotes: [] };
    for await (const article of store.iterateArticles()) {
      const stored = await store.getReading(article.id);
      if (!stored) continue;
      for (const [kind, items] of Object.entries(itemsOf(article.id, article.text, stored.reading))) {
        pools[kind]!.push(...items);
      }
    }
    writeDraws(
      Object.entries(pools).map(([kind, pool], n) => ({
        table: kind,
        file: `reading-${kind}.tsv`,
        keyColumn: 'item',
        pool: pool.length,
        // One generator per kind, so a change in one pool's size does not redraw the others.
        items: draw(pool, seededRandom(seed * 37 + n + 1)),
      })),
    );
  });
}

await main();
