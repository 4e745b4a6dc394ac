import { gazetteerFlags } from './gazetteer.js';
import {
  SHAPE_DIGIT,
  SHAPE_LOWER,
  SHAPE_UPPER,
  lowerCodes,
  normalisedCode,
  shapeCode,
} from '../perceptron/characters.js';
import { HASH_SEED, hashStep, mix } from '../perceptron/hash.js';

/** Bump when any feature below changes meaning: weights trained on other features are then refused. */
export const FEATURES_VERSION = 3;

const CAP_INITIAL = 1;
const CAP_ALL = 2;
const CAP_NONE = 4;
const HAS_DIGIT = 8;
const ALL_DIGITS = 16;
const HAS_HYPHEN = 32;
const HAS_PERIOD = 64;
const NO_LETTER = 128;
const SENTENCE_FIRST = 256;
/** The sentence is a headline in capitals: case says nothing about names in it. */
const CAPS_SENTENCE = 512;
/** The sentence has no capital letters at all: the text was written or stored in lower case. */
const LOWER_SENTENCE = 1024;

const CASE_BITS = CAP_INITIAL | CAP_ALL | CAP_NONE;
const SEEN_CAPITALISED = 1;
const SEEN_LOWER = 2;

/** Everything about a document's words that does not depend on the tags chosen. */
export interface PreparedDocument {
  words: readonly string[];
  length: number;
  sentenceStarts: readonly number[];
  exact: Int32Array;
  lower: Int32Array;
  short: Int32Array;
  /**
   * Each word's number among the document's distinct lower-case words: the document's memory of tags is
   * then an array, not a map looked up twice per word.
   */
  wordIds: Int32Array;
  distinctWords: number;
  /**
   * `STATIC_COUNT` buckets per word, already mixed with their template and masked; the first `WORD_COUNT`
   * depend on the word alone.
   */
  staticBuckets: Int32Array;
  flags: Uint16Array;
}

export const STATIC_COUNT = 30;
export const WORD_COUNT = 13;
export const DYNAMIC_COUNT = 7;

/** One word's feature keys before mixing, reused from word to word. */
const keys = new Int32Array(STATIC_COUNT);

const BEFORE = 0x5eed0001;
const AFTER = 0x5eed0002;

/**
 * Numbers the distinct values of `lower` in order of first appearance, by open addressing over typed arrays:
 * a Map costs more than the rest of a word's preparation.
 */
