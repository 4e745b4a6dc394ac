import type { Quote, Sentence, Span, StancePosition } from './analysis.js';
import type { Article, ArticleReading } from './types.js';

/**
 * An article's quotes and figures as `dossier/1` publishes them, each with the sentence holding it: in
 * `core` because the stores keep them as rows beside each reading (so `/api/quotes` and `/api/figures`
 * are pages of an indexed table), and the exports and the API show the same records.
 */

/** The parts of an article its items are read from. */
export type ItemSource = Pick<Article, 'id' | 'text'>;

/** The text of the sentence holding `span`: the evidence every exported item carries. */
export function evidenceSentence(article: ItemSource, sentences: Sentence[], span: Span): string {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = sentences[mid]!;
    if (span.start < sentence.start) high = mid - 1;
    else if (span.start >= sentence.end) low = mid + 1;
    else return article.text.slice(sentence.start, sentence.end);
  }
  return article.text.slice(span.start, span.end);
}

/** Quotes with their speaker, cue and channel, each with the sentence holding it. */
export function exportedQuotes(article: ItemSource, reading: ArticleReading) {
  return reading.quotes.map((quote) => ({
    articleId: article.id,
    content: quote.content,
    source: quote.source,
    cue: quote.cue,
    speaker: quote.speaker,
    speakerId: quote.speakerId ? `${article.id}/${quote.speakerId}` : null,
    direct: quote.direct,
    channel: quote.channel,
    date: quote.date,
    evidence: evidenceSentence(article, reading.sentences, quote.content),
    confidence: quote.confidence,
  }));
}

export function exportedFigures(article: ItemSource, reading: ArticleReading) {
  return reading.figures.map((figure) => ({
    articleId: article.id,
    text: figure.text,
    value: figure.value,
    valueMax: figure.valueMax,
    unit: figure.unit,
    subject: figure.subject,
    qualifier: figure.qualifier,
    asOf: figure.asOf,
    attribution: figure.attribution,
    start: figure.start,
    end: figure.end,
    evidence: evidenceSentence(article, reading.sentences, figure),
    confidence: figure.confidence,
  }));
}

export type ArticleQuote = ReturnType<typeof exportedQuotes>[number];
export type ArticleFigure = ReturnType<typeof exportedFigures>[number];

/** A stance as an actor's profile shows it: the evidence's words, not its span. */
export interface ActorStance {
  actorId: string;
  issue: string;
  position: StancePosition;
  evidence: string;
}

/**
 * What an actor's profile reads of a reading (`service/actor.ts`): its quotes with a speaker, whole, and
 * its stances. The stores keep it beside each reading, so a profile of 50 articles reads these, a few
 * hundred bytes each, instead of decoding 50 whole readings (tens of kilobytes each).
 */
export interface ActorItems {
  quotes: Quote[];
  stances: ActorStance[];
}

export function actorItems(reading: ArticleReading): ActorItems {
  return {
    quotes: reading.quotes.filter((quote) => quote.speakerId !== null),
    stances: reading.stances.map((s) => ({
      actorId: s.actorId,
      issue: s.issue,
      position: s.position,
      evidence: s.evidence.text,
    })),
  };
}

/** An article's actor items with its id and date, in the order the articles were first stored. */
export interface ArticleActorItems extends ActorItems {
  article: Pick<Article, 'id' | 'published'>;
}
