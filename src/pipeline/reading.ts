import type {
  Analysis,
  DateMention,
  Entity,
  Event,
  Figure,
  Mention,
  NameSpan,
  Quote,
  Sentence,
  Stance,
  Token,
} from '../core/analysis.js';
import { findDates } from '../stages/dates/index.js';
import { resolveEntities } from '../stages/entities/index.js';
import { tagNames } from '../stages/names/index.js';
import { splitSentences, tokenize } from '../stages/tokens/index.js';

/** What the stages know about a text so far; each stage reads earlier fields and adds its own. */
export interface Reading {
  text: string;
  /** YYYY-MM-DD, or null when the article's date is unknown (relative dates then stay relative). */
  published: string | null;
  sentences: Sentence[];
  tokens: Token[];
  names: NameSpan[];
  mentions: Mention[];
  entities: Entity[];
  dates: DateMention[];
  quotes: Quote[];
  figures: Figure[];
  events: Event[];
  stances: Stance[];
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
  { name: 'names', run: ({ text, tokens, sentences }) => ({ names: tagNames(text, tokens, sentences) }) },
  { name: 'entities', run: (r) => resolveEntities(r) },
  {
    name: 'dates',
    run: ({ text, published, sentences }) => ({ dates: findDates(text, { published, sentences }) }),
  },
];

export const READING_PIPELINE = `reading-1:${STAGES.map((s) => s.name).join('+')}`;

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
  return {
    text,
    sentences: reading.sentences,
    mentions: reading.mentions,
    entities: reading.entities,
    dates: reading.dates,
    quotes: reading.quotes,
    figures: reading.figures,
    events: reading.events,
    stances: reading.stances,
  };
}
