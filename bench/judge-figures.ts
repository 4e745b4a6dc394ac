/**
 * Draws figures to judge by hand from the dev RSS corpus: every article read as `npm run eval` reads it,
 * then `count` figures drawn with a seeded generator, each printed with its sentence and what the reading
 * says it measures, when it holds and who reports it.
 *
 *     node dist/bench/judge-figures.js [seed] [count] > /tmp/figures.txt
 */
import type { Figure } from '../src/core/analysis.js';
import { seededRandom } from '../src/core/random.js';
import { analyzeText } from '../src/pipeline/reading.js';
import { readRssCorpus } from './eval-events.js';

async function main(): Promise<void> {
  const seed = Number(process.argv[2] ?? 1);
  const count = Number(process.argv[3] ?? 40);
  const all: Array<{ line: number; figure: Figure; sentence: string }> = [];
  for (const { line, text, published } of (await readRssCorpus()).items) {
    const reading = analyzeText(text, published);
    for (const figure of reading.figures) {
      const s = reading.sentences[figure.sentence]!;
      all.push({ line, figure, sentence: text.slice(s.start, s.end) });
    }
  }
  const next = seededRandom(seed);
  const drawn = new Set<number>();
  while (drawn.size < Math.min(count, all.length)) drawn.add(Math.floor(next() * all.length));
  for (const k of [...drawn].sort((a, b) => a - b)) {
    const { line, figure: f, sentence } = all[k]!;
    console.log(`#${k} line ${line} chars ${f.start}-${f.end} confidence ${f.confidence}`);
    console.log(
      `  figure ${JSON.stringify(f.text)} value ${f.value}${f.valueMax !== null ? `-${f.valueMax}` : ''} unit ${f.unit}`,
    );
    console.log(
      `  measures ${JSON.stringify(f.subject)} qualifier ${f.qualifier} asOf ${f.asOf} source ${JSON.stringify(f.attribution)}`,
    );
    console.log(`  sentence ${sentence.replace(/\s+/g, ' ')}\n`);
  }
}

await main();
