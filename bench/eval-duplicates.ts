/**
 * Scores duplicate detection on the BBC 2004–05 corpus (2,225 texts, five topic folders; each file's first
 * line is its title). The corpus has no duplicate labels, so the gold is derived from the files, exactly
 * and without MinHash. The body (title line apart) is what counts, as the pipeline stores an article's
 * title beside its text; the corpus holds retitled copies ("Bank holds interest rate at 4.75%" and "UK
 * interest rates held at 4.75%" over one body), which a title-based gold would miss.
 * - exact: two bodies equal once case, punctuation and spacing are set aside;
 * - near: two bodies, not exact, whose word sets have Jaccard ≥ 0.6, computed exactly over every pair
 *   (pairs whose set sizes rule that out are skipped): light rewrites, a sentence added or cut;
 * - every other pair is not a duplicate. Same-title pairs below 0.6 are rewritten versions of one report
 *   (a story updated hours later, an expanded copy): not gold, but how many we pair up is reported, as is
 *   every pair we report outside the gold, for inspection.
 * Our side: each body is signed and added to a `DuplicateIndex`; its exact and near pairs are scored as
 * one set against exact + near gold. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fingerprintText } from '../src/core/identity.js';
import {
  DuplicateIndex,
  signature,
  similarity,
  type MinHashSignature,
} from '../src/connect/duplicates/index.js';
import { normalisedWords } from '../src/connect/duplicates/minhash.js';

export const BBC_DIR = '../shared/bench/corpora/bbc-2004-05';
const GOLD_NEAR_WORD_JACCARD = 0.6;

export interface BbcText {
  /** `<topic>/<file>`. */
  id: string;
  title: string;
  body: string;
}

export interface DupScore {
  articles: number;
  goldExact: number;
  goldNear: number;
  /** Same-title pairs with less overlap than gold near: neither gold nor penalised. */
  rewrittenVersions: number;
  foundExact: number;
  foundNear: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
  /** How many of the rewritten versions we pair up. */
  rewrittenFound: number;
  /** Pairs we report that the gold does not hold, with our similarity estimate. */
  unexpected: Array<{ a: string; b: string; similarity: number }>;
  /** Gold pairs we do not report, with our similarity estimate. */
  missed: Array<{ a: string; b: string; similarity: number }>;
  /** Articles per second for signature + index add. */
  articlesPerSecond: number;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const LATIN1 = new TextDecoder('latin1');

/** Most files are UTF-8; a few were saved as Latin-1 (a bare 0xA3 for "£"). */
function decode(bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    return LATIN1.decode(bytes);
  }
}

export async function readBbc(dir = BBC_DIR): Promise<BbcText[]> {
  const texts: BbcText[] = [];
  const topics = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  for (const topic of topics.sort()) {
    for (const file of (await readdir(path.join(dir, topic))).filter((f) => f.endsWith('.txt')).sort()) {
      const raw = decode(await readFile(path.join(dir, topic, file)));
      const newline = raw.indexOf('\n');
      texts.push({
        id: `${topic}/${file}`,
        title: (newline < 0 ? raw : raw.slice(0, newline)).trim(),
        body: newline < 0 ? '' : raw.slice(newline + 1).trim(),
      });
    }
  }
  return texts;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Each text's distinct words as sorted ids, so that one pair's intersection is a linear merge. */
function wordSets(texts: BbcText[]): Int32Array[] {
  const ids = new Map<string, number>();
  return texts.map((text) => {
    const set = new Set(
      normalisedWords(text.body).map((word) => ids.get(word) ?? ids.set(word, ids.size).get(word)!),
    );
    return Int32Array.from(set).sort();
  });
}

function intersectionSize(x: Int32Array, y: Int32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return shared;
}

export interface DuplicateGold {
  exact: Set<string>;
  near: Set<string>;
  rewritten: Set<string>;
}

export function deriveGold(texts: BbcText[]): DuplicateGold {
  const bodies = texts.map((text) => normalisedWords(text.body).join(' '));
  const sets = wordSets(texts);
  const bySize = texts.map((_, i) => i).sort((i, j) => sets[i]!.length - sets[j]!.length);
  const gold: DuplicateGold = { exact: new Set(), near: new Set(), rewritten: new Set() };
  const titles = new Map<string, number[]>();
  texts.forEach((text, i) => {
    const title = normalisedWords(text.title).join(' ');
    titles.set(title, [...(titles.get(title) ?? []), i]);
  });
  for (let p = 0; p < bySize.length; p++) {
    const i = bySize[p]!;
    for (let q = p + 1; q < bySize.length; q++) {
      const j = bySize[q]!;
      // Jaccard is at most |smaller| / |larger|, and sizes only grow from here.
      if (sets[i]!.length < GOLD_NEAR_WORD_JACCARD * sets[j]!.length) break;
      const key = pairKey(texts[i]!.id, texts[j]!.id);
      if (bodies[i] === bodies[j]) {
        gold.exact.add(key);
        continue;
      }
      const shared = intersectionSize(sets[i]!, sets[j]!);
      const jaccard = shared / (sets[i]!.length + sets[j]!.length - shared || 1);
      if (jaccard >= GOLD_NEAR_WORD_JACCARD) gold.near.add(key);
    }
  }
  for (const group of titles.values()) {
    for (const [x, y] of group.flatMap((i, n) => group.slice(n + 1).map((j) => [i, j] as const))) {
      const key = pairKey(texts[x]!.id, texts[y]!.id);
      if (!gold.exact.has(key) && !gold.near.has(key)) gold.rewritten.add(key);
    }
  }
  return gold;
}

export async function evaluateDuplicates(dir = BBC_DIR): Promise<DupScore> {
  const texts = await readBbc(dir);
  const gold = deriveGold(texts);
  const index = new DuplicateIndex();
  const found = [];
  const signatures = new Map<string, MinHashSignature>();
  const started = process.hrtime.bigint();
  for (const text of texts) {
    const sig = signature(text.body);
    signatures.set(text.id, sig);
    found.push(...index.add({ id: text.id, signature: sig, fingerprint: fingerprintText(text.body) }));
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const isGold = (key: string) => gold.exact.has(key) || gold.near.has(key);
  const foundKeys = found.map((pair) => pairKey(pair.a, pair.b));
  const truePositives = foundKeys.filter(isGold).length;
  const goldCount = gold.exact.size + gold.near.size;
  const precision = found.length ? truePositives / found.length : 1;
  const recall = goldCount ? truePositives / goldCount : 1;
  return {
    articles: texts.length,
    goldExact: gold.exact.size,
    goldNear: gold.near.size,
    rewrittenVersions: gold.rewritten.size,
    foundExact: found.filter((pair) => pair.kind === 'exact').length,
    foundNear: found.filter((pair) => pair.kind === 'near').length,
    truePositives,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    rewrittenFound: foundKeys.filter((key) => gold.rewritten.has(key)).length,
    unexpected: found
      .filter((pair, i) => !isGold(foundKeys[i]!))
      .map(({ a, b, similarity }) => ({ a, b, similarity })),
    missed: [...gold.exact, ...gold.near]
      .filter((key) => !foundKeys.includes(key))
      .map((key) => {
        const [a, b] = key.split('|') as [string, string];
        return { a, b, similarity: similarity(signatures.get(a)!, signatures.get(b)!) };
      }),
    articlesPerSecond: texts.length / seconds,
  };
}
