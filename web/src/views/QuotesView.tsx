import { api, getJson } from '../api';
import type { Page, QuoteItem } from '../api';
import { FilterForm } from '../components/FilterForm';
import { PAGE_SIZE, Pager, offsetOf } from '../components/Pager';
import { Empty, Status } from '../components/Status';
import { Confidence, TrustBar, allParam, useShowAll } from '../components/Trust';
import { useFetch } from '../components/use-fetch';
import { useTitle } from '../components/use-title';
import { QuoteWords } from '../components/QuoteWords';
import { Link, articleHref, useLocation } from '../router';

export function QuotesView() {
  const location = useLocation();
  const params = {
    q: location.query.get('q') ?? '',
    speaker: location.query.get('speaker') ?? '',
    from: location.query.get('from') ?? '',
    to: location.query.get('to') ?? '',
  };
  useTitle(params.speaker ? `Quotes by ${params.speaker}` : 'Quote book');
  const all = useShowAll();
  const path = api.quotes({
    ...params,
    ...allParam(all),
    limit: PAGE_SIZE,
    offset: offsetOf(location.query),
  });
  const quotes = useFetch(path, (signal) => getJson<Page<QuoteItem>>(path, signal));
  return (
    <>
      <h1>Quote book</h1>
      <FilterForm
        fields={[
          { name: 'q', label: 'Words', type: 'search' },
          { name: 'speaker', label: 'Speaker' },
          { name: 'from', label: 'From', type: 'date' },
          { name: 'to', label: 'To', type: 'date' },
        ]}
      />
      {quotes.data && (
        <TrustBar
          shown={quotes.data.total}
          hidden={quotes.data.hidden ?? 0}
          noun="quotes"
          more={quotes.data.more === true}
        />
      )}
      <Status fetched={quotes}>
        {(page) =>
          (page.items ?? []).length === 0 ? (
            <Empty>No quote matches.</Empty>
          ) : (
            <>
              <ul className="quote-list">
                {page.items.map((quote, index) => (
                  <li key={`${quote.articleId}-${quote.content?.start ?? index}`} className="quote">
                    <QuoteWords direct={quote.direct} text={quote.content?.text} />
                    <p className="small">
                      {quote.speaker ? (
                        <Link to={`/actors/${encodeURIComponent(quote.resolvedSpeakerId ?? quote.speaker)}`}>
                          {quote.speaker}
                        </Link>
                      ) : (
                        <span className="muted">unnamed speaker</span>
                      )}
                      {quote.channel ? ` on ${quote.channel}` : ''}
                      <span className="muted">
                        {' · '}
                        <time>{quote.published ?? 'undated'}</time>
                        {quote.date ? ` · said ${quote.date}` : ''}
                      </span>{' '}
                      <Confidence kind="quotes" value={quote.confidence} />
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
              </ul>
              <Pager page={page} />
            </>
          )
        }
      </Status>
    </>
  );
}
