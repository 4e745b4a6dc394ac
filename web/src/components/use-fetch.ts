import { useEffect, useState } from 'react';

export interface Fetched<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
}

/**
 * Runs `load` whenever `key` changes and aborts the previous run, so a fast typist or a quick back-button
 * never sees an older answer land after a newer one. A null key loads nothing. `load` may hand over a
 * partial answer (the first page of many) to be shown while it goes on loading.
 */
export function useFetch<T>(
  key: string | null,
  load: (signal: AbortSignal, partial: (data: T) => void) => Promise<T>,
): Fetched<T> {
  const [state, setState] = useState<Fetched<T>>({ data: null, error: null, loading: key !== null });
  useEffect(() => {
    if (key === null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, error: null, loading: true }));
    const partial = (data: T) => {
      if (!controller.signal.aborted) setState({ data, error: null, loading: true });
    };
    load(controller.signal, partial).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: null, loading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          data: null,
          error: error instanceof Error ? error : new Error(String(error)),
          loading: false,
        });
      },
    );
    return () => controller.abort();
    // `load` is recreated on every render; `key` names what it loads, so it alone decides when to reload.
  }, [key]);
  return state;
}
