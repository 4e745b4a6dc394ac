import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { emptyReading } from '../src/core/types.js';
import type { Reading } from '../src/pipeline/reading.js';
import { SHARED_BENCH, bbcFiles } from './run-phase.js';

/**
 * `node dist/bench/reading-alternate.js <dist A> <dist B> [bbc|rss] [files] [chunk]`: two builds of the
 * reading (two `dist/` folders) read the same texts in one process, taking turns every `chunk` texts (A then
 * B, then B then A), each stage timed in CPU time. On a machine shared with other work, alternating keeps
 * both builds under the same load, so their ratio means something where two runs one after the other do not.
 * The stages are run in the pipeline's order as `analyzeText` runs them (sentences, the cap and the budget
 * left out: both builds read the same texts whole).
 */
type StageRun = (reading: Reading) => Partial<Reading>;

async function stagesOf(dist: string): Promise<Array<[string, StageRun]>> {
  const load = (path: string) => import(pathToFileURL(resolve(dist, 'src', path)).href);
  const [tokens, syntax, names, entities, dates, quotes, events, figures, stances] = await Promise.all([
    load('stages/tokens/index.js'),
    load('stages/syntax/index.js'),
    load('stages/names/index.js'),
    load('stages/entities/index.js'),
    load('stages/dates/index.js'),
    load('stages/quotes/index.js'),
    load('stages/events/index.js'),
    load('stages/figures/index.js'),
    load('stages/stances/index.js'),
  ]);
  return [
    ['sentences', ({ text }) => ({ sentences: tokens.splitSentences(text) })],
    ['tokens', ({ text, sentences }) => ({ tokens: tokens.tokenize(text, sentences) })],
    ['syntax', (r) => ({ sentences: syntax.parseSentences(r.tokens, r.sentences) })],
    ['names', (r) => ({ names: names.tagNames(r.text, r.tokens, r.sentences) })],
    ['entities', (r) => entities.resolveEntities(r)],
    [
      'dates',
      (r) => ({ dates: dates.findDates(r.text, { published: r.published, sentences: r.sentences }) }),
    ],
    ['quotes', (r) => quotes.readQuotes(r)],
    ['events', (r) => ({ events: events.findEvents(r) })],
    ['figures', (r) => ({ figures: figures.findFigures(r) })],
    ['stances', (r) => ({ stances: stances.findStances(r) })],
  ];
}

interface Text {
  text: string;
  published: string | null;
}

function texts(corpus: string): Text[] {
  if (corpus === 'bbc')
    return bbcFiles().map((file) => ({ text: readFileSync(file, 'utf8'), published: null }));
  const lines = gunzipSync(readFileSync(`${SHARED_BENCH}/corpora/rss-2025-05/articles.jsonl.gz`))
    .toString('utf8')
    .split('\n')
    .filter(Boolean);
  return lines.map((line) => ({ text: (JSON.parse(line) as { text: string }).text, published: null }));
}

const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const spent = process.cpuUsage(since);
  return (spent.user + spent.system) / 1e6;
};

function read(stages: Array<[string, StageRun]>, input: Text, seconds: Map<string, number>): void {
  let reading: Reading = {
    ...emptyReading(),
    text: input.text,
    published: input.published,
    tokens: [],
    names: [],
  };
  for (const [name, run] of stages) {
    const began = process.cpuUsage();
    reading = { ...reading, ...run(reading) };
    seconds.set(name, (seconds.get(name) ?? 0) + cpuSeconds(began));
  }
}

async function main(): Promise<void> {
  const [distA, distB, corpus = 'bbc', count, chunkArg] = process.argv.slice(2);
  if (!distA || !distB)
    throw new Error('usage: reading-alternate.js <dist A> <dist B> [bbc|rss] [files] [chunk]');
  const all = texts(corpus);
  const inputs = count ? all.slice(0, Number(count)) : all;
  const chunk = Number(chunkArg ?? 20);
  const builds = [
    { name: distA, stages: await stagesOf(distA), seconds: new Map<string, number>() },
    { name: distB, stages: await stagesOf(distB), seconds: new Map<string, number>() },
  ];
  for (const build of builds) read(build.stages, inputs[0]!, new Map());
  for (let from = 0, turn = 0; from < inputs.length; from += chunk, turn++) {
    const order = turn % 2 === 0 ? builds : [...builds].reverse();
    for (const build of order)
      for (const input of inputs.slice(from, from + chunk)) read(build.stages, input, build.seconds);
  }
  const words = inputs.reduce((sum, t) => sum + t.text.split(/\s+/).filter(Boolean).length, 0);
  const total = (b: (typeof builds)[number]) => [...b.seconds.values()].reduce((x, y) => x + y, 0);
  const [a, b] = builds as [(typeof builds)[number], (typeof builds)[number]];
  process.stdout.write(`${inputs.length} ${corpus} texts, ${words} words, turns of ${chunk}\n`);
  process.stdout.write('stage        A s     B s   A/B   A share  B share\n');
  for (const [name] of a.stages) {
    const x = a.seconds.get(name) ?? 0;
    const y = b.seconds.get(name) ?? 0;
    process.stdout.write(
      `${name.padEnd(10)} ${x.toFixed(2).padStart(6)} ${y.toFixed(2).padStart(6)} ${(x / y).toFixed(3)}  ` +
        `${((100 * x) / total(a)).toFixed(1).padStart(5)}%  ${((100 * y) / total(b)).toFixed(1).padStart(5)}%\n`,
    );
  }
  process.stdout.write(
    `all        ${total(a).toFixed(2).padStart(6)} ${total(b).toFixed(2).padStart(6)} ${(total(a) / total(b)).toFixed(3)}` +
      `  words/s A ${Math.round(words / total(a))} B ${Math.round(words / total(b))}\n`,
  );
}

await main();
