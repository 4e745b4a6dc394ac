import { mix } from '../perceptron/hash.js';
import { NONE } from './state.js';
import type { ParserState } from './state.js';
import { NO_LABEL, NO_TAG, NO_WORD, ROOT_TAG, ROOT_WORD, ambiguityOf, child, tagOf, wordOf } from './view.js';
import type { SentenceView } from './view.js';

/**
 * The parser's transition features: the words in their roles (stack, buffer, outermost children) and the
 * context around them (tags, relations, distances, valencies), hashed into the transition table's small
 * region (tags and relations, which stays in cache) or its large one (words). Training writes them all
 * (`parserFeatures`); parsing (`parser.ts`) sums the roles from a cache and hashes only the context.
 */

/** Bump when a feature changes meaning: the shipped weights are then refused. */
export const PARSER_FEATURES_VERSION = 5;

/** Transition buckets: tags and relations in the first 2^17 (1 MB, which stays in cache), words in the 2^21 after them. */
const TRANSITION_SMALL = (1 << 17) - 1;
const TRANSITION_LARGE = (1 << 21) - 1;
export const TRANSITION_BUCKETS = TRANSITION_SMALL + 1 + TRANSITION_LARGE + 1;
/**
 * Transition weights are 16-bit, three to a row (one per action) with no padding: the table is 12.75 MB
 * instead of 17, so more of it stays in cache; a row straddles two cache lines only where it starts in a
 * line's last 4 bytes (one row in sixteen).
 */
export const TRANSITION_LEVELS = 32767;
export const TRANSITION_STRIDE = 3;

const small = (template: number, key: number): number => mix(template, key) & TRANSITION_SMALL;
const large = (template: number, key: number): number =>
  TRANSITION_SMALL + 1 + (mix(template, key) & TRANSITION_LARGE);

/**
 * Roles a word can hold in a state (Zhang & Nivre 2011's words of the stack, the buffer and the outermost
 * two children on each side), each with three features: the word, the word with its tag, and the tag with
 * the word's ambiguity class (the tags the training data gave the word), which lets the parser doubt a tag
 * the tagger got wrong ("NOUN" for a word that can be a verb).
 */
const S0 = 0;
const S1 = 1;
const S2 = 2;
const B0 = 3;
const B1 = 4;
const B2 = 5;
const S0L1 = 6;
const S0L2 = 7;
const S0R1 = 8;
const S0R2 = 9;
const B0L1 = 10;
const B0L2 = 11;
const S1L1 = 12;
const S1R1 = 13;
export const ROLES = 14;
export const PER_ROLE = 3;
export const ROLE_FEATURES = ROLES * PER_ROLE;
export const CONTEXT_FEATURES = 68;
export const PARSER_FEATURES = ROLE_FEATURES + CONTEXT_FEATURES;

/** Writes the buckets of a word (`word`, `tag`, `ambiguity`) in role `role` into `out` at `at`. */
export function roleBuckets(
  role: number,
  word: number,
  tag: number,
  ambiguity: number,
  out: Int32Array,
  at: number,
): void {
  out[at] = large(1 + role * 3, word);
  out[at + 1] = large(2 + role * 3, mix(word, tag));
  out[at + 2] = small(3 + role * 3, mix(ambiguity, tag));
}

/** The words in each role of the state, or NONE. */
export const roleWords = new Int32Array(ROLES);

export function fillRoles(state: ParserState): void {
  const s0 = state.s(0);
  const b0 = state.b(0);
  const s1 = state.s(1);
  roleWords[S0] = s0;
  roleWords[S1] = s1;
  roleWords[S2] = state.s(2);
  roleWords[B0] = b0;
  roleWords[B1] = state.b(1);
  roleWords[B2] = state.b(2);
  roleWords[S0L1] = child(state.left1, s0);
  roleWords[S0L2] = child(state.left2, s0);
  roleWords[S0R1] = child(state.right1, s0);
  roleWords[S0R2] = child(state.right2, s0);
  roleWords[B0L1] = child(state.left1, b0);
  roleWords[B0L2] = child(state.left2, b0);
  roleWords[S1L1] = child(state.left1, s1);
  roleWords[S1R1] = child(state.right1, s1);
}

