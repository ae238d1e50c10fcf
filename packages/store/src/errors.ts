/** Storage errors: misuse or a broken database throws a coded `StoreError`. */
export const STORE_ERRORS = {
  S001: "cannot open database",
  S002: "unsupported schema version",
} as const;

export type StoreErrorCode = keyof typeof STORE_ERRORS;

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, detail: string) {
    super(`${code} ${STORE_ERRORS[code]}: ${detail}`);
    this.name = "StoreError";
    this.code = code;
  }
}
