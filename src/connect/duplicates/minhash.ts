/**
 * MinHash signatures of a text's 4-word shingles, and the LSH band keys that let an index find the
 * signatures likely to resemble one without comparing against all of them. Pure and deterministic: the
 * same text gives the same signature on every machine and run, so signatures can be stored and compared
 * later.
 */

export const HASHES = 128;
export const SHINGLE_WORDS = 4;
/**
 * 32 bands of 4 rows: two texts whose shingle sets have Jaccard similarity s share a band key with
 * probability 1 − (1 − s⁴)³². That is 0.87 at s = 0.5, 0.99 at 0.6 and 0.23 at 0.3, so pairs at the near
 * threshold are found while unrelated texts rarely become candidates.
 */
export const BANDS = 32;
export const ROWS_PER_BAND = HASHES / BANDS;

/** 128 unsigned 32-bit minimums, one per hash function; stored as 512 bytes. */
export type MinHashSignature = Uint32Array;

/** murmur3's finaliser: spreads every input bit over the output, so XOR-ed seeds give unrelated functions. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Seeds drawn from a fixed generator (splitmix-style), never from Math.random, so signatures are stable. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(HASHES);
  let state = 0x9e3779b9;
  for (let i = 0; i < HASHES; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    seeds[i] = mix32(state);
  }
  return seeds;
})();

/** FNV-1a over UTF-16 code units. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words that decide whether two texts are copies: case, accents' composed forms, punctuation and
 * spacing are what syndication and re-publishing change, so they are dropped.
 */
export function normalisedWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
}

/** The hash of every run of four consecutive words; a text shorter than that is one shingle. */
function shingleHashes(words: string[]): Uint32Array {
  const wordHashes = words.map(hashWord);
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  const shingles = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0;
    for (let j = i; j < Math.min(i + SHINGLE_WORDS, words.length); j++)
      h = mix32(Math.imul(h, 31) + wordHashes[j]!);
    shingles[i] = h;
  }
  return shingles;
}

export function signature(text: string): MinHashSignature {
  const shingles = shingleHashes(normalisedWords(text));
  const minimums = new Uint32Array(HASHES).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const shingle = shingles[s]!;
    for (let i = 0; i < HASHES; i++) {
      const value = mix32(shingle ^ SEEDS[i]!);
      if (value < minimums[i]!) minimums[i] = value;
    }
  }
  return minimums;
}

/** The estimated Jaccard similarity of the two texts' shingle sets: the share of equal minimums. */
export function similarity(a: MinHashSignature, b: MinHashSignature): number {
  if (a.length !== b.length) throw new RangeError(`signatures differ in length: ${a.length} and ${b.length}`);
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/**
 * One key per band: the band's number and a hash of its rows. Texts sharing any key are candidates; the
 * band number keeps equal rows in different bands from colliding.
 */
export function bandKeys(sig: MinHashSignature): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = band;
    for (let row = band * ROWS_PER_BAND; row < (band + 1) * ROWS_PER_BAND; row++)
      h = mix32(Math.imul(h, 31) + sig[row]!);
    keys.push(`${band.toString(36)}:${h.toString(36)}`);
  }
  return keys;
}
