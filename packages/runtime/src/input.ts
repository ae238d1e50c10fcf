/**
 * Reading one input for extraction: every way a file can be unusable gets an `InputError`
 * whose message names the input and the problem, so a batch can report it and go on.
 */
import { readFileSync, statSync } from "node:fs";

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export class InputError extends Error {
  readonly input: string;
  constructor(input: string, problem: string) {
    super(`${input}: ${problem}`);
    this.name = "InputError";
    this.input = input;
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * The WHATWG label of a text encoding, checked ("latin1", "windows-1252", "shift_jis", ...);
 * throws a RangeError naming it when Node's TextDecoder does not know it.
 */
export function checkEncoding(label: string): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw new RangeError(`unknown text encoding "${label}" (a WHATWG label: utf-8, windows-1252, iso-8859-2, shift_jis, ...)`);
  }
}

/** windows-1252's letters at 0x80–0x9F (the five undefined bytes stay as they are). */
const CP1252_HIGH = "\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f" +
  "\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178";

/**
 * Bytes as text in the encoding `label` names. Node 20's TextDecoder reads windows-1252 (and
 * its aliases "latin1", "iso-8859-1") as ISO-8859-1, bytes 0x80–0x9F as control characters;
 * here they are the encoding's curly quotes, dashes, euro sign, etc.
 */
export function decodeIn(label: string, bytes: Uint8Array): string {
  const decoder = new TextDecoder(label);
  const text = decoder.decode(bytes);
  if (decoder.encoding !== "windows-1252") return text;
  return text.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/**
 * Decode bytes as text, refusing binary data and invalid UTF-8 with a clear message. Bytes
 * that are not valid UTF-8 are read in `encoding` instead when it names another (a label
 * `checkEncoding` accepts): a file in a legacy encoding is read when the user says which,
 * and a UTF-8 file among them still reads as UTF-8.
 * A UTF-8 byte-order mark is kept: offsets count it, as PolNeAR's do.
 */
export function decodeText(input: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES, encoding = "utf-8"): string {
  if (bytes.length === 0) throw new InputError(input, "empty file");
  if (bytes.length > maxBytes) throw new InputError(input, `too large (${bytes.length} bytes; the limit is ${maxBytes}, see --max-bytes)`);
  const probe = bytes.subarray(0, Math.min(bytes.length, 8192));
  let nul = 0;
  for (let i = 0; i < probe.length; i++) if (probe[i] === 0) nul++;
  if (nul > 0) throw new InputError(input, "binary data (NUL bytes), not text");
  const label = checkEncoding(encoding);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    if (label === "utf-8") {
      throw new InputError(input, `invalid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); if the file is in another encoding, name it with --encoding (e.g. windows-1252)`);
    }
    text = decodeIn(label, bytes);
  }
  if (text.trim().length === 0) throw new InputError(input, "no text (only whitespace)");
  return text;
}

/** Read a file as text (UTF-8 unless `encoding` names another), with the checks of `decodeText` plus directories and missing files. */
export function readTextFile(path: string, maxBytes = DEFAULT_MAX_BYTES, encoding = "utf-8"): string {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError(path, "is a directory (give files, or use `parley ingest` for folders)");
    if (!st.isFile()) throw new InputError(path, "not a regular file");
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(path, code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : `cannot read (${code ?? String(err)})`);
  }
  if (size > maxBytes) throw new InputError(path, `too large (${size} bytes; the limit is ${maxBytes}, see --max-bytes)`);
  return decodeText(path, readFileSync(path), maxBytes, encoding);
}

/** Offset of the first byte that breaks UTF-8 well-formedness, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}
