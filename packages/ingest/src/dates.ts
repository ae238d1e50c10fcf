/**
 * Publication dates from the signals a page carries, strongest first: JSON-LD, meta tags,
 * the feed or sitemap entry, the URL, the text's date line. A date after the fetch is
 * never accepted (pages stamp "today" in odd places; clocks lie less than markup).
 */
import { findDateline } from "@parley/core";

export interface DateSignal {
  /** YYYY-MM-DD. */
  date: string;
  from: "json-ld" | "meta" | "feed" | "sitemap" | "url" | "path" | "text" | "input";
}

/** YYYY-MM-DD from an ISO-ish or RFC 822 date string; the publisher's local date when an offset is given. */
export function toIsoDate(value: string | undefined | null): string | null {
  if (!value) return null;
  const s = String(value).trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return valid(`${iso[1]}-${iso[2]}-${iso[3]}`);
  const compact = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(s);
  if (compact) return valid(`${compact[1]}-${compact[2]}-${compact[3]}`);
  const rfc = /(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+(\d{4})/i.exec(s);
  if (rfc) {
    const month = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(rfc[2].slice(0, 3).toLowerCase()) / 3 + 1;
    return valid(`${rfc[3]}-${String(month).padStart(2, "0")}-${rfc[1].padStart(2, "0")}`);
  }
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function valid(date: string): string | null {
  const t = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === date ? date : null;
}

const URL_DATE = /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=[/\-_.]|$)/;
const URL_COMPACT = /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/\-_.]|$)/;

/** A date in the URL path (`/2025/02/18/`, `/2025-02-18-`, `/20250218/`). */
export function dateFromUrl(url: string | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const m = URL_DATE.exec(path) ?? URL_COMPACT.exec(path);
  return m ? valid(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

const NAME_DATE = /(?:^|[_\-.\s])((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?=[_\-.\s]|$)/;

/**
 * A date in a local file's name (`outlet_2016-04-18_slug.txt`), as corpora often name them.
 * @example dateFromFileName("data/breitbart_2015-11-16_o-malley.txt") === "2015-11-16"
 */
export function dateFromFileName(path: string): string | null {
  const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  const m = NAME_DATE.exec(name);
  return m ? valid(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

/** A date line at the start of the text. */
export function dateFromText(text: string): string | null {
  return findDateline(text)?.date ?? null;
}

/**
 * The first acceptable signal: a valid date not after the fetch (or read) day.
 * @example pickDate([{ date: "2031-01-01", from: "meta" }, { date: "2025-02-18", from: "url" }], "2025-03-01T00:00:00Z")
 * // { date: "2025-02-18", from: "url" }
 */
export function pickDate(signals: (DateSignal | null)[], fetchedAt: string): DateSignal | null {
  const limit = fetchedAt.slice(0, 10);
  for (const s of signals) if (s && s.date <= limit && s.date >= "1900-01-01") return s;
  return null;
}
