import { mix } from '../perceptron/hash.js';
import { addPackedRows } from '../perceptron/rows.js';
import type { PackedRows } from '../perceptron/rows.js';
import { LEFT, NONE } from './state.js';
import type { ParserState } from './state.js';
import { DEPREL_COUNT, ROOT_DEPREL } from './ud.js';
import { NO_LABEL, NO_TAG, NO_WORD, ROOT_TAG, ROOT_WORD } from './view.js';
import type { SentenceView } from './view.js';
import { AFFIXES } from './words.js';

/**
 * The parser's second perceptron: when a transition makes an arc, it names the relation, looking at the
 * dependent (the stack's top, whose subtree is complete), its head, and the head's arcs already made on
 * the same side.
 */

/** Relation buckets: tags and relations in the first 2^13, words in the 2^18 after them. */
const LABEL_SMALL = (1 << 13) - 1;
const LABEL_LARGE = (1 << 18) - 1;
export const LABEL_BUCKETS = LABEL_SMALL + 1 + LABEL_LARGE + 1;
/** Relation weights are 8-bit, 64 to a row (51 used). */
export const LABEL_LEVELS = 127;
export const LABEL_STRIDE = 64;
export const LABEL_FEATURES = 24;

/** Whether feature f (template 201 + f) is of words, hashed into the large region: 211-220, 223 and 224. */
const LABEL_LARGE_FEATURE = Uint8Array.from({ length: LABEL_FEATURES }, (_, f) =>
  (f >= 10 && f < 20) || f >= 22 ? 1 : 0,
);

/** The features' keys before hashing, reused from arc to arc. */
const keys = new Int32Array(LABEL_FEATURES);

/** Operands of the features' `mix`es, mixed in loops (see `contextFeatures`: one inlined call site each). */
const mixA = new Int32Array(13);
const mixB = new Int32Array(13);
const mixed = new Int32Array(13);
const mix2A = new Int32Array(6);
const mix2B = new Int32Array(6);
const mixed2 = new Int32Array(6);

/**
 * Writes the features for naming the arc `action` would make: the keys first, then each hashed with its
 * template in one loop. Values are read into locals with the tests for absent words written out, so the
 * function makes no calls the compiler would not inline.
 */
