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

const labelSmall = (template: number, key: number): number => mix(template, key) & LABEL_SMALL;
const labelLarge = (template: number, key: number): number =>
  LABEL_SMALL + 1 + (mix(template, key) & LABEL_LARGE);

/** Writes the features for naming the arc `action` would make. */
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
  out[0] = labelSmall(201, direction);
  out[1] = labelSmall(202, dtDir);
  out[2] = labelSmall(203, ht * 4 + direction);
  out[3] = labelSmall(204, ht * 128 + dtDir);
  out[4] = labelSmall(205, (dtDir * 256 + labelOf(state, dl1)) * 32 + tagOf(view, state, dl1));
  out[5] = labelSmall(206, (dtDir * 256 + labelOf(state, dr1)) * 32 + tagOf(view, state, dr1));
  out[6] = labelSmall(207, (dtDir * 256 + labelOf(state, sibling)) * 32 + ht);
  out[7] = labelSmall(208, (dtDir * 256 + labelOf(state, farSibling)) * 256 + labelOf(state, sibling));
  out[8] = labelSmall(209, (ht * 128 + dtDir) * 8 + Math.min(Math.abs(h - d), 6));
  out[9] = labelSmall(210, (dtDir * 256 + state.leftCount[d]!) * 256 + state.rightCount[d]!);
  out[10] = labelLarge(211, mix(dw, direction));
  out[11] = labelLarge(212, mix(mix(dw, dt), direction));
  out[12] = labelLarge(213, mix(mix(hw, ht), dtDir));
  out[13] = labelLarge(214, mix(mix(dw, ht), direction));
  out[14] = labelLarge(215, mix(hw, direction));
  out[15] = labelLarge(216, mix(dl1w, dtDir));
  // The pair of words, the dependent's own children and the words' endings (unknown words).
  const at = view.from;
  const affixes = view.words.affixes;
  const dSuffix = affixes[(at + d) * AFFIXES + 2]!;
  const hSuffix = h === state.n ? ROOT_WORD : affixes[(at + h) * AFFIXES + 2]!;
  out[16] = labelLarge(217, mix(mix(dw, hw), direction));
  out[17] = labelLarge(218, mix(mix(mix(dw, dt), mix(hw, ht)), direction));
  out[18] = labelLarge(219, mix(mix(dl1w, ht), dtDir));
  out[19] = labelLarge(220, mix(wordOf(view, state, dr1), dtDir));
  out[20] = labelSmall(221, mix(dtDir, state.leftLabels[d]!));
  out[21] = labelSmall(222, mix(dtDir, state.rightLabels[d]!));
  out[22] = labelLarge(223, mix(dSuffix, dtDir));
  out[23] = labelLarge(224, mix(mix(hSuffix, ht), dtDir));
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
