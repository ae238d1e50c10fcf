/** Loading data for a page: the value, the error, and whether it is still loading. */
import { useEffect, useState } from "react";

/** While a new load runs, `data` is the previous one (pages show it dimmed, marked as loading). */
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

/** The page's offset from the URL (`offset=`), a non-negative whole number. */
export function offsetOf(params: URLSearchParams): number {
  const n = Number(params.get("offset") ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** A filter form's fields, reset from the URL whenever it changes (back, forward, a link). */
export function useUrlForm<K extends string>(keys: readonly K[], params: URLSearchParams): [Record<K, string>, (f: Record<K, string>) => void] {
  const current = () => Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ""])) as Record<K, string>;
  const [form, setForm] = useState(current);
  const qs = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => setForm(current()), [qs]);
  return [form, setForm];
}
