import { CREDIT, LEADS_DIRECTLY, LEADS_INTO_QUOTE, ONLY_ADJUNCTS_TO_END } from './attribution-patterns.js';
import type { Frame, SentenceReading } from './frames.js';
import type { QuotedSpan } from './marks.js';

/**
 * The quotations next to a cue: the one it follows (`“…,” he said`), the one it leads into (`said, “…”`),
 * where a caption's photo credit ends before them, and whether quoted words end their phrase or the
 * sentence goes on with them.
 */

/**
 * Where a sentence reaches back to for a quote it reports: over the spaces before it on the same line, to
 * the mark closing the sentence before (`“… missing.” Trump said.` splits into two sentences).
 */
export function lineBefore(text: string, start: number): number {
  let i = start;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i - 1;
}

/** Where the last photo credit between `from` and `to` ends (a caption run into the sentence), else `from`. */
export function creditEnd(text: string, from: number, to: number): number {
  let end = from;
  CREDIT.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = CREDIT.exec(slice); m; m = CREDIT.exec(slice)) end = from + m.index + m[0].length;
  return end;
}

/**
 * The quote the cue follows: `“…,” he said`, `“…,” said Rubio`; only the speaker may stand between, and
 * the quote opens its clause (a title such as `on CBS’s “Face the Nation,” Lavrov said` does not).
 */
export function quoteBefore(r: SentenceReading, frame: Frame): QuotedSpan | undefined {
  if (frame.cue.kind === 'participle') return undefined;
  const q = r.quotes
    .filter((s) => s.closed && s.close < frame.cue.start && s.close >= lineBefore(r.text, r.sentence.start))
    .at(-1);
  if (!q || r.claimed.has(q)) return undefined;
  const opensClause =
    q.open < r.sentence.start ||
    /(?:^|[,:;(\u2013\u2014])\s*$/.test(r.text.slice(creditEnd(r.text, r.sentence.start, q.open), q.open));
  return opensClause && /^[\s,.!?—–-]*$/.test(r.text.slice(q.close + 1, frame.start)) ? q : undefined;
}

/**
 * Whether a cue after a quotation that closed its own sentence reports words of its own instead: `“… there.”
 * A spokesman says reports that … are “ludicrous”` starts a new report, where `“… missing.” Trump said on
 * Monday.` or `“…” she said, “…”` only attributes the quotation before.
 */
export function saysMoreOfItsOwn(
  r: SentenceReading,
  quote: QuotedSpan,
  tail: number,
  ceiling: number,
): boolean {
  // A question or an exclamation stands where a comma would (`“Why?” he asked reporters in Iowa`).
  const closesSentence = /[^.]\.$/.test(r.text.slice(quote.open + 1, quote.close).trimEnd());
  if (!closesSentence) return false;
  const rest = r.text.slice(tail, ceiling);
  // Another cue glued to this one ("says reports that …") is a noun read as a verb: what this one says.
  if (ceiling < r.sentence.end && /^\s+$/.test(rest)) return true;
  const open = rest.search(/[“"]/);
  return !ONLY_ADJUNCTS_TO_END.test(rest) && !(open >= 0 && LEADS_DIRECTLY.test(rest.slice(0, open)));
}

/** The quote a cue leads into (`said, “…”`, `stated to VOA: “…”`, `he said, “…”` of a split quote). */
export function quoteAfter(
  r: SentenceReading,
  from: number,
  ceiling: number,
  leads = LEADS_INTO_QUOTE,
): QuotedSpan | undefined {
  const q = r.quotes.find((s) => s.open >= from && !r.claimed.has(s));
  if (!q || q.open >= ceiling) return undefined;
  return leads.test(r.text.slice(from, q.open)) ? q : undefined;
}

/**
 * Quoted words that end where the phrase they are in ends: a comma or full stop inside or after the closing
 * mark, or a conjunction after it (`calling it “Holocaust-like denial,” late …`, `“genocidal,” and`); not
 * `set out “early” details`, `a “disastrous toll” on the population`.
 */
export const endsPhrase = (text: string, q: QuotedSpan): boolean =>
  /[,.;:!?]/.test(text[q.close - 1] ?? '') ||
  /^\s*(?:[,.;:!?)]|(?:and|but|while|as|after|before)\b)/.test(text.slice(q.close + 1, q.close + 9));

/**
 * Quoted words the sentence goes on with: the closing mark right after a word, then a word
 * (`said “stubbornly high” interest`), and the tree hangs the quote on a word after it.
 */
export function goesOn(r: SentenceReading, q: QuotedSpan): boolean {
  return (
    q.closed &&
    /[\p{L}\p{N}]/u.test(r.text[q.close - 1] ?? '') &&
    /^\s+[\p{L}\p{N}]/u.test(r.text.slice(q.close + 1, q.close + 3)) &&
    r.goesOnAfter(r.sentence, q)
  );
}
