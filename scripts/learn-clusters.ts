import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { packageRoot } from '../src/stages/names/index.js';
import { emptyWords, hashWord } from '../src/stages/syntax/words.js';
import {
  conllSentences,
  tokenXmlSentences,
  treebankSentences,
  xmlInTarGz,
  xmlUnder,
} from './syntax/unlabeled-text.js';

/**
 * Learns word clusters for the tagger and the parser from unlabeled text and writes `CLUSTERS_FILE`
 * (each word's most frequent spelling and its cluster as a path of bits) with its training record.
 *
 * Distributional classes in the manner of Schütze (1995): each word of the vocabulary is described by
 * the words seen just before and just after it (positive PMI over the most frequent words), and the
 * vocabulary is split in two again and again (the principal direction of the node's vectors, refined by
 * two-means), so a word's cluster is a path from the root and its prefixes are coarser classes, as Brown
 * clusters are used (Koo et al. 2008). Deterministic: no random choice anywhere.
 * Run: nice -n 10 node --import tsx scripts/learn-clusters.ts
 */

/**
 * Written beside the bench results, not shipped: the features that read them were tried and not kept
 * (docs/models.md, session 12); a model trained with them would ship them in models/.
 */
const CLUSTERS_FILE = 'bench/results/clusters.tsv.gz';
const CLUSTERS_META_FILE = 'bench/results/clusters.meta.json';
const BENCH = join(packageRoot(), '..', 'shared', 'bench');
/** Text whose licence or standing allows weights derived from it (see docs/models.md). */
const SOURCES = [
  {
    name: 'UD English EWT train (CC BY-SA 4.0)',
    read: () => treebankSentences(join(BENCH, 'syntax', 'en_ewt-ud-train.conllu')),
  },
  {
    name: 'UD English GUM Wikimedia train (CC BY 4.0)',
    read: () => treebankSentences(join(BENCH, 'syntax', 'en_gum-wikimedia-ud-train.conllu')),
  },
  {
    name: 'ECB+ topics 1-35 (CC BY 3.0)',
    read: () => xmlInTarGz(join(BENCH, 'stories', 'ecbplus-topics-1-35.tar.gz')).flatMap(tokenXmlSentences),
  },
  {
    name: 'MEANTIME English (CC BY 4.0)',
    read: () =>
      xmlUnder(join(BENCH, 'corpora', 'meantime', 'intra-doc_annotation')).flatMap(tokenXmlSentences),
  },
  {
    name: 'CoNLL-2003 eng.train (RCV1: research use, as models/ner.bin)',
    read: () => conllSentences(join(BENCH, 'entities', 'conll2003-eng.train')),
  },
];

/** Words seen this often get a cluster. */
const MIN_COUNT = 3;
/** The most frequent words, whose presence just before or after a word describes it. */
const CONTEXT_WORDS = 1000;
/** Nodes this small are not split; paths stop at this depth. */
const MIN_SPLIT = 8;
const MAX_DEPTH = 16;
const POWER_STEPS = 12;
const TWO_MEANS_STEPS = 6;

interface Vocabulary {
  /** Norm hash → word number. */
  index: Map<number, number>;
  counts: number[];
  spellings: Array<Map<string, number>>;
}

function countWords(sentences: readonly string[][]): Vocabulary {
  const words = emptyWords(1);
  const index = new Map<number, number>();
  const counts: number[] = [];
  const spellings: Array<Map<string, number>> = [];
  for (const sentence of sentences)
    for (const word of sentence) {
      hashWord(word, words, 0);
      const key = words.norm[0]!;
      let id = index.get(key);
      if (id === undefined) {
        index.set(key, (id = counts.length));
        counts.push(0);
        spellings.push(new Map());
      }
      counts[id]!++;
      spellings[id]!.set(word, (spellings[id]!.get(word) ?? 0) + 1);
    }
  return { index, counts, spellings };
}

/** The most frequent spelling, ties to the first in code-unit order. */
function spellingOf(spellings: Map<string, number>): string {
  let best = '';
  let count = -1;
  for (const [spelling, c] of spellings)
    if (c > count || (c === count && spelling < best)) [best, count] = [spelling, c];
  return best;
}

/** Sparse rows: each word's context dimensions and values (unit length). */
interface Vectors {
  dims: Int32Array[];
  values: Float64Array[];
  width: number;
}

