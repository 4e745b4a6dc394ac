import { api, getAll } from '../api';
import type { Story } from '../api';
import { Empty, Status } from '../components/Status';
import { useFetch } from '../components/use-fetch';
import { useTitle } from '../components/use-title';
import { Link } from '../router';

export function StoriesView() {
  useTitle('Stories');
  const stories = useFetch('stories', (signal) => getAll<Story>(api.stories(), {}, signal));
  return (
    <>
      <h1>Stories</h1>
      <p>Articles about the same event or development, grouped as they arrive.</p>
      <Status fetched={stories}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>
              No story yet. <Link to="/ingest">Ingest some articles</Link>.
            </Empty>
          ) : (
            <ul className="cards">
              {page.items.map((story) => (
                <li key={story.id} className="card">
                  <h2 className="card-title">{story.title ?? story.id}</h2>
                  <p className="muted small">
                    {story.from ?? '?'} → {story.to ?? '?'} · {story.articleIds?.length ?? 0} articles ·{' '}
                    {story.eventIds?.length ?? 0} events
                  </p>
                  <p className="actions">
                    <Link className="button" to={`/timeline?story=${encodeURIComponent(story.id)}`}>
                      Timeline
                    </Link>
                    <Link className="button" to={`/articles?story=${encodeURIComponent(story.id)}`}>
                      Articles
                    </Link>
                    <a className="button" href={api.brief(story.id)} target="_blank" rel="noopener">
                      Brief
                    </a>
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </Status>
    </>
  );
}
