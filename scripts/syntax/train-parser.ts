import type { UdSentence } from '../../src/stages/syntax/conllu.js';
import { actionCosts, projectivize } from '../../src/stages/syntax/oracle.js';
import { LABEL_BUCKETS, LABEL_FEATURES, labelFeatures } from '../../src/stages/syntax/labels.js';
import {
  PARSER_FEATURES,
  TRANSITION_BUCKETS,
  parserFeatures,
} from '../../src/stages/syntax/parser-features.js';
import type { SentenceView } from '../../src/stages/syntax/view.js';
import { ACTIONS, LEFT, ParserState, SHIFT } from '../../src/stages/syntax/state.js';
import { DEPREL_COUNT, ROOT_DEPREL } from '../../src/stages/syntax/ud.js';
import { emptyWords, hashWords } from '../../src/stages/syntax/words.js';
import { shuffle } from '../../src/core/random.js';
import { Perceptron } from '../perceptron.js';
import { LONGEST } from './train-tagger.js';

/** A treebank sentence with the tags the parser will see: the tagger's, never the gold ones. */
export interface TaggedSentence {
  sentence: UdSentence;
  tags: Uint8Array;
  /** Each word's ambiguity class in the dictionary of the tagger that tagged it. */
  ambiguity: Int32Array;
}

export interface ParserTraining {
  transitions: Float32Array;
  labels: Float32Array;
  /** The pass kept: the best on the development sets (model selection), the last when none is given. */
  chosenEpoch: number;
  history: Array<{ epoch: number; mistakes: number; dev: Record<string, { uas: number; las: number }> }>;
}

/** After the first pass, a wrong action the model prefers is followed this often, so it learns to recover. */
const EXPLORE = 0.9;

const scores = new Float64Array(ACTIONS);
const labelScores = new Float64Array(DEPREL_COUNT);
const costs = new Float64Array(ACTIONS);
const features = new Int32Array(PARSER_FEATURES);
const labelBuckets = new Int32Array(LABEL_FEATURES);

function bestLabel(label: Float64Array): number {
  let best = ROOT_DEPREL === 0 ? 1 : 0;
  for (let l = 0; l < DEPREL_COUNT; l++) if (l !== ROOT_DEPREL && label[l]! > label[best]!) best = l;
  return best;
}

/** Parses with the weights as they are (dense floats); heads and labels are left in `state`. */
export function parseDense(
  transitions: Float32Array,
  labels: Float32Array,
  view: SentenceView,
  n: number,
  state: ParserState,
): void {
  state.reset(n);
  while (!state.done) {
    parserFeatures(view, state, features);
    scores.fill(0);
    addDense(transitions, ACTIONS, features, PARSER_FEATURES, scores);
    let action = -1;
    for (let a = 0; a < ACTIONS; a++)
      if (state.isValid(a) && (action < 0 || scores[a]! > scores[action]!)) action = a;
    let label = 0;
    if (action !== SHIFT) {
      if (action === LEFT && state.front === n) label = ROOT_DEPREL;
      else {
        labelFeatures(view, state, action, labelBuckets);
        labelScores.fill(0);
        addDense(labels, DEPREL_COUNT, labelBuckets, LABEL_FEATURES, labelScores);
        label = bestLabel(labelScores);
      }
    }
    state.apply(action, label);
  }
}

function addDense(
  weights: Float32Array,
  width: number,
  buckets: Int32Array,
  count: number,
  into: Float64Array,
): void {
  for (let f = 0; f < count; f++) {
    const row = buckets[f]! * width;
    for (let c = 0; c < width; c++) into[c]! += weights[row + c]!;
  }
}

/** UAS and LAS in percent over every word, punctuation included (as the CoNLL 2018 scorer counts). */
export function scoreDense(
  transitions: Float32Array,
  labels: Float32Array,
  sentences: readonly TaggedSentence[],
): { uas: number; las: number } {
  const state = new ParserState();
  const words = emptyWords(LONGEST);
  let total = 0;
  let attached = 0;
  let labelled = 0;
  for (const { sentence, tags, ambiguity } of sentences) {
    const n = sentence.words.length;
    hashWords(sentence.words, words);
    parseDense(transitions, labels, { words, tags, ambiguity, from: 0 }, n, state);
    for (let w = 0; w < n; w++) {
      const head = state.heads[w] === n ? -1 : state.heads[w]!;
      total++;
      if (head === sentence.heads[w]) {
        attached++;
        if (state.labels[w] === sentence.deprels[w]) labelled++;
      }
    }
  }
  return {
    uas: Number(((100 * attached) / total).toFixed(2)),
    las: Number(((100 * labelled) / total).toFixed(2)),
  };
}

