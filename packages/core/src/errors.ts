/**
 * The error catalogue. Misuse of the API (a bad option, a missing layer, a pipeline that
 * cannot be built) throws a `ParleyError` with a stable code; problems found in the
 * content of a text are never errors, they are diagnostics on the doc.
 */
export const ERRORS = {
  E001: "layer not present on doc",
  E002: "pipeline cannot be built",
  E003: "unknown stage",
  E004: "invalid span",
  E005: "invalid option",
  E006: "invalid knowledge-base data",
  E007: "layer already set",
  E008: "invalid input",
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class ParleyError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, detail: string) {
    super(`${code} ${ERRORS[code]}: ${detail}`);
    this.name = "ParleyError";
    this.code = code;
  }
}
