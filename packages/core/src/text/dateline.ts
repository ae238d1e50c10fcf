/**
 * `findDateline`: the publication date a text opens with ("Thursday, May 16, 2019" in
 * Wikinews, or "May 16, 2019" / "Feb. 18, 2025").
 */

const OPENING = new RegExp(
  "^[\\uFEFF\\s]*((?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \\t\\u00A0]+)?" +
    "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|" +
    "Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)[ \\t\\u00A0]+(\\d{1,2}),?[ \\t\\u00A0]+(\\d{4}))(?![\\w-])",
);
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

export interface Dateline {
  /** YYYY-MM-DD. */
  date: string;
  start: number;
  end: number;
}

/**
 * The date line a text opens with, or null. Offsets are into `text`.
 * @example findDateline("Thursday, May 16, 2019 \n\nUS singer…") // { date: "2019-05-16", start: 0, end: 22 }
 */
export function findDateline(text: string): Dateline | null {
  const m = OPENING.exec(text.length > 120 ? text.slice(0, 120) : text);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1;
  const day = Number(m[3]);
  if (day < 1 || day > 31) return null;
  const end = m[0].length;
  const start = end - m[1].length;
  return { date: `${m[4]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, start, end };
}
