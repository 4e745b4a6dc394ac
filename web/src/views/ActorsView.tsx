import { api, getJson } from '../api';
import type { EntitySummary, Page } from '../api';
import { FilterForm } from '../components/FilterForm';
import { PAGE_SIZE, Pager, offsetOf } from '../components/Pager';
import { Empty, Status } from '../components/Status';
import { useFetch } from '../components/use-fetch';
import { useTitle } from '../components/use-title';
import { Link, useLocation } from '../router';

const TYPES: Array<[string, string]> = [
  ['', 'Any'],
  ['person', 'People'],
  ['organisation', 'Organisations'],
  ['country', 'Countries'],
  ['place', 'Places'],
  ['other', 'Other'],
];

/** The distinct titles an actor is given, in the order the articles give them. */
const roleTitles = (entity: EntitySummary): string[] => [
  ...new Set((entity.roles ?? []).map((r) => [r.title, r.of && `of ${r.of}`].filter(Boolean).join(' '))),
];

export function ActorsView() {
  const location = useLocation();
  const q = location.query.get('q') ?? '';
  const type = location.query.get('type') ?? '';
  const offset = offsetOf(location.query);
  useTitle('Actors');
  const path = api.entities({ q, type, limit: PAGE_SIZE, offset });
  const entities = useFetch(path, (signal) => getJson<Page<EntitySummary>>(path, signal));
  return (
    <>
      <h1>Actors</h1>
      <p>
        Everyone the articles name, merged across articles. See also the <Link to="/network">network</Link> of
        who met, demanded, sanctioned or attacked whom.
      </p>
      <FilterForm
        fields={[
          { name: 'q', label: 'Name', type: 'search' },
          { name: 'type', label: 'Type', options: TYPES },
        ]}
      />
      <Status fetched={entities}>
        {(page) =>
          (page.items ?? []).length === 0 ? (
            <Empty>No actor matches.</Empty>
          ) : (
            <>
              <ul className="cards actor-list">
                {page.items.map((entity) => (
                  <li key={entity.id} className="card">
                    <h2 className="card-title">
                      <Link to={`/actors/${encodeURIComponent(entity.id)}`}>{entity.name ?? entity.id}</Link>
                    </h2>
                    <p className="muted small">
                      {entity.type ?? 'unknown type'}
                      {entity.country ? ` · ${entity.country}` : ''} · {entity.mentionCount ?? 0} mentions
                    </p>
                    {roleTitles(entity).length > 0 && (
                      <p className="small">
                        {roleTitles(entity).join('; ')}
                        {/* The list holds an actor's first roles only; its profile shows them all. */}
                        {entity.omitted.roles > 0 ? '; …' : ''}
                      </p>
                    )}
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
