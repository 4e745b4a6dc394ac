import { mix } from '../names/hash.js';
import { ACTIONS, LEFT, NONE, ParserState, RIGHT, SHIFT } from './state.js';
import { DEPREL_COUNT, ROOT_DEPREL } from './ud.js';
import { addRows } from './weights.js';
import type { Rows } from './weights.js';
import type { Words } from './words.js';

/**
 * The dependency parser: greedy arc-hybrid transitions chosen by an averaged perceptron over hashed
 * features of the stack, the buffer and the arcs made so far (the templates of Zhang & Nivre 2011, cut to
 * what pays on UD English), trained with a dynamic oracle (Goldberg & Nivre 2013). The transition model
 * scores three actions only; when an arc is made a second perceptron names its relation, looking at the
 * dependent's finished subtree and at the head's arcs so far. Three scores per step instead of a hundred
 * labelled ones is most of the parser's speed.
 */

/** Bump when a feature changes meaning: the shipped weights are then refused. */
export const PARSER_FEATURES_VERSION = 1;

export const PARSER_FEATURES = 62;
export const LABEL_FEATURES = 20;

const ROOT_TAG = 30;
const NO_TAG = 31;
const ROOT_WORD = 0x2007001;
const NO_WORD = 0x2007002;
const NO_LABEL = 255;

/** Where the sentence's words sit in the document's arrays, and the tags chosen for them. */
export interface SentenceView {
  words: Words;
  tags: Uint8Array;
  from: number;
}

const wordOf = (view: SentenceView, state: ParserState, x: number): number =>
  x === NONE ? NO_WORD : x === state.n ? ROOT_WORD : view.words.norm[view.from + x]!;
const tagOf = (view: SentenceView, state: ParserState, x: number): number =>
  x === NONE ? NO_TAG : x === state.n ? ROOT_TAG : view.tags[view.from + x]!;
const labelOf = (state: ParserState, x: number): number => (x === NONE ? NO_LABEL : state.labels[x]!);
const child = (children: Int32Array, x: number): number => (x === NONE ? NONE : children[x]!);

const keys = new Int32Array(PARSER_FEATURES);

