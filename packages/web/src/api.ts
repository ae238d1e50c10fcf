/** The HTTP API as the UI sees it: typed fetch helpers, nothing else talks to the server. */
import type { ParleyRecord } from "@parley/core";
import type {
  ActorDetail, ActorRef, ActorSummary, ArticleSummary, EventHit, Page, QuoteHit, SearchHit, TimelineBucket,
} from "@parley/server";

export type { ParleyRecord, ActorDetail, ActorRef, ActorSummary, ArticleSummary, EventHit, Page, QuoteHit, SearchHit, TimelineBucket };

export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = await res.json().catch(() => ({ message: res.statusText }));
  if (!res.ok) throw new ApiError(res.status, (body as { message?: string }).message ?? res.statusText);
  return body as T;
}

function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : "";
}

export interface ExtractInput { text: string; date?: string; title?: string; store?: boolean }

export const api = {
  extract: (input: ExtractInput) =>
    call<ParleyRecord>("/extract", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) }),
  articles: (p: { limit?: number; offset?: number } = {}) => call<Page<ArticleSummary>>(`/articles${query(p)}`),
  article: (id: string) => call<{ id: string; text: string; record: ParleyRecord }>(`/articles/${encodeURIComponent(id)}`),
  search: (q: string, p: { limit?: number; offset?: number } = {}) =>
    call<{ q: string; articles: Page<SearchHit>; actors: Page<ActorSummary> }>(`/search${query({ q, ...p })}`),
  actors: (p: { q?: string; type?: string; limit?: number; offset?: number } = {}) => call<Page<ActorSummary>>(`/actors${query(p)}`),
  /** The actor with its newest `limit` quotes and events (the totals are in `actor`). */
  actor: (id: string, limit = 100) => call<ActorDetail>(`/actors/${encodeURIComponent(id)}${query({ limit })}`),
  quotes: (p: Record<string, string | number | undefined>) => call<Page<QuoteHit>>(`/quotes${query({ limit: 200, ...p })}`),
  events: (p: Record<string, string | number | undefined>) => call<Page<EventHit>>(`/events${query({ limit: 500, ...p })}`),
  timeline: (p: { interval?: string; actor?: string } = {}) =>
    call<{ interval: string; buckets: TimelineBucket[] }>(`/stats/timeline${query(p)}`),
};
