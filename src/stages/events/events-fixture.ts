import type { Event } from '../../core/analysis.js';
import { analyzeText } from '../../pipeline/reading.js';
import { findEvents } from './index.js';

/** An event as the tests read it: its actors coded as "name/country/sector", a reporter by name. */
export interface CodedEvent extends Event {
  sources: string[];
  targets: string[];
  reporter: string | null;
}

/** The events the whole reading finds in a text written for a test, with their actors coded. */
export function codedEvents(text: string, published = '2025-03-12'): CodedEvent[] {
  const analysis = analyzeText(text, published);
  const name = (id: string): string => analysis.entities.find((e) => e.id === id)?.name ?? id;
  const coded = (a: { id: string; country: string | null; sector: string | null }) =>
    `${name(a.id)}/${a.country}/${a.sector}`;
  return findEvents(analysis).map((e) => ({
    ...e,
    sources: (e.sourceActors ?? []).map(coded),
    targets: (e.targetActors ?? []).map(coded),
    reporter: e.reportedBy ? name(e.reportedBy) : null,
  }));
}

/** Each event of a text written for a test as [type, mode, trigger, sources, targets]. */
export function eventRows(text: string): unknown[][] {
  return codedEvents(text).map((e) => [e.type, e.mode, e.trigger.text, e.sources, e.targets]);
}

/** Each event of a text written for a test as [type, mode, trigger, sources, targets, date, dateFrom, place,
 * reportedBy, symmetric]: everything the tree gives an event. */
export function fullEventRows(text: string, published = '2025-03-12'): unknown[][] {
  return codedEvents(text, published).map((e) => [
    e.type,
    e.mode,
    e.trigger.text,
    e.sources,
    e.targets,
    e.date,
    e.dateFrom,
    e.place,
    e.reporter,
    e.symmetric,
  ]);
}
