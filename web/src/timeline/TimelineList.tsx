import { useState } from 'react';
import type { ReactNode } from 'react';
import type { TimelineEntry } from '../api';
import { Confidence, isLow } from '../components/Trust';
import { eventFamily } from '../event-types';
import { dayToIso, rangeOf } from './dates';

/** Rows drawn at first; more on request, so a dossier of ten thousand events opens as fast as a small one. */
const FIRST_ROWS = 300;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "March 2025" for a day, a week or a month (by its first day), the year alone for a year. */
function periodOf(entry: TimelineEntry): string {
  const range = rangeOf(entry.date);
  if (!range) return 'No date';
  const first = dayToIso(range.from);
  if (entry.precision === 'year') return first.slice(0, 4);
  return `${MONTHS[Number(first.slice(5, 7)) - 1]} ${first.slice(0, 4)}`;
}

/** The date column: the date as precise as the articles give it; for an undated event, its report's day. */
function When({ entry }: { entry: TimelineEntry }) {
  if (entry.precision === 'undated')
    return (
      <span className="tl-when undated" title="No date in the articles: placed on the day it was reported">
        reported {entry.date ?? '?'}
      </span>
    );
  return <span className="tl-when">{entry.when}</span>;
}

/**
 * The timeline as a list a reader follows top to bottom: month by month, each event's date, headline,
 * who took part and how many articles report it. Opening an event shows its detail in place.
 */
export function TimelineList({
  entries,
  storyTitles,
  selectedId,
  onSelect,
  detail,
}: {
  entries: TimelineEntry[];
  /** Story titles by id, to say which story an event belongs to when several are listed. */
  storyTitles: Map<string, string> | null;
  selectedId: string | null;
  onSelect: (eventId: string | null) => void;
  /** The open event's detail, drawn under its row. */
  detail: ReactNode;
}) {
  // A deep link to an event far down the list shows the rows down to it.
  const [shown, setShown] = useState(() =>
    Math.max(FIRST_ROWS, entries.findIndex((e) => e.eventId === selectedId) + 1),
  );
  // Also when the open event arrives with a later page of the timeline.
  const rows = entries.slice(0, Math.max(shown, entries.findIndex((e) => e.eventId === selectedId) + 1));
  const groups: Array<{ period: string; rows: TimelineEntry[] }> = [];
  for (const entry of rows) {
    const period = periodOf(entry);
    const last = groups.at(-1);
    if (last?.period === period) last.rows.push(entry);
    else groups.push({ period, rows: [entry] });
  }
  return (
    <div className="timeline-list">
      {groups.map((group, index) => (
        <section key={`${group.period}-${index}`} aria-label={group.period}>
          <h2 className="tl-period">{group.period}</h2>
          <ol className="tl-rows">
            {group.rows.map((entry, index) => {
              const open = entry.eventId === selectedId;
              // Which story an event belongs to is said where the story changes, not on every row.
              const storyChanged = index === 0 || group.rows[index - 1]!.storyId !== entry.storyId;
              const people = [...new Set([...entry.sourceNames, ...entry.targetNames])];
              const articles = entry.articleIds.length;
              return (
                <li key={entry.eventId} className={`tl-row family-${eventFamily(entry.type)}`}>
                  <When entry={entry} />
                  <div className="tl-main">
                    <button
                      type="button"
                      className="link-button tl-headline"
                      aria-expanded={open}
                      data-event-id={entry.eventId}
                      onClick={() => onSelect(open ? null : entry.eventId)}
                    >
                      {entry.headline}
                    </button>
                    <p className="tl-who">
                      {people.length > 0 ? people.join(', ') : <span className="muted">no one named</span>}
                      {storyTitles && storyChanged && entry.storyId && storyTitles.has(entry.storyId) && (
                        <span className="muted"> · {storyTitles.get(entry.storyId)}</span>
                      )}
                    </p>
                  </div>
                  <span className="tl-sources">
                    {articles} {articles === 1 ? 'article' : 'articles'}
                    {isLow('events', entry.confidence) && (
                      <>
                        {' '}
                        <Confidence kind="events" value={entry.confidence} />
                      </>
                    )}
                  </span>
                  {open && <div className="tl-detail">{detail}</div>}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      {entries.length > rows.length && (
        <p>
          <button type="button" onClick={() => setShown(rows.length + FIRST_ROWS * 3)}>
            Show {Math.min(FIRST_ROWS * 3, entries.length - rows.length)} more of{' '}
            {entries.length - rows.length} events
          </button>
        </p>
      )}
    </div>
  );
}
