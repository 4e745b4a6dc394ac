import { useEffect } from 'react';

/** Each view names itself in the tab and in browser history. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Dossier` : 'Dossier';
  }, [title]);
}
