import { api, getAll } from '../api';
import type { FigureItem, Series } from '../api';
import { Source } from '../components/Source';
import { Empty, Status } from '../components/Status';
import { Confidence, TrustBar, allParam, useShowAll } from '../components/Trust';
import { useFetch } from '../components/use-fetch';
import { useTitle } from '../components/use-title';
import { Link, articleHref } from '../router';
import { dayToIso, rangeOf } from '../timeline/dates';

const W = 520;
const H = 220;
const PAD = { left: 64, right: 48, top: 20, bottom: 36 };

const formatValue = (value: number, unit: string | null | undefined) => {
  const number =
    Math.abs(value) >= 1e9
      ? `${value / 1e9} bn`
      : Math.abs(value) >= 1e6
        ? `${value / 1e6} m`
        : value.toLocaleString('en');
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
};

type Point = NonNullable<Series['points']>[number];

/** A measure over time; each point is numbered to match the list of sources under the chart. */
function SeriesChart({
  series,
  points,
}: {
  series: Series;
  points: Array<{ point: Point; day: number; value: number; n: number }>;
}) {
  if (points.length === 0) return <Empty>None of these figures says when it holds.</Empty>;
  const days = points.map((p) => p.day);
  const values = points.map((p) => p.value);
  const minDay = Math.min(...days);
  const maxDay = Math.max(...days);
  const low = Math.min(0, ...values);
  const high = Math.max(...values) * 1.1 || 1;
  const x = (day: number) =>
    maxDay === minDay
      ? (PAD.left + W - PAD.right) / 2
      : PAD.left + ((day - minDay) / (maxDay - minDay)) * (W - PAD.left - PAD.right);
  const y = (value: number) => H - PAD.bottom - ((value - low) / (high - low)) * (H - PAD.top - PAD.bottom);
  const sorted = [...points].sort((a, b) => a.day - b.day);
  const yTicks = [low, (low + high) / 2, high];
  return (
    <svg
      className="series-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`${series.subject ?? 'Figure'} over time, ${points.length} points`}
    >
      {yTicks.map((tick) => (
        <g key={tick}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} className="chart-grid" />
          <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" className="chart-label">
            {formatValue(Math.round(tick * 10) / 10, series.unit)}
          </text>
        </g>
      ))}
      <polyline className="chart-line" points={sorted.map((p) => `${x(p.day)},${y(p.value)}`).join(' ')} />
      {sorted.map((p) => (
        <g key={p.n}>
          <circle cx={x(p.day)} cy={y(p.value)} r={5} className="chart-point">
            <title>{`${p.n}. ${formatValue(p.value, series.unit)} as of ${p.point.asOf}`}</title>
          </circle>
          <text x={x(p.day)} y={y(p.value) - 9} textAnchor="middle" className="chart-value">
            {p.n}
          </text>
          <text x={x(p.day)} y={H - PAD.bottom + 18} textAnchor="middle" className="chart-label">
            {dayToIso(p.day)}
          </text>
        </g>
      ))}
    </svg>
  );
}

export function FiguresView() {
  useTitle('Figures');
  const all = useShowAll();
  const series = useFetch(`series?${all}`, (signal) => getAll<Series>(api.series(), allParam(all), signal));
  return (
    <>
      <h1>Figures</h1>
      <p>The same measure as reported over time, each point with the sentence it comes from.</p>
      {series.data && (
        <TrustBar shown={series.data.items.length} hidden={series.data.hidden ?? 0} noun="series" />
      )}
      <Status fetched={series}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>No figure is reported more than once yet.</Empty>
          ) : (
            <div className="series-list">
              {page.items.map((item) => {
                const numbered = (item.points ?? []).map((point, index) => ({ point, n: index + 1 }));
                const charted = numbered.flatMap(({ point, n }) => {
                  const range = rangeOf(point.asOf);
                  return range && typeof point.value === 'number'
                    ? [{ point, n, day: range.from, value: point.value }]
                    : [];
                });
                return (
                  <section key={item.id} className="card series" aria-labelledby={`series-${item.id}`}>
                    <h2 id={`series-${item.id}`} className="card-title">
                      {item.subject ?? 'Unnamed measure'}{' '}
                      {item.unit && <span className="muted">({item.unit})</span>}
                    </h2>
                    <p className="small">
                      <Confidence kind="figures" value={item.confidence} />{' '}
                      <span className="muted">how likely the points measure one thing</span>
                    </p>
                    <SeriesChart series={item} points={charted} />
                    <ol className="sources">
                      {numbered.map(({ point, n }) => (
                        <li key={n} value={n}>
                          <strong>
                            {typeof point.value === 'number' ? formatValue(point.value, item.unit) : '?'}
                          </strong>{' '}
                          <span className="muted">as of {point.asOf ?? 'unknown date'}</span>
                          <Source evidence={point.evidence} />
                        </li>
                      ))}
                    </ol>
                  </section>
                );
              })}
            </div>
          )
        }
      </Status>
      <EveryFigure all={all} />
    </>
  );
}

/** Numbers reported once are no series, but a reader checking a figure still wants to find it. */
function EveryFigure({ all }: { all: boolean }) {
  const figures = useFetch(`figures?${all}`, (signal) =>
    getAll<FigureItem>(api.figures(), allParam(all), signal),
  );
  const items = figures.data?.items ?? [];
  return (
    <details className="panel">
      <summary>
        Every number reported{figures.data ? ` (${items.length}` : ''}
        {figures.data?.hidden ? `; ${figures.data.hidden} less certain hidden)` : figures.data ? ')' : ''}
      </summary>
      <Status fetched={figures}>
        {() => (
          <ul className="entry-list">
            {items.map((figure, index) => (
              <li key={`${figure.articleId}-${figure.start ?? index}`}>
                <strong>{figure.text ?? String(figure.value ?? '?')}</strong>
                {figure.subject ? ` ${figure.subject}` : ''}{' '}
                <span className="muted small">
                  {figure.published ?? 'undated'}
                  {figure.asOf ? ` · as of ${figure.asOf}` : ''}
                </span>{' '}
                <Confidence kind="figures" value={figure.confidence} />{' '}
                {figure.articleId && (
                  <Link className="small" to={articleHref(figure.articleId, figure, figure.evidence)}>
                    in context
                  </Link>
                )}
              </li>
            ))}
          </ul>
        )}
      </Status>
    </details>
  );
}