function contextVectors(sentences: readonly string[][], vocabulary: Vocabulary, members: number[]): Vectors {
  const { index, counts } = vocabulary;
  const byCount = counts.map((_, id) => id).sort((a, b) => counts[b]! - counts[a]! || a - b);
  const context = new Int32Array(counts.length).fill(-1);
  byCount.slice(0, CONTEXT_WORDS).forEach((id, k) => (context[id] = k));
  // Per side: the context words, then the sentence's edge, then any other word.
  const side = CONTEXT_WORDS + 2;
  const row = new Int32Array(counts.length).fill(-1);
  members.forEach((id, k) => (row[id] = k));
  const cells = members.map(() => new Map<number, number>());
  const words = emptyWords(1);
  const idOf = (word: string): number => (hashWord(word, words, 0), index.get(words.norm[0]!)!);
  for (const sentence of sentences) {
    const ids = sentence.map(idOf);
    for (let w = 0; w < ids.length; w++) {
      const r = row[ids[w]!]!;
      if (r < 0) continue;
      const left =
        w === 0 ? CONTEXT_WORDS : context[ids[w - 1]!]! >= 0 ? context[ids[w - 1]!]! : CONTEXT_WORDS + 1;
      const right =
        w + 1 === ids.length
          ? CONTEXT_WORDS
          : context[ids[w + 1]!]! >= 0
            ? context[ids[w + 1]!]!
            : CONTEXT_WORDS + 1;
      const cell = cells[r]!;
      cell.set(left, (cell.get(left) ?? 0) + 1);
      cell.set(side + right, (cell.get(side + right) ?? 0) + 1);
    }
  }
  // Positive PMI with the context's count smoothed (^0.75, Levy et al. 2015), then unit length.
  const contextTotals = new Float64Array(2 * side);
  let total = 0;
  for (const cell of cells)
    for (const [d, c] of cell) {
      contextTotals[d]! += c;
      total += c;
    }
  let smoothed = 0;
  for (let d = 0; d < contextTotals.length; d++) smoothed += contextTotals[d]! ** 0.75;
  const dims: Int32Array[] = [];
  const values: Float64Array[] = [];
  for (const cell of cells) {
    const entries = [...cell].sort((a, b) => a[0] - b[0]);
    let wordTotal = 0;
    for (const [, c] of entries) wordTotal += c;
    const kept = entries
      .map(([d, c]) => [d, Math.log((c * smoothed) / (wordTotal * contextTotals[d]! ** 0.75))] as const)
      .filter(([, v]) => v > 0);
    const norm = Math.sqrt(kept.reduce((sum, [, v]) => sum + v * v, 0)) || 1;
    dims.push(Int32Array.from(kept, ([d]) => d));
    values.push(Float64Array.from(kept, ([, v]) => v / norm));
  }
  return { dims, values, width: 2 * side };
}

const dot = (v: Vectors, i: number, dense: Float64Array): number => {
  const d = v.dims[i]!;
  const x = v.values[i]!;
  let sum = 0;
  for (let k = 0; k < d.length; k++) sum += x[k]! * dense[d[k]!]!;
  return sum;
};

function addInto(v: Vectors, i: number, scale: number, dense: Float64Array): void {
  const d = v.dims[i]!;
  const x = v.values[i]!;
  for (let k = 0; k < d.length; k++) dense[d[k]!]! += scale * x[k]!;
}

function unit(dense: Float64Array): void {
  let sum = 0;
  for (let k = 0; k < dense.length; k++) sum += dense[k]! * dense[k]!;
  const norm = Math.sqrt(sum) || 1;
  for (let k = 0; k < dense.length; k++) dense[k]! /= norm;
}

