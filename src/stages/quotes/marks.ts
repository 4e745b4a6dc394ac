import type { Span } from '../../core/analysis.js';
import { isLetterOrNumber, isWhiteSpace } from '../tokens/chars.js';

/** Words between a pair of quotation marks, as the text has them. */
export interface QuotedSpan extends Span {
  /** Offset of the opening mark; `start` is just after it. */
  open: number;
  /** Offset of the closing mark, or the paragraph's end when the quote runs on unclosed. */
  close: number;
  closed: boolean;
  words: number;
}

/**
 * Whether a quotation is closed by a mark that closes: not one running on unclosed, nor one "closed" by a
 * straight mark shaped as an opening one, with a space before it and a letter after (`"There is … like
 * that. Norris said: "It has …`), which pairs two openings and takes in the narration between them.
 */
export function isSurelyClosed(text: string, q: QuotedSpan): boolean {
  return q.closed && !(/\s/.test(text[q.close - 1] ?? '') && /\p{L}/u.test(text[q.close + 1] ?? ''));
}

const LEFT_DOUBLE = '\u201C';
const RIGHT_DOUBLE = '\u201D';
const LOW_DOUBLE = '\u201E';
const LEFT_SINGLE = '\u2018';
const RIGHT_SINGLE = '\u2019';

/** Single-quoted spans longer than this are an apostrophe mistaken for a mark, not a quote. */
const MAX_SINGLE_QUOTED = 300;

const isSpace = (c: string | undefined): boolean => c === undefined || isWhiteSpace(c);
/** A straight mark opens when nothing word-like is glued to its left. */
const opensStraight = (text: string, i: number): boolean =>
  i === 0 || /[\s([{\u2014\u2013\-/:]/.test(text[i - 1]!);

/** An opening curly mark typed for a closing one: glued to the word before, free of the next (`unusual,“ said`). */
const closesLikeRight = (text: string, i: number): boolean =>
  !isSpace(text[i - 1]) && (isSpace(text[i + 1]) || /[,.;:!?)]/.test(text[i + 1]!));

const continuesWord = (c: string | undefined): boolean => c === '\u2019' || c === "'" || c === '-';

/**
 * Counts the words of any range of one text in time that does not grow with the range: prefix sums of where
 * words start, as a scan from the text's start sees them. A scan from elsewhere agrees with that one as soon
 * as both are in or out of a word, so only the first characters of a range are looked at. (Counting each
 * span by scanning it was quadratic: every unclosed “ reaches to the end of its paragraph.)
 */
function wordCounter(text: string): (start: number, end: number) => number {
  const starts = new Int32Array(text.length + 1);
  const inWordAfter = new Uint8Array(text.length);
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const word = isLetterOrNumber(text[i]);
    starts[i + 1] = starts[i]! + (word && !inWord ? 1 : 0);
    inWord = word || (inWord && continuesWord(text[i]));
    inWordAfter[i] = inWord ? 1 : 0;
  }
  return (start, end) => {
    let words = 0;
    let inWord = false;
    for (let i = start; i < end; i++) {
      const word = isLetterOrNumber(text[i]);
      if (word && !inWord) words++;
      inWord = word || (inWord && continuesWord(text[i]));
      if (inWord === (inWordAfter[i] === 1)) return words + starts[end]! - starts[i + 1]!;
    }
    return words;
  };
}

type WordCount = ReturnType<typeof wordCounter>;

function quoted(
  text: string,
  countWords: WordCount,
  open: number,
  close: number,
  closed: boolean,
): QuotedSpan {
  let start = open + 1;
  let end = close;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { open, close, closed, start, end, words: countWords(start, end) };
}

/** Where the paragraph holding `i` ends: the next line break, or the text's end. */
function paragraphEnd(text: string, i: number): number {
  const next = text.indexOf('\n', i);
  return next < 0 ? text.length : next;
}

/** The first non-space offset of the paragraph after the line break at `i`. */
function nextParagraphStart(text: string, i: number): number {
  let k = i;
  while (k < text.length && isSpace(text[k])) k++;
  return k;
}

/**
 * Double-quoted spans: curly marks by their direction, straight ones by what touches them. A paragraph that
 * ends inside a quote continues it when the next paragraph opens with a mark (the newspaper convention for
 * a quote running over paragraphs); otherwise the quote ends with its paragraph. Marks inside a quote are
 * nested quotes and belong to it.
 */
function findDoubleQuoted(text: string, countWords: WordCount): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open < 0) {
      if (c === LEFT_DOUBLE || c === LOW_DOUBLE || (c === '"' && opensStraight(text, i))) open = i;
      continue;
    }
    if (c === RIGHT_DOUBLE || c === '"' || (c === LEFT_DOUBLE && closesLikeRight(text, i))) {
      spans.push(quoted(text, countWords, open, i, true));
      open = -1;
    } else if (c === '\n') {
      const next = nextParagraphStart(text, i);
      const continues = text[next] === LEFT_DOUBLE || text[next] === '"';
      if (!continues) {
        spans.push(quoted(text, countWords, open, i, false));
        open = -1;
      }
      i = continues ? next : i;
    } else if (c === LEFT_DOUBLE) {
      // An opening curly mark while open means the earlier quote lost its closing mark; it ends where the
      // next one opens (running it to the paragraph's end made every quote of "“a “a “a…" hold the rest of
      // the paragraph: a reading quadratic in size).
      spans.push(quoted(text, countWords, open, i, false));
      open = i;
    }
  }
  if (open >= 0) spans.push(quoted(text, countWords, open, text.length, false));
  return spans;
}

/**
 * Single-quoted spans outside double quotes ('in their heads'), the British and headline style. The right
 * single mark doubles as the apostrophe, so a span closes only on a mark not followed by a letter.
 */
function findSingleQuoted(text: string, countWords: WordCount, outside: readonly QuotedSpan[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== LEFT_SINGLE && !(c === "'" && opensStraight(text, i))) continue;
    while (k < outside.length && outside[k]!.close < i) k++;
    if (k < outside.length && outside[k]!.open <= i) continue;
    if (!isLetterOrNumber(text[i + 1])) continue;
    const limit = Math.min(paragraphEnd(text, i), i + MAX_SINGLE_QUOTED);
    for (let j = i + 2; j < limit; j++) {
      const d = text[j];
      if ((d === RIGHT_SINGLE || d === "'") && !isLetterOrNumber(text[j + 1]) && !isSpace(text[j - 1])) {
        spans.push(quoted(text, countWords, i, j, true));
        i = j;
        break;
      }
    }
  }
  return spans;
}

/** Every quoted span of the text, in text order. */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const countWords = wordCounter(text);
  const double = findDoubleQuoted(text, countWords);
  const single = findSingleQuoted(text, countWords, double);
  if (single.length === 0) return double;
  return [...double, ...single].sort((a, b) => a.open - b.open);
}

/** The quoted words themselves; a trailing comma is punctuation the sentence needed, not the speaker's. */
export function quoteContent(text: string, q: QuotedSpan): Span {
  let end = q.end;
  while (end > q.start && /[,\s]/.test(text[end - 1]!)) end--;
  return { start: q.start, end };
}
