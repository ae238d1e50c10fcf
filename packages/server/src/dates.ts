/** Date helpers for filters over full (YYYY-MM-DD) and partial (YYYY, YYYY-MM) dates. */

/** True when the partial or full date `date` can fall within [from, to] (either bound optional). */
export function inRange(date: string | null, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  const lo = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  const hi = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  if (from && hi < padLow(from)) return false;
  if (to && lo > padHigh(to)) return false;
  return true;
}

function padLow(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

function padHigh(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

/** True for a real calendar date in YYYY-MM-DD form. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}

/** The bucket a date falls in: the day, or the month. Partial dates go to their month or year. */
export function bucketOf(date: string, interval: "day" | "month"): string {
  return interval === "month" ? date.slice(0, 7) : date;
}
