import type { Page } from '../api';
import { Link, useLocation, withParams } from '../router';

/** Previous/next links for a list page; the offset lives in the URL so every page has a deep link. */
export function Pager({ page }: { page: Page<unknown> }) {
  const location = useLocation();
  const { total, limit, offset, more } = page;
  // A common word's matches are counted to a bound: the pages go on past it.
  const counted = more ? `${total}+` : String(total);
  if (!limit || (total <= limit && !more)) return <p className="muted small">{total} in all</p>;
  const to = (next: number) => withParams(location, { offset: next > 0 ? String(next) : null });
  return (
    <nav className="pager" aria-label="Pages">
      {offset > 0 ? <Link to={to(Math.max(0, offset - limit))}>← Previous</Link> : <span />}
      <span>
        {offset + 1}–{more ? offset + page.items.length : Math.min(total, offset + limit)} of {counted}
      </span>
      {offset + limit < total || (more && page.items.length === limit) ? (
        <Link to={to(offset + limit)}>Next →</Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

export const PAGE_SIZE = 50;

export const offsetOf = (query: URLSearchParams): number => Math.max(0, Number(query.get('offset')) || 0);
