import { buildTimeline } from '../connect/timeline/index.js';
import type { TimelineEntry, TimelineFilter } from '../connect/timeline/index.js';
import { parseTimex, PRECISION_RANK } from '../connect/events/dates.js';
import type { MergedEvent } from '../core/connected.js';
import type { ConnectedDossier } from './connect.js';
import { headlineFor } from './headline/index.js';

/** The names of an event's actors beside their ids, so a reader needs no second lookup. */
export interface ActorNames {
  sourceNames: string[];
  targetNames: string[];
}

/** A timeline entry as people read it: with its headline, its actors' names and how far it is trusted. */
export type TimelineRow = TimelineEntry & ActorNames & { headline: string; confidence: number };

/** A merged event with its headline and its actors' names. */
export type NamedEvent = MergedEvent & ActorNames & { headline: string };

function namer(dossier: ConnectedDossier) {
  const names = new Map(dossier.entities.map((e) => [e.id, e.name]));
  return (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id);
}

/** Adds headline and names to the dossier's events. */
export function namedEvents(dossier: ConnectedDossier): (event: MergedEvent) => NamedEvent {
  const named = namer(dossier);
  return (event) => ({
    ...event,
    headline: headlineFor(dossier, event),
    sourceNames: named(event.sourceIds),
    targetNames: named(event.targetIds),
  });
}

/**
 * The dossier's events in date order (see `buildTimeline`), each with its headline, actors' names and
 * confidence; `within` narrows the events first (a date range).
 */
export function timelineRows(
  dossier: ConnectedDossier,
  filter: TimelineFilter = {},
  within: (event: MergedEvent) => boolean = () => true,
): TimelineRow[] {
  const byId = new Map(dossier.events.map((event) => [event.id, event]));
  const name = namedEvents(dossier);
  return buildTimeline(dossier.events.filter(within), filter).map((entry) => {
    const { headline, sourceNames, targetNames, confidence } = name(byId.get(entry.eventId)!);
    return { ...entry, headline, sourceNames, targetNames, confidence };
  });
}

/**
 * The key that places an event in a timeline as `buildTimeline` sorts (ties then go by id): dated before
 * undated, by the first day it may fall on, dated before placed-by-its-article on that day, the most
 * precise first. Stored with each event, so that a page of the timeline is one indexed query. The fields
 * are joined by a space, which sorts before every character a day holds.
 */
export function timelineKey(event: MergedEvent): string {
  const firstDay = parseTimex(event.date)?.from ?? event.date ?? '';
  return [
    event.date === null ? 1 : 0,
    firstDay,
    event.precision === 'undated' ? 1 : 0,
    9 - PRECISION_RANK[event.precision],
  ].join(' ');
}
