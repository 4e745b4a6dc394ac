/**
 * What adding one article costs once N are connected: its signature and duplicate lookup, its story
 * features and assignment. Stores of N articles are generated from the BBC 2004–05 texts and the seeds,
 * each copy varied (sentences shuffled, one word in ten replaced, a date of its own over ten years) so
 * that most are not duplicates of each other; then 100 new articles are added one at a time and timed.
 * The cost per article must stay flat as N grows, never grow with N.
 *
 * Story features here take names from runs of capitalised words rather than from the reading pipeline,
 * whose cost is not what is measured; the keys they give have the same shape and number.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DuplicateIndex, signature } from '../src/connect/duplicates/index.js';
import { assignStory, featuresOf, type NamedEntity } from '../src/connect/stories/index.js';
import { MemoryStoryIndex } from '../src/connect/stories/memory-index.js';
import { readBbc } from './eval-duplicates.js';

const SEEDS_DIR = '../shared/seeds';
const ADDED = 100;

export interface AddOneCost {
  size: number;
  /** Mean over 100 additions, each timed alone. */
  msPerArticle: number;
  /** The first of those additions. */
  msFirst: number;
  peakRssMb: number;
}

interface BaseText {
  title: string;
  body: string;
}

async function baseTexts(): Promise<BaseText[]> {
  const seeds = await Promise.all(
    (await readdir(SEEDS_DIR))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map(async (name) => {
        const raw = await readFile(path.join(SEEDS_DIR, name), 'utf8');
        return { title: raw.slice(0, raw.indexOf('\n')).trim(), body: raw };
      }),
  );
  return [...(await readBbc()).map(({ title, body }) => ({ title, body })), ...seeds];
}

/** A small deterministic generator, so every run benches the same articles. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 0x100000000;
  };
}

function vary(text: string, vocabulary: string[], next: () => number): string {
  const sentences = text.split(/(?<=[.!?])\s+/);
  for (let i = sentences.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [sentences[i], sentences[j]] = [sentences[j]!, sentences[i]!];
  }
  return sentences
    .join(' ')
    .split(' ')
    .map((word) => (next() < 0.1 ? vocabulary[Math.floor(next() * vocabulary.length)]! : word))
    .join(' ');
}

const CAPITALISED_RUN = /\b\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)*/gu;

function roughEntities(text: string): NamedEntity[] {
  const found = new Map<string, NamedEntity>();
  for (const [name] of text.matchAll(CAPITALISED_RUN)) {
    const entry = found.get(name);
    if (entry) entry.mentions++;
    else
      found.set(name, {
        name,
        type: name.includes(' ') ? 'person' : 'organisation',
        mentions: 1,
        firstSentence: found.size,
      });
  }
  return [...found.values()];
}

const DAY_MS = 86_400_000;
const START = Date.UTC(2015, 0, 1);

function article(n: number, bases: BaseText[], vocabulary: string[]) {
  const next = random(n + 1);
  const base = bases[n % bases.length]!;
  const text = vary(base.body, vocabulary, next);
  const published = new Date(START + Math.floor(next() * 3650) * DAY_MS).toISOString().slice(0, 10);
  return { id: `a${n}`, title: base.title, text, published };
}

type Generated = ReturnType<typeof article>;

async function connect(
  item: Generated,
  duplicates: DuplicateIndex,
  stories: MemoryStoryIndex,
): Promise<void> {
  duplicates.add({ id: item.id, signature: signature(item.text) });
  const features = featuresOf({
    articleId: item.id,
    title: item.title,
    published: item.published,
    text: item.text,
    entities: roughEntities(item.text),
  });
  await assignStory(features, stories);
}

const rssMb = () => process.memoryUsage().rss / 2 ** 20;

export async function benchAddOne(sizes = [1000, 10000, 100000]): Promise<AddOneCost[]> {
  const bases = await baseTexts();
  const vocabulary = [...new Set(bases.slice(0, 200).flatMap((b) => b.body.split(/\s+/)))];
  const results: AddOneCost[] = [];
  for (const size of sizes) {
    const duplicates = new DuplicateIndex();
    const stories = new MemoryStoryIndex();
    let peak = rssMb();
    for (let n = 0; n < size; n++) {
      await connect(article(n, bases, vocabulary), duplicates, stories);
      if (n % 5000 === 0) peak = Math.max(peak, rssMb());
    }
    const timings: number[] = [];
    for (let n = size; n < size + ADDED; n++) {
      const item = article(n, bases, vocabulary);
      const started = process.hrtime.bigint();
      await connect(item, duplicates, stories);
      timings.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    peak = Math.max(peak, rssMb());
    results.push({
      size,
      msPerArticle: timings.reduce((sum, ms) => sum + ms, 0) / timings.length,
      msFirst: timings[0]!,
      peakRssMb: Math.round(peak),
    });
  }
  return results;
}
