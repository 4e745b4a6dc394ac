import { mix } from '../perceptron/hash.js';
import { addDenseRows } from '../perceptron/rows.js';
import type { DenseRows, PackedRows } from '../perceptron/rows.js';
import { LabelScratch, chooseLabel } from './labels.js';
import { ACTIONS, LEFT, NONE, ParserState, RIGHT, SHIFT } from './state.js';
import {
  NO_AMBIGUITY,
  NO_TAG,
  NO_WORD,
  ROOT_AMBIGUITY,
  ROOT_TAG,
  ROOT_WORD,
  ambiguityOf,
  child,
  labelOf,
  tagOf,
  wordOf,
} from './view.js';
import type { SentenceView } from './view.js';

export type { SentenceView } from './view.js';

/**
 * The dependency parser: greedy arc-hybrid transitions chosen by an averaged perceptron over hashed
 * features of the stack, the buffer and the arcs made so far (after Zhang & Nivre 2011, cut to what pays on
 * UD English), trained with a dynamic oracle (Goldberg & Nivre 2013). The transition model scores three
 * actions only; when an arc is made a second perceptron names its relation, looking at the dependent's
 * finished subtree and at the head's arcs so far.
 *
 * Parsing speed is memory speed: a weight fetched from main memory costs more than all the arithmetic of a
 * step. So features of tags, relations, distances and counts hash into a small region of the table that
 * stays in the processor's cache, features of words into a large one; and the features of a word in each
 * of its roles (top of the stack, front of the buffer…) are summed once per spelling and tag and kept
 * (`RoleCache`), so a frequent word costs no fetch at all.
 */

/** Bump when a feature changes meaning: the shipped weights are then refused. */
export const PARSER_FEATURES_VERSION = 5;

/** Transition buckets: tags and relations in the first 2^17 (1 MB, which stays in cache), words in the 2^21 after them. */
const TRANSITION_SMALL = (1 << 17) - 1;
const TRANSITION_LARGE = (1 << 21) - 1;
export const TRANSITION_BUCKETS = TRANSITION_SMALL + 1 + TRANSITION_LARGE + 1;
/** Transition weights are 16-bit, four to a row (three used). */
export const TRANSITION_LEVELS = 32767;
export const TRANSITION_STRIDE = 4;

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
const PER_ROLE = 3;
export const ROLE_FEATURES = ROLES * PER_ROLE;
export const CONTEXT_FEATURES = 68;
export const PARSER_FEATURES = ROLE_FEATURES + CONTEXT_FEATURES;

