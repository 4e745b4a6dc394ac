import type { Span } from '../../core/analysis.js';

/**
 * How the text ties a place's name to a place containing it: "Luxor's West Bank" (possessive),
 * "Georgetown, Texas" (comma), "Georgetown (New York)" (bracket), "Paris in France" (in). A namesake town
 * is told apart only so: the best-known sense of a bare name is wrong for a town the text places elsewhere.
 */
export type Tie = 'possessive' | 'comma' | 'bracket' | 'in';

export interface ContainerTie {
  /** Index of the container among the spans. */
  index: number;
  tie: Tie;
}

/**
 * After a comma, the container is not one name of a list ("Paris, Germany and Italy", "Central Asia, India,
 * and Africa", "Paris, London, Berlin"): a list goes on with another name or a conjunction.
 */
const LIST_GOES_ON = /^(?:\s*,\s*\p{Lu}|\s*,?\s+(?:and|or|&)\s)/u;
/** Nor is the contained name itself one of a list ("Berlin, Paris, Germany"). */
const LIST_BEFORE = /(?:,|\band|\bor|&)\s*$/;
/**
 * A container ends its phrase: punctuation, a preposition or "-based" follows it. A name going on into a
 * clause or a noun phrase opens them: "the war in Gaza, Britain appears …", "in Rome, Oman's foreign
 * minister said", "in Central Asia, Kazakhstan is …".
 */
const PHRASE_ENDS =
  /^(?:[,;:.!?)\]—–]|-based\b|\s+(?:on|in|at|near|for|from|to|after|before|during|since|until|where|when|last|this|next)\b|\s*$)/u;
const POSSESSIVE_GAP = /^['’]s\s+$/;
const POSSESSIVE_END = /['’]s$/;

/**
 * The span, among `spans` (in text order, not overlapping), that the text ties `spans[i]` to as its
 * container, and how; null when none. Which spans can contain which is the caller's to judge: a possessive
 * is as often an actor's ("Washington's West Bank policy") as a container's.
 */
export function containerTie(
  text: string,
  spans: ReadonlyArray<Span & { text: string }>,
  i: number,
): ContainerTie | null {
  const span = spans[i]!;
  const next = spans[i + 1];
  if (next) {
    const gap = text.slice(span.end, next.start);
    const after = text.slice(next.end, next.end + 16);
    const ends = PHRASE_ENDS.test(after) && !LIST_GOES_ON.test(after);
    const before = text.slice(Math.max(0, span.start - 6), span.start);
    if (gap === ', ' && ends && !LIST_BEFORE.test(before)) {
      return { index: i + 1, tie: 'comma' };
    }
    if (gap === ' (' && after.startsWith(')')) return { index: i + 1, tie: 'bracket' };
    if (gap === ' in ' && ends) return { index: i + 1, tie: 'in' };
  }
  const prev = spans[i - 1];
  if (prev) {
    const gap = text.slice(prev.end, span.start);
    if (POSSESSIVE_GAP.test(gap) || (POSSESSIVE_END.test(prev.text) && /^\s+$/.test(gap))) {
      return { index: i - 1, tie: 'possessive' };
    }
  }
  return null;
}

/** "Luxor" for "Luxor's". */
export const withoutPossessive = (name: string): string => name.replace(POSSESSIVE_END, '');
