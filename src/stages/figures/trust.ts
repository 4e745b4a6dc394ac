import type { Figure } from '../../core/analysis.js';
import { clampConfidence, SHOWN_FROM } from '../../core/confidence.js';

/** How what a figure measures was found: its own noun phrase in the tree, its clause, the words around it. */
export type Basis = 'phrase' | 'clause' | 'words' | null;

/**
 * How far a figure can be trusted, from the evidence that made it: a number is only worth reporting with
 * what it measures, surest when the tree's noun phrase holds both, less so from the verb it completes or the
 * words around it; a date and a source it is attributed to make it a claim an analyst can place. A number
 * that says nothing of what it measures stays below the figures' floor whatever else it has ("$2.27, on Tuesday,
 * according to analysts" tells an analyst nothing), so default views leave it out.
 */
export function figureConfidence(figure: Figure, basis: Basis): number {
  let confidence = basis === 'phrase' ? 0.6 : basis === 'clause' ? 0.5 : basis === 'words' ? 0.45 : 0.25;
  if (figure.unit !== null) confidence += 0.1;
  if (figure.asOf !== null) confidence += 0.1;
  if (figure.attribution !== null) confidence += 0.1;
  return clampConfidence(basis === null ? Math.min(confidence, SHOWN_FROM.figures - 0.05) : confidence);
}
