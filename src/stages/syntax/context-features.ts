import { mix } from '../perceptron/hash.js';
import { NONE } from './state.js';
import type { ParserState } from './state.js';
import { NO_LABEL, NO_TAG, NO_WORD, ROOT_TAG, ROOT_WORD } from './view.js';
import type { SentenceView } from './view.js';

/**
 * The parser's context features (everything but the words in their roles), numbered 0-67 (template
 * 101 + f), in three groups by what they read. What a group reads stays fixed over many states, so
 * parsing sums a group's rows once and reuses them while it holds (`parser.ts`):
 * - the stack: the top word, the words under it and their children. A word's left children are all made
 *   while it is the buffer's front, and nothing under the top changes until the top is popped, so the
 *   group is a function of the top word alone within one parse.
 * - the front: the buffer's first three words and the front's left children, which only grow, so the
 *   group is a function of the front and its count of left children.
 * - the pair: the top with the front, and the top's right children, which change at every step.
 */

export const CONTEXT_FEATURES = 68;

/** Transition buckets: tags and relations in the first 2^17 (1 MB, which stays in cache), words in the 2^21 after them. */
export const TRANSITION_SMALL = (1 << 17) - 1;
export const TRANSITION_LARGE = (1 << 21) - 1;

export const PUNCT = 1;

export const STACK_GROUP = Int32Array.from([
  0, 4, 5, 14, 15, 21, 23, 24, 29, 32, 33, 34, 38, 39, 40, 43, 44, 50, 51, 52, 53, 59, 60, 63,
]);
export const FRONT_GROUP = Int32Array.from([1, 2, 3, 7, 8, 17, 22, 27, 28, 31, 42, 54, 55, 62, 65]);
export const PAIR_GROUP = Int32Array.from([
  6, 9, 10, 11, 12, 13, 16, 18, 19, 20, 25, 26, 30, 35, 36, 37, 41, 45, 46, 47, 48, 49, 56, 57, 58, 61, 64,
  66, 67,
]);

/** Whether context feature f is of words, hashed into the large region: 36-39 and 46 on. */
const CONTEXT_LARGE = Uint8Array.from({ length: CONTEXT_FEATURES }, (_, f) =>
  (f >= 36 && f < 40) || f >= 46 ? 1 : 0,
);

/** Punctuation marks strictly between two words of the sentence, up to 2. */
function punctuationBetween(view: SentenceView, state: ParserState, from: number, to: number): number {
  if (from === NONE || to === NONE) return 3;
  let count = 0;
  const end = Math.min(to, state.n);
  for (let k = from + 1; k < end && count < 2; k++) if (view.tags[view.from + k] === PUNCT) count++;
  return count;
}

/**
 * The sentence's tags, spellings (`norm`) and their mix at x + 1 for every x from NONE (-1) to the root
 * (n), so a feature reads any word's with one load and no test. Filled when a step first reads a
 * sentence's view (a view is one sentence's, its tags fixed while it is parsed).
 */
let paddedView: SentenceView | null = null;
let paddedLength = -1;
let tagAt = new Int32Array(66);
let wordAt = new Int32Array(66);
let wordTagAt = new Int32Array(66);

function padSentence(view: SentenceView, n: number): void {
  if (tagAt.length < n + 2) {
    tagAt = new Int32Array(2 * (n + 2));
    wordAt = new Int32Array(2 * (n + 2));
    wordTagAt = new Int32Array(2 * (n + 2));
  }
  const { tags, from } = view;
  const norm = view.words.norm;
  tagAt[0] = NO_TAG;
  wordAt[0] = NO_WORD;
  for (let x = 0; x < n; x++) {
    tagAt[x + 1] = tags[from + x]!;
    wordAt[x + 1] = norm[from + x]!;
  }
  tagAt[n + 1] = ROOT_TAG;
  wordAt[n + 1] = ROOT_WORD;
  for (let x = 0; x < n + 2; x++) wordTagAt[x] = mix(wordAt[x]!, tagAt[x]!);
  paddedView = view;
  paddedLength = n;
}

