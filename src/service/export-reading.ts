import type { Mention, Sentence, Span } from '../core/analysis.js';
import type { Article, ArticleReading } from '../core/types.js';

/** The text of the sentence holding `span`: the evidence every exported item carries. */
function evidenceSentence(article: Article, sentences: Sentence[], span: Span): string {
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

/** An article's entities as `dossier/1` publishes them, each with its mentions and evidence. */
export function exportedEntities(article: Article, reading: ArticleReading) {
  const byEntity = new Map<string, Mention[]>();
  for (const mention of reading.mentions) {
    const list = byEntity.get(mention.entityId);
    if (list) list.push(mention);
    else byEntity.set(mention.entityId, [mention]);
  }
  return reading.entities.map((entity) => {
    const mentions = byEntity.get(entity.id) ?? [];
    return {
      id: `${article.id}/${entity.id}`,
      articleId: article.id,
      name: entity.name,
      type: entity.type,
      aliases: entity.aliases,
      country: entity.country,
      stands: entity.stands,
      roles: entity.roles.map((role) => ({
        title: role.title,
        of: role.of,
        country: role.country,
        evidence: evidenceSentence(article, reading.sentences, role.evidence),
      })),
      mentions: mentions.map((m) => ({ text: m.text, kind: m.kind, start: m.start, end: m.end })),
      evidence: mentions[0] ? evidenceSentence(article, reading.sentences, mentions[0]) : null,
    };
  });
}

export function exportedDates(article: Article, reading: ArticleReading) {
  return reading.dates.map((date) => ({
    articleId: article.id,
    text: date.text,
    type: date.type,
    value: date.value,
    start: date.start,
    end: date.end,
    evidence: evidenceSentence(article, reading.sentences, date),
  }));
}