/**
 * Trains transitions and relations together, one seeded pass order per epoch. The dynamic oracle names the
 * actions that lose no more gold arcs; the perceptron learns when its favourite is not one of them, and from
 * the second pass on the parser often follows its own mistakes (`EXPLORE`) to learn what to do after them.
 * Relations are learnt on arcs whose head is right.
 */
export function trainParser(
  train: readonly TaggedSentence[],
  dev: Record<string, readonly TaggedSentence[]>,
  epochs: number,
  random: () => number,
  log: (line: string) => void,
): ParserTraining {
  const transitions = new Perceptron(TRANSITION_BUCKETS, ACTIONS);
  const labels = new Perceptron(LABEL_BUCKETS, DEPREL_COUNT);
  const examples = train.map((t) => ({
    ...t,
    gold: projectivize(Int32Array.from(t.sentence.heads, (h) => (h < 0 ? t.sentence.words.length : h))),
  }));
  const state = new ParserState();
  const words = emptyWords(LONGEST);
  let onStack = new Uint8Array(LONGEST + 1);
  const history: ParserTraining['history'] = [];
  /** The pass whose averaged weights scored the best LAS summed over the development sets. */
  let best: { las: number; epoch: number; transitions: Float32Array; labels: Float32Array } | null = null;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(examples, random);
    let mistakes = 0;
    for (const { sentence, tags, ambiguity, gold } of examples) {
      const n = sentence.words.length;
      hashWords(sentence.words, words);
      const view: SentenceView = { words, tags, ambiguity, from: 0 };
      state.reset(n);
      onStack = onStack.length > n ? onStack : new Uint8Array(n + 1);
      onStack.fill(0, 0, n + 1);
      while (!state.done) {
        parserFeatures(view, state, features);
        scores.fill(0);
        transitions.score(features, 0, PARSER_FEATURES, scores);
        actionCosts(state, gold, onStack, costs);
        let predicted = -1;
        let best = -1;
        let least = Infinity;
        for (let a = 0; a < ACTIONS; a++) least = Math.min(least, costs[a]!);
        for (let a = 0; a < ACTIONS; a++) {
          if (costs[a] === Infinity) continue;
          if (predicted < 0 || scores[a]! > scores[predicted]!) predicted = a;
          if (costs[a] === least && (best < 0 || scores[a]! > scores[best]!)) best = a;
        }
        if (costs[predicted]! > least) {
          mistakes++;
          transitions.update(features, 0, PARSER_FEATURES, best, 1);
          transitions.update(features, 0, PARSER_FEATURES, predicted, -1);
        }
        transitions.step++;
        const action = costs[predicted] === least || (epoch > 1 && random() < EXPLORE) ? predicted : best;
        let label = 0;
        if (action !== SHIFT) {
          const dependent = state.s(0);
          if (action === LEFT && state.front === n) label = ROOT_DEPREL;
          else {
            labelFeatures(view, state, action, labelBuckets);
            labelScores.fill(0);
            labels.score(labelBuckets, 0, LABEL_FEATURES, labelScores);
            label = bestLabel(labelScores);
            const truth = sentence.deprels[dependent]!;
            if (gold[dependent] === state.headFor(action) && truth !== ROOT_DEPREL && label !== truth) {
              labels.update(labelBuckets, 0, LABEL_FEATURES, truth, 1);
              labels.update(labelBuckets, 0, LABEL_FEATURES, label, -1);
            }
            labels.step++;
          }
          onStack[dependent] = 0;
        } else onStack[state.front] = 1;
        state.apply(action, label);
      }
    }
    const averagedTransitions = transitions.averaged();
    const averagedLabels = labels.averaged();
    const scored: Record<string, { uas: number; las: number }> = {};
    for (const [name, sentences] of Object.entries(dev))
      scored[name] = scoreDense(averagedTransitions, averagedLabels, sentences);
    history.push({ epoch, mistakes, dev: scored });
    const las = Object.values(scored).reduce((sum, d) => sum + d.las, 0);
    if (!best || las > best.las)
      best = { las, epoch, transitions: averagedTransitions, labels: averagedLabels };
    log(`parser epoch ${epoch}: ${mistakes} mistakes, on gold words ${JSON.stringify(scored)}`);
  }
  if (!best)
    return { transitions: transitions.averaged(), labels: labels.averaged(), history, chosenEpoch: epochs };
  return { transitions: best.transitions, labels: best.labels, history, chosenEpoch: best.epoch };
}
