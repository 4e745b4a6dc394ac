import type { Event } from '../../core/analysis.js';
import type { ReadArticle } from '../../core/connected.js';

/**
 * One passage printed in two articles that the stories kept apart (a syndicated report, one outlet's copy
 * of another's): the one way reports of two stories become one event. The rule is written so that an index
 * answers it exactly: two reports are one passage only when they share a passage key (a run of
 * `PASSAGE_RUN` content words, in order, under the event's type), so the stored path finds every report of
 * another story a new article may join by looking its keys up (`connected_passages`), never by a scan; and
 * only while the passage is printed in few articles (`JOINING_PRINTS`).
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

/**
 * The most articles one passage may be printed in and still join two stories' events. Copy that joins two
 * stories the desk kept apart is printed a few times (a syndicated report, one outlet's rewrite of
 * another's); a run of words printed in more articles than this is a background paragraph outlets repeat
 * under every report of a conflict for months, or wire copy printed across the board, whose reports each
 * story merges within itself already (`sameHappening`). Counted in articles, not stories: the passage index
 * answers it with a bounded read (this many holders and one more, `PassageLookups.passageHolders`), where
 * counting stories would read every holder; and a passage joins at most as many stories as it has articles.
 *
 * The bound is also what keeps adding an article a bounded cost. Merging a story's events reads every story
 * a passage of its own joins it to (`service/connected-events.ts`), and those stories' passages in turn: a
 * background paragraph printed in a thousand articles joined a thousand stories into one group, more as the
 * corpus grew, each merged again whenever any of them took an article. No rule that looks at fewer of them
 * gives the same events, since merging is greedy over the reports in order (a report that arrives can take
 * another's place in an event, and everything after it moves); so the rule itself stops at a size.
 */
export const JOINING_PRINTS = 8;

/**
 * The passage keys printed in more than `JOINING_PRINTS` articles (`keysOf`: each article's keys, as
 * `articlePassageKeys` gives them): those that join no two stories.
 */
export function commonPassages(keysOf: Iterable<readonly string[]>): Set<string> {
  const prints = new Map<string, number>();
  for (const keys of keysOf) for (const key of new Set(keys)) prints.set(key, (prints.get(key) ?? 0) + 1);
  return new Set([...prints].filter(([, n]) => n > JOINING_PRINTS).map(([key]) => key));
}

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
