import type { ReactNode } from 'react';
import type { Fetched } from './use-fetch';

/** Loading and error states in one place, announced to screen readers as they change. */
export function Status<T>({ fetched, children }: { fetched: Fetched<T>; children: (data: T) => ReactNode }) {
  if (fetched.error)
    return (
      <p className="status status-error" role="alert">
        Could not load: {fetched.error.message}
      </p>
    );
  if (fetched.data === null)
    return (
      <p className="status" role="status">
        {fetched.loading ? 'Loading…' : 'Nothing to show.'}
      </p>
    );
  return <>{children(fetched.data)}</>;
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="status">{children}</p>;
}
