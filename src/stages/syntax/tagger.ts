import { mix } from '../names/hash.js';
import { AFFIXES, CAPITALISED, ALL_CAPS } from './words.js';
import type { Words } from './words.js';
import { addRows } from './weights.js';
import type { Rows } from './weights.js';
import { UPOS_COUNT } from './ud.js';

/**
 * The part-of-speech tagger: an averaged perceptron over hashed features, greedy left to right with the
 * two previous tags as features (Collins 2002; Honnibal's "A good POS tagger in about 200 lines"), plus
 * what the training data says each word can be (its ambiguity class) for the word and the two after it.
 * Words the training data always tags one way ("the", ",", "of") are tagged from the dictionary alone.
 */

/** Bump when a feature changes meaning: the shipped weights are then refused. */
export const TAGGER_FEATURES_VERSION = 1;

/** Features of the word alone (the first `TAG_WORD_FEATURES`) and of its neighbours, known before tagging. */
export const TAG_STATIC_FEATURES = 26;
export const TAG_WORD_FEATURES = 13;
/** Features of the tags already chosen. */
export const TAG_DYNAMIC_FEATURES = 4;

/**
 * Words the training data saw: for each, a bit per tag it took, and the tag it (almost) always takes.
 * Open addressing over typed arrays, keyed by the word's `norm` hash.
 */
export interface TagDictionary {
  bits: number;
  keys: Int32Array;
  /** 0 for an empty slot; else the tag mask, with (sure tag + 1) << 24 when the word is unambiguous. */
  values: Int32Array;
}

const SURE_SHIFT = 24;
const MASK_BITS = (1 << UPOS_COUNT) - 1;

export function dictionaryValue(dictionary: TagDictionary, key: number): number {
  const { keys, values, bits } = dictionary;
  const slots = 1 << bits;
  let slot = Math.imul(key, 0x9e3779b1) >>> (32 - bits);
  for (;;) {
    const value = values[slot]!;
    if (value === 0 || keys[slot] === key) return value;
    slot = (slot + 1) & (slots - 1);
  }
}

/** A dictionary from words' tag counts: `sure` when one tag covers at least `sureShare` of `sureCount`+ uses. */
export function buildDictionary(
  counts: ReadonlyMap<number, Int32Array>,
  minCount: number,
  sureCount: number,
  sureShare: number,
): TagDictionary {
  const entries: Array<[number, number]> = [];
  for (const [key, tagCounts] of counts) {
    let total = 0;
    let best = 0;
    for (let t = 0; t < UPOS_COUNT; t++) {
      total += tagCounts[t]!;
      if (tagCounts[t]! > tagCounts[best]!) best = t;
    }
    if (total < minCount) continue;
    // A tag taken in under 1% of many uses is noise in the ambiguity class.
    let mask = 0;
    for (let t = 0; t < UPOS_COUNT; t++)
      if (tagCounts[t]! > 0 && tagCounts[t]! * 100 >= total) mask |= 1 << t;
    const sure = total >= sureCount && tagCounts[best]! >= sureShare * total;
    entries.push([key, mask | (sure ? (best + 1) << SURE_SHIFT : 0)]);
  }
  const bits = Math.max(4, 32 - Math.clz32(entries.length * 2));
  const keys = new Int32Array(1 << bits);
  const values = new Int32Array(1 << bits);
  const dictionary = { bits, keys, values };
  for (const [key, value] of entries) {
    let slot = Math.imul(key, 0x9e3779b1) >>> (32 - bits);
    while (values[slot] !== 0) slot = (slot + 1) & ((1 << bits) - 1);
    keys[slot] = key;
    values[slot] = value;
  }
  return dictionary;
}

/** Each word's ambiguity class (tag mask, 0 when unknown) and sure tag (-1 when none). */
export function lookUpWords(
  dictionary: TagDictionary,
  words: Words,
  ambiguity: Int32Array,
  sure: Int8Array,
): void {
  for (let w = 0; w < words.length; w++) {
    const value = dictionaryValue(dictionary, words.norm[w]!);
    ambiguity[w] = value & MASK_BITS;
    sure[w] = (value >>> SURE_SHIFT) - 1;
  }
}

const BEFORE = 0x5eed0001;
const AFTER = 0x5eed0002;
const keys = new Int32Array(TAG_STATIC_FEATURES);

/**
 * Writes the static feature buckets of words [from, to) of one sentence into `out` (`TAG_STATIC_FEATURES`
 * per word, word w at (w - from) * TAG_STATIC_FEATURES).
 */
