import {
  SHAPE_DIGIT,
  SHAPE_LOWER,
  SHAPE_UPPER,
  lowerCodes,
  normalisedCode,
  shapeCode,
} from '../perceptron/characters.js';
import { HASH_SEED, hashStep } from '../perceptron/hash.js';

/**
 * What the tagger and the parser know of each word before choosing anything: hashes of its spelling,
 * lower-cased with digits folded, of its shape and affixes, and a few flags. Computed once per sentence
 * into reused typed arrays, so no word costs an object.
 */
export interface Words {
  length: number;
  /** Each word as written: the key of the models' caches of per-word sums. */
  spellings: string[];
  /** The spelling as written (quotes and dashes folded). */
  exact: Int32Array;
  /** Lower case, every digit read as 0: "1,250" and "3,000" are one word to the models. */
  norm: Int32Array;
  /** Letters as X/x, digits as d, runs of more than four cut: "Xxxxx", "dd,ddd". */
  shape: Int32Array;
  /** Runs collapsed: "Xx", "d,d". */
  short: Int32Array;
  /** `AFFIXES` per word: suffixes of 1-4 letters, then prefixes of 1-3 (lower case). */
  affixes: Int32Array;
  flags: Uint8Array;
}

export const AFFIXES = 7;

export const CAPITALISED = 1;
export const ALL_CAPS = 2;
export const HAS_DIGIT = 4;
export const NO_LETTER = 8;
export const HAS_HYPHEN = 16;
export const HAS_PERIOD = 32;

export function emptyWords(capacity: number): Words {
  return {
    length: 0,
    spellings: new Array<string>(capacity).fill(''),
    exact: new Int32Array(capacity),
    norm: new Int32Array(capacity),
    shape: new Int32Array(capacity),
    short: new Int32Array(capacity),
    affixes: new Int32Array(capacity * AFFIXES),
    flags: new Uint8Array(capacity),
  };
}

/** `into` if it holds `length` words, else a larger set of arrays. */
export function wordsFor(into: Words, length: number): Words {
  if (into.exact.length >= length) return into;
  return emptyWords(Math.max(length, into.exact.length * 2));
}

const suffixAt = new Int32Array(4);

/** Hashes word `w` of `into`, spelled `text`. */
export function hashWord(text: string, into: Words, w: number): void {
  const start = 0;
  const end = text.length;
  into.spellings[w] = text;
  let exact = HASH_SEED;
  let norm = HASH_SEED;
  let shape = HASH_SEED;
  let short = HASH_SEED;
  let lastShape = -1;
  let run = 0;
  let upper = 0;
  let lower = 0;
  let flags = 0;
  const base = w * AFFIXES;
  const length = end - start;
  for (let k = start; k < end; k++) {
    const code = normalisedCode(text.charCodeAt(k));
    const lc = lowerCodes[code]!;
    const sc = shapeCode(code, lc);
    exact = hashStep(exact, code);
    norm = hashStep(norm, sc === SHAPE_DIGIT ? 48 : lc);
    if (k - start < 3) into.affixes[base + 4 + k - start] = norm;
    if (sc === SHAPE_UPPER) upper++;
    else if (sc === SHAPE_LOWER) lower++;
    else if (sc === SHAPE_DIGIT) flags |= HAS_DIGIT;
    else if (code === 45) flags |= HAS_HYPHEN;
    else if (code === 46) flags |= HAS_PERIOD;
    if (sc === lastShape) run++;
    else {
      run = 1;
      short = hashStep(short, sc);
      lastShape = sc;
    }
    if (run <= 4) shape = hashStep(shape, sc);
  }
  for (let k = length; k < 3; k++) into.affixes[base + 4 + k] = norm;
  let suffix = HASH_SEED ^ 0x51;
  for (let k = 0; k < 4; k++) {
    if (k < length) {
      const code = normalisedCode(text.charCodeAt(end - 1 - k));
      suffix = hashStep(suffix, code >= 48 && code <= 57 ? 48 : lowerCodes[code]!);
    }
    suffixAt[k] = suffix;
  }
  for (let k = 0; k < 4; k++) into.affixes[base + k] = suffixAt[k]!;
  if (upper + lower === 0) flags |= NO_LETTER;
  else if (upper > 0) flags |= lower === 0 && (upper > 1 || length === 1) ? ALL_CAPS : CAPITALISED;
  into.exact[w] = exact;
  into.norm[w] = norm;
  into.shape[w] = shape;
  into.short[w] = short;
  into.flags[w] = flags;
}

/** Hashes a sentence given as word strings (training and evaluation on treebank words). */
export function hashWords(words: readonly string[], into: Words): Words {
  const out = wordsFor(into, words.length);
  for (let w = 0; w < words.length; w++) hashWord(words[w]!, out, w);
  out.length = words.length;
  return out;
}
