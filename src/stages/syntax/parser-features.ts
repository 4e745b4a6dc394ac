import { mix } from '../perceptron/hash.js';
import { NONE } from './state.js';
import type { ParserState } from './state.js';
import { ambiguityOf, child, labelOf, tagOf, wordOf } from './view.js';
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

/** The context features' keys before hashing, reused from step to step. */
const keys = new Int32Array(CONTEXT_FEATURES);

/**
 * Writes the state's features other than the words in their roles into `out` at `at`: each feature's key
 * first, then every key hashed with its template in one loop, whose single hashing site the compiler
 * inlines (sixty-eight call sites of `small` and `large` outgrew its inlining budget).
 */
export function contextFeatures(view: SentenceView, state: ParserState, out: Int32Array, at: number): void {
  const s0 = state.s(0);
  const s1 = state.s(1);
  const b0 = state.b(0);
  const s0l1 = child(state.left1, s0);
  const s0l2 = child(state.left2, s0);
  const s0r1 = child(state.right1, s0);
  const s0r2 = child(state.right2, s0);
  const s1r1 = child(state.right1, s1);
  const b0l1 = child(state.left1, b0);
  const b0l2 = child(state.left2, b0);
  const s0t = tagOf(view, state, s0);
  const s1t = tagOf(view, state, s1);
  const b0t = tagOf(view, state, b0);
  const b1t = tagOf(view, state, state.b(1));
  const b2t = tagOf(view, state, state.b(2));
  const s0l1t = tagOf(view, state, s0l1);
  const s0r1t = tagOf(view, state, s0r1);
  const b0l1t = tagOf(view, state, b0l1);
  const s0w = wordOf(view, state, s0);
  const s1w = wordOf(view, state, s1);
  const b0w = wordOf(view, state, b0);
  const distance = s0 === NONE ? 0 : Math.min(b0 - s0, 6);
  const distance1 = s1 === NONE || s0 === NONE ? 0 : Math.min(s0 - s1, 6);
  const s0left = s0 === NONE ? 0 : state.leftCount[s0]!;
  const s0right = s0 === NONE ? 0 : state.rightCount[s0]!;
  const b0left = b0 === NONE ? 0 : state.leftCount[b0]!;
  const s0leftSet = s0 === NONE ? -1 : state.leftLabels[s0]!;
  const s0rightSet = s0 === NONE ? -1 : state.rightLabels[s0]!;
  const b0leftSet = b0 === NONE ? -1 : state.leftLabels[b0]!;
  const s0wt = mix(s0w, s0t);
  const s1wt = mix(s1w, s1t);
  const b0wt = mix(b0w, b0t);
  const s0b0 = mix(s0w, b0w);
  const s1s0 = mix(s1w, s0w);
  let k = 0;
  keys[k++] = s0t;
  keys[k++] = b0t;
  keys[k++] = b1t;
  keys[k++] = b2t;
  keys[k++] = s1t;
  keys[k++] = tagOf(view, state, state.s(2));
  keys[k++] = s0t * 32 + b0t;
  keys[k++] = b0t * 32 + b1t;
  keys[k++] = (b0t * 32 + b1t) * 32 + b2t;
  keys[k++] = (s0t * 32 + b0t) * 32 + b1t;
  keys[k++] = (s1t * 32 + s0t) * 32 + b0t;
  keys[k++] = (s0t * 32 + s0l1t) * 32 + b0t;
  keys[k++] = (s0t * 32 + s0r1t) * 32 + b0t;
  keys[k++] = (s0t * 32 + b0t) * 32 + b0l1t;
  keys[k++] = (s1t * 32 + tagOf(view, state, s1r1)) * 32 + s0t;
  keys[k++] = (s0t * 32 + s0l1t) * 32 + tagOf(view, state, s0l2);
  keys[k++] = (s0t * 32 + s0r1t) * 32 + tagOf(view, state, s0r2);
  keys[k++] = (b0t * 32 + b0l1t) * 32 + tagOf(view, state, b0l2);
  keys[k++] = s0t * 8 + distance;
  keys[k++] = (s0t * 32 + b0t) * 8 + distance;
  keys[k++] = s0t * 256 + s0right;
  keys[k++] = s0t * 256 + s0left;
  keys[k++] = b0t * 256 + b0left;
  keys[k++] = s0l1t;
  keys[k++] = labelOf(state, s0l1);
  keys[k++] = s0r1t;
  keys[k++] = labelOf(state, s0r1);
  keys[k++] = b0l1t;
  keys[k++] = labelOf(state, b0l1);
  keys[k++] = (s0t * 256 + labelOf(state, s0l1)) * 256 + labelOf(state, s0l2);
  keys[k++] = (s0t * 256 + labelOf(state, s0r1)) * 256 + labelOf(state, s0r2);
  keys[k++] = (b0t * 256 + labelOf(state, b0l1)) * 256 + labelOf(state, b0l2);
  keys[k++] = s1t * 32 + s0t;
  keys[k++] = (s1t * 32 + s0t) * 8 + distance1;
  keys[k++] = (s1t * 32 + s0t) * 256 + labelOf(state, s1r1);
  keys[k++] = (s0t * 32 + b0t) * 4 + punctuationBetween(view, state, s0, b0);
  keys[k++] = mix(s0wt, b0t);
  keys[k++] = mix(s0t, b0wt);
  keys[k++] = mix(s1t, s0wt);
  keys[k++] = mix(s1wt, s0t);
  // Zhang & Nivre's label sets, third-order tags, and the pairs of words that decide an arc.
  keys[k++] = mix(s0t, s0leftSet);
  keys[k++] = mix(s0t, s0rightSet);
  keys[k++] = mix(b0t, b0leftSet);
  keys[k++] = (tagOf(view, state, state.s(2)) * 32 + s1t) * 32 + s0t;
  keys[k++] = (s1t * 32 + tagOf(view, state, child(state.left1, s1))) * 32 + s0t;
  keys[k++] = ((s0t * 32 + b0t) * 32 + b1t) * 32 + b2t;
  keys[k++] = s0b0;
  keys[k++] = mix(s0wt, b0wt);
  keys[k++] = mix(s0wt, b0w);
  keys[k++] = mix(s0w, b0wt);
  keys[k++] = s1s0;
  keys[k++] = mix(s1wt, s0wt);
  keys[k++] = mix(s1wt, s0w);
  keys[k++] = mix(s1w, s0wt);
  keys[k++] = mix(b0w, wordOf(view, state, state.b(1)));
  keys[k++] = mix(b0wt, b1t);
  keys[k++] = mix(s0w, distance);
  keys[k++] = mix(b0w, distance);
  keys[k++] = mix(s0b0, distance);
  keys[k++] = mix(s1s0, distance1);
  keys[k++] = mix(s0w, s0left);
  keys[k++] = mix(s0w, s0right);
  keys[k++] = mix(b0w, b0left);
  keys[k++] = mix(s0w, s0leftSet);
  keys[k++] = mix(s0w, s0rightSet);
  keys[k++] = mix(b0w, b0leftSet);
  keys[k++] = mix(mix(s0w, b0t), b1t);
  keys[k++] = mix(mix(s1w, s0t), b0t);
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
