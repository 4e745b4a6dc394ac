import { mix } from '../perceptron/hash.js';
import { AFFIXES, ALL_CAPS, CAPITALISED } from './words.js';
import type { Words } from './words.js';
import { rowNumber } from '../perceptron/rows.js';
import type { Rows } from '../perceptron/rows.js';
import { UPOS_COUNT } from './ud.js';
import type { TagDictionary } from './tag-dictionary.js';

/**
 * The part-of-speech tagger: an averaged perceptron over hashed features, greedy left to right with the
 * two previous tags as features (Collins 2002; Honnibal's "A good POS tagger in about 200 lines"), plus
 * what the training data says each word can be (its ambiguity class) for the word and the two after it.
 * Words the training data always tags one way ("the", ",", "of") are tagged from the dictionary alone.
 */

/** Bump when a feature changes meaning: the shipped weights are then refused. */
export const TAGGER_FEATURES_VERSION = 2;

/** Features of the word and of its neighbours, known before tagging. */
export const TAG_STATIC_FEATURES = 30;
/** Features of the tags already chosen. */
export const TAG_DYNAMIC_FEATURES = 8;

const BEFORE = 0x5eed0001;
const AFTER = 0x5eed0002;

/**
 * A word's features as itself and as each neighbour of the word being tagged: they depend on its spelling
 * alone, so tagging sums them once per spelling (`WordCache`). Ranges in `ROLE_BUCKETS` order:
 * itself [0, 13), as the previous word [13, 15), as the next [15, 18), two before [18], two after [19].
 */
const ROLES = 5;
const ROLE_BUCKETS = 20;
const ROLE_START = [0, 13, 15, 18, 19, 20];
/** Where each neighbour role's word sits from the word being tagged. */
const NEIGHBOUR = [0, -1, 1, -2, 2];
/** Features of the position: case and sentence start, pairs of neighbours. */
const CONTEXT_BUCKETS = 10;

/** Writes word w's `ROLE_BUCKETS` buckets into `out` at `at`. */
function wordRoleBuckets(
  words: Words,
  ambiguity: Int32Array,
  w: number,
  mask: number,
  out: Int32Array,
  at: number,
): void {
  const { exact, norm, shape, short, affixes } = words;
  const a = w * AFFIXES;
  const n = norm[w]!;
  out[at] = mix(1, 0) & mask;
  out[at + 1] = mix(2, exact[w]!) & mask;
  out[at + 2] = mix(3, n) & mask;
  for (let k = 0; k < AFFIXES; k++) out[at + 3 + k] = mix(4 + k, affixes[a + k]!) & mask;
  out[at + 10] = mix(11, shape[w]!) & mask;
  out[at + 11] = mix(12, short[w]!) & mask;
  out[at + 12] = mix(13, ambiguity[w]!) & mask;
  out[at + 13] = mix(15, n) & mask;
  out[at + 14] = mix(19, affixes[a + 2]!) & mask;
  out[at + 15] = mix(16, n) & mask;
  out[at + 16] = mix(20, affixes[a + 2]!) & mask;
  out[at + 17] = mix(21, ambiguity[w]!) & mask;
  out[at + 18] = mix(17, n) & mask;
  out[at + 19] = mix(18, n) & mask;
}

/** The role buckets of the sentence's edges: the word before the first, after the last. */
function edgeBuckets(mask: number, out: Int32Array): void {
  out[13] = mix(15, BEFORE) & mask;
  out[14] = mix(19, BEFORE) & mask;
  out[15] = mix(16, AFTER) & mask;
  out[16] = mix(20, AFTER) & mask;
  out[17] = mix(21, -1) & mask;
  out[18] = mix(17, BEFORE) & mask;
  out[19] = mix(18, AFTER) & mask;
}

/** Context feature 0: the word's case and whether it starts the sentence (eight values). */
const caseKey = (flags: number, first: boolean): number =>
  (flags & (CAPITALISED | ALL_CAPS)) | (first ? 64 : 0);

