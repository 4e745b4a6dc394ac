import type { Analysis, NameSpan, Token } from '../core/analysis.js';
import { findDates } from '../stages/dates/index.js';
import { findEvents } from '../stages/events/index.js';
import { findFigures } from '../stages/figures/index.js';
import { findQuotes } from '../stages/quotes/index.js';
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
  { name: 'quotes', run: (r) => ({ quotes: findQuotes(r) }) },
  { name: 'events', run: (r) => ({ events: findEvents(r) }) },
  { name: 'figures', run: (r) => ({ figures: findFigures(r) }) },
  { name: 'stances', run: (r) => ({ stances: findStances(r) }) },
];

export const READING_PIPELINE = `reading-3:${STAGES.map((s) => s.name).join('+')}`;

/** Reads one text: pure, so the same text and date always give the same analysis. */
export function analyzeText(text: string, published: string | null): Analysis {
  let reading: Reading = {
    text,
    published,
    sentences: [],
    tokens: [],
    names: [],
    mentions: [],
    entities: [],
    dates: [],
    quotes: [],
    figures: [],
    events: [],
    stances: [],
  };
  for (const stage of STAGES) reading = { ...reading, ...stage.run(reading) };
  const { published: _published, tokens: _tokens, names: _names, ...analysis } = reading;
  return analysis;
}
