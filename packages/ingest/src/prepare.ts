/**
 * Raw document to article: page text (readability for HTML), title (for plain text, its
 * headline when it opens with one), publication date and
 * the signal that gave it, language, content hash. Runs in the extraction workers.
 */
import { createHash } from "node:crypto";
import type { ArticleInput } from "@parley/store";
import { dateFromFileName, dateFromText, dateFromUrl, pickDate } from "./dates.js";
import { detectLanguage } from "./language.js";
import { headlineOf } from "./title.js";
import type { RawDoc } from "./sources.js";

export type PreparedArticle = Omit<ArticleInput, "status" | "extractor">;

/** An article's id: the sha256 of its text. */
export function textId(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** HTML pages need readability and linkedom, loaded on first use (they take a second). */
export async function prepare(raw: RawDoc): Promise<PreparedArticle> {
  let text: string;
  let title = raw.title;
  let published: { date: string; from: string } | undefined;
  if (raw.html !== undefined) {
    const { readPage } = await import("./html.js");
    const page = readPage(raw.html, { url: raw.url, fetchedAt: raw.fetchedAt, hint: raw.hint });
    text = page.text;
    title = page.title ?? title;
    published = page.published;
  } else {
    text = raw.text ?? "";
    title ??= headlineOf(text);
    const fromUrl = dateFromUrl(raw.url);
    const fromText = dateFromText(text);
    const fromName = raw.url ? null : dateFromFileName(raw.source);
    published = pickDate([
      raw.hint ?? null, fromUrl ? { date: fromUrl, from: "url" } : null, fromText ? { date: fromText, from: "text" } : null,
      fromName ? { date: fromName, from: "path" } : null,
    ], raw.fetchedAt) ?? undefined;
  }
  if (!text.trim()) throw new Error("no article text found");
  return {
    id: textId(text),
    text, source: raw.source, url: raw.url, title, published: published?.date, publishedFrom: published?.from,
    language: detectLanguage(text), html: raw.html, fetchedAt: raw.fetchedAt,
  };
}

/** Languages the default pipeline reads; others are stored and not extracted. */
export function extractable(language: string): boolean {
  return language === "en" || language === "und";
}