/** The context features' templates, and their keys before hashing (reused from word to word). */
const CONTEXT_TEMPLATES = Int32Array.from([14, 22, 23, 24, 25, 26, 27, 28, 29, 30]);
const contextKeys = new Int32Array(CONTEXT_BUCKETS);

/** Writes the `CONTEXT_BUCKETS` buckets of position w of the sentence [from, to) into `out` at `at`. */
function contextBuckets(
  words: Words,
  ambiguity: Int32Array,
  w: number,
  from: number,
  to: number,
  mask: number,
  out: Int32Array,
  at: number,
): void {
  const { norm, short, flags } = words;
  const prev = w > from ? norm[w - 1]! : BEFORE;
  const next = w + 1 < to ? norm[w + 1]! : AFTER;
  const ambiguityNext = w + 1 < to ? ambiguity[w + 1]! : -1;
  const ambiguityNext2 = w + 2 < to ? ambiguity[w + 2]! : -1;
  const ambiguityPrevious = w > from ? ambiguity[w - 1]! : -1;
  const next2 = w + 2 < to ? norm[w + 2]! : AFTER;
  const keys = contextKeys;
  keys[0] = caseKey(flags[w]!, w === from);
  keys[1] = mix(ambiguityNext, ambiguityNext2);
  keys[2] = mix(prev, norm[w]!);
  keys[3] = mix(norm[w]!, next);
  keys[4] = mix(mix(w > from ? short[w - 1]! : BEFORE, short[w]!), w + 1 < to ? short[w + 1]! : AFTER);
  keys[5] = mix(ambiguity[w]!, ambiguityNext);
  keys[6] = mix(prev, next);
  keys[7] = mix(next, next2);
  keys[8] = mix(ambiguityPrevious, ambiguity[w]!);
  keys[9] = mix(norm[w]!, ambiguityNext);
  // One hashing site for the ten templates, which the compiler inlines.
  for (let f = 0; f < CONTEXT_BUCKETS; f++) out[at + f] = mix(CONTEXT_TEMPLATES[f]!, keys[f]!) & mask;
}

const roleScratch = new Int32Array(ROLE_BUCKETS);
const edges = new Int32Array(ROLE_BUCKETS);

/**
 * Writes the static feature buckets of words [from, to) of one sentence into `out` (`TAG_STATIC_FEATURES`
 * per word, word w at (w - from) * TAG_STATIC_FEATURES): the word itself, its neighbours in their roles,
 * the position. Training reads these; tagging sums the same buckets through the cache.
 */
export function tagStaticFeatures(
  words: Words,
  ambiguity: Int32Array,
  from: number,
  to: number,
  mask: number,
  out: Int32Array,
): void {
  edgeBuckets(mask, edges);
  for (let w = from; w < to; w++) {
    const base = (w - from) * TAG_STATIC_FEATURES;
    wordRoleBuckets(words, ambiguity, w, mask, out, base);
    // The slots of the word's own neighbour roles are overwritten by the neighbours' (or the edges').
    for (let r = 1; r < ROLES; r++) {
      const k = w + NEIGHBOUR[r]!;
      const source =
        k >= from && k < to
          ? (wordRoleBuckets(words, ambiguity, k, mask, roleScratch, 0), roleScratch)
          : edges;
      for (let b = ROLE_START[r]!; b < ROLE_START[r + 1]!; b++) out[base + b] = source[b]!;
    }
    contextBuckets(words, ambiguity, w, from, to, mask, out, base + ROLE_BUCKETS);
  }
}

/** Previous tags run from -1 (before the sentence) to the last tag. */
const PREVIOUS = UPOS_COUNT + 1;

/** mix(template, t) for every previous tag t, hashed once: the tag-only half of the dynamic features. */
const byPrevious = (template: number): Int32Array =>
  Int32Array.from({ length: PREVIOUS }, (_, t) => mix(template, t - 1));
