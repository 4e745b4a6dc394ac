/**
 * How far Dossier trusts what it asserts. Every event, quote, figure, merged event, discrepancy and series
 * carries a confidence in [0, 1] from the evidence that made it; views and exports show the confident ones
 * by default and the rest only when a user asks for everything.
 */

/** At or above this, an item is shown by default. */
export const CONFIDENT = 0.5;

export const isConfident = (item: { confidence: number }): boolean => item.confidence >= CONFIDENT;

/**
 * The confidence of a claim made independently by several reports, each right with its own confidence:
 * the chance that not all of them are wrong (noisy-OR). One report keeps its own confidence.
 */
export function corroborated(confidences: readonly number[]): number {
  let allWrong = 1;
  for (const c of confidences) allWrong *= 1 - clampConfidence(c);
  return clampConfidence(1 - allWrong);
}

/** Rounds to two decimals inside [0, 1], so stored and exported values stay stable and readable. */
export function clampConfidence(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}
