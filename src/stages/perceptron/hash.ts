/** FNV-1a over UTF-16 code units: strings become feature keys without building new strings. */
export const HASH_SEED = 0x811c9dc5 | 0;

export const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);

export function hashString(text: string): number {
  let hash = HASH_SEED;
  for (let k = 0; k < text.length; k++) hash = hashStep(hash, text.charCodeAt(k));
  return hash;
}

/** Mixes two 32-bit values into one well-spread value (a murmur3 finaliser over their combination). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
