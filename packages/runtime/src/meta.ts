/** Metadata for a text about to be extracted: the text's own date line wins over a given date. */
import { findDateline, type DocMeta } from "@parley/core";

export interface MetaOptions {
  source?: string;
  title?: string;
  url?: string;
  /** Publication date to use when the text carries none (YYYY-MM-DD). */
  date?: string;
}

/**
 * @example buildMeta("Thursday, May 16, 2019\n\nText...", { source: "a.txt" }).published // "2019-05-16"
 */
export function buildMeta(text: string, opts: MetaOptions = {}): DocMeta {
  const meta: DocMeta = {};
  if (opts.source) meta.source = opts.source;
  if (opts.title) meta.title = opts.title;
  if (opts.url) meta.url = opts.url;
  const dateline = findDateline(text);
  if (dateline) {
    meta.published = dateline.date;
    meta.publishedFrom = "text";
  } else if (opts.date) {
    meta.published = opts.date;
    meta.publishedFrom = "option";
  }
  return meta;
}
