/**
 * Dates resolved against the publication date: "on Tuesday", "yesterday", "last week",
 * "next week", "February 2022", "since 2011", "on 14 March". Pure date arithmetic in UTC.
 */
import type { Tokens } from "../../text/types.js";
import type { DateWords } from "./lexicon.js";

function parseIso(s: string | undefined): Date | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86400000);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export interface DateHit {
  /** Token range of the expression. */
  readonly t0: number;
  readonly t1: number;
  readonly value: string;
  /** "since February 2022": the start of a state, not the day an event happened. */
  readonly since?: boolean;
}

/** True when "since" stands right before token t (a capitalised word may sit between: "since Moscow February 2022"). */
function afterSince(tokens: Tokens, s0: number, t: number): boolean {
  if (t - 1 >= s0 && tokens.lower(t - 1) === "since") return true;
  return t - 2 >= s0 && tokens.lower(t - 2) === "since" && tokens.has(t - 1, 1);
}

const STARTS = new WeakMap<DateWords, Set<string>>();

/** Every word a date expression can start with (first words of phrases, weekdays, months). */
function startWords(words: DateWords): Set<string> {
  let set = STARTS.get(words);
  if (set) return set;
  set = new Set<string>([...words.weekdays, ...words.months, ...words.monthAbbrev, ...words.monthAbbrev.map((m) => `${m}.`)]);
  for (const rec of [words.relative, words.weekRelative, words.monthRelative, words.yearRelative]) for (const k of Object.keys(rec)) set.add(k.split(" ")[0]!);
  STARTS.set(words, set);
  return set;
}

function monthOf(words: DateWords, w: string): number {
  let m = words.months.indexOf(w);
  if (m < 0) m = words.monthAbbrev.indexOf(w.replace(/\.$/, ""));
  return m;
}

/**
 * Every date expression in tokens [s0, s1), resolved; `future` picks the next weekday
 * rather than the last one.
 */
export function findDates(tokens: Tokens, words: DateWords, s0: number, s1: number, published: string | undefined, future: boolean): DateHit[] {
  const base = parseIso(published);
  const out: DateHit[] = [];
  const starts = startWords(words);
  for (let i = s0; i < s1; i++) {
    const w = tokens.lower(i);
    // most tokens start no date expression: one Set lookup, no string building
    if (!starts.has(w) && !(w.length === 4 && (w.startsWith("19") || w.startsWith("20")))) continue;
    const next = i + 1 < s1 ? tokens.lower(i + 1) : "";
    const two = `${w} ${next}`;
    const three = i + 2 < s1 ? `${two} ${tokens.lower(i + 2)}` : "";
    if (base && three && words.weekRelative[three] !== undefined) {
      out.push({ t0: i, t1: i + 3, value: iso(addDays(base, words.weekRelative[three]!)) });
      i += 2;
      continue;
    }
    if (base && words.weekRelative[two] !== undefined) {
      out.push({ t0: i, t1: i + 2, value: iso(addDays(base, words.weekRelative[two]!)) });
      i++;
      continue;
    }
    if (base && words.monthRelative[two] !== undefined) {
      const d = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + words.monthRelative[two]!, 1));
      out.push({ t0: i, t1: i + 2, value: iso(d).slice(0, 7) });
      i++;
      continue;
    }
    if (base && words.yearRelative[two] !== undefined) {
      out.push({ t0: i, t1: i + 2, value: String(base.getUTCFullYear() + words.yearRelative[two]!) });
      i++;
      continue;
    }
    if (base && words.relative[w] !== undefined) {
      out.push({ t0: i, t1: i + 1, value: iso(addDays(base, words.relative[w]!)) });
      continue;
    }
    const wd = words.weekdays.indexOf(w);
    if (wd >= 0 && base) {
      const today = base.getUTCDay();
      let diff = wd - today;
      const prev = i > s0 ? tokens.lower(i - 1) : "";
      const fwd = future || prev === "next" || prev === "coming";
      if (fwd) diff = diff < 0 ? diff + 7 : diff;
      else diff = diff > 0 ? diff - 7 : diff;
      if (prev === "last" && diff === 0) diff = -7;
      out.push({ t0: i, t1: i + 1, value: iso(addDays(base, diff)) });
      continue;
    }
    const m = monthOf(words, w);
    if (m >= 0 && tokens.has(i, 1)) {
      // "May" is also a modal verb: require a number next to it
      const day = /^\d{1,2}$/.test(next) ? +next : /^\d{1,2}$/.test(i > s0 ? tokens.lower(i - 1) : "") ? +tokens.lower(i - 1) : 0;
      let yearTok = "";
      let end = i + 1;
      if (/^\d{4}$/.test(next)) {
        yearTok = next;
        end = i + 2;
      } else if (day && /^\d{1,2}$/.test(next)) {
        end = i + 2;
        if (tokens.lower(end) === ",") end++;
        if (/^\d{4}$/.test(tokens.lower(end))) yearTok = tokens.lower(end++);
      }
      if (!day && !yearTok) {
        if (w === "may" || w === "march") continue;
        if (base) {
          let y = base.getUTCFullYear();
          if (!future && m > base.getUTCMonth()) y--;
          out.push({ t0: i, t1: end, value: `${y}-${pad(m + 1)}` });
        }
        continue;
      }
      const year = yearTok ? +yearTok : base ? base.getUTCFullYear() : 0;
      if (!year) continue;
      out.push({ t0: i, t1: end, value: day ? `${year}-${pad(m + 1)}-${pad(day)}` : `${year}-${pad(m + 1)}` });
      i = end - 1;
      continue;
    }
    if (/^(19|20)\d\d$/.test(w) && i > s0 && ["in", "since", "of", "from", "until"].includes(tokens.lower(i - 1))) {
      out.push({ t0: i, t1: i + 1, value: w });
    }
  }
  return out.map((h) => (afterSince(tokens, s0, h.t0) ? { ...h, since: true } : h));
}

/** The hit nearest to token range [t0, t1), or null; a "since" date only when no other date is near. */
export function nearestDate(hits: readonly DateHit[], t0: number, t1: number): string | null {
  let best: DateHit | null = null;
  let bestD = Infinity;
  for (const h of hits) {
    const d = (h.t0 >= t1 ? h.t0 - t1 : t0 >= h.t1 ? t0 - h.t1 : 0) + (h.since ? 13 : 0);
    if (d < bestD) {
      bestD = d;
      best = h;
    }
  }
  return best && bestD <= (best.since ? 25 : 12) ? best.value : null;
}
