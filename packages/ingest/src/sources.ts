/**
 * Inputs to raw documents: files, directories (recursively), URLs (pages, feeds, sitemaps,
 * WARC files), JSONL on stdin. A source that cannot be read yields a failure, never throws:
 * the batch goes on.
 */
import { createReadStream, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import { checkEncoding, decodeIn, decodeText, DEFAULT_MAX_BYTES } from "@parley/runtime";
import { toIsoDate, type DateSignal } from "./dates.js";
import { isListingXml, parseListing, type FeedEntry } from "./feeds.js";
import { readWarc } from "./warc.js";

/** One document as it came in, before text extraction. */
export interface RawDoc {
  source: string;
  url?: string;
  text?: string;
  html?: string;
  title?: string;
  /** A date from outside the document (feed, sitemap, input line). */
  hint?: DateSignal;
  fetchedAt: string;
}

export type SourceItem = { doc: RawDoc } | { failure: { source: string; error: string } };

export interface SourceOptions {
  /** Skip fetching URLs the store already has. */
  known?: (url: string) => Promise<boolean>;
  /** Standard input, for `-` (JSONL). */
  stdin?: () => Uint8Array;
  maxBytes?: number;
  /** Text encoding of documents that are not UTF-8 and declare none (a WHATWG label). */
  encoding?: string;
  fetchTimeoutMs?: number;
}

const EXT = /\.(txt|text|html?|xml|rss|atom|warc|warc\.gz|jsonl|ndjson)$/i;
export const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** Files under the local inputs (directories walked in name order); URLs and `-` kept as they are. */
export function expandInputs(inputs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith(".")) continue;
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (EXT.test(name)) out.push(p);
    }
  };
  for (const input of inputs) {
    if (input === "-" || isUrl(input)) { out.push(input); continue; }
    let st;
    try {
      st = statSync(input);
    } catch {
      out.push(input);
      continue;
    }
    if (st.isDirectory()) walk(input);
    else out.push(input);
  }
  return out;
}

const fail = (source: string, err: unknown): SourceItem => ({ failure: { source, error: (err as Error)?.message ?? String(err) } });
const now = () => new Date().toISOString();

function hintFrom(entry: FeedEntry, kind: "feed" | "sitemap"): DateSignal | undefined {
  const date = toIsoDate(entry.date);
  return date ? { date, from: kind } : undefined;
}

async function fetchBytes(url: string, timeoutMs: number): Promise<{ bytes: Uint8Array; type: string; fetchedAt: string; url: string }> {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: "follow", headers: { "user-agent": "parley-ingest/0.1" } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { bytes, type: res.headers.get("content-type") ?? "", fetchedAt: now(), url: res.url || url };
}

/**
 * The charset a page or feed declares in its first 1,024 bytes (`<meta charset="…">`,
 * `<meta http-equiv="Content-Type" content="text/html; charset=…">`, `<?xml … encoding="…"?>`),
 * the way browsers prescan a page saved without its HTTP headers; undefined for none.
 */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head)?.[1];
}

/**
 * Text in the charset the server names; else UTF-8 when the bytes are UTF-8 (a page that
 * declares a legacy charset but is UTF-8, a common misdeclaration, reads right); else the
 * charset the page itself declares; else the user's `encoding` (default UTF-8: the
 * runtime's checks and messages).
 */
function decodeAs(source: string, bytes: Uint8Array, type: string, maxBytes: number, encoding = "utf-8"): string {
  const header = /charset="?([\w-]+)/i.exec(type)?.[1]?.toLowerCase();
  if (header && header !== "utf-8" && header !== "utf8") {
    try {
      return decodeIn(header, bytes);
    } catch {
      /* a label TextDecoder does not know: read as below */
    }
  }
  const declared = header ? undefined : declaredCharset(bytes);
  let fallback = encoding;
  try {
    if (declared && checkEncoding(declared) !== "utf-8") fallback = declared;
  } catch {
    /* an unknown label: the user's encoding */
  }
  return decodeText(source, bytes, maxBytes, fallback);
}

