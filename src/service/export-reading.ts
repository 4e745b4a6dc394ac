import type { EventActor, Mention } from '../core/analysis.js';
import { evidenceSentence } from '../core/reading-items.js';
import type { Article, ArticleReading } from '../core/types.js';

export { exportedFigures, exportedQuotes } from '../core/reading-items.js';

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

export function exportedEvents(article: Article, reading: ArticleReading) {
  const entities = new Map(reading.entities.map((e) => [e.id, e]));
  const actor = (id: string, coded?: EventActor) => ({
    id: `${article.id}/${id}`,
    name: entities.get(id)?.name ?? null,
    country: coded?.country ?? entities.get(id)?.country ?? null,
    sector: coded?.sector ?? null,
  });
  const actors = (ids: string[], coded: EventActor[] = []) =>
    ids.map((id) =>
      actor(
        id,
        coded.find((a) => a.id === id),
      ),
    );
  return reading.events.map((event) => ({
    articleId: article.id,
    type: event.type,
    mode: event.mode,
    trigger: event.trigger,
    sourceIds: event.sourceIds.map((id) => `${article.id}/${id}`),
    targetIds: event.targetIds.map((id) => `${article.id}/${id}`),
    sources: actors(event.sourceIds, event.sourceActors),
    targets: actors(event.targetIds, event.targetActors),
    symmetric: event.symmetric ?? false,
    reportedBy: event.reportedBy ? actor(event.reportedBy) : null,
    date: event.date,
    dateFrom: event.dateFrom ?? (event.date === null ? ('article' as const) : ('clause' as const)),
    place: event.place,
    start: event.start,
    end: event.end,
    evidence: article.text.slice(event.start, event.end),
    confidence: event.confidence,
  }));
}

export function exportedStances(article: Article, reading: ArticleReading) {
  return reading.stances.map((stance) => ({
    articleId: article.id,
    actorId: `${article.id}/${stance.actorId}`,
    actor: stance.actor,
    issue: stance.issue,
    position: stance.position,
    evidence: evidenceSentence(article, reading.sentences, stance.evidence),
    span: stance.evidence,
  }));
}
