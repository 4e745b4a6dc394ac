import { UPOS_COUNT } from './ud.js';
import type { Words } from './words.js';

/**
 * The tagger's dictionary of the words its training data saw: each word's ambiguity class (the tags it
 * took) and, for a word almost always tagged one way, that tag, which the tagger then takes unscored.
 */

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