/**
 * Operands of the features' `mix`es, mixed in loops: each loop is one call site the compiler inlines,
 * where some fifty sites of their own outgrew its inlining budget and were real calls.
 */
const mixA = new Int32Array(12);
const mixB = new Int32Array(12);
const mixed = new Int32Array(12);

function mixAll(count: number): void {
  for (let k = 0; k < count; k++) mixed[k] = mix(mixA[k]!, mixB[k]!);
}

/** The features' keys before hashing, at their numbers, reused from step to step. */
const keys = new Int32Array(CONTEXT_FEATURES);

/** Hashes the keys of `group` with their templates into `out` at `at` + f. */
function hashGroup(group: Int32Array, out: Int32Array, at: number): void {
  for (let k = 0; k < group.length; k++) {
    const f = group[k]!;
    const h = mix(101 + f, keys[f]!);
    out[at + f] = CONTEXT_LARGE[f] ? TRANSITION_SMALL + 1 + (h & TRANSITION_LARGE) : h & TRANSITION_SMALL;
  }
}

/** Writes the stack group's buckets (see above) into `out` at `at` + f. */
export function stackFeatures(view: SentenceView, state: ParserState, out: Int32Array, at: number): void {
  const { n, depth, stack, left1, left2, right1, labels } = state;
  if (view !== paddedView || n !== paddedLength) padSentence(view, n);
  const s0 = depth > 0 ? stack[depth - 1]! : NONE;
  const s1 = depth > 1 ? stack[depth - 2]! : NONE;
  const s2 = depth > 2 ? stack[depth - 3]! : NONE;
  const s0l1 = s0 === NONE ? NONE : left1[s0]!;
  const s0l2 = s0 === NONE ? NONE : left2[s0]!;
  const s1r1 = s1 === NONE ? NONE : right1[s1]!;
  const s1l1 = s1 === NONE ? NONE : left1[s1]!;
  const s0t = tagAt[s0 + 1]!;
  const s1t = tagAt[s1 + 1]!;
  const s2t = tagAt[s2 + 1]!;
  const s0l1t = tagAt[s0l1 + 1]!;
  const s0w = wordAt[s0 + 1]!;
  const s1w = wordAt[s1 + 1]!;
  const s0wt = wordTagAt[s0 + 1]!;
  const s1wt = wordTagAt[s1 + 1]!;
  const s0l1l = s0l1 === NONE ? NO_LABEL : labels[s0l1]!;
  const s0l2l = s0l2 === NONE ? NO_LABEL : labels[s0l2]!;
  const s1r1l = s1r1 === NONE ? NO_LABEL : labels[s1r1]!;
  const distance1 = s1 === NONE || s0 === NONE ? 0 : Math.min(s0 - s1, 6);
  const s0left = s0 === NONE ? 0 : state.leftCount[s0]!;
  const s0leftSet = s0 === NONE ? -1 : state.leftLabels[s0]!;
  const s1s0 = mix(s1w, s0w);
  const A = mixA;
  const B = mixB;
  A[0] = s1t;
  B[0] = s0wt;
  A[1] = s1wt;
  B[1] = s0t;
  A[2] = s0t;
  B[2] = s0leftSet;
  A[3] = s1wt;
  B[3] = s0wt;
  A[4] = s1wt;
  B[4] = s0w;
  A[5] = s1w;
  B[5] = s0wt;
  A[6] = s1s0;
  B[6] = distance1;
  A[7] = s0w;
  B[7] = s0left;
  A[8] = s0w;
  B[8] = s0leftSet;
  mixAll(9);
  const m = mixed;
  keys[0] = s0t;
  keys[4] = s1t;
  keys[5] = s2t;
  keys[14] = (s1t * 32 + tagAt[s1r1 + 1]!) * 32 + s0t;
  keys[15] = (s0t * 32 + s0l1t) * 32 + tagAt[s0l2 + 1]!;
  keys[21] = s0t * 256 + s0left;
  keys[23] = s0l1t;
  keys[24] = s0l1l;
  keys[29] = (s0t * 256 + s0l1l) * 256 + s0l2l;
  keys[32] = s1t * 32 + s0t;
  keys[33] = (s1t * 32 + s0t) * 8 + distance1;
  keys[34] = (s1t * 32 + s0t) * 256 + s1r1l;
  keys[38] = m[0]!;
  keys[39] = m[1]!;
  keys[40] = m[2]!;
  keys[43] = (s2t * 32 + s1t) * 32 + s0t;
  keys[44] = (s1t * 32 + tagAt[s1l1 + 1]!) * 32 + s0t;
  keys[50] = s1s0;
  keys[51] = m[3]!;
  keys[52] = m[4]!;
  keys[53] = m[5]!;
  keys[59] = m[6]!;
  keys[60] = m[7]!;
  keys[63] = m[8]!;
  hashGroup(STACK_GROUP, out, at);
}

