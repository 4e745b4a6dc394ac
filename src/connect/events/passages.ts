import type { Event } from '../../core/analysis.js';
import type { ReadArticle } from '../../core/connected.js';

/**
 * One passage printed in two articles that the stories kept apart (a syndicated report, one outlet's copy
 * of another's): the one way reports of two stories become one event. The rule is written so that an index
 * answers it exactly: two reports are one passage only when they share a passage key (a run of
 * `PASSAGE_RUN` content words, in order, under the event's type), so the stored path finds every report of
 * another story a new article may join by looking its keys up (`connected_passages`), never by a scan.
 */

const CONTENT_WORD = /\p{L}{4,}/gu;
export const stemOf = (word: string) => word.toLowerCase().replace(/(?:ing|ed|es|s|ment|ion|e)$/, '');
/** A sentence's content words (four letters or more), stemmed, in order. */
export const contentWords = (text: string): string[] =>
  [...text.matchAll(CONTENT_WORD)].map(([w]) => stemOf(w));

/**
 * How many content words in a row two sentences must print alike to be one passage: a name with its title
 * and a verb ("Israeli Prime Minister Benjamin Netanyahu said") is a stock phrase, eight words in a row
 * are copy.
 */
export const PASSAGE_RUN = 8;
/** ... and the share of their content words in common (Jaccard): most of the sentence, not one clause. */
export const SAME_PASSAGE = 0.5;

/** The sentence an event was read from. */
export const sentenceOf = (read: ReadArticle, event: Event): string =>
  read.article.text.slice(event.start, event.end);

/**
 * A page's strip of links, read as one sentence: headlines glued end to start, a new one opening on a
 * capitalised article or question word straight after a lower-case word ("… battling Paris win The biggest
 * tunes … a dark past Simply the universe's favourite sitcom A powerful and emotional story …"). Prose
 * capitalises them mid-sentence only in a title ("in The Times"), before another capital.
 */
const GLUED_HEADLINE = /\p{Ll}['’]?\s+(?:The|A|An|Who|What|How|Why|When|Where)\s+\p{Ll}/gu;
/** A sentence of more characters than this is no prose either (as `entities/content.ts` reads it). */
const LONGEST_SENTENCE = 600;

/** Whether a sentence is a strip of headlines, which one outlet prints, changing, under unrelated reports. */
export function headlineStrip(sentence: string): boolean {
  return sentence.length > LONGEST_SENTENCE || [...sentence.matchAll(GLUED_HEADLINE)].length >= 2;
}

/**
 * An event sentence's passage keys: each run of `PASSAGE_RUN` content words, under the event's type; none
 * for a strip of headlines (two pages' strips share their headlines, not a report).
 */
export function passageKeys(read: ReadArticle, event: Event): string[] {
  const sentence = sentenceOf(read, event);
  return headlineStrip(sentence) ? [] : passageRuns(event.type, contentWords(sentence));
}

/** The passage keys of a sentence's content words (`contentWords`) under an event type. */
export function passageRuns(type: string, words: readonly string[]): string[] {
  const keys = new Set<string>();
  for (let i = 0; i + PASSAGE_RUN <= words.length; i++)
    keys.add(`${type}|${words.slice(i, i + PASSAGE_RUN).join(' ')}`);
  return [...keys];
}

/**
 * The passage keys of an article's events, those read from its furniture left out (a page's strip is no
 * report): what the store files the article under, and what it looks other stories' reports up by.
 */
export function articlePassageKeys(read: ReadArticle, furniture?: ReadonlySet<number>): string[] {
  const keys = new Set<string>();
  for (const event of read.reading.events)
    if (!furniture?.has(event.sentence)) for (const key of passageKeys(read, event)) keys.add(key);
  return [...keys];
}