function numberWords(lower: Int32Array, ids: Int32Array): number {
  const bits = 32 - Math.clz32(lower.length * 2 + 1);
  const slots = 1 << bits;
  const keys = new Int32Array(slots);
  /** Id + 1, so 0 marks an empty slot whatever the key. */
  const values = new Int32Array(slots);
  let count = 0;
  for (let w = 0; w < lower.length; w++) {
    const key = lower[w]!;
    let slot = Math.imul(key, 0x9e3779b1) >>> (32 - bits);
    while (values[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & (slots - 1);
    if (values[slot] === 0) {
      keys[slot] = key;
      values[slot] = ++count;
    }
    ids[w] = values[slot]! - 1;
  }
  return count;
}

/** Hashes and flags of each word, then the static feature buckets of each position. */
export function prepareDocument(
  words: readonly string[],
  sentenceStarts: readonly number[],
  mask: number,
): PreparedDocument {
  const n = words.length;
  const exact = new Int32Array(n);
  const lower = new Int32Array(n);
  const shape = new Int32Array(n);
  const short = new Int32Array(n);
  const affixes = new Int32Array(n * 8);
  const flags = new Uint16Array(n);
  const gazetteer = new Uint8Array(n);
  for (let w = 0; w < n; w++) {
    const word = words[w]!;
    let he = HASH_SEED;
    let hl = HASH_SEED;
    let hs = HASH_SEED;
    let hShort = HASH_SEED;
    let lastShape = -1;
    let run = 0;
    let upper = 0;
    let lowerCount = 0;
    let digits = 0;
    let f = 0;
    const len = word.length;
    for (let k = 0; k < len; k++) {
      const code = normalisedCode(word.charCodeAt(k));
      const lc = lowerCodes[code]!;
      he = hashStep(he, code);
      hl = hashStep(hl, lc);
      if (k < 4) affixes[w * 8 + k] = hl;
      const sc = shapeCode(code, lc);
      if (sc === SHAPE_UPPER) upper++;
      else if (sc === SHAPE_LOWER) lowerCount++;
      else if (sc === SHAPE_DIGIT) digits++;
      else if (code === 45) f |= HAS_HYPHEN;
      else if (code === 46) f |= HAS_PERIOD;
      if (sc === lastShape) run++;
      else {
        run = 1;
        hShort = hashStep(hShort, sc);
        lastShape = sc;
      }
      if (run <= 4) hs = hashStep(hs, sc);
    }
    for (let k = len < 4 ? len : 4; k < 4; k++) affixes[w * 8 + k] = hl;
    let suffix = HASH_SEED ^ 0x51;
    for (let k = 0; k < 4; k++) {
      if (k < len) suffix = hashStep(suffix, lowerCodes[normalisedCode(word.charCodeAt(len - 1 - k))]!);
      affixes[w * 8 + 4 + k] = suffix;
    }
    if (upper + lowerCount === 0) f |= NO_LETTER;
    else if (lowerCount === 0) f |= upper > 1 || len === 1 ? CAP_ALL : CAP_INITIAL;
    else if (upper === 0) f |= CAP_NONE;
    else if (shapeCode(word.charCodeAt(0), lowerCodes[word.charCodeAt(0)]!) === SHAPE_UPPER) f |= CAP_INITIAL;
    if (digits > 0) f |= digits === len ? ALL_DIGITS | HAS_DIGIT : HAS_DIGIT;
    exact[w] = he;
    lower[w] = hl;
    shape[w] = hs;
    short[w] = hShort;
    flags[w] = f;
  }

  const wordIds = new Int32Array(n);
  const distinctWords = numberWords(lower, wordIds);
  const casing = new Uint8Array(distinctWords);
  for (let s = 0; s + 1 < sentenceStarts.length; s++) {
    const from = sentenceStarts[s]!;
    const to = sentenceStarts[s + 1]!;
    let caps = 0;
    let capitalised = 0;
    let lettered = 0;
    for (let w = from; w < to; w++) {
      const f = flags[w]!;
      if (f & NO_LETTER) continue;
      lettered++;
      if (f & CAP_ALL && words[w]!.length > 1) caps++;
      if (f & (CAP_ALL | CAP_INITIAL)) capitalised++;
    }
    const sentenceFlag =
      lettered >= 2 && caps * 2 > lettered
        ? CAPS_SENTENCE
        : lettered > 0 && capitalised === 0
          ? LOWER_SENTENCE
          : 0;
    for (let w = from; w < to; w++) flags[w]! |= sentenceFlag;
    flags[from]! |= SENTENCE_FIRST;
    gazetteerFlags(lower, from, to, gazetteer);
    if (sentenceFlag) continue;
    for (let w = from + 1; w < to; w++) {
      const f = flags[w]!;
      const seen = f & CAP_NONE ? SEEN_LOWER : f & (CAP_INITIAL | CAP_ALL) ? SEEN_CAPITALISED : 0;
      casing[wordIds[w]!]! |= seen;
    }
  }

  const staticBuckets = new Int32Array(n * STATIC_COUNT);
  let sentence = 0;
  for (let w = 0; w < n; w++) {
    while (w >= sentenceStarts[sentence + 1]!) sentence++;
    const from = sentenceStarts[sentence]!;
    const to = sentenceStarts[sentence + 1]!;
    const f = flags[w]!;
    const lowerPrev = w > from ? lower[w - 1]! : BEFORE;
    const lowerPrev2 = w - 1 > from ? lower[w - 2]! : BEFORE;
    const lowerNext = w + 1 < to ? lower[w + 1]! : AFTER;
    const lowerNext2 = w + 2 < to ? lower[w + 2]! : AFTER;
    const shortPrev = w > from ? short[w - 1]! : BEFORE;
    const shortNext = w + 1 < to ? short[w + 1]! : AFTER;
    const gazPrev = w > from ? gazetteer[w - 1]! : 255;
    const gazNext = w + 1 < to ? gazetteer[w + 1]! : 255;
    const context = f & (SENTENCE_FIRST | CAPS_SENTENCE | LOWER_SENTENCE);
    const evidence = casing[wordIds[w]!]!;
    keys[0] = 1;
    keys[1] = exact[w]!;
    keys[2] = lower[w]!;
    keys[3] = shape[w]!;
    keys[4] = short[w]!;
    for (let k = 0; k < 8; k++) keys[5 + k] = affixes[w * 8 + k]!;
    keys[13] = lowerPrev;
    keys[14] = lowerNext;
    keys[15] = lowerPrev2;
    keys[16] = lowerNext2;
    keys[17] = mix(shortPrev, short[w]!);
    keys[18] = mix(short[w]!, shortNext);
    keys[19] = mix(mix(shortPrev, short[w]!), shortNext);
    keys[20] = mix(lowerPrev, lower[w]!);
    keys[21] = mix(lower[w]!, lowerNext);
    keys[22] = f;
    keys[23] = gazetteer[w]!;
    keys[24] = mix(gazPrev, gazetteer[w]!);
    keys[25] = mix(gazetteer[w]!, gazNext);
    keys[26] = mix(evidence, (f & CASE_BITS) | context);
    keys[27] = mix(lowerPrev, short[w]!);
    keys[28] = mix(lower[w]!, shortNext);
    keys[29] = mix(lower[w]!, context);
    // The template number (k + 1) is mixed in so templates never share buckets by design.
    for (let k = 0; k < STATIC_COUNT; k++) staticBuckets[w * STATIC_COUNT + k] = mix(k + 1, keys[k]!) & mask;
  }
  return {
    words,
    length: n,
    sentenceStarts,
    exact,
    lower,
    short,
    wordIds,
    distinctWords,
    staticBuckets,
    flags,
  };
}

/**
 * Writes the buckets of position `w` that depend on the tags already chosen: the previous two tags, and
 * what this document earlier called the same word and the next one (`memory`, by word id, see
 * `rememberTag`).
 */
export function dynamicFeatures(
  doc: PreparedDocument,
  w: number,
  previous: number,
  previous2: number,
  memory: Uint8Array,
  nextInSentence: boolean,
  mask: number,
  out: Int32Array,
): void {
  const lower = doc.lower[w]!;
  const seen = memory[doc.wordIds[w]!]!;
  const caseBits = doc.flags[w]! & CASE_BITS;
  const seenNext = nextInSentence ? memory[doc.wordIds[w + 1]!]! : 7;
  out[0] = mix(101, previous) & mask;
  out[1] = mix(102, previous * 32 + previous2) & mask;
  out[2] = mix(mix(103, previous), lower) & mask;
  out[3] = mix(mix(104, previous), doc.short[w]!) & mask;
  out[4] = mix(105, seen * 8 + caseBits) & mask;
  out[5] = mix(mix(106, seen), lower) & mask;
  out[6] = mix(107, seenNext * 8 + seen) & mask;
}

/**
 * Earlier tags of a word in the same document: the strongest hint CoNLL's news offers, since a name is
 * spelled out in full once and repeated in part later. Stored as type + 2 so 0 means "not seen".
 */
export function rememberTag(memory: Uint8Array, wordId: number, type: number): void {
  memory[wordId] = type + 2;
}
