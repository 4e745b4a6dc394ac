import type { ReactNode } from 'react';
import { api, getJson } from '../api';
import type { EntitySummary, Page, QuoteItem, SearchHit } from '../api';
import { Empty, Status } from '../components/Status';
import { useFetch } from '../components/use-fetch';
import { useTitle } from '../components/use-title';
import { QuoteWords } from '../components/QuoteWords';
import { Link, articleHref, useLocation } from '../router';

/** The server marks matches as «…» in plain text; they become <mark> elements here, never parsed HTML. */
function Snippet({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  const pattern = /«([^»]*)»/g;
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    parts.push(text.slice(last, match.index), <mark key={match.index}>{match[1]}</mark>);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}

const PREVIEW = 8;

export function SearchView() {
  const location = useLocation();
  const q = location.query.get('q')?.trim() ?? '';
  useTitle(q ? `“${q}”` : 'Search');
  const key = q || null;
  const articles = useFetch(key && `articles:${q}`, (signal) =>
    getJson<Page<SearchHit>>(api.search(q), signal),
  );
  const actors = useFetch(key && `actors:${q}`, (signal) =>
    getJson<Page<EntitySummary>>(api.entities({ q, limit: PREVIEW }), signal),
  );
  const quotes = useFetch(key && `quotes:${q}`, (signal) =>
    getJson<Page<QuoteItem>>(api.quotes({ q, limit: PREVIEW }), signal),
  );
  if (!q) return <h1>Search</h1>;
  return (
    <>
      <h1>Search: “{q}”</h1>
      <div className="search-results">
        <section aria-labelledby="found-articles">
          <h2 id="found-articles">
            Articles {articles.data && <span className="muted">({articles.data.total ?? 0})</span>}
          </h2>
          <Status fetched={articles}>
            {(page) =>
              (page.items ?? []).length === 0 ? (
                <Empty>No article mentions it.</Empty>
              ) : (
                <ul className="article-list">
                  {page.items.map((hit) => (
                    <li key={hit.id}>
                      <Link to={`/articles/${encodeURIComponent(hit.id)}?find=${encodeURIComponent(q)}`}>
                        {hit.title ?? `(untitled ${hit.id})`}
                      </Link>
                      <p className="muted small">
                        {hit.published ?? 'date unknown'} · {hit.outlet ?? 'outlet unknown'}
                      </p>
                      {hit.snippet && (
                        <p className="snippet">
                          <Snippet text={hit.snippet} />
                        </p>
                      )}
                    </li>
                  ))}
                </ul>
              )
            }
          </Status>
        </section>
        <section aria-labelledby="found-actors">
          <h2 id="found-actors">Actors</h2>
          <Status fetched={actors}>
            {(page) =>
              (page.items ?? []).length === 0 ? (
                <Empty>No actor by that name.</Empty>
              ) : (
                <ul className="chips">
                  {page.items.map((entity) => (
                    <li key={entity.id}>
                      <Link to={`/actors/${encodeURIComponent(entity.id)}`}>{entity.name ?? entity.id}</Link>
                    </li>
                  ))}
                  {(page.total ?? 0) > page.items.length && (
                    <li>
                      <Link to={`/actors?q=${encodeURIComponent(q)}`}>all {page.total}…</Link>
                    </li>
                  )}
                </ul>
              )
            }
          </Status>
        </section>
        <section aria-labelledby="found-quotes">
          <h2 id="found-quotes">Quotes</h2>
          <Status fetched={quotes}>
            {(page) =>
              (page.items ?? []).length === 0 ? (
                <Empty>No quote says it.</Empty>
              ) : (
                <ul className="quote-list">
                  {page.items.map((quote, index) => (
                    <li key={index} className="quote">
                      <QuoteWords direct={quote.direct} text={quote.content?.text} />
                      <p className="small">
                        {quote.speaker ?? 'unnamed speaker'} · {quote.published ?? 'undated'}
                        {quote.articleId && (
                          <>
                            {' · '}
                            <Link to={articleHref(quote.articleId, quote.content, quote.evidence)}>
                              in context
                            </Link>
                          </>
                        )}
                      </p>
                    </li>
                  ))}
                  {(page.total ?? 0) > page.items.length && (
                    <li>
                      <Link to={`/quotes?q=${encodeURIComponent(q)}`}>All {page.total} quotes…</Link>
                    </li>
                  )}
                </ul>
              )
            }
          </Status>
        </section>
      </div>
    </>
  );
}
