/** Reading the words around a number, one at a time, within a sentence. */

/** Nouns of time an amount is often hung on by mistake ("rose 12% last year"): never what it measures. */
export const TIME =
  /^(?:years?|months?|weeks?|days?|hours?|minutes?|quarters?|decades?|centur(?:y|ies)|times?|today|yesterday|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|august|september|october|november|december)$/i;

export interface Word {
  text: string;
  start: number;
  end: number;
}

/** A word ("Ukraine's", "US-based", "19,000") or one mark of punctuation. */
const WORD = /\s*([\p{L}\p{N}](?:[\p{L}\p{N}'’.,²-]*[\p{L}\p{N}²])?|[^\s\p{L}\p{N}])/uy;
const LAST_WORD = /([\p{L}\p{N}](?:[\p{L}\p{N}'’.,²-]*[\p{L}\p{N}²])?|[^\s\p{L}\p{N}])\s*$/u;

/** Up to `count` words from `from` to `limit`. */
export function wordsAfter(text: string, from: number, limit: number, count: number): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = from;
  while (words.length < count) {
    const match = WORD.exec(text);
    if (match === null) break;
    const end = WORD.lastIndex;
    if (end > limit) break;
    const written = match[1]!;
    words.push({ text: written, start: end - written.length, end });
  }
  return words;
}

/** Up to `count` words between `limit` and `before`, nearest first. */
export function wordsBefore(text: string, before: number, limit: number, count: number): Word[] {
  const words: Word[] = [];
  let end = before;
  // A window a few words wide is enough and keeps the search from scanning back through long sentences.
  while (words.length < count && end > limit) {
    const window = text.slice(Math.max(limit, end - 40), end);
    const match = LAST_WORD.exec(window);
    if (match === null) break;
    const written = match[1]!;
    const start = end - window.length + match.index;
    words.push({ text: written, start, end: start + written.length });
    end = start;
  }
  return words;
}

export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
