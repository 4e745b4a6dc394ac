import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { conllPath, scoreOnGoldTokens } from '../bench/eval-ner.js';
import { asOurTokens, readConll } from '../src/stages/names/conll.js';
import type { ConllDocument } from '../src/stages/names/conll.js';
import { bestAllowedTag, decodeDocument } from '../src/stages/names/decode.js';
import type { ScoreWord } from '../src/stages/names/decode.js';
import { FEATURES_VERSION, STATIC_COUNT, prepareDocument } from '../src/stages/names/features.js';
import type { PreparedDocument } from '../src/stages/names/features.js';
import { MODEL_FILE, packageRoot } from '../src/stages/names/index.js';
import { encodeModel } from '../src/stages/names/model.js';
import { TAG_COUNT, spansToTags, tagsToSpans } from '../src/stages/names/tags.js';
import type { TokenSpan } from '../src/stages/names/tags.js';
import { seededRandom, shuffle } from '../src/core/random.js';
import { Perceptron } from './perceptron.js';

/**
 * Trains the name tagger: an averaged perceptron over hashed features, greedy left-to-right decoding, on
 * CoNLL-2003 eng.train; watches eng.testa after each epoch and writes the averaged weights.
 * Run: node --import tsx scripts/train-ner.ts [epochs]
 */
const EPOCHS = Number(process.argv[2] ?? 12);
const BUCKET_BITS = 21;
const SEED = 20030531;
/** Shares of training sentences shown in lower case and in capitals, so such text is not new to the model. */
const LOWER_SHARE = 0.04;
const UPPER_SHARE = 0.04;

function recased(doc: ConllDocument, random: () => number): ConllDocument {
  const words = [...doc.words];
  for (let s = 0; s + 1 < doc.sentenceStarts.length; s++) {
    const roll = random();
    const change = roll < LOWER_SHARE ? 'lower' : roll < LOWER_SHARE + UPPER_SHARE ? 'upper' : null;
    if (!change) continue;
    for (let w = doc.sentenceStarts[s]!; w < doc.sentenceStarts[s + 1]!; w++) {
      words[w] = change === 'lower' ? words[w]!.toLowerCase() : words[w]!.toUpperCase();
    }
  }
  return { ...doc, words };
}

interface Example {
  doc: PreparedDocument;
  gold: Uint8Array;
}

/** Adds each tag's weight for `buckets[from..to)` into `scores`. */
function addWeights(
  weights: Float32Array,
  buckets: Int32Array,
  from: number,
  to: number,
  scores: Float64Array,
): void {
  for (let f = from; f < to; f++) {
    const row = buckets[f]! * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) scores[t]! += weights[row + t]!;
  }
}

/** Scores every feature afresh at each word: a mistake's update must count for the very next word. */
function denseScorer(weights: Float32Array, doc: PreparedDocument): ScoreWord {
  return (w, dynamic, scores) => {
    scores.fill(0);
    addWeights(weights, doc.staticBuckets, w * STATIC_COUNT, (w + 1) * STATIC_COUNT, scores);
    addWeights(weights, dynamic, 0, dynamic.length, scores);
  };
}

function tagWithWeights(doc: ConllDocument, weights: Float32Array, mask: number): TokenSpan[] {
  const prepared = prepareDocument(doc.words, doc.sentenceStarts, mask);
  const tags = decodeDocument(
    prepared,
    mask,
    denseScorer(weights, prepared),
    (_w, _dynamic, scores, previous) => bestAllowedTag(scores, previous),
  );
  const spans: TokenSpan[] = [];
  for (let s = 0; s + 1 < doc.sentenceStarts.length; s++)
    tagsToSpans(tags, doc.sentenceStarts[s]!, doc.sentenceStarts[s + 1]!, spans);
  return spans;
}

function train(): void {
  const began = Date.now();
  const random = seededRandom(SEED);
  const trainFile = 'conll2003-eng.train';
  const mask = (1 << BUCKET_BITS) - 1;
  const examples: Example[] = readConll(conllPath(trainFile))
    .map(asOurTokens)
    .map((doc) => {
      const shown = recased(doc, random);
      return {
        doc: prepareDocument(shown.words, shown.sentenceStarts, mask),
        gold: spansToTags(doc.names, doc.words.length),
      };
    });
  const dev = readConll(conllPath('conll2003-eng.testa')).map(asOurTokens);
  const model = new Perceptron(1 << BUCKET_BITS, TAG_COUNT);
  const order = examples.map((_, k) => k);
  const history: Array<{ epoch: number; devF1: number; mistakes: number }> = [];
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    shuffle(order, random);
    let mistakes = 0;
    for (const index of order) {
      const { doc, gold } = examples[index]!;
      // The model's own earlier choices feed the next word's features, as they will when tagging.
      decodeDocument(doc, mask, denseScorer(model.weights, doc), (w, dynamic, scores) => {
        let predicted = 0;
        for (let t = 1; t < TAG_COUNT; t++) if (scores[t]! > scores[predicted]!) predicted = t;
        const truth = gold[w]!;
        if (predicted !== truth) {
          mistakes++;
          const from = w * STATIC_COUNT;
          model.update(doc.staticBuckets, from, from + STATIC_COUNT, truth, 1);
          model.update(dynamic, 0, dynamic.length, truth, 1);
          model.update(doc.staticBuckets, from, from + STATIC_COUNT, predicted, -1);
          model.update(dynamic, 0, dynamic.length, predicted, -1);
        }
        model.step++;
        return predicted;
      });
    }
    const averaged = model.averaged();
    const devScore = scoreOnGoldTokens(dev, (doc) => tagWithWeights(doc, averaged, mask), 'training');
    history.push({ epoch, devF1: Number(devScore.f1.toFixed(2)), mistakes });
    process.stderr.write(
      `epoch ${epoch}: ${mistakes} mistakes, eng.testa F1 ${devScore.f1.toFixed(2)} (${((Date.now() - began) / 1000).toFixed(0)} s)\n`,
    );
  }
  const file = encodeModel(model.averaged(), { featuresVersion: FEATURES_VERSION, bucketBits: BUCKET_BITS });
  const root = packageRoot();
  mkdirSync(join(root, 'models'), { recursive: true });
  writeFileSync(join(root, MODEL_FILE), file);
  const meta = {
    model: MODEL_FILE,
    featuresVersion: FEATURES_VERSION,
    kind: 'averaged perceptron, hashed features, greedy BILOU decoding',
    bucketBits: BUCKET_BITS,
    epochs: EPOCHS,
    seed: SEED,
    recased: { lower: LOWER_SHARE, upper: UPPER_SHARE },
    trainingData: `CoNLL-2003 English ${trainFile} (Reuters RCV1; research use only); eng.testa watched, not trained on`,
    history,
    bytes: file.length,
    trainingSeconds: Math.round((Date.now() - began) / 1000),
    trainedAt: new Date().toISOString(),
  };
  writeFileSync(join(root, 'models', 'ner.meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  process.stderr.write(`wrote ${MODEL_FILE} (${(file.length / 1e6).toFixed(1)} MB)\n`);
}

train();
