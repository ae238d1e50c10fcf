/**
 * Dialect-free logic shared by every adapter: how actors merge across articles, how URLs
 * are normalised for dedup, and how events group into clusters. Pure functions, no I/O.
 */
import { createHash } from "node:crypto";
import type { EntityRecord, EventActorRecord } from "@parley/core";

/** Short stable id from a key. */
export function hashId(key: string, length = 16): string {
  return createHash("sha256").update(key).digest("hex").slice(0, length);
}

/**
 * Case-, accent- and punctuation-folded name used to merge actors that have no KB id.
 * @example normaliseName("  Sergéi  Lavrov.") === "sergei lavrov"
 */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The global merge key of an entity: its KB id, else normalised name + type + country.
 * @example actorKey({ name: "X Y", type: "person", kb: "parley:x-y" }) === "kb:parley:x-y"
 */
export function actorKey(entity: Pick<EntityRecord, "name" | "type" | "kb" | "country">): string {
  if (entity.kb) return `kb:${entity.kb}`;
  return `name:${normaliseName(entity.name)}|${entity.type}|${entity.country ?? ""}`;
}

/**
 * The id an actor is shown under (the HTTP API's actor id): its KB id, else
 * `text:<type>:<lower-case name, whitespace as dashes>`. Coarser than `actorKey` (no
 * country), so several stored actors can share one.
 * @example publicActorId({ name: "Maria Costa", type: "person" }) === "text:person:maria-costa"
 */
export function publicActorId(entity: { kb?: string | null; type: string; name: string }): string {
  if (entity.kb) return entity.kb;
  return `text:${entity.type}:${entity.name.toLowerCase().replace(/\s+/g, "-")}`;
}

const TRACKING = /^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$|ref$|cmpid$|ocid$|smid$)/i;

/**
 * Normalise a URL for dedup: lower-case host, no default port, no fragment, no tracking
 * parameters, sorted query, no trailing slash, http and https equal. Returns the input
 * unchanged when it does not parse.
 * @example normaliseUrl("HTTPS://Example.com:443/a/?utm_source=x#top") === "example.com/a"
 */
export function normaliseUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url.trim();
  }
  const params = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? "?" + new URLSearchParams(params).toString() : "";
  const host = u.hostname.toLowerCase().replace(/^www\./, "");
  const port = u.port && !((u.protocol === "http:" && u.port === "80") || (u.protocol === "https:" && u.port === "443")) ? `:${u.port}` : "";
  const path = u.pathname.replace(/\/+$/, "");
  return `${host}${port}${path}${query}`;
}

/** The outlet that published a URL (GDELT's source), or null. */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
}

/**
 * One side of an event's dyad: country+sector when the country is known, else the global
 * actor, else "-".
 */
export function dyadKey(side: EventActorRecord | null, actorId: string | null): string {
  if (!side) return "-";
  if (side.country) return `${side.country}${side.sector ? "/" + side.sector : ""}`;
  if (actorId) return `actor:${actorId}`;
  if (side.sector) return `/${side.sector}`;
  return "-";
}

export function clusterKey(type: string, sourceKey: string, targetKey: string): string {
  return `${type}|${sourceKey}|${targetKey}`;
}

export interface ClusterMember {
  id: string;
  articleId: string;
  site: string | null;
  /** YYYY-MM-DD or null. */
  date: string | null;
}

export interface Cluster {
  id: string;
  firstDate: string | null;
  lastDate: string | null;
  members: ClusterMember[];
  numMentions: number;
  numArticles: number;
  numSources: number;
}

/** Days between two YYYY-MM-DD dates. */
function dayDiff(a: string, b: string): number {
  return Math.round((Date.parse(fullDate(b)) - Date.parse(fullDate(a))) / 86_400_000);
}

/** YYYY, YYYY-MM or YYYY-MM-DD as a full ISO date (first month, first day). */
function fullDate(d: string): string {
  return `${(d + "-01-01").slice(0, 10)}T00:00:00Z`;
}

/**
 * Group the events of one cluster key: sorted by date, a gap longer than `windowDays`
 * starts a new cluster (single-linkage chaining). Undated events cluster only within their
 * article. Dates may be partial (YYYY or YYYY-MM: the first day counts). The result depends
 * only on the set of members, never on insertion order.
 */
export function clusterEvents(key: string, members: ClusterMember[], windowDays = 3): Cluster[] {
  const sorted = members.slice().sort((a, b) =>
    (a.date ?? "\uffff").localeCompare(b.date ?? "\uffff") || (a.date === null ? a.articleId.localeCompare(b.articleId) : 0) || a.id.localeCompare(b.id));
  const groups: ClusterMember[][] = [];
  for (const m of sorted) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    // Undated events never merge across articles: nothing says they are close in time.
    const joins = prev !== undefined && (prev.date === null
      ? m.date === null && m.articleId === prev.articleId
      : m.date !== null && dayDiff(prev.date, m.date) <= windowDays);
    if (joins) last!.push(m);
    else groups.push([m]);
  }
  return groups.map((g) => ({
    id: hashId(`${key}|${g[0].id}`),
    firstDate: g[0].date,
    lastDate: g[g.length - 1].date,
    members: g,
    numMentions: g.length,
    numArticles: new Set(g.map((m) => m.articleId)).size,
    numSources: new Set(g.map((m) => m.site ?? "-")).size,
  }));
}
