import { SHOWN_FROM } from '../api-schema/shown-from';
import { navigate, useLocation, withParams } from '../router';

/** A kind of item the server shows by confidence, each from its own floor (the API document's). */
export type TrustedKind = keyof typeof SHOWN_FROM;

/** Whether the server leaves an item of `kind` out by default. */
export const isLow = (kind: TrustedKind, value: number): boolean => value < SHOWN_FROM[kind];

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
export function TrustBar({
  shown,
  hidden,
  noun,
  more = false,
}: {
  shown: number;
  hidden: number;
  noun: string;
  /** The counts are of the first matches only (a common word's): more match. */
  more?: boolean;
}) {
  const plus = more ? '+' : '';
  const location = useLocation();
  const all = location.query.get('all') === 'true';
  const toggle = () => navigate(withParams(location, { all: all ? null : 'true', offset: null }));
  if (!all && hidden === 0) return null;
  return (
    <p className="trust-bar">
      {all ? (
        <>
          Showing all {shown}
          {plus} {noun}, the less certain ones marked.{' '}
          <button type="button" className="small" onClick={toggle}>
            Show only confident {noun}
          </button>
        </>
      ) : (
        <>
          Showing {shown}
          {plus} {noun} Dossier is confident of;{' '}
          <strong>
            {hidden}
            {plus} less certain {hidden === 1 && !more ? 'one is' : 'are'} hidden
          </strong>
          .{' '}
          <button type="button" className="small" onClick={toggle}>
            Show all {shown + hidden}
            {plus}
          </button>
        </>
      )}
    </p>
  );
}

/** An item's confidence, as a number and in words, marked when below its kind's floor. */
export function Confidence({ kind, value }: { kind: TrustedKind; value: number }) {
  const low = isLow(kind, value);
  return (
    <span
      className={low ? 'confidence confidence-low' : 'confidence'}
      title={`How far Dossier trusts its reading of this, from 0 to 1; below ${SHOWN_FROM[kind]} it is hidden by default`}
    >
      {low ? 'less certain' : 'confidence'} {value.toFixed(2)}
    </span>
  );
}
