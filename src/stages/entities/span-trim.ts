import type { NameSpan, Span } from '../../core/analysis.js';
import { MAYBE_FINAL, TITLES } from '../tokens/abbreviations.js';

/**
 * A name tagger's span cut to the name it holds: no leading "the" or clause word, no possessive, trailing
 * punctuation or lower-case word run on into; a person's generational suffix taken in; a time zone after a
 * clock time told apart (it names nothing).
 */

const LEADING_THE = /^(?:the|The)\s+/;
/**
 * A word that opens a sentence or clause, capitalised there and read by the tagger into the name after it:
 * "What McNulty said", "When Biden spoke", "Moreover Gantz". Never the first word of a person's or an
 * organisation's name; a work's title may open with one ("When Harry Met Sally"), so names of other
 * kinds keep it.
 */
const LEADING_CLAUSE_WORD =
  /^(?:What|When|Where|Why|How|Who|Whom|Whose|Which|Whether|Moreover|However|Meanwhile|Furthermore|Nevertheless|Although|Though|While|Whereas|Because|Since|After|Before|Until|Unless|If|But|And|Or|Nor|Yet|Also|Still|Then|Thus|Hence|Indeed|Instead|Otherwise|Perhaps|Like|Unlike|Did|Does|Do|Has|Have|Had|Is|Was|Were|Are|Would|Could|Should)\s+(?=\p{Lu})/u;
const TRAILING_JUNK = /(?:['’]s|['’]|[\s.,;:!?)"”’]+)$/u;
/**
 * A lower-case word the tagger ran on into ("the World Bank held", "US bank chief"): a name ends with a
 * capitalised word, a number or an initial, never with a lower-case word or a dash.
 */
const TRAILING_LOWER_CASE = /(?:\s+\p{Ll}[\p{Ll}'’-]*|\s+-+)$/u;

/**
 * Whether a period ending a name belongs to it: after initials ("U.S."), after a word that is always
 * abbreviated ("Corp.", "Inc.", "Jr."), or where no sentence can end, before a comma or a lower-case word
 * ("St. Petersburg, Fla., said"). A period before a capital may end the sentence ("at the World Bank. The").
 */
function keepsPeriod(text: string, piece: string, end: number): boolean {
  const word = /(\p{L}+)\.$/u.exec(piece)?.[1];
  if (!word) return false;
  if (/\p{Lu}\.$/u.test(piece) || MAYBE_FINAL.has(word) || TITLES.has(word)) return true;
  return /^\s*(?:[,;:)]|\p{Ll})/u.test(text.slice(end, end + 3));
}

/**
 * A generational suffix after a person's name ("Donald Trump Jr.", "Martin Luther King, Jr.", "Henry Ford
 * II"), which the tagger tends to leave out: it is part of the name, and tells a son from his father.
 */
const GENERATION_AFTER = /^(?:,?\s+(?:Jr|Sr)\b\.?|\s+(?:[IVXL]{2,}|V|X)\b)/;

export function withGeneration(text: string, span: Span): Span {
  const suffix = GENERATION_AFTER.exec(text.slice(span.end, span.end + 8));
  return suffix ? { start: span.start, end: span.end + suffix[0].length } : span;
}

const TIME_ZONES = new Set([
  'UTC',
  'GMT',
  'EST',
  'EDT',
  'CST',
  'CDT',
  'MST',
  'MDT',
  'PST',
  'PDT',
  'CET',
  'CEST',
  'BST',
  'JST',
  'MSK',
  'AEST',
  'AEDT',
]);
/** A clock time just before: "18:00", "8.30 am", "10 p.m.". */
const CLOCK_BEFORE = /(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?m\.?)\s*(?:[ap]\.?m\.?\s*)?\(?$/i;

/** "at 18:00 UTC": a time zone after a clock time, which the tagger reads as an organisation, names nothing. */
export function isTimeZone(text: string, span: Span, surface: string): boolean {
  return TIME_ZONES.has(surface) && CLOCK_BEFORE.test(text.slice(Math.max(0, span.start - 16), span.start));
}

/** A tagger span without a leading "the", a possessive or trailing punctuation. */
export function trimSpan(text: string, span: NameSpan): Span | null {
  let { start, end } = span;
  const lead = LEADING_THE.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  const clauseWord =
    span.label === 'PER' || span.label === 'ORG' ? LEADING_CLAUSE_WORD.exec(text.slice(start, end)) : null;
  if (clauseWord) start += clauseWord[0].length;
  for (;;) {
    const piece = text.slice(start, end);
    const junk = TRAILING_JUNK.exec(piece) ?? TRAILING_LOWER_CASE.exec(piece);
    if (!junk || keepsPeriod(text, piece, end)) break;
    end -= junk[0].length;
  }
  return end > start ? { start, end } : null;
}
