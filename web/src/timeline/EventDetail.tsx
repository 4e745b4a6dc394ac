import { useEffect, useRef } from 'react';
import { api, getJson } from '../api';
import type { ArticleSummary, EventDetail as Detail, TimelineEntry } from '../api';
import { Source } from '../components/Source';
import { Status } from '../components/Status';
import { Confidence } from '../components/Trust';
import { useFetch } from '../components/use-fetch';
import { TYPE_WORDS } from '../event-types';
import { Link } from '../router';

function Actors({ ids, names }: { ids: string[]; names: string[] }) {
  if (ids.length === 0) return <span className="muted">nobody named</span>;
  return (
    <>
      {ids.map((id, index) => (
        <span key={id}>
          {index > 0 && ', '}
          <Link to={`/actors/${encodeURIComponent(id)}`}>{names[index] ?? id}</Link>
        </span>
      ))}
    </>
  );
}

/** "Defence Talks, 2025-03-12": how a report's article is named. */
const articleLabel = (article: ArticleSummary | undefined, id: string) =>
  article
    ? [article.outlet ?? article.title ?? id, article.published ?? 'undated'].filter(Boolean).join(', ')
    : id;

/**
 * One event: its headline, when and where, who acted and on whom, how far Dossier trusts it, and every
 * report of it with the sentence each article gives. Escape or the Close button closes it.
 */
export function EventDetail({
  eventId,
  entry,
  onClose,
}: {
  eventId: string;
  entry: TimelineEntry | undefined;
  onClose: () => void;
}) {
  const detail = useFetch(`event:${eventId}`, (signal) => getJson<Detail>(api.event(eventId), signal));
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
  const event = detail.data?.event;
  return (
    <section className="panel event-detail" aria-labelledby="event-heading">
      <div className="panel-head">
        <h2 id="event-heading" ref={heading}>
          {event?.headline ?? entry?.headline ?? 'Event'}
        </h2>
        <button type="button" onClick={onClose} aria-label="Close the event" aria-keyshortcuts="Escape">
          Close
        </button>
      </div>
      <Status fetched={detail}>
        {({ event, articles }) => {
          const byId = new Map(articles.map((a) => [a.id, a]));
          return (
            <>
              <dl className="facts">
                <dt>When</dt>
                <dd>
                  {entry?.when ?? event.date ?? 'undated'}{' '}
                  <span className="muted">
                    (
                    {event.precision === 'undated'
                      ? 'no date given: placed on the day it was reported'
                      : `${event.precision} precision`}
                    )
                  </span>
                </dd>
                {event.place && (
                  <>
                    <dt>Where</dt>
                    <dd>{event.place}</dd>
                  </>
                )}
                <dt>Acting</dt>
                <dd>
                  <Actors ids={event.sourceIds} names={event.sourceNames} />
                </dd>
                <dt>Acted upon</dt>
                <dd>
                  <Actors ids={event.targetIds} names={event.targetNames} />
                </dd>
                <dt>Kind</dt>
                <dd>
                  {TYPE_WORDS[event.type]}{' '}
                  <span className="muted small">
                    (PLOVER {event.type}, {event.mode})
                  </span>
                </dd>
                <dt>Trust</dt>
                <dd>
                  <Confidence kind="events" value={event.confidence} />{' '}
                  <span className="muted small">
                    from {event.evidence.length} report{event.evidence.length === 1 ? '' : 's'} in{' '}
                    {articles.length} article{articles.length === 1 ? '' : 's'}
                  </span>
                </dd>
              </dl>
              <h3>Sources ({articles.length})</h3>
              <ol className="sources">
                {event.evidence.map((report, index) => (
                  <li key={`${report.articleId}-${report.start}-${index}`}>
                    <p className="source-head">
                      <Link to={`/articles/${encodeURIComponent(report.articleId)}`}>
                        {byId.get(report.articleId)?.title ?? report.articleId}
                      </Link>{' '}
                      <span className="muted small">
                        {articleLabel(byId.get(report.articleId), report.articleId)}
                      </span>
                    </p>
                    <Source evidence={report} />
                    <p className="muted small">
                      This report: {report.mode}
                      {report.date ? `, dated ${report.date}` : ''}
                      {report.place ? `, at ${report.place}` : ''} ·{' '}
                      <Confidence kind="events" value={report.confidence} />
                    </p>
                  </li>
                ))}
              </ol>
            </>
          );
        }}
      </Status>
    </section>
  );
}
