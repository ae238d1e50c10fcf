/**
 * Publication dates from the signals a page carries, strongest first: JSON-LD, meta tags,
 * the feed or sitemap entry, the URL, the text's date line. A date after the fetch is
 * never accepted (pages stamp "today" in odd places; clocks lie less than markup).
 */
import { findDateline } from "@parley/core";

export interface DateSignal {
  /** YYYY-MM-DD. */
  date: string;
  /** `time`: a `<time datetime>` or `itemprop="datePublished"` element in the article's byline;
   * `byline`: a date written in the byline ("By Jun Ito | 14 November 2025"). */
  from: "json-ld" | "meta" | "time" | "byline" | "feed" | "sitemap" | "url" | "path" | "text" | "input";
}

const MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\b\\.?";
const DAY_MONTH_YEAR = new RegExp(`(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})(?!\\d)`, "i");
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, "i");
const SLASHED = /(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/;

const ymd = (y: string, m: number | string, d: string) => valid(`${y}-${String(m).padStart(2, "0")}-${d.padStart(2, "0")}`);
const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) / 3 + 1;

/**
 * YYYY-MM-DD from an ISO-ish, RFC 822 or written-out date string. A time with an offset
 * keeps the publisher's local calendar day ("2025-02-18T23:30:00-05:00" is the 18th, though
 * it is the 19th in UTC): the day the publisher's readers saw on the page. Written dates are
 * read as written, never through the machine's time zone.
 */
export function toIsoDate(value: string | undefined | null): string | null {
  if (!value) return null;
  const s = String(value).trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return valid(`${iso[1]}-${iso[2]}-${iso[3]}`);
  const compact = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(s);
  if (compact) return valid(`${compact[1]}-${compact[2]}-${compact[3]}`);
  const written = dateInText(s);
  if (written) return written;
  if (/^\d{10,13}$/.test(s)) return epoch(Number(s));
  // Other forms ("2/18/2025"): parsed as UTC so the machine's zone does not move the day.
  const t = Number.isNaN(Date.parse(`${s} UTC`)) ? Date.parse(s) : Date.parse(`${s} UTC`);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** Seconds or milliseconds since 1970 (some CMSs write them): the UTC day. */
function epoch(n: number): string | null {
  const t = n < 1e11 ? n * 1000 : n;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * The first written date in a short text: "14 November 2025", "Nov. 14, 2025",
 * "Tue, 18 Feb 2025 06:30:00 GMT", "2025/02/18".
 * @example dateInText("By Jun Ito | 14 November 2025") === "2025-11-14"
 */
export function dateInText(s: string): string | null {
  const dmy = DAY_MONTH_YEAR.exec(s);
  const mdy = MONTH_DAY_YEAR.exec(s);
  const sl = SLASHED.exec(s);
  const found = [
    dmy && { at: dmy.index, date: ymd(dmy[3], monthOf(dmy[2]), dmy[1]) },
    mdy && { at: mdy.index, date: ymd(mdy[3], monthOf(mdy[1]), mdy[2]) },
    sl && { at: sl.index, date: ymd(sl[1], sl[2], sl[3]) },
  ].filter((f): f is { at: number; date: string | null } => !!f && !!f.date).sort((a, b) => a.at - b.at);
  return found[0]?.date ?? null;
}

function valid(date: string): string | null {
  const t = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === date ? date : null;
}

const URL_DATE = /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=[/\-_.]|$)/;
const URL_NAMED = /\/((?:19|20)\d{2})\/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\/(0?[1-9]|[12]\d|3[01])(?=\/)/i;
const URL_COMPACT = /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/\-_.]|$)/;

/** A date in the URL path (`/2025/02/18/`, `/2025-02-18-`, `/20250218/`, `/2025/feb/18/`); never in its query string. */
export function dateFromUrl(url: string | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const m = URL_DATE.exec(path) ?? URL_COMPACT.exec(path);
  if (m) return valid(`${m[1]}-${m[2]}-${m[3]}`);
  const named = URL_NAMED.exec(path);
  return named ? ymd(named[1], monthOf(named[2]), named[3]) : null;
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
