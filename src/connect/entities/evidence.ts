import type { Sentence } from '../../core/analysis.js';
import type { Evidence, ReadArticle } from '../../core/connected.js';

/** The sentence holding `offset` (binary search over sentences in text order), or null past the text. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | null {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) high = mid - 1;
    else if (offset >= s.end) low = mid + 1;
    else return s;
  }
  return null;
}

/** The evidence for a claim read at `offset`: its whole sentence, or the claim's own span if none holds it. */
export function evidenceAt(read: ReadArticle, start: number, end = start): Evidence {
  const sentence = sentenceAt(read.reading.sentences, start);
  const span = sentence ?? { start, end };
  return {
    articleId: read.article.id,
    sentence: read.article.text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
  };
}

/** The article's publication date as YYYY-MM-DD, or null. */
export function publishedDay(read: { article: Pick<ReadArticle['article'], 'published'> }): string | null {
  const match = /^\d{4}-\d{2}-\d{2}/.exec(read.article.published ?? '');
  return match ? match[0] : null;
}

/** Members are named `<articleId>/<localId>` so that one key says which article and which entity. */
export const memberKey = (articleId: string, localId: string): string => `${articleId}/${localId}`;
