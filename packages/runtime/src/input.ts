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
 * Decode bytes as text, refusing binary data and invalid UTF-8 with a clear message.
 * A UTF-8 byte-order mark is kept: offsets count it, as PolNeAR's do.
 */
export function decodeText(input: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length === 0) throw new InputError(input, "empty file");
  if (bytes.length > maxBytes) throw new InputError(input, `too large (${bytes.length} bytes; the limit is ${maxBytes}, see --max-bytes)`);
  const probe = bytes.subarray(0, Math.min(bytes.length, 8192));
  let nul = 0;
  for (let i = 0; i < probe.length; i++) if (probe[i] === 0) nul++;
  if (nul > 0) throw new InputError(input, "binary data (NUL bytes), not text");
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError(input, `invalid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})`);
  }
  if (text.trim().length === 0) throw new InputError(input, "no text (only whitespace)");
  return text;
}

/** Read a file as text, with the checks of `decodeText` plus directories and missing files. */
export function readTextFile(path: string, maxBytes = DEFAULT_MAX_BYTES): string {
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
  return decodeText(path, readFileSync(path), maxBytes);
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