/** Writes the buckets of a word (`word`, `tag`, `ambiguity`) in role `role` into `out` at `at`. */
function roleBuckets(
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
const roleWords = new Int32Array(ROLES);

function fillRoles(state: ParserState): void {
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
const PUNCT = 1;

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
function contextFeatures(view: SentenceView, state: ParserState, out: Int32Array, at: number): void {
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

export interface ParserModel {
  transitions: DenseRows;
  labels: PackedRows;
  roles: RoleCache;
}

/**
 * 2^14 words with their tags (2.75 MB of sums): over the BBC files a direct-mapped cache of 2^13 missed
 * 12.7% of words and this one 8.6%, each miss 42 fetches from the 17 MB table.
 */
const CACHE_BITS = 14;
const ENTRY = ROLES * ACTIONS;
/** The root's and the absent word's entries follow the cache's slots. */
const ROOT_ENTRY = (1 << CACHE_BITS) * ENTRY;
const NONE_ENTRY = ROOT_ENTRY + ENTRY;

/**
 * Each word's transition weights in each role, summed once per spelling and tag. A slot is checked by
 * spelling and tag, so the cache never changes a choice.
 */
export interface RoleCache {
  spellings: Array<string | undefined>;
  tags: Uint8Array;
  sums: Int32Array;
  fixedReady: boolean;
}

export const emptyRoleCache = (): RoleCache => ({
  spellings: new Array<string | undefined>(1 << CACHE_BITS),
  tags: new Uint8Array(1 << CACHE_BITS),
  sums: new Int32Array(NONE_ENTRY + ENTRY),
  fixedReady: false,
});

const entryBuckets = new Int32Array(ROLE_FEATURES);

/** Sums each role's rows of the word (`word`, `tag`, `ambiguity`) into `into` at `at`. */
function sumEntry(
  rows: DenseRows,
  word: number,
  tag: number,
  ambiguity: number,
  into: Int32Array,
  at: number,
): void {
  for (let r = 0; r < ROLES; r++) roleBuckets(r, word, tag, ambiguity, entryBuckets, r * PER_ROLE);
  into.fill(0, at, at + ENTRY);
  for (let r = 0; r < ROLES; r++)
    addDenseRows(
      rows,
      entryBuckets,
      r * PER_ROLE,
      (r + 1) * PER_ROLE,
      into.subarray(at + r * ACTIONS, at + (r + 1) * ACTIONS),
    );
}

/** Offset in the cache's sums of word w's entry (`w` counted in the document), summed now when missing. */
function entryOf(model: ParserModel, view: SentenceView, w: number): number {
  const cache = model.roles;
  const spelling = view.words.spellings[w]!;
  const tag = view.tags[w]!;
  const slot = Math.imul(view.words.exact[w]! ^ (tag << 24), 0x9e3779b1) >>> (32 - CACHE_BITS);
  const at = slot * ENTRY;
  if (cache.spellings[slot] !== spelling || cache.tags[slot] !== tag) {
    sumEntry(model.transitions, view.words.norm[w]!, tag, view.ambiguity[w]!, cache.sums, at);
    cache.spellings[slot] = spelling;
    cache.tags[slot] = tag;
  }
  return at;
}

/** Reused buffers of one parsing pass. */
export class ParserScratch {
  readonly state = new ParserState();
  readonly features = new Int32Array(PARSER_FEATURES);
  readonly scores = new Int32Array(ACTIONS);
  readonly labels = new LabelScratch();
  /** The sentence's role sums: word x's at x * ENTRY, the root's after the words', the absent word's last. */
  entries = new Int32Array(66 * ENTRY);
}

/**
 * Copies each word's role sums into the sentence's own table once, so that a step reads a role's sums by
 * the word's position, with no cache slot to find and no spelling to compare; a copy, because two words of
 * one sentence may share a cache slot.
 */
function fillEntries(model: ParserModel, view: SentenceView, length: number, scratch: ParserScratch): void {
  const cache = model.roles;
  if (!cache.fixedReady) {
    sumEntry(model.transitions, ROOT_WORD, ROOT_TAG, ROOT_AMBIGUITY, cache.sums, ROOT_ENTRY);
    sumEntry(model.transitions, NO_WORD, NO_TAG, NO_AMBIGUITY, cache.sums, NONE_ENTRY);
    cache.fixedReady = true;
  }
  if (scratch.entries.length < (length + 2) * ENTRY)
    scratch.entries = new Int32Array(Math.max(length + 2, (2 * scratch.entries.length) / ENTRY) * ENTRY);
  const { entries } = scratch;
  const sums = cache.sums;
  for (let x = 0; x < length; x++) {
    const at = entryOf(model, view, view.from + x);
    const to = x * ENTRY;
    for (let k = 0; k < ENTRY; k++) entries[to + k] = sums[at + k]!;
  }
  for (let k = 0; k < ENTRY; k++) {
    entries[length * ENTRY + k] = sums[ROOT_ENTRY + k]!;
    entries[(length + 1) * ENTRY + k] = sums[NONE_ENTRY + k]!;
  }
}

/** The transition scores of the state: roles from the sentence's table, the rest from the rows. */
function scoreState(model: ParserModel, view: SentenceView, scratch: ParserScratch): void {
  const { state, features, scores, entries } = scratch;
  fillRoles(state);
  // Three actions, summed in locals: no loop over a row of three, no store until the end.
  const absent = (state.n + 1) * ENTRY;
  let shift = 0;
  let left = 0;
  let right = 0;
  for (let r = 0; r < ROLES; r++) {
    const x = roleWords[r]!;
    const from = (x === NONE ? absent : x * ENTRY) + r * ACTIONS;
    shift += entries[from]!;
    left += entries[from + 1]!;
    right += entries[from + 2]!;
  }
  contextFeatures(view, state, features, 0);
  const { stride, weights } = model.transitions;
  for (let f = 0; f < CONTEXT_FEATURES; f++) {
    const at = features[f]! * stride;
    shift += weights[at]!;
    left += weights[at + 1]!;
    right += weights[at + 2]!;
  }
  scores[SHIFT] = shift;
  scores[LEFT] = left;
  scores[RIGHT] = right;
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
  const { state, scores } = scratch;
  state.reset(length);
  fillEntries(model, view, length, scratch);
  while (!state.done) {
    let action = -1;
    let valid = 0;
    for (let a = 0; a < ACTIONS; a++) if (state.isValid(a)) (valid++, (action = a));
    // A state with one way on (an empty stack, the words left on it at the end) needs no scoring.
    if (valid > 1) {
      scoreState(model, view, scratch);
      action = -1;
      for (let a = 0; a < ACTIONS; a++)
        if (state.isValid(a) && (action < 0 || scores[a]! > scores[action]!)) action = a;
    }
    state.apply(
      action,
      action === SHIFT ? 0 : chooseLabel(model.labels, view, state, action, scratch.labels),
    );
  }
  liftFromPunctuation(view, state);
}

/**
 * UD never hangs a word on a punctuation mark, but a greedy parse can be left no other way: words shifted
 * above a comma that was never attached must, at the sentence's end, take it as head ("Umerov , the head
 * of …"). Such a word goes to the mark's own head, which keeps the tree a tree.
 */
function liftFromPunctuation(view: SentenceView, state: ParserState): void {
  const { heads, n } = state;
  for (let w = 0; w < n; w++) {
    let h = heads[w]!;
    while (h < n && view.tags[view.from + h] === PUNCT && heads[h] !== n) h = heads[h]!;
    heads[w] = h;
  }
}

export { LEFT, RIGHT, SHIFT };