const PREVIOUS_101 = byPrevious(101);
const PREVIOUS_103 = byPrevious(103);
const PREVIOUS_104 = byPrevious(104);
const PREVIOUS_105 = byPrevious(105);
const PREVIOUS_106 = byPrevious(106);
const PREVIOUS_107 = byPrevious(107);
const PREVIOUS_108 = byPrevious(108);
/** mix(102, previous * 32 + previous2), at (previous + 1) * PREVIOUS + previous2 + 1. */
const PREVIOUS_PAIR_102 = Int32Array.from({ length: PREVIOUS * PREVIOUS }, (_, k) =>
  mix(102, (Math.floor(k / PREVIOUS) - 1) * 32 + (k % PREVIOUS) - 1),
);

/** Writes the buckets that depend on the previous two tags (-1 before the sentence). */
export function tagDynamicFeatures(
  words: Words,
  ambiguity: Int32Array,
  w: number,
  to: number,
  previous: number,
  previous2: number,
  mask: number,
  out: Int32Array,
): void {
  tagOnlyBuckets(previous, previous2, mask, out);
  wordTagBuckets(words, ambiguity, w, to, previous, mask, out);
}

/** Dynamic features 0, 1 and 6: the previous tags alone. */
function tagOnlyBuckets(previous: number, previous2: number, mask: number, out: Int32Array): void {
  const p = previous + 1;
  out[0] = PREVIOUS_101[p]! & mask;
  out[1] = PREVIOUS_PAIR_102[p * PREVIOUS + previous2 + 1]! & mask;
  out[6] = PREVIOUS_107[previous2 + 1]! & mask;
}

/** Dynamic features 2-5 and 7: the previous tag with the word, its suffix and shape, and the next word. */
function wordTagBuckets(
  words: Words,
  ambiguity: Int32Array,
  w: number,
  to: number,
  previous: number,
  mask: number,
  out: Int32Array,
): void {
  const p = previous + 1;
  out[2] = mix(PREVIOUS_103[p]!, words.norm[w]!) & mask;
  out[3] = mix(PREVIOUS_104[p]!, w + 1 < to ? ambiguity[w + 1]! : -1) & mask;
  out[4] = mix(PREVIOUS_105[p]!, words.affixes[w * AFFIXES + 2]!) & mask;
  out[5] = mix(PREVIOUS_106[p]!, words.short[w]!) & mask;
  out[7] = mix(PREVIOUS_108[p]!, w + 1 < to ? words.norm[w + 1]! : AFTER) & mask;
}

/** Reused buffers of one tagging pass. */
export class TaggerScratch {
  ambiguity = new Int32Array(256);
  sure = new Int8Array(256);
  statics = new Int32Array(256 * TAG_STATIC_FEATURES);
  dynamic = new Int32Array(TAG_DYNAMIC_FEATURES);
  scores = new Int32Array(UPOS_COUNT);

  /** Makes room for `length` words. */
  fit(length: number): void {
    if (this.ambiguity.length >= length) return;
    const size = Math.max(length, this.ambiguity.length * 2);
    this.ambiguity = new Int32Array(size);
    this.sure = new Int8Array(size);
    this.statics = new Int32Array(size * TAG_STATIC_FEATURES);
  }
}

export interface TaggerModel {
  mask: number;
  /** Which buckets have a row, and where it is (see `Rows`). */
  directory: Int32Array;
  /** The rows' weights two tags to a double (`pairRows`), row for row; the 16-bit rows are not kept. */
  pairs: Float64Array;
  dictionary: TagDictionary;
  cache: WordCache;
}

/**
 * Two tags' integer weights share one double as low + high × LANE, as in the name tagger: a word's sums
 * of at most 38 weights of 16 bits stay far under 2^25 in either lane, so they are exact, and scoring a
 * word costs nine additions per feature instead of seventeen.
 */
