import { useEffect, useRef } from 'react';
import { getAll } from '../api';
import type { MergedEvent, TimelineEntry } from '../api';
import { Source } from '../components/Source';
import { useFetch } from '../components/use-fetch';
import { Link } from '../router';

function Actors({ ids, names }: { ids: string[] | null | undefined; names: string[] | null | undefined }) {
  if (!ids || ids.length === 0) return <>—</>;
  return (
    <>
      {ids.map((id, index) => (
        <span key={id}>
          {index > 0 && ', '}
          <Link to={`/actors/${encodeURIComponent(id)}`}>{names?.[index] ?? id}</Link>
        </span>
      ))}
    </>
  );
}

/** One event with every report of it: the sentence each article gives, and what each says of date and place. */
export function EventDetail({
  eventId,
  entry,
  onClose,
}: {
  eventId: string;
  entry: TimelineEntry | undefined;
  onClose: () => void;
}) {
  const events = useFetch('events', (signal) => getAll<MergedEvent>('/api/events', {}, signal));
  const event = events.data?.items.find((e) => e.id === eventId);
  const heading = useRef<HTMLHeadingElement>(null);
  // A block body: in current Chromium `scrollIntoView` returns a Promise, which React would take for the
  // effect's cleanup and call, failing the whole page when the event closes.
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'nearest' });
  }, [eventId]);
  // Escape closes the detail wherever the focus is (on a marker, in the list), not only inside it.
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) close.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  const evidence = event?.evidence ?? [];
  return (
    <section className="panel event-detail" aria-labelledby="event-heading">
      <div className="panel-head">
        <h2 id="event-heading" ref={heading}>
          {event?.type ?? entry?.type ?? 'Event'} <span className="mode">{event?.mode ?? entry?.mode}</span>
        </h2>
        <button type="button" onClick={onClose} aria-label="Close the event">
          Close
        </button>
      </div>
      <dl className="facts">
        <dt>When</dt>
        <dd>
          {entry?.when ?? event?.date ?? 'undated'}{' '}
          <span className="muted">({event?.precision ?? entry?.precision ?? 'unknown'} precision)</span>
        </dd>
        {(event?.place ?? entry?.place) && (
          <>
            <dt>Where</dt>
            <dd>{event?.place ?? entry?.place}</dd>
          </>
        )}
        <dt>Who</dt>
        <dd>
          <Actors ids={event?.sourceIds ?? entry?.sourceIds} names={entry?.sourceNames} /> →{' '}
          <Actors ids={event?.targetIds ?? entry?.targetIds} names={entry?.targetNames} />
        </dd>
      </dl>
      <h3>Sources ({event ? evidence.length : (entry?.articleIds?.length ?? 0)})</h3>
      {events.error && <p role="alert">Could not load the event's sources: {events.error.message}</p>}
      {!event && events.loading && <p role="status">Loading sources…</p>}
      {event && (
        <ol className="sources">
          {evidence.map((item, index) => (
            <li key={`${item.articleId}-${item.start ?? index}`}>
              <Source evidence={item} />
              <p className="muted small">
                This report: {item.mode ?? 'asserted'}
                {item.date ? `, dated ${item.date}` : ''}
                {item.place ? `, at ${item.place}` : ''}
              </p>
            </li>
          ))}
        </ol>
      )}
      {!event && !events.loading && entry?.articleIds && (
        <ul>
          {entry.articleIds.map((id) => (
            <li key={id}>
              <Link to={`/articles/${encodeURIComponent(id)}`}>Article {id}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
