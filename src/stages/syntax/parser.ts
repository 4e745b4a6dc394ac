import { addDenseRows } from '../perceptron/rows.js';
import type { DenseRows, PackedRows } from '../perceptron/rows.js';
import { LabelScratch, chooseLabel } from './labels.js';
import {
  CONTEXT_FEATURES,
  PARSER_FEATURES,
  PER_ROLE,
  PUNCT,
  ROLES,
  ROLE_FEATURES,
  contextFeatures,
  fillRoles,
  roleBuckets,
  roleWords,
} from './parser-features.js';
import { ACTIONS, LEFT, NONE, ParserState, RIGHT, SHIFT } from './state.js';
import { NO_AMBIGUITY, NO_TAG, NO_WORD, ROOT_AMBIGUITY, ROOT_TAG, ROOT_WORD } from './view.js';
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

export interface ParserModel {
  transitions: DenseRows;
  labels: PackedRows;
  roles: RoleCache;
}

/**
 * 2^14 words with their tags (2.75 MB of sums): over the BBC files a direct-mapped cache of 2^13 missed
 * 12.7% of words and this one 8.6%, each miss 42 fetches from the 12.75 MB table.
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
