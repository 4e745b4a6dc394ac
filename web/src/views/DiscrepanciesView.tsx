import { api, getAll } from '../api';
import type { Discrepancy } from '../api';
import { Source } from '../components/Source';
import { Empty, Status } from '../components/Status';
import { Confidence, TrustBar, allParam, useShowAll } from '../components/Trust';
import { useFetch } from '../components/use-fetch';
import { useTitle } from '../components/use-title';
import { Link, navigate, useLocation, withParams } from '../router';

const KINDS: Array<[string, string]> = [
  ['', 'All kinds'],
  ['role', 'Titles and roles'],
  ['spelling', 'Spellings'],
  ['figure', 'Figures'],
  ['event-date', 'Event dates'],
  ['event-place', 'Event places'],
  ['self-contradiction', 'Self-contradictions'],
];

export function DiscrepanciesView() {
  const location = useLocation();
  const kind = location.query.get('kind') ?? '';
  const all = useShowAll();
  useTitle('Discrepancies');
  const discrepancies = useFetch(`discrepancies?${kind}&${all}`, (signal) =>
    getAll<Discrepancy>(api.discrepancies({ kind, ...allParam(all) }), {}, signal),
  );
  return (
    <>
      <h1>Discrepancies</h1>
      <p>
        Where the sources disagree: each variant side by side, with the articles and sentences that give it.
      </p>
      <div className="filters">
        <label>
          Kind{' '}
          <select
            value={kind}
            onChange={(e) => navigate(withParams(location, { kind: e.target.value }), { replace: true })}
          >
            {KINDS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {discrepancies.data && (
        <TrustBar
          shown={discrepancies.data.items.length}
          hidden={discrepancies.data.hidden ?? 0}
          noun="discrepancies"
        />
      )}
      <Status fetched={discrepancies}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>The sources agree on everything compared so far.</Empty>
          ) : (
            <ul className="discrepancy-list">
              {page.items.map((item) => (
                <li key={item.id} className="card discrepancy">
                  <h2 className="card-title">
                    <span className="badge">{item.kind}</span> {item.subject}
                  </h2>
                  <p className="small">
                    <Confidence kind="discrepancies" value={item.confidence} />{' '}
                    <span className="muted">how likely the sources really disagree</span>
                  </p>
                  <div className="variants">
                    {(item.variants ?? []).map((variant, index) => (
                      <section key={index} className="variant" aria-label={`Variant: ${variant.value ?? ''}`}>
                        <h3 className="variant-value">“{variant.value ?? '?'}”</h3>
                        <p className="small">
                          {variant.articleCount} article
                          {variant.articleCount === 1 ? '' : 's'}
                          {variant.articleCount > (variant.articleIds ?? []).length
                            ? ', the first'
                            : ''}:{' '}
                          {(variant.articleIds ?? []).map((id, i) => (
                            <span key={id}>
                              {i > 0 && ', '}
                              <Link to={`/articles/${encodeURIComponent(id)}`}>{id}</Link>
                            </span>
                          ))}
                        </p>
                        {(variant.evidence ?? []).map((evidence, i) => (
                          <Source key={i} evidence={evidence} />
                        ))}
                      </section>
                    ))}
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </Status>
    </>
  );
}
