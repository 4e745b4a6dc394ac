/** A cheap sentence splitter for when the caller has no sentences to give: enough to scope tense clues. */
import type { Span } from '../../core/analysis.js';

/** A full stop, question or exclamation mark closing a sentence, or a blank line, or a newline. */
const BOUNDARY = /[.!?]["'”’)]*\s+(?=["'“‘(]?[A-Z0-9])|\n\s*/g;

/** Words whose full stop does not end a sentence: titles and the abbreviated months. */
const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|a\.m|p\.m)|\b[A-Z])\.$/;

export function splitSentences(text: string): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    const closing = match.index + 1;
    if (match[0][0] !== '\n' && ABBREVIATION.test(text.slice(Math.max(start, closing - 6), closing)))
      continue;
    const end = match[0][0] === '\n' ? match.index : match.index + match[0].trimEnd().length;
    if (end > start) sentences.push({ start, end });
    start = match.index + match[0].length;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}

/** Index of the sentence holding `position`, by binary search over sentences in text order. */
export function sentenceIndexAt(sentences: readonly Span[], position: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((sentences[middle]?.start ?? 0) <= position) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
}
