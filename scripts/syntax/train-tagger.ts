import type { UdSentence } from '../../src/stages/syntax/conllu.js';
import {
  TAG_DYNAMIC_FEATURES,
  TAG_STATIC_FEATURES,
  TaggerScratch,
  tagDynamicFeatures,
  tagStaticFeatures,
} from '../../src/stages/syntax/tagger.js';
import { buildDictionary, lookUpWords, type TagDictionary } from '../../src/stages/syntax/tag-dictionary.js';
import { UPOS_COUNT } from '../../src/stages/syntax/ud.js';
import { emptyWords, hashWords } from '../../src/stages/syntax/words.js';
import type { Words } from '../../src/stages/syntax/words.js';
import { shuffle } from '../../src/core/random.js';
import { Perceptron } from '../perceptron.js';

/** Words seen at least this often enter the dictionary; this often and this one-sided, they are sure. */
export const DICTIONARY_MIN = 2;
export const SURE_MIN = 40;
export const SURE_SHARE = 0.997;
/** Parts the training data is cut into so each part's ambiguity classes come from the others. */
const DICTIONARY_FOLDS = 5;
/** Room for the longest treebank sentence, so hashing never reallocates. */
export const LONGEST = 4096;

export function tagCounts(sentences: readonly UdSentence[]): Map<number, Int32Array> {
  const counts = new Map<number, Int32Array>();
  const words = emptyWords(LONGEST);
  for (const s of sentences) {
    hashWords(s.words, words);
    for (let w = 0; w < s.words.length; w++) {
      const key = words.norm[w]!;
      let row = counts.get(key);
      if (!row) counts.set(key, (row = new Int32Array(UPOS_COUNT)));
      row[s.upos[w]!]!++;
    }
  }
  return counts;
}

export const dictionaryOf = (sentences: readonly UdSentence[]): TagDictionary =>
  buildDictionary(tagCounts(sentences), DICTIONARY_MIN, SURE_MIN, SURE_SHARE);

interface Example {
  sentence: UdSentence;
  /** The dictionary built without this example's part, as unseen text will meet it. */
  dictionary: TagDictionary;
}

/** Tags `sentence` with dense weights: the development pass and the jackknifed tags for the parser. */
export function tagDense(
  weights: Float32Array,
  bucketBits: number,
  dictionary: TagDictionary,
  sentence: UdSentence,
  scratch: TaggerScratch,
  words: Words,
): Uint8Array {
  return tagWith(
    (buckets, from, to, scores) => {
      for (let f = from; f < to; f++) {
        const row = buckets[f]! * UPOS_COUNT;
        for (let c = 0; c < UPOS_COUNT; c++) scores[c]! += weights[row + c]!;
      }
    },
    (1 << bucketBits) - 1,
    dictionary,
    sentence,
    scratch,
    words,
    null,
  );
}

type Score = (buckets: Int32Array, from: number, to: number, scores: Float64Array) => void;
type Learn = (w: number, predicted: number, statics: Int32Array, base: number, dynamic: Int32Array) => void;

const scores = new Float64Array(UPOS_COUNT);

function tagWith(
  score: Score,
  mask: number,
  dictionary: TagDictionary,
  sentence: UdSentence,
  scratch: TaggerScratch,
  into: Words,
  learn: Learn | null,
): Uint8Array {
  const n = sentence.words.length;
  const words = hashWords(sentence.words, into);
  scratch.fit(n);
  lookUpWords(dictionary, words, scratch.ambiguity, scratch.sure);
  tagStaticFeatures(words, scratch.ambiguity, 0, n, mask, scratch.statics);
  const tags = new Uint8Array(n);
  let previous = -1;
  let previous2 = -1;
  for (let w = 0; w < n; w++) {
    let tag = scratch.sure[w]!;
    if (tag < 0) {
      scores.fill(0);
      const base = w * TAG_STATIC_FEATURES;
      score(scratch.statics, base, base + TAG_STATIC_FEATURES, scores);
      tagDynamicFeatures(words, scratch.ambiguity, w, n, previous, previous2, mask, scratch.dynamic);
      score(scratch.dynamic, 0, TAG_DYNAMIC_FEATURES, scores);
      tag = 0;
      for (let t = 1; t < UPOS_COUNT; t++) if (scores[t]! > scores[tag]!) tag = t;
      learn?.(w, tag, scratch.statics, base, scratch.dynamic);
    }
    tags[w] = tag;
    previous2 = previous;
    previous = tag;
  }
  return tags;
}

