import { api, getAll, getJson } from '../api';
import type { ArticleSummary, Page, Story } from '../api';
import { FilterForm } from '../components/FilterForm';
import { PAGE_SIZE, Pager, offsetOf } from '../components/Pager';
import { Empty, Status } from '../components/Status';
import { useFetch } from '../components/use-fetch';
import { useKeptStory } from '../components/use-kept-story';
import { useTitle } from '../components/use-title';
import { Link, useLocation } from '../router';

export function ArticlesView() {
  const location = useLocation();
  const params = {
    outlet: location.query.get('outlet') ?? '',
    story: location.query.get('story') ?? '',
    from: location.query.get('from') ?? '',
    to: location.query.get('to') ?? '',
  };
  useTitle('Articles');
  const path = api.articles({ ...params, limit: PAGE_SIZE, offset: offsetOf(location.query) });
  const articles = useFetch(path, (signal) => getJson<Page<ArticleSummary>>(path, signal));
  const stories = useFetch('stories', (signal) => getAll<Story>(api.stories(), {}, signal));
  useKeptStory(params.story, stories.loading ? null : (stories.data?.items ?? null));
  const storyOptions: Array<[string, string]> = [
    ['', 'Any'],
    ...(stories.data?.items ?? []).map((s): [string, string] => [s.id, s.title ?? s.id]),
  ];
  return (
    <>
      <h1>Articles</h1>
      <FilterForm
        fields={[
          { name: 'outlet', label: 'Outlet' },
          { name: 'story', label: 'Story', options: storyOptions },
          { name: 'from', label: 'From', type: 'date' },
          { name: 'to', label: 'To', type: 'date' },
        ]}
      >
        <Link className="button" to="/ingest">
          Add articles
        </Link>
      </FilterForm>
      <Status fetched={articles}>
        {(page) =>
          (page.items ?? []).length === 0 ? (
            <Empty>
              No article matches. <Link to="/ingest">Ingest some</Link>.
            </Empty>
          ) : (
            <>
              <ul className="article-list">
                {page.items.map((article) => (
                  <li key={article.id}>
                    <Link to={`/articles/${encodeURIComponent(article.id)}`}>
                      {article.title ?? <span className="muted">(untitled {article.id})</span>}
                    </Link>
                    <p className="muted small">
                      <time>{article.published ?? 'date unknown'}</time> ·{' '}
                      {article.outlet ?? 'outlet unknown'} · <code>{article.id}</code>
                    </p>
                  </li>
                ))}
              </ul>
              <Pager page={page} />
            </>
          )
        }
      </Status>
    </>
  );
}
