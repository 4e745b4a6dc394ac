import type { ConnectedDossier } from '../connect.js';
import { eventHeadlines } from '../headline/index.js';
import { exportedFigures, exportedQuotes, exportedStances } from '../export-reading.js';
import { csvDocument, entityIndex, namesOf } from './text.js';

export const CSV_TABLES = [
  'articles',
  'actors',
  'quotes',
  'figures',
  'events',
  'stances',
  'stories',
  'discrepancies',
  'series_points',
] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** Lists inside one cell; "; " because commas are common inside names and titles. */
const list = (values: readonly string[]) => values.join('; ');

/**
 * The dossier as flat tables for a spreadsheet or a data frame, one CSV document per table. Rows join on
 * ids: `article_id` everywhere, `actor_id`/`speaker_actor_id` to `actors.id`, `event_id` to the PLOVER
 * table, `series_id` between `figures` and `series_points`.
 */
export function csvTables(dossier: ConnectedDossier): Record<CsvTable, string> {
  const entities = entityIndex(dossier);
  const headlines = eventHeadlines(dossier);
  const storyOf = new Map(dossier.stories.flatMap((s) => s.articleIds.map((id) => [id, s.id] as const)));
  const actorOf = (member: string | null) => (member === null ? null : dossier.memberOf.get(member));
  const pointKey = (articleId: string, value: number, sentence: string) =>
    `${articleId}\u0000${value}\u0000${sentence}`;
  const seriesOf = new Map(
    dossier.series.flatMap((s) =>
      s.points.map((p) => [pointKey(p.articleId, p.value, p.evidence.sentence), s.id] as const),
    ),
  );

  return {
    articles: csvDocument(
      ['id', 'published', 'outlet', 'title', 'author', 'lang', 'url', 'source', 'story_id', 'revision'],
      dossier.articles.map(({ article: a }) => [
        a.id,
        a.published,
        a.outlet,
        a.title,
        a.author,
        a.lang,
        a.url,
        a.source,
        storyOf.get(a.id),
        a.revision,
      ]),
    ),
    actors: csvDocument(
      ['id', 'name', 'type', 'country', 'stands', 'aliases', 'roles', 'mentions', 'article_ids'],
      dossier.entities.map((e) => [
        e.id,
        e.name,
        e.type,
        e.country,
        e.stands,
        list(e.aliases),
        list(e.roles.map((r) => `${r.title}${r.of ? ` of ${r.of}` : ''}${r.date ? ` (${r.date})` : ''}`)),
        e.mentionCount,
        list([...new Set(e.members.map((m) => m.split('/')[0]!))]),
      ]),
    ),
    quotes: csvDocument(
      [
        'article_id',
        'speaker',
        'speaker_actor_id',
        'direct',
        'content',
        'cue',
        'channel',
        'date',
        'evidence',
        'confidence',
      ],
      dossier.articles.flatMap(({ article, reading }) =>
        exportedQuotes(article, reading).map((q) => [
          q.articleId,
          q.speaker,
          actorOf(q.speakerId),
          q.direct,
          q.content.text,
          q.cue?.text,
          q.channel,
          q.date,
          q.evidence,
          q.confidence,
        ]),
      ),
    ),
    figures: csvDocument(
      [
        'article_id',
        'text',
        'value',
        'value_max',
        'unit',
        'subject',
        'qualifier',
        'as_of',
        'attribution',
        'series_id',
        'evidence',
        'confidence',
      ],
      dossier.articles.flatMap(({ article, reading }) =>
        exportedFigures(article, reading).map((f) => [
          f.articleId,
          f.text,
          f.value,
          f.valueMax,
          f.unit,
          f.subject,
          f.qualifier,
          f.asOf,
          f.attribution,
          seriesOf.get(pointKey(f.articleId, f.value, f.evidence)),
          f.evidence,
          f.confidence,
        ]),
      ),
    ),
    events: csvDocument(
      [
        'event_id',
        'article_id',
        'event_type',
        'mode',
        'date',
        'place',
        'source_actors',
        'target_actors',
        'evidence',
        'headline',
        'report_confidence',
        'event_confidence',
      ],
      dossier.events.flatMap((event) =>
        event.evidence.map((report) => [
          event.id,
          report.articleId,
          event.type,
          report.mode,
          report.date,
          report.place,
          list(namesOf(event.sourceIds, entities)),
          list(namesOf(event.targetIds, entities)),
          report.sentence,
          headlines.get(event.id),
          report.confidence,
          event.confidence,
        ]),
      ),
    ),
    stances: csvDocument(
      ['article_id', 'actor', 'actor_id', 'issue', 'position', 'evidence'],
      dossier.articles.flatMap(({ article, reading }) =>
        exportedStances(article, reading).map((s) => [
          s.articleId,
          s.actor,
          actorOf(s.actorId),
          s.issue,
          s.position,
          s.evidence,
        ]),
      ),
    ),
    stories: csvDocument(
      ['id', 'title', 'from', 'to', 'article_ids', 'event_count'],
      dossier.stories.map((s) => [s.id, s.title, s.from, s.to, list(s.articleIds), s.eventIds.length]),
    ),
    discrepancies: csvDocument(
      ['discrepancy_id', 'kind', 'subject', 'value', 'article_ids', 'evidence', 'confidence'],
      dossier.discrepancies.flatMap((d) =>
        d.variants.map((v) => [
          d.id,
          d.kind,
          d.subject,
          v.value,
          list(v.articleIds),
          v.evidence[0]?.sentence,
          d.confidence,
        ]),
      ),
    ),
    series_points: csvDocument(
      ['series_id', 'subject', 'unit', 'value', 'as_of', 'article_id', 'evidence', 'confidence'],
      dossier.series.flatMap((s) =>
        s.points.map((p) => [
          s.id,
          s.subject,
          s.unit,
          p.value,
          p.asOf,
          p.articleId,
          p.evidence.sentence,
          s.confidence,
        ]),
      ),
    ),
  };
}
