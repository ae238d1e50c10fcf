/** Parsers for command-line option values; a bad value is a usage error (exit 2) naming it. */
import { InvalidArgumentError } from "commander";
import { checkEncoding } from "@parley/runtime";

/** A calendar date in YYYY-MM-DD form that exists (no 2025-02-30). */
export function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))
    || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError(`"${value}" is not a date in YYYY-MM-DD form.`);
  }
  return value;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`"${value}" is not a positive integer.`);
  return n;
}

/** A text encoding's WHATWG label ("windows-1252", "latin1", "shift_jis"), as TextDecoder knows it. */
export function encodingLabel(value: string): string {
  try {
    return checkEncoding(value);
  } catch (err) {
    throw new InvalidArgumentError(`${(err as Error).message}.`);
  }
}
