import { mix } from '../perceptron/hash.js';
import type { ParserState } from './state.js';
import { CONTEXT_FEATURES, TRANSITION_LARGE, TRANSITION_SMALL, contextFeatures } from './context-features.js';
import { ambiguityOf, child, tagOf, wordOf } from './view.js';
import type { SentenceView } from './view.js';

/**
 * The parser's transition features: the words in their roles (stack, buffer, outermost children) and the
 * context around them (tags, relations, distances, valencies), hashed into the transition table's small
 * region (tags and relations, which stays in cache) or its large one (words). Training writes them all
 * (`parserFeatures`); parsing (`parser.ts`) sums the roles from a cache and hashes only the context.
 */

/** Bump when a feature changes meaning: the shipped weights are then refused. */
export const PARSER_FEATURES_VERSION = 5;

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
export const PARSER_FEATURES = ROLE_FEATURES + CONTEXT_FEATURES;
export { CONTEXT_FEATURES, PUNCT } from './context-features.js';

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
