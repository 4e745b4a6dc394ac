/**
 * A second opinion on where the article is, for pages Readability gets wrong: it returns nothing, refuses a
 * page with too many elements, or settles on a teaser while the article sits elsewhere. The container whose
 * paragraphs hold the most prose that is not links wins; read-only, so it can run before Readability.
 */
import type { DomDocument, DomElement } from './dom.js';

/** Paragraphs shorter than this are captions, buttons and datelines more often than prose. */
export const MIN_PARAGRAPH = 40;
/** A paragraph that is mostly links belongs to a list of other stories. */
const MAX_LINK_DENSITY = 0.5;

export interface DenseContainer {
  element: DomElement;
  /** Characters of prose in the paragraphs that scored it. */
  proseLength: number;
}

function collapsedLength(text: string | null): number {
  return (text ?? '').replace(/\s+/g, ' ').trim().length;
}

function proseLength(paragraph: DomElement): number {
  const length = collapsedLength(paragraph.textContent);
  if (length < MIN_PARAGRAPH) return 0;
  let linked = 0;
  for (const link of paragraph.querySelectorAll('a')) linked += collapsedLength(link.textContent);
  return linked / length > MAX_LINK_DENSITY ? 0 : length;
}

/** The element holding the most paragraph prose, each paragraph crediting its parent and, half, its grandparent. */
export function findDenseContainer(document: DomDocument): DenseContainer | null {
  const scores = new Map<DomElement, number>();
  const prose = new Map<DomElement, number>();
  for (const paragraph of document.querySelectorAll('p, pre, blockquote')) {
    const length = proseLength(paragraph);
    if (length === 0) continue;
    const parent = paragraph.parentElement;
    const grandparent = parent?.parentElement;
    if (parent) {
      scores.set(parent, (scores.get(parent) ?? 0) + length);
      prose.set(parent, (prose.get(parent) ?? 0) + length);
    }
    if (grandparent) {
      scores.set(grandparent, (scores.get(grandparent) ?? 0) + length / 2);
      prose.set(grandparent, (prose.get(grandparent) ?? 0) + length);
    }
  }
  let best: DenseContainer | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      bestScore = score;
      best = { element, proseLength: prose.get(element) ?? 0 };
    }
  }
  return best;
}