const LANE = 2 ** 26;
const PAIRS = (UPOS_COUNT + 1) >>> 1;

/** The rows' weights paired (see `LANE`), `PAIRS` doubles per row. */
export function pairRows(rows: Rows): Float64Array {
  const count = rows.rows.length / rows.width;
  const pairs = new Float64Array(count * PAIRS);
  for (let r = 0; r < count; r++)
    for (let p = 0; p < PAIRS; p++) {
      const at = r * rows.width + 2 * p;
      pairs[r * PAIRS + p] = rows.rows[at]! + (2 * p + 1 < rows.width ? rows.rows[at + 1]! : 0) * LANE;
    }
  return pairs;
}

/** Adds the paired rows of `buckets[from, to)` into `into` at `at`. */
function addPairs(
  model: TaggerModel,
  buckets: Int32Array,
  from: number,
  to: number,
  into: Float64Array,
  at: number,
): void {
  const { directory } = model;
  const pairs = model.pairs;
  for (let f = from; f < to; f++) {
    const row = rowNumber(directory, buckets[f]!);
    if (row < 0) continue;
    const base = row * PAIRS;
    for (let p = 0; p < PAIRS; p++) into[at + p]! += pairs[base + p]!;
  }
}

/** 2^14 spellings: the frequent vocabulary of a run of news (6 MB of sums; 2^13 missed 3.1% of lookups). */
const CACHE_BITS = 14;
const ENTRY = ROLES * PAIRS;

/**
 * Sums of each spelling's role features (`wordRoleBuckets`), paired, filled as words are met: most words
 * of news are frequent ones, and their twenty lookups are most of what tagging would spend. A slot holds
 * one spelling and is checked by string, so the cache never changes a tag.
 */
export interface WordCache {
  spellings: Array<string | undefined>;
  sums: Float64Array;
  /** The role sums of the sentence's edges (no word before the first or after the last). */
  edges: Float64Array;
  /**
   * The paired rows of the features of the previous tags alone (dynamic 0, 1 and 6), for each pair of
   * previous tags at ((previous + 1) * PREVIOUS + previous2 + 1) * PAIRS, and of the eight case keys
   * (context feature 0) at key's `caseSlot` * PAIRS: a handful of values, summed once instead of per word.
   */
  previousSums: Float64Array;
  caseSums: Float64Array;
  fixedReady: boolean;
}

export const emptyWordCache = (): WordCache => ({
  spellings: new Array<string | undefined>(1 << CACHE_BITS),
  sums: new Float64Array((1 << CACHE_BITS) * ENTRY),
  edges: new Float64Array(ENTRY),
  previousSums: new Float64Array(PREVIOUS * PREVIOUS * PAIRS),
  caseSums: new Float64Array(8 * PAIRS),
  fixedReady: false,
});

const entryBuckets = new Int32Array(ROLE_BUCKETS);

function sumRoles(model: TaggerModel, buckets: Int32Array, into: Float64Array, at: number): void {
  into.fill(0, at, at + ENTRY);
  for (let r = 0; r < ROLES; r++)
    addPairs(model, buckets, ROLE_START[r]!, ROLE_START[r + 1]!, into, at + r * PAIRS);
}

/** Offset in `cache.sums` of word w's entry, summed now if its slot holds another spelling. */
function entryOf(model: TaggerModel, words: Words, ambiguity: Int32Array, w: number): number {
  const { cache, mask } = model;
  const spelling = words.spellings[w]!;
  const slot = Math.imul(words.exact[w]!, 0x9e3779b1) >>> (32 - CACHE_BITS);
  const at = slot * ENTRY;
  if (cache.spellings[slot] !== spelling) {
    wordRoleBuckets(words, ambiguity, w, mask, entryBuckets, 0);
    sumRoles(model, entryBuckets, cache.sums, at);
    cache.spellings[slot] = spelling;
  }
  return at;
}

