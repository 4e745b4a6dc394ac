import { exportedFigures, exportedQuotes } from '../core/reading-items.js';
import type { ItemSource } from '../core/reading-items.js';
import type { ArticleReading } from '../core/types.js';

/**
 * The rows each store keeps beside an article's current reading, one per quote and per figure, so that
 * `/api/quotes` and `/api/figures` are pages of an indexed table (`RecordViews.quotePage`, `figurePage`)
 * rather than every reading decoded per request. The article's publication date is kept on the rows by
 * a trigger (it changes with better metadata or a user's correction); a new revision drops them until
 * its reading is saved.
 */
export interface ItemRow {
  ordinal: number;
  /** The speaker's member key (`<articleId>/<localId>`), for quotes. */
  speaker: string | null;
  confidence: number;
  /** What a substring filter looks in, lower-cased. */
  search: string;
  record: string;
}

export function quoteRows(article: ItemSource, reading: ArticleReading): ItemRow[] {
  return exportedQuotes(article, reading).map((quote, ordinal) => ({
    ordinal,
    speaker: quote.speakerId,
    confidence: quote.confidence,
    search: quote.content.text.toLowerCase(),
    record: JSON.stringify(quote),
  }));
}

export function figureRows(article: ItemSource, reading: ArticleReading): ItemRow[] {
  return exportedFigures(article, reading).map((figure, ordinal) => ({
    ordinal,
    speaker: null,
    confidence: figure.confidence,
    // One field a line: a filter's words never span two of them.
    search: [figure.text, figure.subject ?? '', figure.unit ?? ''].join('\n').toLowerCase(),
    record: JSON.stringify(figure),
  }));
}