const isWarcName = (s: string) => /\.warc(\.gz)?$/i.test(s.replace(/[?#].*$/, ""));
const isGzip = (b: Uint8Array) => b[0] === 0x1f && b[1] === 0x8b;

async function* fromListing(listing: ReturnType<typeof parseListing> & object, origin: string, opts: SourceOptions, depth: number): AsyncGenerator<SourceItem> {
  if (listing.kind === "sitemapindex") {
    if (depth > 2) return;
    for (const loc of listing.sitemaps) yield* fromUrl(loc, opts, depth + 1);
    return;
  }
  for (const entry of listing.entries) {
    const hint = hintFrom(entry, listing.kind);
    if (entry.url && isUrl(entry.url)) {
      if (opts.known && (await opts.known(entry.url))) continue;
      try {
        const got = await fetchBytes(entry.url, opts.fetchTimeoutMs ?? 20_000);
        yield { doc: { source: entry.url, url: got.url, html: decodeAs(entry.url, got.bytes, got.type, opts.maxBytes ?? DEFAULT_MAX_BYTES, opts.encoding), title: entry.title, hint, fetchedAt: got.fetchedAt } };
      } catch (err) {
        if (entry.html) yield { doc: { source: entry.url, url: entry.url, html: entry.html, title: entry.title, hint, fetchedAt: now() } };
        else yield fail(entry.url, err);
      }
    } else if (entry.html) {
      yield { doc: { source: `${origin}#${entry.title ?? ""}`, html: entry.html, title: entry.title, hint, fetchedAt: now() } };
    }
  }
}

async function* fromBytes(source: string, bytes: Uint8Array, type: string, meta: { url?: string; fetchedAt: string }, opts: SourceOptions, depth: number): AsyncGenerator<SourceItem> {
  if (isWarcName(source) || /application\/warc/i.test(type) || (isGzip(bytes) && /warc/i.test(source))) {
    yield* fromWarc(source, Readable.from([bytes]));
    return;
  }
  const text = decodeAs(source, bytes, type, opts.maxBytes ?? DEFAULT_MAX_BYTES, opts.encoding);
  const head = text.slice(0, 2000);
  if (/xml|rss|atom/i.test(type) || /^\s*<\?xml/.test(head) || isListingXml(head)) {
    const listing = isListingXml(head) ? parseListing(text) : null;
    if (listing) {
      yield* fromListing(listing, source, opts, depth);
      return;
    }
  }
  if (/html/i.test(type) || /\.html?$/i.test(source) || /^\s*(<!doctype html|<html)/i.test(head)) {
    yield { doc: { source, url: meta.url, html: text, fetchedAt: meta.fetchedAt } };
    return;
  }
  yield { doc: { source, url: meta.url, text, fetchedAt: meta.fetchedAt } };
}

async function* fromWarc(source: string, stream: AsyncIterable<Uint8Array>): AsyncGenerator<SourceItem> {
  try {
    for await (const page of readWarc(stream)) {
      yield { doc: { source: `${source}#${page.offset}`, url: page.url, html: page.html, fetchedAt: page.fetchedAt, hint: undefined } };
    }
  } catch (err) {
    yield fail(source, err);
  }
}

async function* fromUrl(url: string, opts: SourceOptions, depth = 0): AsyncGenerator<SourceItem> {
  try {
    if (!isWarcName(url) && opts.known && (await opts.known(url))) return;
    const got = await fetchBytes(url, opts.fetchTimeoutMs ?? 20_000);
    yield* fromBytes(url, got.bytes, got.type, { url: got.url, fetchedAt: got.fetchedAt }, opts, depth);
  } catch (err) {
    yield fail(url, err);
  }
}

function* fromJsonl(source: string, text: string): Generator<SourceItem> {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const where = `${source}:${i + 1}`;
    try {
      const obj = JSON.parse(line) as Record<string, unknown>;
      const str = (k: string) => (typeof obj[k] === "string" ? (obj[k] as string) : undefined);
      if (!str("text") && !str("html")) throw new Error('a line needs "text" or "html"');
      const date = toIsoDate(str("published") ?? str("date"));
      yield { doc: {
        source: str("source") ?? str("url") ?? where, url: str("url"), text: str("text"), html: str("html"), title: str("title"),
        hint: date ? { date, from: "input" } : undefined, fetchedAt: str("fetched") ?? now(),
      } };
    } catch (err) {
      yield fail(where, err);
    }
  }
}

/** Every raw document of the (already expanded) inputs, in order. */
export async function* readSources(inputs: string[], opts: SourceOptions = {}): AsyncGenerator<SourceItem> {
  for (const input of inputs) {
    if (input === "-") {
      if (!opts.stdin) { yield fail("<stdin>", new Error("no standard input")); continue; }
      let text: string;
      try {
        text = decodeText("<stdin>", opts.stdin(), Number.MAX_SAFE_INTEGER);
      } catch (err) {
        yield fail("<stdin>", err);
        continue;
      }
      yield* fromJsonl("<stdin>", text);
      continue;
    }
    if (isUrl(input)) { yield* fromUrl(input, opts); continue; }
    const path = resolve(input);
    try {
      if (isWarcName(input)) { yield* fromWarc(input, createReadStream(path)); continue; }
      const st = statSync(path);
      if (!st.isFile()) throw new Error("not a regular file");
      const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
      if (st.size > max) throw new Error(`too large (${st.size} bytes; the limit is ${max})`);
      const bytes = readFileSync(path);
      const fetchedAt = now();
      if (/\.(jsonl|ndjson)$/i.test(input)) { yield* fromJsonl(input, decodeText(input, bytes, max, opts.encoding)); continue; }
      yield* fromBytes(input, bytes, "", { fetchedAt }, opts, 0);
    } catch (err) {
      const msg = (err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (err as Error).message;
      yield { failure: { source: input, error: msg.startsWith(input) ? msg.slice(input.length + 2) : msg } };
    }
  }
}
