import type { ConnectedDossier } from '../connect.js';
import { timelineRows } from '../timeline.js';
import { csvDocument, entityIndex, namesOf } from './text.js';

export const PLOVER_COLUMNS = [
  'event_id',
  'date',
  'date_precision',
  'event_type',
  'mode',
  'source_actor',
  'source_country',
  'target_actor',
  'target_country',
  'place',
  'story_id',
  'n_sources',
  'source_article_ids',
  'evidence_sentence',
  'headline',
  'confidence',
] as const;

/**
 * One row per merged event in the layout of PLOVER event data sets, in timeline order. Several actors on
 * one side are joined with "; " (a row per actor pair would count the event more than once); `date` is the
 * reporting article's day when `date_precision` is `undated`. Dossier adds its headline and confidence.
 */
export function ploverEvents(dossier: ConnectedDossier): string {
  const entities = entityIndex(dossier);
  const byId = new Map(dossier.events.map((event) => [event.id, event]));
  const countries = (ids: readonly string[]) => [
    ...new Set(ids.flatMap((id) => entities.get(id)?.country ?? [])),
  ];
  const rows = timelineRows(dossier).map((entry) => {
    const event = byId.get(entry.eventId)!;
    return [
      event.id,
      event.date,
      event.precision,
      event.type,
      event.mode,
      namesOf(event.sourceIds, entities).join('; '),
      countries(event.sourceIds).join('; '),
      namesOf(event.targetIds, entities).join('; '),
      countries(event.targetIds).join('; '),
      event.place,
      event.storyId,
      entry.articleIds.length,
      entry.articleIds.join('; '),
      event.evidence[0]?.sentence ?? '',
      entry.headline,
      event.confidence,
    ];
  });
  return csvDocument(PLOVER_COLUMNS, rows);
}