/** Writes the transition features of the state into `out`, each masked to the model's buckets. */
export function parserFeatures(view: SentenceView, state: ParserState, mask: number, out: Int32Array): void {
  const s0 = state.s(0);
  const s1 = state.s(1);
  const s2 = state.s(2);
  const b0 = state.b(0);
  const b1 = state.b(1);
  const b2 = state.b(2);
  const s0l1 = child(state.left1, s0);
  const s0l2 = child(state.left2, s0);
  const s0r1 = child(state.right1, s0);
  const s0r2 = child(state.right2, s0);
  const s1r1 = child(state.right1, s1);
  const b0l1 = child(state.left1, b0);
  const b0l2 = child(state.left2, b0);

  const s0w = wordOf(view, state, s0);
  const s0t = tagOf(view, state, s0);
  const s1w = wordOf(view, state, s1);
  const s1t = tagOf(view, state, s1);
  const b0w = wordOf(view, state, b0);
  const b0t = tagOf(view, state, b0);
  const b1w = wordOf(view, state, b1);
  const b1t = tagOf(view, state, b1);
  const b2t = tagOf(view, state, b2);
  const s0wt = mix(s0w, s0t);
  const s1wt = mix(s1w, s1t);
  const b0wt = mix(b0w, b0t);
  const s0l1t = tagOf(view, state, s0l1);
  const s0r1t = tagOf(view, state, s0r1);
  const b0l1t = tagOf(view, state, b0l1);
  const distance = s0 === NONE ? 0 : Math.min(b0 - s0, 6);
  const distance1 = s1 === NONE || s0 === NONE ? 0 : Math.min(s0 - s1, 6);
  const s0left = s0 === NONE ? 0 : state.leftCount[s0]!;
  const s0right = s0 === NONE ? 0 : state.rightCount[s0]!;
  const b0left = b0 === NONE ? 0 : state.leftCount[b0]!;

  keys[0] = s0w;
  keys[1] = s0t;
  keys[2] = s0wt;
  keys[3] = b0w;
  keys[4] = b0t;
  keys[5] = b0wt;
  keys[6] = b1w;
  keys[7] = b1t;
  keys[8] = mix(b1w, b1t);
  keys[9] = wordOf(view, state, b2);
  keys[10] = b2t;
  keys[11] = s1w;
  keys[12] = s1t;
  keys[13] = s1wt;
  keys[14] = tagOf(view, state, s2);
  keys[15] = mix(s0wt, b0wt);
  keys[16] = mix(s0wt, b0w);
  keys[17] = mix(s0w, b0wt);
  keys[18] = mix(s0wt, b0t);
  keys[19] = mix(s0t, b0wt);
  keys[20] = mix(s0w, b0w);
  keys[21] = s0t * 32 + b0t;
  keys[22] = b0t * 32 + b1t;
  keys[23] = (b0t * 32 + b1t) * 32 + b2t;
  keys[24] = (s0t * 32 + b0t) * 32 + b1t;
  keys[25] = (s1t * 32 + s0t) * 32 + b0t;
  keys[26] = (s0t * 32 + s0l1t) * 32 + b0t;
  keys[27] = (s0t * 32 + s0r1t) * 32 + b0t;
  keys[28] = (s0t * 32 + b0t) * 32 + b0l1t;
  keys[29] = (s1t * 32 + tagOf(view, state, s1r1)) * 32 + s0t;
  keys[30] = (s0t * 32 + s0l1t) * 32 + tagOf(view, state, s0l2);
  keys[31] = (s0t * 32 + s0r1t) * 32 + tagOf(view, state, s0r2);
  keys[32] = (b0t * 32 + b0l1t) * 32 + tagOf(view, state, b0l2);
  keys[33] = mix(s0w, distance);
  keys[34] = s0t * 8 + distance;
  keys[35] = mix(b0w, distance);
  keys[36] = (s0t * 32 + b0t) * 8 + distance;
  keys[37] = mix(s0w, s0right);
  keys[38] = s0t * 256 + s0right;
  keys[39] = mix(s0w, s0left);
  keys[40] = s0t * 256 + s0left;
  keys[41] = mix(b0w, b0left);
  keys[42] = b0t * 256 + b0left;
  keys[43] = wordOf(view, state, s0l1);
  keys[44] = s0l1t;
  keys[45] = labelOf(state, s0l1);
  keys[46] = wordOf(view, state, s0r1);
  keys[47] = s0r1t;
  keys[48] = labelOf(state, s0r1);
  keys[49] = wordOf(view, state, b0l1);
  keys[50] = b0l1t;
  keys[51] = labelOf(state, b0l1);
  keys[52] = (s0t * 256 + labelOf(state, s0l1)) * 256 + labelOf(state, s0l2);
  keys[53] = (s0t * 256 + labelOf(state, s0r1)) * 256 + labelOf(state, s0r2);
  keys[54] = (b0t * 256 + labelOf(state, b0l1)) * 256 + labelOf(state, b0l2);
  keys[55] = mix(s1wt, s0wt);
  keys[56] = mix(s1w, s0w);
  keys[57] = s1t * 32 + s0t;
  keys[58] = mix(s1t, s0wt);
  keys[59] = mix(s1wt, s0t);
  keys[60] = (s1t * 32 + s0t) * 8 + distance1;
  keys[61] = (s1t * 32 + s0t) * 256 + labelOf(state, s1r1);
  for (let k = 0; k < PARSER_FEATURES; k++) out[k] = mix(k + 1, keys[k]!) & mask;
}

const labelKeys = new Int32Array(LABEL_FEATURES);

/**
 * Writes the features for naming the arc `action` would make: the dependent (the stack's top, whose
 * subtree is complete) and its head, with the head's arcs already made on the same side.
 */
