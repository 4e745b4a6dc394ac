/**
 * Numbers that name or label rather than measure: an amount glued into a name ("the 100% Alliance", "the
 * Big Four") is no figure, and in a block of fields ("Ownership: 9.99% Average Cost: $12.37 Activist
 * Commentary: …") an amount measures the label before its colon, never the next field's label after it.
 */
import type { Span } from '../../core/analysis.js';
import type { Tree } from '../syntax/tree.js';
import { readNumber } from './numbers.js';
import { isCapitalised, TIME, wordsAfter, wordsBefore } from './words.js';

/**
 * Whether the amount of a unit at `span` is part of a capitalised name the tree hangs it on: "the 100%
 * Alliance", where a share of an alliance means nothing; "25% U.S. import tariffs" ends in a common noun and
 * measures. (A count of a proper noun is a count: "80,000 Palestinians".)
 */
export function inName(tree: Tree, span: Span): boolean {
  const amount = tree.headOf(span.start, span.end);
  const name = amount < 0 ? -1 : tree.head(amount);
  if (name <= amount || !['compound', 'amod', 'nummod'].includes(tree.dep(amount))) return false;
  const words = tree.tokens.slice(amount + 1, name + 1).filter((t) => t.start >= span.end);
  // A headline in title case, or a field's label ("12.5% Chief Executive: …"), runs on with a capital or a
  // colon after it. Only words the tagger calls names: "the 50% Tariff" capitalised for emphasis is a tariff.
  const after = tree.text.slice(tree.tokens[name]!.end).trimStart();
  // Nor a name that only modifies what the amount measures: "a $400 million Boeing 747 jet".
  const next = tree.tokens[name + 1]?.upos;
  return (
    words.length > 0 &&
    !/^(?:\p{Lu}|:)/u.test(after) &&
    !['NOUN', 'PROPN', 'NUM', 'ADJ'].includes(next ?? '') &&
    words.every((t) => {
      const word = tree.text.slice(t.start, t.end);
      // "plunged 8% Monday": a day the parser hung the share on is when, not a name.
      return t.upos === 'PROPN' && isCapitalised(word) && !TIME.test(word);
    })
  );
}

/**
 * Whether a number written in words is a name's: capitalised inside a sentence, after a capitalised word
 * and before a lower-case one ("the 'Big Four' reunite", "the Fantastic Four are back"); a headline in
 * title case ("Strike Kills Four Soldiers") runs on capitalised and keeps its count.
 */
export function namedNumber(text: string, span: Span, sentenceStart: number, limit: number): boolean {
  const written = text.slice(span.start, span.end);
  if (!/^\p{Lu}\p{Ll}/u.test(written) || /\d/.test(written)) return false;
  const before = wordsBefore(text, span.start, sentenceStart, 2).find((w) => /^\p{L}/u.test(w.text));
  const after = wordsAfter(text, span.end, limit, 3).find((w) => /^\p{L}/u.test(w.text));
  return (
    before !== undefined &&
    isCapitalised(before.text) &&
    span.start - before.end <= 2 &&
    (after === undefined || !isCapitalised(after.text))
  );
}

/** Capitalised words right before a colon: "Average Cost:", "Stock Market Value:". */
const LABEL_BEFORE = /(?:^|[^\p{L}\p{N}'’-])((?:\p{Lu}[\p{L}'’-]*\s){0,3}\p{Lu}\p{Ll}[\p{L}'’-]*):\s*$/u;

/** Whether a phrase read after an amount is a field's label: its words capitalised up to a colon. */
export function isLabel(text: string, phrase: Span): boolean {
  const words = text.slice(phrase.start, phrase.end).split(/\s+/);
  // The parser may cut the label short: "12.5% Chief Executive: …" read as measuring "Chief".
  const rest = text.slice(phrase.end, phrase.end + 60);
  return words.every((w) => isCapitalised(w)) && /^(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s*:/u.test(rest);
}

/**
 * The label of the field an amount is the value of: "Average Cost: $12.37" → "Average Cost". Not an
 * all-capital dateline ("GAZA CITY: …"), nor a field of time.
 */
export function labelBefore(text: string, before: number, sentenceStart: number): Span | null {
  const window = text.slice(Math.max(sentenceStart, before - 50), before);
  const found = LABEL_BEFORE.exec(window);
  // "Time: 14:00", "Date: 22 May": a field of when is no measure.
  if (found === null || found[1]!.split(/\s+/).some((w) => /^(?:date|time|when)$/i.test(w) || TIME.test(w)))
    return null;
  const end = before - window.length + found.index + found[0].indexOf(found[1]!) + found[1]!.length;
  return { start: end - found[1]!.length, end };
}

/** Abbreviations that number what follows them: "No. 4", "Art. 5", "p. 12". */
const LABEL_ABBREVIATION = /^(?:no|nos|art|sec|vol|ch|fig|pt|p|pp|para)$/i;

/** Words before a bare number that make it a reference or a label rather than something reported. */
const REFERRING = new Set([
  'the',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  'all',
  'no.',
  'no',
  'nos',
]);

/**
 * A bare number counts something unless it is a year, a label ("Article 51") or a reference ("the two").
 * `written` is the number as written, `scaled` whether a scale word follows it ("2025 million").
 */
export function isCount(
  text: string,
  written: string,
  scaled: boolean,
  spanStart: number,
  sentenceStart: number,
): boolean {
  if (/^\d{4}$/.test(written) && Number(written) >= 1800 && Number(written) < 2200 && !scaled) return false;
  const [before, second] = wordsBefore(text, spanStart, sentenceStart, 2);
  if (before === undefined) return true;
  // "one in five girls" is a rate, not five girls ("five in five innings" is still five innings).
  const part = before.text.toLowerCase() === 'in' && second !== undefined ? readNumber(second.text) : null;
  if (part !== null && part < (readNumber(written) ?? 0)) return false;
  if (REFERRING.has(before.text.toLowerCase())) return false;
  if (!/^\d/.test(written)) return true;
  // "No. 4", "Art. 5", "p. 12": an abbreviated label before a numeral numbers a thing, it counts nothing.
  const abbreviated = before.text === '.' && second !== undefined && second.end === before.start;
  if (abbreviated && LABEL_ABBREVIATION.test(second.text)) return false;
  // "Article 51", "Route 66": a capitalised word right before a numeral labels it.
  const label = abbreviated ? second : before;
  return !(isCapitalised(label.text) && before.end === spanStart - 1);
}
