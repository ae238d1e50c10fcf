/**
 * The title of a plain-text article: its headline, when the text opens with one (a short
 * first line standing alone above the body, as news text files and corpora write them).
 * A dateline ("Wednesday, September 4, 2019") or an opening paragraph is no headline.
 */
import { findDateline, segment, tokenize } from "@parley/core";

/** At most this many characters: longer first lines are paragraphs. */
const MAX = 200;

/**
 * The first line of `text` when it reads as a headline: 3 to 40 words and at most 200
 * characters, followed by a blank line and more text, not a dateline, not ending as a
 * clause goes on (`,` `;` `:`) nor holding two sentences. A final full stop is dropped
 * (some corpora end every line with one); other closing marks are kept. A first line ending in
 * ";" above one line of deck and a blank line (USA Today's "Headline; Deck.") gives the part before.
 * @example headlineOf("Sanders scrambles to keep pace with Clinton.\n\nSEATTLE — Climbing off the mat ...") === "Sanders scrambles to keep pace with Clinton"
 */
export function headlineOf(text: string): string | undefined {
  const from = text.search(/\S/);
  if (from < 0) return undefined;
  const eol = text.indexOf("\n", from);
  if (eol < 0 || eol - from > MAX + 2) return undefined;
  let line = text.slice(from, eol).trim();
  // USA Today's "Headline; \nDeck sentence.\n\nBody": the part before the semicolon, when one
  // line of deck and a blank line follow it
  if (line.endsWith(";") && /^\r?\n[^\r\n]{1,300}\r?\n[ \t]*\r?\n\s*\S/.test(text.slice(eol, eol + MAX + 310))) {
    line = line.slice(0, -1).trimEnd();
  } else if (!/^\r?\n[ \t]*\r?\n\s*\S/.test(text.slice(eol, eol + MAX))) {
    // A blank line, then the body.
    return undefined;
  }
  if (line.length > MAX || /[,;:]$/.test(line)) return undefined;
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3 || words.length > 40) return undefined;
  // A dateline alone ("Monday, April 8, 2019") dates the text; it does not name it.
  const dl = findDateline(line);
  if (dl && line.slice(dl.end).trim().split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 3) return undefined;
  // Two sentences are a paragraph ("Talks began. They ended."), unless written in title case as
  // headlines are ("Claim Isn't True. Not Yet, At Least."). The engine's splitter tells: "Dr. Ben
  // Carson", "St. Paul" are one sentence.
  if (segment(line, tokenize(line)).sentences.count > 1 && !titleCase(words)) return undefined;
  if (line.endsWith(".") && !line.endsWith("..")) line = line.slice(0, -1).trimEnd();
  return line || undefined;
}

/** Most words of four letters or more capitalised (at least three of them), as headlines are written. */
function titleCase(words: readonly string[]): boolean {
  let long = 0, upper = 0;
  for (const w of words) {
    const letters = w.replace(/[^\p{L}]/gu, "");
    if (letters.length < 4) continue;
    long++;
    if (/^\p{Lu}/u.test(letters)) upper++;
  }
  return long >= 3 && upper >= 0.8 * long;
}
