import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/stages/names/index.js';
import { readConllu } from '../src/stages/syntax/conllu.js';
import type { UdSentence } from '../src/stages/syntax/conllu.js';
import { encodeSyntaxModel } from '../src/stages/syntax/model.js';
import { LABEL_BUCKETS, LABEL_LEVELS } from '../src/stages/syntax/labels.js';
import {
  PARSER_FEATURES_VERSION,
  TRANSITION_BUCKETS,
  TRANSITION_LEVELS,
} from '../src/stages/syntax/parser-features.js';
import { ACTIONS } from '../src/stages/syntax/state.js';
import { TAGGER_FEATURES_VERSION, TaggerScratch } from '../src/stages/syntax/tagger.js';
import { DEPREL_COUNT, UPOS_COUNT } from '../src/stages/syntax/ud.js';
import { emptyWords } from '../src/stages/syntax/words.js';
import { MODEL_FILE, META_FILE } from '../src/stages/syntax/index.js';
import { seededRandom } from '../src/core/random.js';
import { trainParser } from './syntax/train-parser.js';
import type { TaggedSentence } from './syntax/train-parser.js';
import { LONGEST, tagDense, trainTagger } from './syntax/train-tagger.js';

/**
 * Trains the part-of-speech tagger and the dependency parser on UD English EWT and GUM (its Wikimedia
 * documents) and writes models/syntax.bin with its training record. Development sets are watched after
 * every pass, never trained on; test sets are never read.
 * Run: nice -n 10 node --import tsx scripts/train-syntax.ts [tagger epochs] [parser epochs]
 */
const TAGGER_EPOCHS = Number(process.argv[2] ?? 6);
const PARSER_EPOCHS = Number(process.argv[3] ?? 12);
const TAGGER_BITS = 20;
/** Parts of the training data each tagged by a tagger trained on the others, so the parser learns from real tags. */
const JACKKNIFE = 4;
const SEED = 20240521;

const DATA = join(packageRoot(), '..', 'shared', 'bench', 'syntax');
const TRAIN = ['en_ewt-ud-train.conllu', 'en_gum-wikimedia-ud-train.conllu'];
const DEV = { ewt: 'en_ewt-ud-dev.conllu', gum: 'en_gum-wikimedia-ud-dev.conllu' };

function readTreebank(file: string): UdSentence[] {
  if (/test/i.test(file)) throw new Error(`${file}: test sets are never read`);
  return readConllu(readFileSync(join(DATA, file), 'utf8'), file, {
    agentFromBy: file.includes('gum'),
  }).flatMap((d) => d.sentences);
}

function train(): void {
  const began = Date.now();
  const log = (line: string) =>
    process.stderr.write(`${line} (${Math.round((Date.now() - began) / 1000)} s)\n`);
  const random = seededRandom(SEED);
  const training = TRAIN.flatMap(readTreebank);
  const dev = Object.fromEntries(Object.entries(DEV).map(([name, file]) => [name, readTreebank(file)]));

  const scratch = new TaggerScratch();
  const words = emptyWords(LONGEST);
  const tagged: TaggedSentence[] = [];
  for (let fold = 0; fold < JACKKNIFE; fold++) {
    const held = training.filter((_, k) => k % JACKKNIFE === fold);
    const rest = training.filter((_, k) => k % JACKKNIFE !== fold);
    const partial = trainTagger(rest, {}, TAGGER_EPOCHS, TAGGER_BITS, random, () => {});
    for (const sentence of held)
      tagged.push({
        sentence,
        tags: tagDense(partial.weights, TAGGER_BITS, partial.dictionary, sentence, scratch, words),
        // Filled by the tagging just above: the classes of the dictionary that never saw this sentence.
        ambiguity: scratch.ambiguity.slice(0, sentence.words.length),
      });
    log(`jackknife ${fold + 1}/${JACKKNIFE}: tagged ${held.length} training sentences`);
  }
  const tagger = trainTagger(training, dev, TAGGER_EPOCHS, TAGGER_BITS, random, log);
  const devTagged = Object.fromEntries(
    Object.entries(dev).map(([name, sentences]) => [
      name,
      sentences.map((sentence) => ({
        sentence,
        tags: tagDense(tagger.weights, TAGGER_BITS, tagger.dictionary, sentence, scratch, words),
        ambiguity: scratch.ambiguity.slice(0, sentence.words.length),
      })),
    ]),
  );
  const parser = trainParser(tagged, devTagged, PARSER_EPOCHS, random, log);

  const file = encodeSyntaxModel(
    { weights: tagger.weights, width: UPOS_COUNT, buckets: 1 << TAGGER_BITS, levels: 32767 },
    { weights: parser.transitions, width: ACTIONS, buckets: TRANSITION_BUCKETS, levels: TRANSITION_LEVELS },
    { weights: parser.labels, width: DEPREL_COUNT, buckets: LABEL_BUCKETS, levels: LABEL_LEVELS },
    tagger.dictionary,
  );
  const root = packageRoot();
  writeFileSync(join(root, MODEL_FILE), file);
  const meta = {
    model: MODEL_FILE,
    sha256: createHash('sha256').update(file).digest('hex'),
    bytes: file.length,
    kind:
      'averaged-perceptron UPOS tagger (greedy, hashed features, tag dictionary) and greedy arc-hybrid ' +
      'dependency parser (averaged perceptron over hashed features after Zhang & Nivre 2011: words, tags, ' +
      'distances, valencies, label sets, second-order children; dynamic oracle with exploration; separate ' +
      'relation classifier)',
    taggerFeaturesVersion: TAGGER_FEATURES_VERSION,
    parserFeaturesVersion: PARSER_FEATURES_VERSION,
    buckets: { tagger: 1 << TAGGER_BITS, transitions: TRANSITION_BUCKETS, labels: LABEL_BUCKETS },
    epochs: { tagger: TAGGER_EPOCHS, parser: PARSER_EPOCHS },
    chosenEpochs: {
      tagger: tagger.chosenEpoch,
      parser: parser.chosenEpoch,
      by: 'best summed UPOS / LAS on the development sets (model selection: dev figures are tuned on)',
    },
    jackknife: JACKKNIFE,
    seed: SEED,
    trainingData: TRAIN.map((f) => `../shared/bench/syntax/${f}`),
    trainingSentences: training.length,
    watched: Object.values(DEV).map((f) => `../shared/bench/syntax/${f} (development, not trained on)`),
    scoresOn: 'gold words of the development sets; `npm run eval` scores Dossier’s own tokens',
    tagger: tagger.history,
    parser: parser.history,
    trainingSeconds: Math.round((Date.now() - began) / 1000),
    trainedAt: new Date().toISOString(),
  };
  writeFileSync(join(root, META_FILE), `${JSON.stringify(meta, null, 2)}\n`);
  log(`wrote ${MODEL_FILE} (${(file.length / 1e6).toFixed(1)} MB)`);
}

train();