export function tagStaticFeatures(
  words: Words,
  ambiguity: Int32Array,
  from: number,
  to: number,
  mask: number,
  out: Int32Array,
): void {
  const { exact, norm, shape, short, affixes, flags } = words;
  for (let w = from; w < to; w++) {
    const a = w * AFFIXES;
    const prev = w > from ? norm[w - 1]! : BEFORE;
    const prev2 = w - 1 > from ? norm[w - 2]! : BEFORE;
    const next = w + 1 < to ? norm[w + 1]! : AFTER;
    const next2 = w + 2 < to ? norm[w + 2]! : AFTER;
    const ambiguityNext = w + 1 < to ? ambiguity[w + 1]! : -1;
    const ambiguityNext2 = w + 2 < to ? ambiguity[w + 2]! : -1;
    keys[0] = 0;
    keys[1] = exact[w]!;
    keys[2] = norm[w]!;
    keys[3] = affixes[a]!;
    keys[4] = affixes[a + 1]!;
    keys[5] = affixes[a + 2]!;
    keys[6] = affixes[a + 3]!;
    keys[7] = affixes[a + 4]!;
    keys[8] = affixes[a + 5]!;
    keys[9] = affixes[a + 6]!;
    keys[10] = shape[w]!;
    keys[11] = short[w]!;
    keys[12] = ambiguity[w]!;
    keys[13] = (flags[w]! & (CAPITALISED | ALL_CAPS)) | (w === from ? 64 : 0);
    keys[14] = prev;
    keys[15] = next;
    keys[16] = prev2;
    keys[17] = next2;
    keys[18] = w > from ? affixes[(w - 1) * AFFIXES + 2]! : BEFORE;
    keys[19] = w + 1 < to ? affixes[(w + 1) * AFFIXES + 2]! : AFTER;
    keys[20] = ambiguityNext;
    keys[21] = mix(ambiguityNext, ambiguityNext2);
    keys[22] = mix(prev, norm[w]!);
    keys[23] = mix(norm[w]!, next);
    keys[24] = mix(mix(w > from ? short[w - 1]! : BEFORE, short[w]!), w + 1 < to ? short[w + 1]! : AFTER);
    keys[25] = mix(ambiguity[w]!, ambiguityNext);
    const base = (w - from) * TAG_STATIC_FEATURES;
    for (let k = 0; k < TAG_STATIC_FEATURES; k++) out[base + k] = mix(k + 1, keys[k]!) & mask;
  }
}

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
  out[0] = mix(101, previous) & mask;
  out[1] = mix(102, previous * 32 + previous2) & mask;
  out[2] = mix(mix(103, previous), words.norm[w]!) & mask;
  out[3] = mix(mix(104, previous), w + 1 < to ? ambiguity[w + 1]! : -1) & mask;
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
  rows: Rows;
  dictionary: TagDictionary;
  /** Sums of the word-alone features by spelling, filled as words are met (see `wordSums`). */
  cache: WordCache;
}

/** 2^14 spellings: the vocabulary of a run of news, 1 MB of sums. */
const CACHE_BITS = 14;

export interface WordCache {
  spellings: Array<string | undefined>;
  sums: Int32Array;
}

export const emptyWordCache = (): WordCache => ({
  spellings: new Array<string | undefined>(1 << CACHE_BITS),
  sums: new Int32Array((1 << CACHE_BITS) * UPOS_COUNT),
});

/**
 * Adds the weights of word w's word-alone features into `scores`, from the cache when the same spelling
 * was met before: most words of news are frequent ones, and their thirteen lookups are what tagging spends
 * most on. A slot holds one spelling and is checked by string, so the cache never changes a tag.
 */
function addWordSums(
  model: TaggerModel,
  words: Words,
  w: number,
  statics: Int32Array,
  base: number,
  scores: Int32Array,
): void {
  const { cache, rows } = model;
  const spelling = words.spellings[w]!;
  const slot = Math.imul(words.exact[w]!, 0x9e3779b1) >>> (32 - CACHE_BITS);
  const at = slot * UPOS_COUNT;
  if (cache.spellings[slot] !== spelling) {
    cache.sums.fill(0, at, at + UPOS_COUNT);
    addRows(rows, statics, base, base + TAG_WORD_FEATURES, cache.sums.subarray(at, at + UPOS_COUNT));
    cache.spellings[slot] = spelling;
  }
  for (let t = 0; t < UPOS_COUNT; t++) scores[t]! += cache.sums[at + t]!;
}

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
  const { rows } = model;
  const { ambiguity, sure, statics, dynamic, scores } = scratch;
  tagStaticFeatures(words, ambiguity, from, to, rows.mask, statics);
  let previous = -1;
  let previous2 = -1;
  for (let w = from; w < to; w++) {
    let tag = sure[w]!;
    if (tag < 0) {
      scores.fill(0);
      const base = (w - from) * TAG_STATIC_FEATURES;
      addWordSums(model, words, w, statics, base, scores);
      addRows(rows, statics, base + TAG_WORD_FEATURES, base + TAG_STATIC_FEATURES, scores);
      tagDynamicFeatures(words, ambiguity, w, to, previous, previous2, rows.mask, dynamic);
      addRows(rows, dynamic, 0, TAG_DYNAMIC_FEATURES, scores);
      tag = 0;
      for (let t = 1; t < UPOS_COUNT; t++) if (scores[t]! > scores[tag]!) tag = t;
    }
    tags[w] = tag;
    previous2 = previous;
    previous = tag;
  }
}
