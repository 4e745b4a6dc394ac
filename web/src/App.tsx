import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ViewBoundary } from './components/ViewBoundary';
import { Link, navigate, useLocation } from './router';
import type { Location } from './router';
import { ActorsView } from './views/ActorsView';
import { ActorProfileView } from './views/ActorProfileView';
import { ArticleView } from './views/ArticleView';
import { ArticlesView } from './views/ArticlesView';
import { DiscrepanciesView } from './views/DiscrepanciesView';
import { FiguresView } from './views/FiguresView';
import { IngestView } from './views/IngestView';
import { NetworkView } from './views/NetworkView';
import { QuotesView } from './views/QuotesView';
import { SearchView } from './views/SearchView';
import { StoriesView } from './views/StoriesView';
import { TimelineView } from './views/TimelineView';

const SECTIONS = [
  ['/timeline', 'Timeline'],
  ['/stories', 'Stories'],
  ['/actors', 'Actors'],
  ['/network', 'Network'],
  ['/quotes', 'Quotes'],
  ['/figures', 'Figures'],
  ['/discrepancies', 'Discrepancies'],
  ['/articles', 'Articles'],
  ['/ingest', 'Ingest'],
] as const;

function View({ location }: { location: Location }) {
  const [section, id] = location.path.split('/').filter(Boolean).map(decodeURIComponent);
  switch (section) {
    case undefined:
    case 'timeline':
      return <TimelineView />;
    case 'stories':
      return <StoriesView />;
    case 'actors':
      return id ? <ActorProfileView idOrName={id} /> : <ActorsView />;
    case 'network':
      return <NetworkView />;
    case 'quotes':
      return <QuotesView />;
    case 'figures':
      return <FiguresView />;
    case 'discrepancies':
      return <DiscrepanciesView />;
    case 'articles':
      return id ? <ArticleView id={id} /> : <ArticlesView />;
    case 'search':
      return <SearchView />;
    case 'ingest':
      return <IngestView />;
    default:
      return (
        <>
          <h1>Not found</h1>
          <p>
            There is no page at <code>{location.path}</code>. <Link to="/timeline">Go to the timeline</Link>.
          </p>
        </>
      );
  }
}

function SearchBox({ location }: { location: Location }) {
  const current = location.path === '/search' ? (location.query.get('q') ?? '') : '';
  const [q, setQ] = useState(current);
  useEffect(() => {
    setQ(current);
  }, [current]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (q.trim()) navigate(`/search?q=${encodeURIComponent(q.trim())}`);
  };
  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor="global-search" className="visually-hidden">
        Search articles, actors and quotes
      </label>
      <input
        id="global-search"
        type="search"
        placeholder="Search everything…"
        value={q}
        onChange={(event) => setQ(event.target.value)}
      />
      <button type="submit">Search</button>
    </form>
  );
}

export function App() {
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  // After a client-side navigation, focus moves to the new content as it would on a page load, so
  // keyboard and screen-reader users are not left on the link they followed.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.path]);
  const section = `/${location.path.split('/')[1] ?? ''}`;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/timeline" className="brand">
          Dossier
        </Link>
        <nav aria-label="Sections">
          <ul>
            {SECTIONS.map(([path, label]) => (
              <li key={path}>
                <Link to={path} aria-current={section === path ? 'page' : undefined}>
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchBox location={location} />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <ViewBoundary
          key={section}
          view={SECTIONS.find(([path]) => path === section)?.[1] ?? 'This page'}
          resetKey={`${location.path}?${location.query.toString()}`}
        >
          <View location={location} />
        </ViewBoundary>
      </main>
    </>
  );
}
