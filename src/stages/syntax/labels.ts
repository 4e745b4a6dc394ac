import { mix } from '../perceptron/hash.js';
import { addPackedRows } from '../perceptron/rows.js';
import type { PackedRows } from '../perceptron/rows.js';
import { LEFT } from './state.js';
import type { ParserState } from './state.js';
import { DEPREL_COUNT, ROOT_DEPREL } from './ud.js';
import { ROOT_WORD, labelOf, tagOf, wordOf } from './view.js';
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

/**
 * Writes the features for naming the arc `action` would make: the keys first, then each hashed with its
 * template in one loop, one hashing site the compiler inlines.
 */
export function labelFeatures(view: SentenceView, state: ParserState, action: number, out: Int32Array): void {
  const d = state.s(0);
  const h = state.headFor(action);
  const direction = action === LEFT ? 1 : 2;
  const dw = wordOf(view, state, d);
  const dt = tagOf(view, state, d);
  const hw = wordOf(view, state, h);
  const ht = tagOf(view, state, h);
  const dl1 = state.left1[d]!;
  const dr1 = state.right1[d]!;
  const dl1w = wordOf(view, state, dl1);
  const sibling = action === LEFT ? state.left1[h]! : state.right1[h]!;
  const farSibling = action === LEFT ? state.left2[h]! : state.right2[h]!;
  const dtDir = dt * 4 + direction;
  const dwt = mix(dw, dt);
  const hwt = mix(hw, ht);
  keys[0] = direction;
  keys[1] = dtDir;
  keys[2] = ht * 4 + direction;
  keys[3] = ht * 128 + dtDir;
  keys[4] = (dtDir * 256 + labelOf(state, dl1)) * 32 + tagOf(view, state, dl1);
  keys[5] = (dtDir * 256 + labelOf(state, dr1)) * 32 + tagOf(view, state, dr1);
  keys[6] = (dtDir * 256 + labelOf(state, sibling)) * 32 + ht;
  keys[7] = (dtDir * 256 + labelOf(state, farSibling)) * 256 + labelOf(state, sibling);
  keys[8] = (ht * 128 + dtDir) * 8 + Math.min(Math.abs(h - d), 6);
  keys[9] = (dtDir * 256 + state.leftCount[d]!) * 256 + state.rightCount[d]!;
  keys[10] = mix(dw, direction);
  keys[11] = mix(dwt, direction);
  keys[12] = mix(hwt, dtDir);
  keys[13] = mix(mix(dw, ht), direction);
  keys[14] = mix(hw, direction);
  keys[15] = mix(dl1w, dtDir);
  // The pair of words, the dependent's own children and the words' endings (unknown words).
  const at = view.from;
  const affixes = view.words.affixes;
  const dSuffix = affixes[(at + d) * AFFIXES + 2]!;
  const hSuffix = h === state.n ? ROOT_WORD : affixes[(at + h) * AFFIXES + 2]!;
  keys[16] = mix(mix(dw, hw), direction);
  keys[17] = mix(mix(dwt, hwt), direction);
  keys[18] = mix(mix(dl1w, ht), dtDir);
  keys[19] = mix(wordOf(view, state, dr1), dtDir);
  keys[20] = mix(dtDir, state.leftLabels[d]!);
  keys[21] = mix(dtDir, state.rightLabels[d]!);
  keys[22] = mix(dSuffix, dtDir);
  keys[23] = mix(mix(hSuffix, ht), dtDir);
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