/** Writes the front group's buckets (see above) into `out` at `at` + f. */
export function frontFeatures(view: SentenceView, state: ParserState, out: Int32Array, at: number): void {
  const { n, front, left1, left2, labels } = state;
  if (view !== paddedView || n !== paddedLength) padSentence(view, n);
  const b0 = front <= n ? front : NONE;
  const b1 = front + 1 <= n ? front + 1 : NONE;
  const b2 = front + 2 <= n ? front + 2 : NONE;
  const b0l1 = b0 === NONE ? NONE : left1[b0]!;
  const b0l2 = b0 === NONE ? NONE : left2[b0]!;
  const b0t = tagAt[b0 + 1]!;
  const b1t = tagAt[b1 + 1]!;
  const b2t = tagAt[b2 + 1]!;
  const b0l1t = tagAt[b0l1 + 1]!;
  const b0w = wordAt[b0 + 1]!;
  const b0l1l = b0l1 === NONE ? NO_LABEL : labels[b0l1]!;
  const b0l2l = b0l2 === NONE ? NO_LABEL : labels[b0l2]!;
  const b0left = b0 === NONE ? 0 : state.leftCount[b0]!;
  const b0leftSet = b0 === NONE ? -1 : state.leftLabels[b0]!;
  const A = mixA;
  const B = mixB;
  A[0] = b0t;
  B[0] = b0leftSet;
  A[1] = b0w;
  B[1] = wordAt[b1 + 1]!;
  A[2] = wordTagAt[b0 + 1]!;
  B[2] = b1t;
  A[3] = b0w;
  B[3] = b0left;
  A[4] = b0w;
  B[4] = b0leftSet;
  mixAll(5);
  const m = mixed;
  keys[1] = b0t;
  keys[2] = b1t;
  keys[3] = b2t;
  keys[7] = b0t * 32 + b1t;
  keys[8] = (b0t * 32 + b1t) * 32 + b2t;
  keys[17] = (b0t * 32 + b0l1t) * 32 + tagAt[b0l2 + 1]!;
  keys[22] = b0t * 256 + b0left;
  keys[27] = b0l1t;
  keys[28] = b0l1l;
  keys[31] = (b0t * 256 + b0l1l) * 256 + b0l2l;
  keys[42] = m[0]!;
  keys[54] = m[1]!;
  keys[55] = m[2]!;
  keys[62] = m[3]!;
  keys[65] = m[4]!;
  hashGroup(FRONT_GROUP, out, at);
}

