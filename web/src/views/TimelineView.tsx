import { useState } from 'react';
import { api, getAll } from '../api';
import type { Story, TimelineEntry } from '../api';
import { Empty, Status } from '../components/Status';
import { useFetch } from '../components/use-fetch';
import { useTitle } from '../components/use-title';
import { FAMILY_LABEL } from '../event-types';
import type { EventFamily } from '../event-types';
import { navigate, useLocation, withParams } from '../router';
import { EventDetail } from '../timeline/EventDetail';
import { TimelineChart, describeEntry } from '../timeline/TimelineChart';

function Legend() {
  return (
    <details className="legend">
      <summary>Legend</summary>
      <ul>
        <li>
          <span className="mark-sample mark-day" /> a day
        </li>
        <li>
          <span className="mark-sample mark-span" /> a month or a year: a bar over it
        </li>
        <li>
          <span className="mark-sample mark-around" /> around a date (dashed)
        </li>
        <li>
          <span className="mark-sample mark-undated" /> undated: placed on its article's day (hollow)
        </li>
        {(Object.keys(FAMILY_LABEL) as EventFamily[]).map((family) => (
          <li key={family}>
            <span className={`mark-sample mark-day family-${family}`} /> {FAMILY_LABEL[family]}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function TimelineView() {
  const location = useLocation();
  const story = location.query.get('story') ?? '';
  const actor = location.query.get('actor') ?? '';
  const selectedId = location.query.get('event');
  const [group, setGroup] = useState<TimelineEntry[] | null>(null);
  useTitle('Timeline');
  const timeline = useFetch(`timeline?${story}&${actor}`, (signal) =>
    getAll<TimelineEntry>('/api/timeline', { story, actor }, signal),
  );
  const stories = useFetch('stories', (signal) => getAll<Story>('/api/stories', {}, signal));
  const storyList = stories.data?.items ?? [];
  const select = (eventId: string | null) =>
    navigate(withParams(location, { event: eventId }), { replace: true });
  const entries = timeline.data?.items ?? [];
  const selectedEntry = entries.find((e) => e.eventId === selectedId);
  const noDate = entries.filter((e) => !e.date);

  return (
    <>
      <h1>Timeline</h1>
      <div className="filters">
        <label>
          Story{' '}
          <select
            value={story}
            onChange={(e) => navigate(withParams(location, { story: e.target.value, event: null }))}
          >
            <option value="">All stories</option>
            {storyList.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title ?? s.id}
              </option>
            ))}
          </select>
        </label>
        {actor && (
          <span>
            Actor: <strong>{actor}</strong>{' '}
            <button
              type="button"
              className="small"
              onClick={() => navigate(withParams(location, { actor: null }))}
            >
              Show everyone
            </button>
          </span>
        )}
        {story && (
          <a className="button" href={api.brief(story)} target="_blank" rel="noopener">
            Brief of this story
          </a>
        )}
        <Legend />
      </div>
      <Status fetched={timeline}>
        {() =>
          entries.length === noDate.length ? (
            <Empty>No dated events{story ? ' in this story' : ''} yet.</Empty>
          ) : (
            <TimelineChart
              key={`${story}|${actor}`}
              entries={entries}
              stories={story ? storyList.filter((s) => s.id === story) : storyList}
              selectedId={selectedId}
              onSelect={select}
              onSelectGroup={setGroup}
            />
          )
        }
      </Status>
      {group && (
        <section className="panel" aria-labelledby="group-heading">
          <div className="panel-head">
            <h2 id="group-heading">{group.length} events close together</h2>
            <button type="button" onClick={() => setGroup(null)}>
              Close
            </button>
          </div>
          <EntryList entries={group} selectedId={selectedId} onSelect={select} />
        </section>
      )}
      {selectedId && <EventDetail eventId={selectedId} entry={selectedEntry} onClose={() => select(null)} />}
      {noDate.length > 0 && (
        <details className="panel">
          <summary>{noDate.length} events with no date at all</summary>
          <EntryList entries={noDate} selectedId={selectedId} onSelect={select} />
        </details>
      )}
    </>
  );
}

function EntryList({
  entries,
  selectedId,
  onSelect,
}: {
  entries: TimelineEntry[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  return (
    <ul className="entry-list">
      {entries.map((entry) => (
        <li key={entry.eventId}>
          <button
            type="button"
            className="link-button"
            aria-pressed={entry.eventId === selectedId}
            onClick={() => onSelect(entry.eventId)}
          >
            {describeEntry(entry)}
          </button>
        </li>
      ))}
    </ul>
  );
}
