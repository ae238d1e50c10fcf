/** Diagnostics: problems found in the content of a text. Processing goes on. */
import type { Span } from "./span.js";

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  readonly severity: Severity;
  readonly reason: string;
  readonly start: number;
  readonly end: number;
  /** `stage/rule`, e.g. `quotes/unbalanced`. */
  readonly rule: string;
}

export function diagnostic(reason: string, span: Span, rule: string, severity: Severity = "warning"): Diagnostic {
  return { severity, reason, start: span.start, end: span.end, rule };
}
