/**
 * Spans: half-open UTF-16 offsets into the exact input text.
 * `text.slice(span.start, span.end)` is always the evidence.
 */
import { ParleyError } from "../errors.js";

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span with the text it covers, as written into records. */
export interface TextSpan extends Span {
  readonly text: string;
}

/**
 * Check a span against a text; throws E004 when it does not fit.
 * @example assertSpan("abc", { start: 0, end: 2 })
 */
export function assertSpan(text: string, span: Span): void {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new ParleyError("E004", `[${start}, ${end}) outside text of length ${text.length}`);
  }
}

/**
 * The span with its text, for records.
 * @example textSpan("Lavrov said", 0, 6) // { start: 0, end: 6, text: "Lavrov" }
 */
export function textSpan(text: string, start: number, end: number): TextSpan {
  assertSpan(text, { start, end });
  return { start, end, text: text.slice(start, end) };
}

/** True when the two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `outer` contains `inner` entirely. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
