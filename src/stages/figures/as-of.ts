import type { DateMention, Figure } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';

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

/** A full stop after a word or a year, then a capital or a bracket: "… 2025. (credit: …)", "… talks. The …". */
const SENTENCE_END = /(?:\p{Ll}{2}|\d)[.!?]\s+[\p{Lu}(]/u;

/** Nouns a date only bounds: "the June 1 deadline", "a target of 2030" say when something is due, not when it holds. */
const DEADLINE_NOUN = /^(?:deadlines?|cutoff|cut-off|target|goal|expiry|expiration)$/i;

const DEADLINE_BEFORE = /\b(?:deadline|cut-?off|target|goal|expiry)\s+(?:of|on|for|set for)\s+$/i;
const DEADLINE_AFTER = /^\s+(?:deadline|cut-?off|target)\b/i;

/** Relations by which a date's words hang inside a noun phrase, up to the noun the phrase is about. */
const WITHIN_PHRASE = new Set([
  'compound',
  'nmod',
  'nmod:unmarked',
  'amod',
  'nummod',
  'obl:unmarked',
  'flat',
]);

/**
 * Whether a time expression may date the figure headed by word `w` (`clauseDate` chooses among those that
 * may): not when it bounds a deadline noun; not when, set off by a comma, the parser could not attach it
 * ("dep") or reads it as a place's apposition (a caption's "…, Washington, DC, US, May 22, 2025", a
 * dateline); not when it sits in a "with" phrase of its own ("…, with 300 km currently under construction")
 * that does not hold the figure.
 */
export function mayDate(tree: Tree, date: DateMention, w: number): boolean {
  // A caption run into the text ("…, Tehran, May 20, 2025. (credit: …) After four rounds …") is a sentence
  // of its own the splitter missed: its date is not the next sentence's.
  const at = tree.tokens[w]!;
  const between =
    date.end <= at.start
      ? tree.text.slice(Math.max(0, date.end - 2), at.start)
      : tree.text.slice(Math.max(0, at.end - 2), date.start);
  if (SENTENCE_END.test(between)) return false;
  // However the parser hangs it: "a deadline of July 9", "the June 1 deadline".
  const before = tree.text.slice(Math.max(0, date.start - 20), date.start);
  if (DEADLINE_BEFORE.test(before) || DEADLINE_AFTER.test(tree.text.slice(date.end, date.end + 12)))
    return false;
  const d = tree.headOf(date.start, date.end);
  if (d < 0) return true;
  const dep = tree.dep(d);
  const setOff = /,\s*$/.test(before);
  if (setOff && (dep === 'dep' || (dep === 'appos' && tree.tokens[tree.head(d)]?.upos === 'PROPN')))
    return false;
  for (let a = d, steps = 0; a >= 0 && steps < 8; a = tree.head(a), steps++) {
    // "struck 100 targets on Tuesday": the figure's own noun is what is dated, whatever it is.
    if (a !== d && a !== w && DEADLINE_NOUN.test(tree.word(a))) return false;
    if (!WITHIN_PHRASE.has(tree.dep(a))) break;
  }
  for (let a = d, steps = 0; a >= 0 && !tree.isPredicate(a) && steps < 8; a = tree.head(a), steps++) {
    const absolute = tree.children(a, 'case').some((c) => c < a && tree.lower(c) === 'with');
    if (absolute && !tree.dominates(a, w) && a !== d) return false;
  }
  return true;
}
