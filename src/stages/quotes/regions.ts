import type { Span } from '../../core/analysis.js';
import { OPENS_REGION, TRAILING_RELATIVE } from './attribution-patterns.js';
import type { Frame, SentenceReading } from './frames.js';
import { quoteContent } from './marks.js';

/**
 * How a frame's words become attributions: the region it reports trimmed of punctuation, then given as
 * the quotations opening it (direct), a clause holding quoted words (a partial quote) or reported speech.
 */

/** The span [start, end) without punctuation at its edges, nor a closing relative pronoun that opens the next clause. */
export function trimContent(text: string, start: number, end: number): Span | null {
  while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:.!?—–-]/.test(text[end - 1]!)) end--;
  // "stressed measures, which she said would help …": the relative pronoun opens the next speaker's clause.
  const relative = TRAILING_RELATIVE.exec(text.slice(Math.max(start, end - 12), end));
  if (relative) return trimContent(text, start, end - relative[0].length);
  return end > start ? { start, end } : null;
}

/** One attribution of the frame, with `content` as what was said. */
export function emit(r: SentenceReading, frame: Frame, content: Span, direct: boolean): void {
  r.out.push({
    content,
    source: frame.source,
    cue: { start: frame.cue.start, end: frame.cue.end },
    direct,
    sentence: r.sentenceAt(content.start).index,
    continues: null,
    frame: r.sentence,
  });
}

/**
 * Reported speech holding the speaker's quoted words ("called the plan “a disaster”"): one attribution, not
 * direct, whose content is the clause; the quotes inside it are taken.
 */
export function partialQuote(r: SentenceReading, frame: Frame, region: Span | null): boolean {
  if (!region) return false;
  const inside = r.quotes.filter((q) => !r.claimed.has(q) && q.open >= region.start && q.open < region.end);
  if (inside.length === 0) return false;
  const end = Math.max(region.end, ...inside.map((q) => quoteContent(r.text, q).end));
  for (const q of inside) r.claimed.add(q);
  emit(r, frame, { start: region.start, end }, false);
  return true;
}

/** Attributes the quotes inside `region` to the frame, or the region itself as reported speech. */
export function attributeRegion(
  r: SentenceReading,
  frame: Frame,
  region: Span | null,
  indirect: boolean,
): void {
  if (!region) return;
  const inside = r.quotes.filter((q) => !r.claimed.has(q) && q.open >= region.start && q.open < region.end);
  // A quotation that opens what was said is a direct quote; quoted words inside a reported clause ("said
  // voter fraud “would be one hell of a way to lose”") are a partial quote: the attribution is the clause,
  // reported speech holding the speaker's words, as the annotated data marks it.
  const first = inside[0];
  if (first && indirect && !OPENS_REGION.test(r.text.slice(region.start, first.open))) {
    for (const q of inside) r.claimed.add(q);
    emit(r, frame, region, false);
    return;
  }
  for (const q of inside) {
    r.claimed.add(q);
    emit(r, frame, quoteContent(r.text, q), true);
  }
  if (inside.length === 0 && indirect) emit(r, frame, region, false);
}
