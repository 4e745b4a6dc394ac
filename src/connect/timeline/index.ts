import type { EventMode, EventType } from '../../core/analysis.js';
import type { DatePrecision, MergedEvent } from '../../core/connected.js';
import { parseTimex, PRECISION_RANK } from '../events/dates.js';

export interface TimelineEntry {
  eventId: string;
  /** As on the event: a day, month, year, approximate TIMEX value, or for an undated event its article's day. */
  date: string | null;
  precision: DatePrecision;
  /** The date as a reader sees it: "2025-12-02", "2025-12", "around 2025-W49", "undated (reported 2025-12-03)". */
  when: string;
  /** Placed by its article's publication day, not by a date the articles give. */
  undated: boolean;
  type: EventType;
  mode: EventMode;
  place: string | null;
  sourceIds: string[];
  targetIds: string[];
  storyId: string | null;
  /** The articles reporting it, in evidence order. */
  articleIds: string[];
}

export interface TimelineFilter {
  storyId?: string;
  /** Only events this resolved entity takes part in, as actor or target. */
  entityId?: string;
}

function when(event: MergedEvent): string {
  if (event.date === null) return 'undated';
  if (event.precision === 'undated') return `undated (reported ${event.date})`;
  if (event.precision === 'around') return `around ${event.date}`;
  return event.date;
}

/** The first day an event may fall on: where it goes in the timeline. */
const firstDay = (event: MergedEvent): string => parseTimex(event.date)?.from ?? event.date ?? '';

/**
 * The events in date order: by the first day each may fall on, a month before the days in it, dated
 * events before undated ones placed on the same day, and events with no date at all last.
 */
export function buildTimeline(events: MergedEvent[], filter: TimelineFilter = {}): TimelineEntry[] {
  const chosen = events.filter(
    (e) =>
      (filter.storyId === undefined || e.storyId === filter.storyId) &&
      (filter.entityId === undefined ||
        e.sourceIds.includes(filter.entityId) ||
        e.targetIds.includes(filter.entityId)),
  );
  const sorted = [...chosen].sort(
    (a, b) =>
      Number(a.date === null) - Number(b.date === null) ||
      firstDay(a).localeCompare(firstDay(b)) ||
      Number(a.precision === 'undated') - Number(b.precision === 'undated') ||
      PRECISION_RANK[b.precision] - PRECISION_RANK[a.precision] ||
      a.id.localeCompare(b.id),
  );
  return sorted.map((e) => ({
    eventId: e.id,
    date: e.date,
    precision: e.precision,
    when: when(e),
    undated: e.precision === 'undated',
    type: e.type,
    mode: e.mode,
    place: e.place,
    sourceIds: e.sourceIds,
    targetIds: e.targetIds,
    storyId: e.storyId,
    articleIds: [...new Set(e.evidence.map((ev) => ev.articleId))],
  }));
}
