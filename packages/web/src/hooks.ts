/** Loading data for a page: the value, the error, and whether it is still loading. */
import { useEffect, useState } from "react";

export interface Loaded<T> { data?: T; error?: string; loading: boolean }

export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ loading: true });
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => { if (live) setState({ data, loading: false }); },
      (err: Error) => { if (live) setState({ error: err.message, loading: false }); },
    );
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
