import { useSyncExternalStore } from 'react';
import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';

/**
 * History-based routing: every view is a real URL the server answers with index.html, so a link can be
 * shared, bookmarked and opened in a new tab.
 */

const NAVIGATED = 'dossier:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

// A string snapshot keeps useSyncExternalStore from re-rendering on every call.
const currentHref = () => window.location.pathname + window.location.search;

export interface Location {
  path: string;
  query: URLSearchParams;
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, currentHref);
  const url = new URL(href, window.location.origin);
  return { path: url.pathname, query: url.searchParams };
}

export function navigate(to: string, { replace = false } = {}): void {
  if (to === currentHref()) return;
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATED));
}

/** The current path with some query parameters changed; empty values drop the parameter. */
export function withParams(location: Location, changes: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams(location.query);
  for (const [key, value] of Object.entries(changes)) {
    if (value) query.set(key, value);
    else query.delete(key);
  }
  const text = query.toString();
  return text ? `${location.path}?${text}` : location.path;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; children: ReactNode };

export function Link({ to, onClick, ...rest }: LinkProps) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    // Modified clicks and other targets keep the browser's own behaviour (new tab, download…).
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      (rest.target && rest.target !== '_self')
    )
      return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={follow} {...rest} />;
}

/** Links into the article reader, pointing at the sentence that supports a claim. */
export function articleHref(
  articleId: string,
  at?: { start?: number | null; end?: number | null } | null,
  sentence?: string | null,
): string {
  const base = `/articles/${encodeURIComponent(articleId)}`;
  if (typeof at?.start === 'number' && typeof at.end === 'number') return `${base}?at=${at.start}-${at.end}`;
  if (sentence) return `${base}?find=${encodeURIComponent(sentence)}`;
  return base;
}