function addRole(packed: Float64Array, sums: Float64Array, at: number, role: number): void {
  const from = at + role * PAIRS;
  for (let p = 0; p < PAIRS; p++) packed[p]! += sums[from + p]!;
}

/** Where a case key's sums sit among the eight (see `WordCache.caseSums`). */
const caseSlot = (flags: number, first: boolean): number =>
  (flags & (CAPITALISED | ALL_CAPS)) | (first ? 4 : 0);

/** Sums what does not depend on the words: the edges' roles, the previous tags' and the case keys' rows. */
function sumFixed(model: TaggerModel): void {
  const { mask, cache } = model;
  edgeBuckets(mask, entryBuckets);
  sumRoles(model, entryBuckets, cache.edges, 0);
  const buckets = new Int32Array(TAG_DYNAMIC_FEATURES);
  for (let previous = -1; previous < UPOS_COUNT; previous++)
    for (let previous2 = -1; previous2 < UPOS_COUNT; previous2++) {
      tagOnlyBuckets(previous, previous2, mask, buckets);
      const at = ((previous + 1) * PREVIOUS + previous2 + 1) * PAIRS;
      addPairs(model, buckets, 0, 2, cache.previousSums, at);
      addPairs(model, buckets, 6, 7, cache.previousSums, at);
    }
  for (let flags = 0; flags < 4; flags++)
    for (const first of [false, true]) {
      buckets[0] = mix(CONTEXT_TEMPLATES[0]!, caseKey(flags, first)) & mask;
      addPairs(model, buckets, 0, 1, cache.caseSums, caseSlot(flags, first) * PAIRS);
    }
  cache.fixedReady = true;
}

/** Paired sums of the word being tagged. */
const packed = new Float64Array(PAIRS);

/**
 * Tags words [from, to) of `words` (one sentence) into `tags`. `scratch.ambiguity` and `scratch.sure`
 * must already hold the words' dictionary entries (`lookUpWords`).
 */
export function tagSentence(
  model: TaggerModel,
  words: Words,
  from: number,
  to: number,
  scratch: TaggerScratch,
  tags: Uint8Array,
): void {
  const { mask, cache } = model;
  const { ambiguity, sure, statics, dynamic, scores } = scratch;
  if (!cache.fixedReady) sumFixed(model);
  let previous = -1;
  let previous2 = -1;
  for (let w = from; w < to; w++) {
    let tag = sure[w]!;
    if (tag < 0) {
      packed.fill(0);
      addRole(packed, cache.sums, entryOf(model, words, ambiguity, w), 0);
      for (let r = 1; r < ROLES; r++) {
        const k = w + NEIGHBOUR[r]!;
        if (k >= from && k < to) addRole(packed, cache.sums, entryOf(model, words, ambiguity, k), r);
        else addRole(packed, cache.edges, 0, r);
      }
      contextBuckets(words, ambiguity, w, from, to, mask, statics, 0);
      addPairs(model, statics, 1, CONTEXT_BUCKETS, packed, 0);
      addRole(packed, cache.caseSums, caseSlot(words.flags[w]!, w === from) * PAIRS, 0);
      wordTagBuckets(words, ambiguity, w, to, previous, mask, dynamic);
      addPairs(model, dynamic, 2, 6, packed, 0);
      addPairs(model, dynamic, 7, 8, packed, 0);
      addRole(packed, cache.previousSums, ((previous + 1) * PREVIOUS + previous2 + 1) * PAIRS, 0);
      for (let p = 0; p < PAIRS; p++) {
        const high = Math.round(packed[p]! / LANE);
        scores[2 * p] = packed[p]! - high * LANE;
        if (2 * p + 1 < UPOS_COUNT) scores[2 * p + 1] = high;
      }
      tag = 0;
      for (let t = 1; t < UPOS_COUNT; t++) if (scores[t]! > scores[tag]!) tag = t;
    }
    tags[w] = tag;
    previous2 = previous;
    previous = tag;
  }
}