/** Writes the pair group's buckets (see above) into `out` at `at` + f. */
export function pairFeatures(view: SentenceView, state: ParserState, out: Int32Array, at: number): void {
  const { n, depth, stack, front, left1, right1, right2, labels } = state;
  if (view !== paddedView || n !== paddedLength) padSentence(view, n);
  const s0 = depth > 0 ? stack[depth - 1]! : NONE;
  const s1 = depth > 1 ? stack[depth - 2]! : NONE;
  const b0 = front <= n ? front : NONE;
  const b1 = front + 1 <= n ? front + 1 : NONE;
  const b2 = front + 2 <= n ? front + 2 : NONE;
  const s0l1 = s0 === NONE ? NONE : left1[s0]!;
  const s0r1 = s0 === NONE ? NONE : right1[s0]!;
  const s0r2 = s0 === NONE ? NONE : right2[s0]!;
  const b0l1 = b0 === NONE ? NONE : left1[b0]!;
  const s0t = tagAt[s0 + 1]!;
  const s1t = tagAt[s1 + 1]!;
  const b0t = tagAt[b0 + 1]!;
  const b1t = tagAt[b1 + 1]!;
  const b2t = tagAt[b2 + 1]!;
  const s0r1t = tagAt[s0r1 + 1]!;
  const s0w = wordAt[s0 + 1]!;
  const b0w = wordAt[b0 + 1]!;
  const s0wt = wordTagAt[s0 + 1]!;
  const b0wt = wordTagAt[b0 + 1]!;
  const s0r1l = s0r1 === NONE ? NO_LABEL : labels[s0r1]!;
  const s0r2l = s0r2 === NONE ? NO_LABEL : labels[s0r2]!;
  const distance = s0 === NONE ? 0 : Math.min(b0 - s0, 6);
  const s0right = s0 === NONE ? 0 : state.rightCount[s0]!;
  const s0rightSet = s0 === NONE ? -1 : state.rightLabels[s0]!;
  const s0b0 = mix(s0w, b0w);
  const A = mixA;
  const B = mixB;
  A[0] = s0wt;
  B[0] = b0t;
  A[1] = s0t;
  B[1] = b0wt;
  A[2] = s0t;
  B[2] = s0rightSet;
  A[3] = s0wt;
  B[3] = b0wt;
  A[4] = s0wt;
  B[4] = b0w;
  A[5] = s0w;
  B[5] = b0wt;
  A[6] = s0w;
  B[6] = distance;
  A[7] = b0w;
  B[7] = distance;
  A[8] = s0b0;
  B[8] = distance;
  A[9] = s0w;
  B[9] = s0right;
  A[10] = s0w;
  B[10] = s0rightSet;
  A[11] = mix(s0w, b0t);
  B[11] = b1t;
  mixAll(12);
  const m = mixed;
  keys[6] = s0t * 32 + b0t;
  keys[9] = (s0t * 32 + b0t) * 32 + b1t;
  keys[10] = (s1t * 32 + s0t) * 32 + b0t;
  keys[11] = (s0t * 32 + tagAt[s0l1 + 1]!) * 32 + b0t;
  keys[12] = (s0t * 32 + s0r1t) * 32 + b0t;
  keys[13] = (s0t * 32 + b0t) * 32 + tagAt[b0l1 + 1]!;
  keys[16] = (s0t * 32 + s0r1t) * 32 + tagAt[s0r2 + 1]!;
  keys[18] = s0t * 8 + distance;
  keys[19] = (s0t * 32 + b0t) * 8 + distance;
  keys[20] = s0t * 256 + s0right;
  keys[25] = s0r1t;
  keys[26] = s0r1l;
  keys[30] = (s0t * 256 + s0r1l) * 256 + s0r2l;
  keys[35] = (s0t * 32 + b0t) * 4 + punctuationBetween(view, state, s0, b0);
  keys[36] = m[0]!;
  keys[37] = m[1]!;
  keys[41] = m[2]!;
  keys[45] = ((s0t * 32 + b0t) * 32 + b1t) * 32 + b2t;
  keys[46] = s0b0;
  keys[47] = m[3]!;
  keys[48] = m[4]!;
  keys[49] = m[5]!;
  keys[56] = m[6]!;
  keys[57] = m[7]!;
  keys[58] = m[8]!;
  keys[61] = m[9]!;
  keys[64] = m[10]!;
  keys[66] = m[11]!;
  keys[67] = mix(mix(wordAt[s1 + 1]!, s0t), b0t);
  hashGroup(PAIR_GROUP, out, at);
}

/** Writes all the state's context features into `out` at `at` + f (training; parsing sums the groups). */
export function contextFeatures(view: SentenceView, state: ParserState, out: Int32Array, at: number): void {
  stackFeatures(view, state, out, at);
  frontFeatures(view, state, out, at);
  pairFeatures(view, state, out, at);
}
