/**
 * Checks one parsed JSONL record field by field; every failure is a `ParleyError("E006")`
 * naming the file, the line and the field: `data/kb/people.jsonl:123: roles[0].start is not a date`.
 */
import { ParleyError } from "../errors.js";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isDate(s: unknown): s is string {
  if (typeof s !== "string") return false;
  const m = DATE.exec(s);
  if (!m) return false;
  const month = +m[2];
  const day = +m[3];
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, +m[1] % 4 === 0 && (+m[1] % 100 !== 0 || +m[1] % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1];
}

/** A record under check, with its place for messages. */
export class RecordCheck {
  constructor(readonly where: string, readonly rec: Record<string, unknown>) {}

  fail(field: string, problem: string): never {
    throw new ParleyError("E006", `${this.where}: ${field} ${problem}`);
  }

  str(field: string, value: unknown = this.rec[field]): string {
    if (typeof value !== "string" || value.trim() === "") this.fail(field, "is not a non-empty string");
    return value;
  }

  optStr(field: string, value: unknown = this.rec[field]): string | undefined {
    return value === undefined || value === null ? undefined : this.str(field, value);
  }

  num(field: string, value: unknown = this.rec[field]): number {
    if (typeof value !== "number" || !Number.isFinite(value)) this.fail(field, "is not a number");
    return value;
  }

  strs(field: string, value: unknown = this.rec[field], optional = true): string[] {
    if (value === undefined && optional) return [];
    if (!Array.isArray(value)) this.fail(field, "is not an array");
    value.forEach((v, i) => this.str(`${field}[${i}]`, v));
    return value as string[];
  }

  date(field: string, value: unknown): string | null {
    if (value === null || value === undefined) return null;
    if (!isDate(value)) this.fail(field, "is not a date");
    return value;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[] | ReadonlySet<string>, value: unknown = this.rec[field]): T {
    const s = this.str(field, value);
    const ok = Array.isArray(allowed) ? allowed.includes(s as T) : (allowed as ReadonlySet<string>).has(s);
    if (!ok) this.fail(field, `"${s}" is not one of the known values`);
    return s as T;
  }

  id(): string {
    const id = this.str("id");
    if (!/^parley:[a-z0-9][a-z0-9-]*$/.test(id)) this.fail("id", `"${id}" is not a parley:<slug> id`);
    return id;
  }
}

/** Parse a JSONL text into records, each with its `file:line`. Blank lines and `#` comments are skipped. */
export function parseJsonl(file: string, text: string): RecordCheck[] {
  const out: RecordCheck[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "" || line.startsWith("#")) continue;
    const where = `${file}:${i + 1}`;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (err) {
      throw new ParleyError("E006", `${where}: not valid JSON (${(err as Error).message})`);
    }
    if (typeof rec !== "object" || rec === null || Array.isArray(rec)) throw new ParleyError("E006", `${where}: not a JSON object`);
    out.push(new RecordCheck(where, rec as Record<string, unknown>));
  }
  return out;
}