/** Splits `node` (rows of `v`) in two, or returns null when no split separates it. */
function split(v: Vectors, node: readonly number[]): [number[], number[]] | null {
  const mean = new Float64Array(v.width);
  for (const i of node) addInto(v, i, 1 / node.length, mean);
  // The principal direction of the centred rows, by power iteration from a fixed start.
  let direction = Float64Array.from({ length: v.width }, (_, k) => Math.sin(k + 1));
  unit(direction);
  for (let step = 0; step < POWER_STEPS; step++) {
    const next = new Float64Array(v.width);
    let meanDot = 0;
    for (let k = 0; k < v.width; k++) meanDot += mean[k]! * direction[k]!;
    let weightSum = 0;
    for (const i of node) {
      const u = dot(v, i, direction) - meanDot;
      addInto(v, i, u, next);
      weightSum += u;
    }
    for (let k = 0; k < v.width; k++) next[k]! -= weightSum * mean[k]!;
    unit(next);
    direction = next;
  }
  let meanDot = 0;
  for (let k = 0; k < v.width; k++) meanDot += mean[k]! * direction[k]!;
  let side = node.map((i) => dot(v, i, direction) - meanDot >= 0);
  // Two-means from that cut: each row to the nearer centroid (cosine), a few times.
  for (let step = 0; step < TWO_MEANS_STEPS; step++) {
    const centroids = [new Float64Array(v.width), new Float64Array(v.width)];
    node.forEach((i, k) => addInto(v, i, 1, centroids[side[k] ? 1 : 0]!));
    centroids.forEach(unit);
    const next = node.map((i) => dot(v, i, centroids[1]!) > dot(v, i, centroids[0]!));
    if (next.every((s, k) => s === side[k])) break;
    side = next;
  }
  const left = node.filter((_, k) => !side[k]);
  const right = node.filter((_, k) => side[k]);
  return left.length === 0 || right.length === 0 ? null : [left, right];
}

/** Each row's path of bits, splitting depth first from the whole vocabulary. */
function paths(v: Vectors, size: number): string[] {
  const out = new Array<string>(size).fill('');
  const pending: Array<{ node: number[]; path: string }> = [
    { node: Array.from({ length: size }, (_, k) => k), path: '' },
  ];
  while (pending.length > 0) {
    const { node, path } = pending.pop()!;
    const halves = node.length >= MIN_SPLIT && path.length < MAX_DEPTH ? split(v, node) : null;
    if (!halves) {
      for (const i of node) out[i] = path;
      continue;
    }
    pending.push({ node: halves[1], path: `${path}1` }, { node: halves[0], path: `${path}0` });
  }
  return out;
}

function learn(): void {
  const began = Date.now();
  const log = (line: string) =>
    process.stderr.write(`${line} (${Math.round((Date.now() - began) / 1000)} s)\n`);
  const sources = SOURCES.map((source) => {
    const sentences = source.read();
    const tokens = sentences.reduce((sum, s) => sum + s.length, 0);
    log(`${source.name}: ${sentences.length} sentences, ${tokens} tokens`);
    return { name: source.name, sentences, tokens };
  });
  const sentences = sources.flatMap((s) => s.sentences);
  const vocabulary = countWords(sentences);
  const members = vocabulary.counts.map((c, id) => (c >= MIN_COUNT ? id : -1)).filter((id) => id >= 0);
  const vectors = contextVectors(sentences, vocabulary, members);
  log(`${members.length} words seen ${MIN_COUNT}+ times of ${vocabulary.counts.length}`);
  const bits = paths(vectors, members.length);
  const lines = members
    .map((id, k) => [spellingOf(vocabulary.spellings[id]!), bits[k]!] as const)
    .filter(([spelling]) => !/[\t\n]/.test(spelling))
    .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([spelling, path]) => `${spelling}\t${path}\n`);
  const file = gzipSync(Buffer.from(lines.join(''), 'utf8'), { level: 9 });
  const root = packageRoot();
  writeFileSync(join(root, CLUSTERS_FILE), file);
  const leaves = new Set(bits).size;
  const meta = {
    model: CLUSTERS_FILE,
    sha256: createHash('sha256').update(file).digest('hex'),
    bytes: file.length,
    kind:
      'distributional word classes: PPMI vectors of the words just before and after each word, split in two ' +
      'recursively (principal direction, then two-means); a word’s cluster is its path of bits',
    sources: sources.map((s) => ({ name: s.name, sentences: s.sentences.length, tokens: s.tokens })),
    parameters: { MIN_COUNT, CONTEXT_WORDS, MIN_SPLIT, MAX_DEPTH, POWER_STEPS, TWO_MEANS_STEPS },
    words: lines.length,
    clusters: leaves,
    deepest: Math.max(...bits.map((b) => b.length)),
    trainingSeconds: Math.round((Date.now() - began) / 1000),
    trainedAt: new Date().toISOString(),
  };
  writeFileSync(join(root, CLUSTERS_META_FILE), `${JSON.stringify(meta, null, 2)}\n`);
  log(
    `wrote ${CLUSTERS_FILE}: ${lines.length} words in ${leaves} clusters (${(file.length / 1e3).toFixed(0)} kB)`,
  );
}

learn();