export interface TaggerTraining {
  weights: Float32Array;
  chosenEpoch: number;
  dictionary: TagDictionary;
  history: Array<{ epoch: number; mistakes: number; dev: Record<string, number> }>;
}

/**
 * Trains the tagger for `epochs` passes over `train` in a seeded order, scoring each development set
 * after every pass (watched, never trained on).
 */
export function trainTagger(
  train: readonly UdSentence[],
  dev: Record<string, readonly UdSentence[]>,
  epochs: number,
  bucketBits: number,
  random: () => number,
  log: (line: string) => void,
): TaggerTraining {
  const folds: UdSentence[][] = Array.from({ length: DICTIONARY_FOLDS }, () => []);
  train.forEach((s, k) => folds[k % DICTIONARY_FOLDS]!.push(s));
  const examples: Example[] = folds.flatMap((fold, k) => {
    const dictionary = dictionaryOf(folds.filter((_, j) => j !== k).flat());
    return fold.map((sentence) => ({ sentence, dictionary }));
  });
  const dictionary = dictionaryOf(train);
  const model = new Perceptron(1 << bucketBits, UPOS_COUNT);
  const mask = (1 << bucketBits) - 1;
  const scratch = new TaggerScratch();
  const words = emptyWords(LONGEST);
  const history: TaggerTraining['history'] = [];
  /** The pass whose averaged weights tagged the development sets best (model selection). */
  let best: { accuracy: number; epoch: number; weights: Float32Array } | null = null;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(examples, random);
    let mistakes = 0;
    for (const { sentence, dictionary: partial } of examples) {
      tagWith(
        (buckets, from, to, s) => model.score(buckets, from, to, s),
        mask,
        partial,
        sentence,
        scratch,
        words,
        (w, predicted, statics, base, dynamic) => {
          const truth = sentence.upos[w]!;
          if (predicted !== truth) {
            mistakes++;
            model.update(statics, base, base + TAG_STATIC_FEATURES, truth, 1);
            model.update(dynamic, 0, TAG_DYNAMIC_FEATURES, truth, 1);
            model.update(statics, base, base + TAG_STATIC_FEATURES, predicted, -1);
            model.update(dynamic, 0, TAG_DYNAMIC_FEATURES, predicted, -1);
          }
          model.step++;
        },
      );
    }
    const averaged = model.averaged();
    const scores: Record<string, number> = {};
    for (const [name, sentences] of Object.entries(dev)) {
      let right = 0;
      let total = 0;
      for (const s of sentences) {
        const tags = tagDense(averaged, bucketBits, dictionary, s, scratch, words);
        for (let w = 0; w < tags.length; w++) if (tags[w] === s.upos[w]) right++;
        total += tags.length;
      }
      scores[name] = Number(((100 * right) / total).toFixed(2));
    }
    history.push({ epoch, mistakes, dev: scores });
    const accuracy = Object.values(scores).reduce((sum, a) => sum + a, 0);
    if (Object.keys(dev).length > 0 && (!best || accuracy > best.accuracy))
      best = { accuracy, epoch, weights: averaged };
    log(`tagger epoch ${epoch}: ${mistakes} mistakes, UPOS on gold words ${JSON.stringify(scores)}`);
  }
  if (!best) return { weights: model.averaged(), dictionary, history, chosenEpoch: epochs };
  return { weights: best.weights, dictionary, history, chosenEpoch: best.epoch };
}
