/**
 * Hash routing (#/actors/ID?x=y): the server answers API paths like /actors with JSON, so the
 * UI keeps its own paths after the hash.
 */
import { useEffect, useState } from "react";

export interface Route {
  page: string;
  id?: string;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, "");
  const [path, qs = ""] = raw.split("?", 2);
  const [page = "", id] = path.split("/", 2).map((p) => (p ? decodeURIComponent(p) : p));
  return { page, id: id || undefined, params: new URLSearchParams(qs) };
}

export function href(page: string, id?: string, params?: Record<string, string | undefined>): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v) qs.set(k, v);
  const q = qs.toString();
  return `#/${page}${id ? `/${encodeURIComponent(id)}` : ""}${q ? `?${q}` : ""}`;
}

export function navigate(to: string): void {
  window.location.hash = to.replace(/^#/, "");
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(window.location.hash));
    window.addEventListener("hashchange", on);
    return () => window.removeEventListener("hashchange", on);
  }, []);
  return route;
}
