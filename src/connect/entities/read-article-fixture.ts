import type { Event, EventMode, EventType, Figure } from '../../core/analysis.js';
import type { ReadArticle } from '../../core/connected.js';
import type { Article } from '../../core/types.js';
import { prepareArticle } from '../../pipeline/prepare-article.js';
import { analyzeText } from '../../pipeline/reading.js';
import { sentenceAt } from './evidence.js';

/** A figure for a test, located by its words in the text (the first occurrence). */
export interface FigureSketch {
  text: string;
  value: number;
  unit?: string | null;
  subject?: string | null;
  qualifier?: string | null;
  asOf?: string | null;
}

/** An event for a test: its trigger located in the text, its actors named by an alias of their entity. */
export interface EventSketch {
  trigger: string;
  type: EventType;
  mode?: EventMode;
  sources?: string[];
  targets?: string[];
  date?: string | null;
  place?: string | null;
}

export interface ArticleSketch {
  id: string;
  text: string;
  published: string | null;
  figures?: FigureSketch[];
  events?: EventSketch[];
}

function locate(text: string, words: string): number {
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`"${words}" is not in the text`);
  return at;
}

/**
 * A ReadArticle from a text, the way ingesting and reading make one (clean-up, then every reading stage),
 * with figures and events given by hand, when a test needs exact ones, in place of what the stages find.
 */
export function readArticle(sketch: ArticleSketch): ReadArticle {
  const draft = prepareArticle(
    { source: `${sketch.id}.txt`, url: null, kind: 'text', body: sketch.text, hints: {} },
    sketch.published ? { published: sketch.published } : {},
  );
  const { text: _text, ...reading } = analyzeText(draft.text, draft.published);
  const article: Article = {
    ...draft,
    id: sketch.id,
    revision: 1,
    ingestedAt: '2025-12-31T00:00:00Z',
    updatedAt: '2025-12-31T00:00:00Z',
  };
  const sentenceOf = (offset: number) => sentenceAt(reading.sentences, offset);
  const entityNamed = (name: string): string => {
    const found = reading.entities.find((e) => e.name === name || e.aliases.includes(name));
    if (!found)
      throw new Error(
        `no entity "${name}" in ${sketch.id}: ${reading.entities.map((e) => e.name).join(', ')}`,
      );
    return found.id;
  };
  const figures: Figure[] | undefined = sketch.figures?.map((f) => {
    const start = locate(draft.text, f.text);
    return {
      text: f.text,
      start,
      end: start + f.text.length,
      value: f.value,
      valueMax: null,
      unit: f.unit ?? null,
      subject: f.subject ?? null,
      qualifier: f.qualifier ?? null,
      asOf: f.asOf ?? null,
      attribution: null,
      sentence: sentenceOf(start)?.index ?? 0,
      confidence: 1,
    };
  });
  const events: Event[] | undefined = sketch.events?.map((e) => {
    const start = locate(draft.text, e.trigger);
    const sentence = sentenceOf(start) ?? { start: 0, end: draft.text.length, index: 0 };
    return {
      type: e.type,
      mode: e.mode ?? 'asserted',
      trigger: { text: e.trigger, start, end: start + e.trigger.length },
      sourceIds: (e.sources ?? []).map(entityNamed),
      targetIds: (e.targets ?? []).map(entityNamed),
      date: e.date ?? null,
      place: e.place ?? null,
      confidence: 1,
      sentence: sentence.index,
      start: sentence.start,
      end: sentence.end,
    };
  });
  return {
    article,
    reading: { ...reading, figures: figures ?? reading.figures, events: events ?? reading.events },
  };
}
