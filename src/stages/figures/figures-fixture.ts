import type { Figure } from '../../core/analysis.js';
import { analyzeText } from '../../pipeline/reading.js';
import { findFigures } from './index.js';

/** The figures the whole reading finds in a text written for a test, published on a fixed day. */
export function figuresIn(text: string, published = '2025-06-18'): Figure[] {
  return findFigures(analyzeText(text, published));
}

/** A figure reduced to the fields a test compares, so that an expected value names only what it checks. */
export function fields<K extends keyof Figure>(...keys: K[]): (figure: Figure) => Pick<Figure, K> {
  return (figure) => Object.fromEntries(keys.map((k) => [k, figure[k]])) as Pick<Figure, K>;
}
