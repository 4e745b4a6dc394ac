import { useState } from 'react';
import { api, getAll } from '../api';
import type { Page, Story, TimelineEntry } from '../api';
import { Empty, Status } from '../components/Status';
import { TrustBar, allParam, useShowAll } from '../components/Trust';
import { useFetch } from '../components/use-fetch';
import { useKeptStory } from '../components/use-kept-story';
import { useTitle } from '../components/use-title';
import { FAMILY_LABEL } from '../event-types';
import type { EventFamily } from '../event-types';
import { navigate, useLocation, withParams } from '../router';
import { EventDetail } from '../timeline/EventDetail';
import { TimelineChart, describeEntry } from '../timeline/TimelineChart';
import { TimelineList } from '../timeline/TimelineList';

function Legend() {
  return (
    <details className="legend">
      <summary>Legend</summary>
      <ul>
        <li>
          <span className="dot-sample shape-day" /> a day
        </li>
        <li>
          <span className="dot-sample shape-span" /> a month or a year: a bar over it
        </li>
        <li>
          <span className="dot-sample shape-around" /> around a date (dashed)
        </li>
        <li>
          <span className="dot-sample shape-undated" /> undated: placed on its article's day (hollow)
        </li>
        {(Object.keys(FAMILY_LABEL) as EventFamily[]).map((family) => (
          <li key={family}>
            <span className={`dot-sample shape-day family-${family}`} /> {FAMILY_LABEL[family]}
          </li>
        ))}
      </ul>
    </details>
  );
}

type Mode = 'list' | 'chart';

/**
 * The name of actor `id` as the loaded events give it: the filters carry ids (stable in links), which a
 * reader should not have to decode. The id stands in until an event naming the actor has arrived.
 */
function actorName(id: string, entries: TimelineEntry[]): string {
  for (const entry of entries) {
    const asSource = entry.sourceIds.indexOf(id);
    if (asSource >= 0) return entry.sourceNames[asSource] ?? id;
    const asTarget = entry.targetIds.indexOf(id);
    if (asTarget >= 0) return entry.targetNames[asTarget] ?? id;
  }
  return id;
}

/**
 * The events of the dossier in date order, as a list to read (the default: date, headline, who, how many
 * articles) or as a chart of story lanes. Only what Dossier is confident of unless the reader asks for all.
 */
export function TimelineView() {
  const location = useLocation();
  const story = location.query.get('story') ?? '';
  const actor = location.query.get('actor') ?? '';
  // One link of the network (`/network` links its events here): all three or none.
  const source = location.query.get('source') ?? '';
  const target = location.query.get('target') ?? '';
  const type = location.query.get('type') ?? '';
  const edge = source && target && type ? { source, target, type } : null;
  const mode: Mode = location.query.get('view') === 'chart' ? 'chart' : 'list';
  const all = useShowAll();
  const selectedId = location.query.get('event');
  const [group, setGroup] = useState<TimelineEntry[] | null>(null);
  useTitle('Timeline');
  // The first page is drawn while the rest load: a big dossier opens as fast as a small one.
  const timeline = useFetch<Page<TimelineEntry>>(
    `timeline?${story}&${actor}&${edge ? `${source}&${target}&${type}` : ''}&${all}`,
    (signal, partial) =>
      getAll<TimelineEntry>('/api/timeline', { story, actor, ...edge, ...allParam(all) }, signal, partial),
  );
  const stories = useFetch('stories', (signal) => getAll<Story>('/api/stories', {}, signal));
  const storyList = stories.data?.items ?? [];
  useKeptStory(story, stories.loading ? null : storyList);
  const select = (eventId: string | null) =>
    navigate(withParams(location, { event: eventId }), { replace: true });
  const entries = timeline.data?.items ?? [];
  const selectedEntry = entries.find((e) => e.eventId === selectedId);
  const noDate = entries.filter((e) => !e.date);
  const detail = selectedId ? (
    <EventDetail key={selectedId} eventId={selectedId} entry={selectedEntry} onClose={() => select(null)} />
  ) : null;

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
                {s.title}
              </option>
            ))}
          </select>
        </label>
        {actor && (
          <span>
            Actor: <strong>{actorName(actor, entries)}</strong>{' '}
            <button
              type="button"
              className="small"
              onClick={() => navigate(withParams(location, { actor: null }))}
            >
              Show everyone
            </button>
          </span>
        )}
        {edge && (
          <span>
            Link: <strong>{actorName(source, entries)}</strong> →{' '}
            <strong>{actorName(target, entries)}</strong> ({type}){' '}
            <button
              type="button"
              className="small"
              onClick={() => navigate(withParams(location, { source: null, target: null, type: null }))}
            >
              Show every event
            </button>
          </span>
        )}
        <div className="segmented" role="group" aria-label="Show the timeline as">
          {(['list', 'chart'] as const).map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={mode === value}
              onClick={() => navigate(withParams(location, { view: value === 'list' ? null : value }))}
            >
              {value === 'list' ? 'List' : 'Chart'}
            </button>
          ))}
        </div>
        {story && (
          <a className="button" href={api.brief(story, all)} target="_blank" rel="noopener">
            Brief of this story
          </a>
        )}
        {mode === 'chart' && <Legend />}
      </div>
      {timeline.data && (
        <TrustBar shown={timeline.data.items.length} hidden={timeline.data.hidden ?? 0} noun="events" />
      )}
      <Status fetched={timeline}>
        {() =>
          entries.length === 0 ? (
            <Empty>No events{story ? ' in this story' : ''} yet.</Empty>
          ) : mode === 'list' ? (
            <TimelineList
              key={`${story}|${actor}|${source}|${target}|${type}|${all}`}
              entries={entries}
              storyTitles={story ? null : new Map(storyList.map((s) => [s.id, s.title]))}
              selectedId={selectedId}
              onSelect={select}
              detail={detail}
            />
          ) : entries.length === noDate.length ? (
            <Empty>No dated events{story ? ' in this story' : ''} yet.</Empty>
          ) : (
            <TimelineChart
              key={`${story}|${actor}|${source}|${target}|${type}|${all}`}
              entries={entries}
              stories={story ? storyList.filter((s) => s.id === story) : storyList}
              selectedId={selectedId}
              all={all}
              onSelect={select}
              onSelectGroup={setGroup}
            />
          )
        }
      </Status>
      {mode === 'chart' && group && (
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
      {mode === 'chart' && detail}
      {mode === 'chart' && noDate.length > 0 && (
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