export function labelFeatures(view: SentenceView, state: ParserState, action: number, out: Int32Array): void {
  const { n, depth, stack, front, labels, left1, right1 } = state;
  const at = view.from;
  const norm = view.words.norm;
  const tags = view.tags;
  const d = stack[depth - 1]!;
  const h = action === LEFT ? front : stack[depth - 2]!;
  const direction = action === LEFT ? 1 : 2;
  const dw = norm[at + d]!;
  const dt = tags[at + d]!;
  const hw = h === n ? ROOT_WORD : norm[at + h]!;
  const ht = h === n ? ROOT_TAG : tags[at + h]!;
  const dl1 = left1[d]!;
  const dr1 = right1[d]!;
  const dl1w = dl1 === NONE ? NO_WORD : norm[at + dl1]!;
  const dr1w = dr1 === NONE ? NO_WORD : norm[at + dr1]!;
  const dl1t = dl1 === NONE ? NO_TAG : tags[at + dl1]!;
  const dr1t = dr1 === NONE ? NO_TAG : tags[at + dr1]!;
  const dl1l = dl1 === NONE ? NO_LABEL : labels[dl1]!;
  const dr1l = dr1 === NONE ? NO_LABEL : labels[dr1]!;
  const sibling = action === LEFT ? left1[h]! : right1[h]!;
  const farSibling = action === LEFT ? state.left2[h]! : state.right2[h]!;
  const siblingLabel = sibling === NONE ? NO_LABEL : labels[sibling]!;
  const farSiblingLabel = farSibling === NONE ? NO_LABEL : labels[farSibling]!;
  const dtDir = dt * 4 + direction;
  // The words' endings (for unknown words).
  const affixes = view.words.affixes;
  const dSuffix = affixes[(at + d) * AFFIXES + 2]!;
  const hSuffix = h === n ? ROOT_WORD : affixes[(at + h) * AFFIXES + 2]!;
  const A = mixA;
  const B = mixB;
  A[0] = dw;
  B[0] = dt;
  A[1] = hw;
  B[1] = ht;
  A[2] = dw;
  B[2] = direction;
  A[3] = dw;
  B[3] = ht;
  A[4] = hw;
  B[4] = direction;
  A[5] = dl1w;
  B[5] = dtDir;
  A[6] = dw;
  B[6] = hw;
  A[7] = dl1w;
  B[7] = ht;
  A[8] = dr1w;
  B[8] = dtDir;
  A[9] = hSuffix;
  B[9] = ht;
  A[10] = dtDir;
  B[10] = state.leftLabels[d]!;
  A[11] = dtDir;
  B[11] = state.rightLabels[d]!;
  A[12] = dSuffix;
  B[12] = dtDir;
  const m = mixed;
  for (let k = 0; k < 13; k++) m[k] = mix(A[k]!, B[k]!);
  const dwt = m[0]!;
  const hwt = m[1]!;
  const A2 = mix2A;
  const B2 = mix2B;
  A2[0] = dwt;
  B2[0] = direction;
  A2[1] = hwt;
  B2[1] = dtDir;
  A2[2] = m[3]!;
  B2[2] = direction;
  A2[3] = m[6]!;
  B2[3] = direction;
  A2[4] = m[7]!;
  B2[4] = dtDir;
  A2[5] = m[9]!;
  B2[5] = dtDir;
  const m2 = mixed2;
  for (let k = 0; k < 6; k++) m2[k] = mix(A2[k]!, B2[k]!);
  // mix(dwt, hwt) then with the direction: a third level, for one feature.
  const pair = mix(mix(dwt, hwt), direction);
  keys[0] = direction;
  keys[1] = dtDir;
  keys[2] = ht * 4 + direction;
  keys[3] = ht * 128 + dtDir;
  keys[4] = (dtDir * 256 + dl1l) * 32 + dl1t;
  keys[5] = (dtDir * 256 + dr1l) * 32 + dr1t;
  keys[6] = (dtDir * 256 + siblingLabel) * 32 + ht;
  keys[7] = (dtDir * 256 + farSiblingLabel) * 256 + siblingLabel;
  keys[8] = (ht * 128 + dtDir) * 8 + Math.min(Math.abs(h - d), 6);
  keys[9] = (dtDir * 256 + state.leftCount[d]!) * 256 + state.rightCount[d]!;
  keys[10] = m[2]!;
  keys[11] = m2[0]!;
  keys[12] = m2[1]!;
  keys[13] = m2[2]!;
  keys[14] = m[4]!;
  keys[15] = m[5]!;
  keys[16] = m2[3]!;
  keys[17] = pair;
  keys[18] = m2[4]!;
  keys[19] = m[8]!;
  keys[20] = m[10]!;
  keys[21] = m[11]!;
  keys[22] = m[12]!;
  keys[23] = m2[5]!;
  for (let f = 0; f < LABEL_FEATURES; f++) {
    const hash = mix(201 + f, keys[f]!);
    out[f] = LABEL_LARGE_FEATURE[f] ? LABEL_SMALL + 1 + (hash & LABEL_LARGE) : hash & LABEL_SMALL;
  }
}

/** Reused buffers of the relation classifier. */
export class LabelScratch {
  readonly buckets = new Int32Array(LABEL_FEATURES);
  readonly scores = new Int32Array(DEPREL_COUNT);
}

/** The best relation for the arc `action` would make; the root's arc is always `root`. */
export function chooseLabel(
  labels: PackedRows,
  view: SentenceView,
  state: ParserState,
  action: number,
  scratch: LabelScratch,
): number {
  if (action === LEFT && state.front === state.n) return ROOT_DEPREL;
  const { buckets, scores } = scratch;
  labelFeatures(view, state, action, buckets);
  addPackedRows(labels, buckets, 0, LABEL_FEATURES, scores);
  let best = ROOT_DEPREL === 0 ? 1 : 0;
  for (let l = 0; l < DEPREL_COUNT; l++) if (l !== ROOT_DEPREL && scores[l]! > scores[best]!) best = l;
  return best;
}