/** Punctuation marks strictly between two words of the sentence, up to 2. */
function punctuationBetween(view: SentenceView, state: ParserState, from: number, to: number): number {
  if (from === NONE || to === NONE) return 3;
  let count = 0;
  const end = Math.min(to, state.n);
  for (let k = from + 1; k < end && count < 2; k++) if (view.tags[view.from + k] === PUNCT) count++;
  return count;
}
export const PUNCT = 1;

/** Whether context feature f (template 101 + f) is of words, hashed into the large region: 137-140 and 147 on. */
const CONTEXT_LARGE = Uint8Array.from({ length: CONTEXT_FEATURES }, (_, f) =>
  (f >= 36 && f < 40) || f >= 46 ? 1 : 0,
);

/**
 * The sentence's tags and spellings (`norm`) at x + 1 for every x from NONE (-1) to the root (n), so a
 * feature reads any word's with one load and no test. Filled when a step first reads a sentence's view
 * (a view is one sentence's, its tags fixed while it is parsed).
 */
let paddedView: SentenceView | null = null;
let paddedLength = -1;
let tagAt = new Int32Array(66);
let wordAt = new Int32Array(66);

function padSentence(view: SentenceView, n: number): void {
  if (tagAt.length < n + 2) {
    tagAt = new Int32Array(2 * (n + 2));
    wordAt = new Int32Array(2 * (n + 2));
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
  paddedView = view;
  paddedLength = n;
}

/**
 * Operands of the features' `mix`es, mixed in loops: each loop is one call site the compiler inlines,
 * where some fifty sites of their own outgrew its inlining budget and were real calls.
 */
const mixA = new Int32Array(19);
const mixB = new Int32Array(19);
const mixed = new Int32Array(19);
const mix2A = new Int32Array(15);
const mix2B = new Int32Array(15);
const mixed2 = new Int32Array(15);

/** The context features' keys before hashing, reused from step to step. */
const keys = new Int32Array(CONTEXT_FEATURES);

/**
 * Writes the state's features other than the words in their roles into `out` at `at`: each feature's key
 * first, then every key hashed with its template in one loop. Every value is read once into a local, with
 * the tests for absent words written out, so the function makes no calls the compiler would not inline.
 */
export function contextFeatures(view: SentenceView, state: ParserState, out: Int32Array, at: number): void {
  const { n, depth, stack, front, left1, left2, right1, right2, labels } = state;
  if (view !== paddedView || n !== paddedLength) padSentence(view, n);
  const s0 = depth > 0 ? stack[depth - 1]! : NONE;
  const s1 = depth > 1 ? stack[depth - 2]! : NONE;
  const s2 = depth > 2 ? stack[depth - 3]! : NONE;
  const b0 = front <= n ? front : NONE;
  const b1 = front + 1 <= n ? front + 1 : NONE;
  const b2 = front + 2 <= n ? front + 2 : NONE;
  const s0l1 = s0 === NONE ? NONE : left1[s0]!;
  const s0l2 = s0 === NONE ? NONE : left2[s0]!;
  const s0r1 = s0 === NONE ? NONE : right1[s0]!;
  const s0r2 = s0 === NONE ? NONE : right2[s0]!;
  const s1r1 = s1 === NONE ? NONE : right1[s1]!;
  const s1l1 = s1 === NONE ? NONE : left1[s1]!;
  const b0l1 = b0 === NONE ? NONE : left1[b0]!;
  const b0l2 = b0 === NONE ? NONE : left2[b0]!;
  const s0t = tagAt[s0 + 1]!;
  const s1t = tagAt[s1 + 1]!;
  const s2t = tagAt[s2 + 1]!;
  const b0t = tagAt[b0 + 1]!;
  const b1t = tagAt[b1 + 1]!;
  const b2t = tagAt[b2 + 1]!;
  const s0l1t = tagAt[s0l1 + 1]!;
  const s0r1t = tagAt[s0r1 + 1]!;
  const b0l1t = tagAt[b0l1 + 1]!;
  const s0w = wordAt[s0 + 1]!;
  const s1w = wordAt[s1 + 1]!;
  const b0w = wordAt[b0 + 1]!;
  const s0l1l = s0l1 === NONE ? NO_LABEL : labels[s0l1]!;
  const s0l2l = s0l2 === NONE ? NO_LABEL : labels[s0l2]!;
  const s0r1l = s0r1 === NONE ? NO_LABEL : labels[s0r1]!;
  const s0r2l = s0r2 === NONE ? NO_LABEL : labels[s0r2]!;
  const b0l1l = b0l1 === NONE ? NO_LABEL : labels[b0l1]!;
  const b0l2l = b0l2 === NONE ? NO_LABEL : labels[b0l2]!;
  const s1r1l = s1r1 === NONE ? NO_LABEL : labels[s1r1]!;
  const distance = s0 === NONE ? 0 : Math.min(b0 - s0, 6);
  const distance1 = s1 === NONE || s0 === NONE ? 0 : Math.min(s0 - s1, 6);
  const s0left = s0 === NONE ? 0 : state.leftCount[s0]!;
  const s0right = s0 === NONE ? 0 : state.rightCount[s0]!;
  const b0left = b0 === NONE ? 0 : state.leftCount[b0]!;
  const s0leftSet = s0 === NONE ? -1 : state.leftLabels[s0]!;
  const s0rightSet = s0 === NONE ? -1 : state.rightLabels[s0]!;
  const b0leftSet = b0 === NONE ? -1 : state.leftLabels[b0]!;
  // First the mixes of plain values, then the mixes of those.
  const A = mixA;
  const B = mixB;
  A[0] = s0w;
  B[0] = s0t;
  A[1] = s1w;
  B[1] = s1t;
  A[2] = b0w;
  B[2] = b0t;
  A[3] = s0w;
  B[3] = b0w;
  A[4] = s1w;
  B[4] = s0w;
  A[5] = s0t;
  B[5] = s0leftSet;
  A[6] = s0t;
  B[6] = s0rightSet;
  A[7] = b0t;
  B[7] = b0leftSet;
  A[8] = b0w;
  B[8] = wordAt[b1 + 1]!;
  A[9] = s0w;
  B[9] = distance;
  A[10] = b0w;
  B[10] = distance;
  A[11] = s0w;
  B[11] = s0left;
  A[12] = s0w;
  B[12] = s0right;
  A[13] = b0w;
  B[13] = b0left;
  A[14] = s0w;
  B[14] = s0leftSet;
  A[15] = s0w;
  B[15] = s0rightSet;
  A[16] = b0w;
  B[16] = b0leftSet;
  A[17] = s0w;
  B[17] = b0t;
  A[18] = s1w;
  B[18] = s0t;
  const m = mixed;
  for (let k = 0; k < 19; k++) m[k] = mix(A[k]!, B[k]!);
  const s0wt = m[0]!;
  const s1wt = m[1]!;
  const b0wt = m[2]!;
  const s0b0 = m[3]!;
  const s1s0 = m[4]!;
  const A2 = mix2A;
  const B2 = mix2B;
  A2[0] = s0wt;
  B2[0] = b0t;
  A2[1] = s0t;
  B2[1] = b0wt;
  A2[2] = s1t;
  B2[2] = s0wt;
  A2[3] = s1wt;
  B2[3] = s0t;
  A2[4] = s0wt;
  B2[4] = b0wt;
  A2[5] = s0wt;
  B2[5] = b0w;
  A2[6] = s0w;
  B2[6] = b0wt;
  A2[7] = s1wt;
  B2[7] = s0wt;
  A2[8] = s1wt;
  B2[8] = s0w;
  A2[9] = s1w;
  B2[9] = s0wt;
  A2[10] = b0wt;
  B2[10] = b1t;
  A2[11] = s0b0;
  B2[11] = distance;
  A2[12] = s1s0;
  B2[12] = distance1;
  A2[13] = m[17]!;
  B2[13] = b1t;
  A2[14] = m[18]!;
  B2[14] = b0t;
  const m2 = mixed2;
  for (let k = 0; k < 15; k++) m2[k] = mix(A2[k]!, B2[k]!);
  let k = 0;
  keys[k++] = s0t;
  keys[k++] = b0t;
  keys[k++] = b1t;
  keys[k++] = b2t;
  keys[k++] = s1t;
  keys[k++] = s2t;
  keys[k++] = s0t * 32 + b0t;
  keys[k++] = b0t * 32 + b1t;
  keys[k++] = (b0t * 32 + b1t) * 32 + b2t;
  keys[k++] = (s0t * 32 + b0t) * 32 + b1t;
  keys[k++] = (s1t * 32 + s0t) * 32 + b0t;
  keys[k++] = (s0t * 32 + s0l1t) * 32 + b0t;
  keys[k++] = (s0t * 32 + s0r1t) * 32 + b0t;
  keys[k++] = (s0t * 32 + b0t) * 32 + b0l1t;
  keys[k++] = (s1t * 32 + tagAt[s1r1 + 1]!) * 32 + s0t;
  keys[k++] = (s0t * 32 + s0l1t) * 32 + tagAt[s0l2 + 1]!;
  keys[k++] = (s0t * 32 + s0r1t) * 32 + tagAt[s0r2 + 1]!;
  keys[k++] = (b0t * 32 + b0l1t) * 32 + tagAt[b0l2 + 1]!;
  keys[k++] = s0t * 8 + distance;
  keys[k++] = (s0t * 32 + b0t) * 8 + distance;
  keys[k++] = s0t * 256 + s0right;
  keys[k++] = s0t * 256 + s0left;
  keys[k++] = b0t * 256 + b0left;
  keys[k++] = s0l1t;
  keys[k++] = s0l1l;
  keys[k++] = s0r1t;
  keys[k++] = s0r1l;
  keys[k++] = b0l1t;
  keys[k++] = b0l1l;
  keys[k++] = (s0t * 256 + s0l1l) * 256 + s0l2l;
  keys[k++] = (s0t * 256 + s0r1l) * 256 + s0r2l;
  keys[k++] = (b0t * 256 + b0l1l) * 256 + b0l2l;
  keys[k++] = s1t * 32 + s0t;
  keys[k++] = (s1t * 32 + s0t) * 8 + distance1;
  keys[k++] = (s1t * 32 + s0t) * 256 + s1r1l;
  keys[k++] = (s0t * 32 + b0t) * 4 + punctuationBetween(view, state, s0, b0);
  keys[k++] = m2[0]!;
  keys[k++] = m2[1]!;
  keys[k++] = m2[2]!;
  keys[k++] = m2[3]!;
  // Zhang & Nivre's label sets, third-order tags, and the pairs of words that decide an arc.
  keys[k++] = m[5]!;
  keys[k++] = m[6]!;
  keys[k++] = m[7]!;
  keys[k++] = (s2t * 32 + s1t) * 32 + s0t;
  keys[k++] = (s1t * 32 + tagAt[s1l1 + 1]!) * 32 + s0t;
  keys[k++] = ((s0t * 32 + b0t) * 32 + b1t) * 32 + b2t;
  keys[k++] = s0b0;
  keys[k++] = m2[4]!;
  keys[k++] = m2[5]!;
  keys[k++] = m2[6]!;
  keys[k++] = s1s0;
  keys[k++] = m2[7]!;
  keys[k++] = m2[8]!;
  keys[k++] = m2[9]!;
  keys[k++] = m[8]!;
  keys[k++] = m2[10]!;
  keys[k++] = m[9]!;
  keys[k++] = m[10]!;
  keys[k++] = m2[11]!;
  keys[k++] = m2[12]!;
  keys[k++] = m[11]!;
  keys[k++] = m[12]!;
  keys[k++] = m[13]!;
  keys[k++] = m[14]!;
  keys[k++] = m[15]!;
  keys[k++] = m[16]!;
  keys[k++] = m2[13]!;
  keys[k++] = m2[14]!;
  for (let f = 0; f < CONTEXT_FEATURES; f++) {
    const h = mix(101 + f, keys[f]!);
    out[at + f] = CONTEXT_LARGE[f] ? TRANSITION_SMALL + 1 + (h & TRANSITION_LARGE) : h & TRANSITION_SMALL;
  }
}

/** Writes every transition feature of the state into `out` (training; parsing sums roles from the cache). */
export function parserFeatures(view: SentenceView, state: ParserState, out: Int32Array): void {
  fillRoles(state);
  for (let r = 0; r < ROLES; r++) {
    const x = roleWords[r]!;
    roleBuckets(
      r,
      wordOf(view, state, x),
      tagOf(view, state, x),
      ambiguityOf(view, state, x),
      out,
      r * PER_ROLE,
    );
  }
  contextFeatures(view, state, out, ROLE_FEATURES);
}
