import type { DateMention, Figure } from '../../core/analysis.js';

/** How near a vague "current" or "recent" must stand to say when a figure holds. */
const VAGUE_REACH = 40;

/**
 * The date nearest the figure in its sentence. Amounts of time and recurrences say nothing about when a
 * figure holds; "currently", "recent" only when close, as they often qualify some other word.
 */
export function dateFor(figure: Figure, dates: readonly DateMention[], next: number): string | null {
  let best: DateMention | null = null;
  let bestDistance = Infinity;
  // The dates are in text order and `next` is the first after the figure, so its sentence's dates lie around it.
  let first = next;
  while (first > 0 && dates[first - 1]!.sentence === figure.sentence) first--;
  for (let i = first; i < dates.length && dates[i]!.sentence <= figure.sentence; i++) {
    const date = dates[i]!;
    if (date.sentence !== figure.sentence || (date.type !== 'DATE' && date.type !== 'TIME')) continue;
    const distance = date.start >= figure.end ? date.start - figure.end : figure.start - date.end;
    if (date.value.endsWith('_REF') && distance > VAGUE_REACH) continue;
    if (distance >= 0 && distance < bestDistance) {
      best = date;
      bestDistance = distance;
    }
  }
  return best?.value ?? null;
}
