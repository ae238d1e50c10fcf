/**
 * WARC and WARC.gz (Common Crawl's CC-NEWS layout: one `response` record per fetched page,
 * gzip member per record) to pages: target URI, fetch date, HTML.
 */
import { WARCParser } from "warcio";

export interface WarcPage {
  url: string;
  fetchedAt: string;
  html: string;
  offset: number;
}

/** The HTML responses of a WARC stream, in file order; other records are skipped. */
export async function* readWarc(source: AsyncIterable<Uint8Array>): AsyncGenerator<WarcPage> {
  const parser = new WARCParser(source);
  for await (const record of parser) {
    if (record.warcType !== "response") continue;
    const status = record.httpHeaders?.statusCode;
    const type = record.httpHeaders?.headers.get("content-type") ?? "";
    const url = record.warcTargetURI;
    if (!url || (status && status !== 200) || !/html|xml/i.test(type)) {
      await record.skipFully();
      continue;
    }
    const html = await record.contentText();
    const date = record.warcDate ?? "";
    yield { url, fetchedAt: date ? new Date(date).toISOString() : new Date().toISOString(), html, offset: parser.offset };
  }
}
