/**
 * Draws figures to judge by hand from the dev RSS corpus: every article read as `npm run eval` reads it,
 * then `count` figures drawn with a seeded generator, each printed with its sentence and what the reading
 * says it measures, when it holds and who reports it.
 *
 *     node dist/bench/judge-figures.js [seed] [count] > /tmp/figures.txt
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

import type { Figure } from '../src/core/analysis.js';
import { seededRandom } from '../src/core/random.js';
import { analyzeText } from '../src/pipeline/reading.js';

const RSS_CORPUS = '../shared/bench/corpora/rss-2025-05/articles.jsonl.gz';

async function main(): Promise<void> {
  const seed = Number(process.argv[2] ?? 1);
  const count = Number(process.argv[3] ?? 40);
  const lines = gunzipSync(await readFile(path.join(process.cwd(), RSS_CORPUS)))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const all: Array<{ line: number; figure: Figure; sentence: string }> = [];
  lines.forEach((line, i) => {
    const entry = JSON.parse(line) as { text?: string; published?: string };
    if (!entry.text) return;
    const time = entry.published ? Date.parse(entry.published) : NaN;
    const published = Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
    const reading = analyzeText(entry.text, published);
    for (const figure of reading.figures) {
      const s = reading.sentences[figure.sentence]!;
      all.push({ line: i + 1, figure, sentence: entry.text.slice(s.start, s.end) });
    }
  });
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
