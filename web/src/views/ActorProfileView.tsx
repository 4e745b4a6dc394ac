import { api, getJson } from '../api';
import type { ActorProfile } from '../api';
import { Source } from '../components/Source';
import { Empty, Status } from '../components/Status';
import { Confidence, TrustBar, allParam, isLow, useShowAll } from '../components/Trust';
import { useFetch } from '../components/use-fetch';
import { useTitle } from '../components/use-title';
import { QuoteWords } from '../components/QuoteWords';
import { eventFamily } from '../event-types';
import { Link, articleHref } from '../router';

export function ActorProfileView({ idOrName }: { idOrName: string }) {
  const all = useShowAll();
  const path = api.actor(idOrName, allParam(all));
  const profile = useFetch(path, (signal) => getJson<ActorProfile>(path, signal));
  useTitle(profile.data?.entity?.name ?? 'Actor');
  return <Status fetched={profile}>{(data) => <Profile profile={data} />}</Status>;
}

function Profile({ profile }: { profile: ActorProfile }) {
  const { entity } = profile;
  const name = entity?.name ?? entity?.id ?? 'Unknown actor';
  const roles = profile.roles ?? entity?.roles ?? [];
  const positions = profile.positions ?? [];
  const quotes = profile.quotes;
  const events = profile.events;
  const hidden = profile.hidden.quotes + profile.hidden.events;
  return (
    <article className="profile">
      <h1>{name}</h1>
      <p className="muted">
        {entity?.type ?? 'actor'}
        {entity?.country ? ` · ${entity.country}` : ''}
        {entity?.aliases && entity.aliases.length > 0 ? ` · also written ${entity.aliases.join(', ')}` : ''}
      </p>
      <p className="actions">
        <Link className="button" to={`/timeline?actor=${encodeURIComponent(name)}`}>
          On the timeline
        </Link>
        <Link className="button" to={`/quotes?speaker=${encodeURIComponent(name)}`}>
          In the quote book
        </Link>
      </p>
      <TrustBar shown={quotes.length + events.length} hidden={hidden} noun="quotes and events" />
      {profile.omitted.articles > 0 && (
        <p className="muted small">
          Roles, positions and quotes from its first articles; {profile.omitted.articles} later ones are not
          read here.
        </p>
      )}
      <nav className="toc" aria-label="On this page">
        <a href="#roles">Roles ({roles.length + profile.omitted.roles})</a> ·{' '}
        <a href="#positions">Positions ({positions.length})</a> ·{' '}
        <a href="#quotes">Quotes ({quotes.length})</a> · <a href="#events">Events ({events.length})</a>
      </nav>

      <section aria-labelledby="roles">
        <h2 id="roles">Roles over time</h2>
        {roles.length === 0 ? (
          <Empty>No role given.</Empty>
        ) : (
          <ol className="role-list">
            {roles.map((role, index) => (
              <li key={index}>
                <p>
                  <time>{role.date ?? 'undated'}</time>{' '}
                  <strong>
                    {role.title ?? 'role'}
                    {role.of ? ` of ${role.of}` : ''}
                  </strong>
                </p>
                {role.evidence && <Source evidence={role.evidence} />}
              </li>
            ))}
          </ol>
        )}
        {profile.omitted.roles > 0 && (
          <p className="muted small">
            The first {roles.length} of {roles.length + profile.omitted.roles}; {profile.omitted.roles} later
            ones are not listed.
          </p>
        )}
      </section>

      <section aria-labelledby="positions">
        <h2 id="positions">Positions by issue</h2>
        {positions.length === 0 ? (
          <Empty>No stated position found.</Empty>
        ) : (
          positions.map((position, index) => (
            <div key={position.issue ?? index} className="position">
              <h3>{position.issue ?? 'Issue'}</h3>
              <ol>
                {(position.stances ?? []).map((stance, i) => (
                  <li key={i}>
                    <span className={`badge position-${stance.position ?? 'unknown'}`}>
                      {stance.position ?? '?'}
                    </span>{' '}
                    <time>{stance.published ?? ''}</time>
                    <Source
                      evidence={{ articleId: stance.articleId ?? null, sentence: stance.evidence ?? null }}
                    />
                  </li>
                ))}
              </ol>
            </div>
          ))
        )}
      </section>

      <section aria-labelledby="quotes">
        <h2 id="quotes">Quotes</h2>
        {quotes.length === 0 ? (
          <Empty>No quote attributed.</Empty>
        ) : (
          <ul className="quote-list">
            {quotes.map((item, index) => (
              <li key={index} className="quote">
                <QuoteWords direct={item.quote.direct} text={item.quote.content?.text} />
                <p className="muted small">
                  <time>{item.published ?? 'undated'}</time>
                  {item.quote?.channel ? ` · on ${item.quote.channel}` : ''}
                  {item.quote.date ? ` · said ${item.quote.date}` : ''} ·{' '}
                  <Confidence kind="quotes" value={item.quote.confidence} />
                  {item.articleId && (
                    <>
                      {' · '}
                      <Link to={articleHref(item.articleId, item.quote?.content)}>in context</Link>
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
        {profile.omitted.quotes > 0 && (
          <p className="muted small">
            {profile.omitted.quotes} more:{' '}
            <Link to={`/quotes?speaker=${encodeURIComponent(name)}`}>every quote</Link>
          </p>
        )}
      </section>

      <section aria-labelledby="events">
        <h2 id="events">Events</h2>
        {events.length === 0 ? (
          <Empty>No event with this actor.</Empty>
        ) : (
          <ul className="entry-list">
            {[...events]
              .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'))
              .map((event) => {
                const articles = new Set(event.evidence.map((e) => e.articleId)).size;
                return (
                  <li key={event.id}>
                    <span className={`dot family-${eventFamily(event.type)}`} aria-hidden="true" />{' '}
                    <time className="muted">
                      {event.precision === 'undated'
                        ? `reported ${event.date ?? '?'}`
                        : (event.date ?? 'undated')}
                    </time>{' '}
                    <Link
                      to={`/timeline?${new URLSearchParams({ ...(event.storyId ? { story: event.storyId } : {}), event: event.id })}`}
                    >
                      {event.headline}
                    </Link>{' '}
                    <span className="muted small">
                      {articles} {articles === 1 ? 'article' : 'articles'}
                    </span>{' '}
                    {isLow('events', event.confidence) && (
                      <Confidence kind="events" value={event.confidence} />
                    )}
                  </li>
                );
              })}
          </ul>
        )}
        {profile.omitted.events > 0 && (
          <p className="muted small">
            {profile.omitted.events} more:{' '}
            <Link to={`/timeline?${new URLSearchParams({ actor: entity?.id ?? name })}`}>every event</Link>
          </p>
        )}
      </section>
    </article>
  );
}
