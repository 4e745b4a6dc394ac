import type { Analysis, NameSpan, Sentence, Token } from '../core/analysis.js';
import { emptyReading } from '../core/types.js';
import { findDates } from '../stages/dates/index.js';
import { findEvents } from '../stages/events/index.js';
import { findFigures } from '../stages/figures/index.js';
import { readQuotes } from '../stages/quotes/index.js';
import { findStances } from '../stages/stances/index.js';
import { resolveEntities } from '../stages/entities/index.js';
import { tagNames } from '../stages/names/index.js';
import { parseSentences } from '../stages/syntax/index.js';
import { splitSentences, tokenize } from '../stages/tokens/index.js';

/**
 * What the stages know about a text so far: the analysis being built, plus what only the stages need.
 * Each stage reads earlier fields and adds its own.
 */
export interface Reading extends Analysis {
  /** YYYY-MM-DD, or null when the article's date is unknown (relative dates then stay relative). */
  published: string | null;
  tokens: Token[];
  names: NameSpan[];
}

interface Stage {
  name: string;
  run(reading: Reading): Partial<Reading>;
}

/**
 * The reading pipeline, in its one order. A stage only reads what the stages before it produced; to add
 * one, add it here. Bump `READING_PIPELINE` when any stage's output changes, so stored readings are redone.
 */
const STAGES: readonly Stage[] = [
  { name: 'sentences', run: ({ text }) => ({ sentences: splitSentences(text) }) },
  { name: 'tokens', run: ({ text, sentences }) => ({ tokens: tokenize(text, sentences) }) },
  {
    name: 'syntax',
    run: ({ tokens, sentences }) => ({ sentences: parseSentences(tokens, sentences) }),
  },
  { name: 'names', run: ({ text, tokens, sentences }) => ({ names: tagNames(text, tokens, sentences) }) },
  { name: 'entities', run: (r) => resolveEntities(r) },
  {
    name: 'dates',
    run: ({ text, published, sentences }) => ({ dates: findDates(text, { published, sentences }) }),
  },
  { name: 'quotes', run: (r) => readQuotes(r) },
  { name: 'events', run: (r) => ({ events: findEvents(r) }) },
  { name: 'figures', run: (r) => ({ figures: findFigures(r) }) },
  { name: 'stances', run: (r) => ({ stances: findStances(r) }) },
];

export const READING_PIPELINE = `reading-34:${STAGES.map((s) => s.name).join('+')}`;

/**
 * How much of one article is read. Every stage is linear in the text, but a 20 MB text still takes minutes
 * and its reading would be larger than the article; news articles run to a few thousand words. The text is
 * stored whole either way; `limited` on the analysis says what was left out.
 */
export interface ReadingLimits {
  /** Characters read; the reading stops at the last line or word break before this many. */
  maxChars: number;
  /** Sentences read. */
  maxSentences: number;
  /**
   * Tokens (words and marks) read, counted once the text is split into them, before the stages whose work
   * grows with them: past it the article is left unread, with the reason, rather than holding up the
   * articles after it. Work, not wall time: a reading timed against the clock came out empty on a loaded
   * machine (a process's first article pays for loading the models), so the same input gave other stories
   * and actors from one run to the next. A token is a character or more, so with the default caps this one
   * bounds only a caller who reads more characters.
   */
  maxTokens: number;
}

export const DEFAULT_READING_LIMITS: ReadingLimits = {
  maxChars: 200_000,
  maxSentences: 3_000,
  // At most one per character read: every hostile shape of `scripts/fuzz/shapes.ts` at 200,000 characters
  // (up to 200,000 tokens) reads in under two seconds here.
  maxTokens: 200_000,
};

/** The text has more tokens than the reading's budget; the article stays unread, with this as the reason. */
export class ReadingBudgetError extends Error {
  override readonly name = 'ReadingBudgetError';
}

/** Reads one text: pure, so the same text and date always give the same analysis. */
export function analyzeText(
  text: string,
  published: string | null,
  limits: ReadingLimits = DEFAULT_READING_LIMITS,
): Analysis {
  const { read, sentences, limited } = readablePart(text, limits);
  // The text first, as the analysis keeps its keys' order (`analyze --json` prints them so).
  let reading: Reading = { text: read, published, ...emptyReading(), sentences, tokens: [], names: [] };
  for (const stage of STAGES) {
    // Sentences were split above, where the sentence cap needed them.
    if (stage.name !== 'sentences') reading = { ...reading, ...stage.run(reading) };
    if (stage.name === 'tokens' && reading.tokens.length > limits.maxTokens) {
      throw new ReadingBudgetError(
        `not read: ${reading.tokens.length.toLocaleString('en')} tokens, past the reading's budget of ${limits.maxTokens.toLocaleString('en')}`,
      );
    }
  }
  const { published: _published, tokens: _tokens, names: _names, ...analysis } = reading;
  return { ...analysis, text, ...(limited ? { limited } : {}) };
}

/**
 * The start of `text` that `limits` allow, split into sentences. Offsets into it are offsets into the
 * whole text, so the reading's spans need no shifting.
 */
function readablePart(
  text: string,
  limits: ReadingLimits,
): { read: string; sentences: Sentence[]; limited: string | null } {
  let read = text;
  let limited: string | null = null;
  // Formatted only for the note on a cut text, which few texts need (a locale's formatting is not free).
  const total = (): string => text.length.toLocaleString('en');
  if (text.length > limits.maxChars) {
    const cut = breakBefore(text, limits.maxChars);
    read = text.slice(0, cut);
    limited = `read the first ${cut.toLocaleString('en')} of ${total()} characters (the reading cap is ${limits.maxChars.toLocaleString('en')})`;
  }
  let sentences = splitSentences(read);
  if (sentences.length > limits.maxSentences) {
    read = read.slice(0, sentences[limits.maxSentences - 1]!.end);
    sentences = splitSentences(read);
    limited = `read the first ${limits.maxSentences.toLocaleString('en')} sentences, ${read.length.toLocaleString('en')} of ${total()} characters (the reading cap)`;
  }
  return { read, sentences, limited };
}

/** A cut at or before `at` that splits no word: the last line break in the second half, else the last space. */
function breakBefore(text: string, at: number): number {
  const line = text.lastIndexOf('\n', at);
  if (line > at / 2) return line;
  for (let i = at; i > at / 2; i--) if (/\s/.test(text[i]!)) return i;
  return at;
}
