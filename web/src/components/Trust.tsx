import { navigate, useLocation, withParams } from '../router';

/** At or above this, the server shows an item by default (`CONFIDENT` in the server's core/confidence.ts). */
export const CONFIDENT = 0.5;

/** Whether the view shows everything (`?all=true`) or only what Dossier is confident of, the default. */
export function useShowAll(): boolean {
  return useLocation().query.get('all') === 'true';
}

/** `{ all: 'true' }` for API requests when everything is asked for, else nothing. */
export const allParam = (all: boolean) => (all ? { all: 'true' } : {});

/**
 * Says what a list leaves out and lets the reader see it: every list shows the items Dossier is
 * confident of by default, and a reader must be able to tell, and undo it, at a glance.
 */
export function TrustBar({ shown, hidden, noun }: { shown: number; hidden: number; noun: string }) {
  const location = useLocation();
  const all = location.query.get('all') === 'true';
  const toggle = () => navigate(withParams(location, { all: all ? null : 'true', offset: null }));
  if (!all && hidden === 0) return null;
  return (
    <p className="trust-bar">
      {all ? (
        <>
          Showing all {shown} {noun}, the less certain ones marked.{' '}
          <button type="button" className="small" onClick={toggle}>
            Show only confident {noun}
          </button>
        </>
      ) : (
        <>
          Showing {shown} {noun} Dossier is confident of;{' '}
          <strong>
            {hidden} less certain {hidden === 1 ? 'one is' : 'are'} hidden
          </strong>
          .{' '}
          <button type="button" className="small" onClick={toggle}>
            Show all {shown + hidden}
          </button>
        </>
      )}
    </p>
  );
}

/** An item's confidence, as a number and in words, marked when below the threshold. */
export function Confidence({ value }: { value: number }) {
  const low = value < CONFIDENT;
  return (
    <span
      className={low ? 'confidence confidence-low' : 'confidence'}
      title="How far Dossier trusts its reading of this, from 0 to 1; below 0.5 it is hidden by default"
    >
      {low ? 'less certain' : 'confidence'} {value.toFixed(2)}
    </span>
  );
}