export function labelFeatures(
  view: SentenceView,
  state: ParserState,
  action: number,
  mask: number,
  out: Int32Array,
): void {
  const d = state.s(0);
  const h = state.headFor(action);
  const direction = action === LEFT ? 1 : 2;
  const dw = wordOf(view, state, d);
  const dt = tagOf(view, state, d);
  const hw = wordOf(view, state, h);
  const ht = tagOf(view, state, h);
  const dl1 = state.left1[d]!;
  const dr1 = state.right1[d]!;
  const sibling = action === LEFT ? state.left1[h]! : state.right1[h]!;
  const farSibling = action === LEFT ? state.left2[h]! : state.right2[h]!;
  const dtDir = dt * 4 + direction;
  const distance = Math.min(Math.abs(h - d), 6);
  labelKeys[0] = direction;
  labelKeys[1] = mix(dw, direction);
  labelKeys[2] = dtDir;
  labelKeys[3] = mix(mix(dw, dt), direction);
  labelKeys[4] = mix(hw, direction);
  labelKeys[5] = ht * 4 + direction;
  labelKeys[6] = mix(mix(hw, ht), dtDir);
  labelKeys[7] = ht * 128 + dtDir;
  labelKeys[8] = mix(mix(dw, ht), direction);
  labelKeys[9] = mix(hw, dtDir);
  labelKeys[10] = (dtDir * 256 + labelOf(state, dl1)) * 32 + tagOf(view, state, dl1);
  labelKeys[11] = mix(mix(wordOf(view, state, dl1), ht), direction);
  labelKeys[12] = mix(wordOf(view, state, dl1), dtDir);
  labelKeys[13] = (dtDir * 256 + labelOf(state, dr1)) * 32 + tagOf(view, state, dr1);
  labelKeys[14] = (dtDir * 256 + labelOf(state, sibling)) * 32 + ht;
  labelKeys[15] = (dtDir * 256 + labelOf(state, farSibling)) * 256 + labelOf(state, sibling);
  labelKeys[16] = (ht * 128 + dtDir) * 8 + distance;
  labelKeys[17] = (dtDir * 256 + state.leftCount[d]!) * 256 + state.rightCount[d]!;
  labelKeys[18] = mix(dw, hw);
  labelKeys[19] = mix(mix(hw, wordOf(view, state, dl1)), dtDir);
  for (let k = 0; k < LABEL_FEATURES; k++) out[k] = mix(k + 201, labelKeys[k]!) & mask;
}

export interface ParserModel {
  transitions: Rows;
  labels: Rows;
}

/** Reused buffers of one parsing pass. */
export class ParserScratch {
  readonly state = new ParserState();
  readonly features = new Int32Array(PARSER_FEATURES);
  readonly labelBuckets = new Int32Array(LABEL_FEATURES);
  readonly scores = new Int32Array(ACTIONS);
  readonly labelScores = new Int32Array(DEPREL_COUNT);
}

/** The best relation for the arc `action` would make; the root's arc is always `root`. */
export function chooseLabel(
  model: ParserModel,
  view: SentenceView,
  scratch: ParserScratch,
  action: number,
): number {
  const { state, labelBuckets, labelScores } = scratch;
  if (action === LEFT && state.front === state.n) return ROOT_DEPREL;
  labelFeatures(view, state, action, model.labels.mask, labelBuckets);
  labelScores.fill(0);
  addRows(model.labels, labelBuckets, 0, LABEL_FEATURES, labelScores);
  let best = ROOT_DEPREL === 0 ? 1 : 0;
  for (let l = 0; l < DEPREL_COUNT; l++)
    if (l !== ROOT_DEPREL && labelScores[l]! > labelScores[best]!) best = l;
  return best;
}

/**
 * Parses one sentence of `length` words; on return `scratch.state.heads` holds each word's head (the
 * value `length` for the root) and `scratch.state.labels` its relation.
 */
export function parseSentence(
  model: ParserModel,
  view: SentenceView,
  length: number,
  scratch: ParserScratch,
): void {
  const { state, features, scores } = scratch;
  state.reset(length);
  while (!state.done) {
    parserFeatures(view, state, model.transitions.mask, features);
    scores.fill(0);
    addRows(model.transitions, features, 0, PARSER_FEATURES, scores);
    let action = -1;
    for (let a = 0; a < ACTIONS; a++)
      if (state.isValid(a) && (action < 0 || scores[a]! > scores[action]!)) action = a;
    state.apply(action, action === SHIFT ? 0 : chooseLabel(model, view, scratch, action));
  }
}

export { LEFT, RIGHT, SHIFT };
