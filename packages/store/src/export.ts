/**
 * Export shapes, dialect-free: a GDELT 2.0-like event table (tab-separated, GDELT's column
 * names where the meaning matches) with Parley's extra columns (modality, evidence offsets,
 * article id, cluster id), and CSV escaping.
 */
import type { EventRow } from "./types.js";

const QUAD_CLASS: Record<string, number> = {
  "verbal-cooperation": 1, "material-cooperation": 2, "verbal-conflict": 3, "material-conflict": 4,
};

export const GDELT_COLUMNS = [
  "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
  "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
  "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
  "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
  "NumMentions", "NumSources", "NumArticles", "AvgTone",
  "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
  "DATEADDED", "SOURCEURL",
  // Parley's additions
  "Modality", "EventStart", "EventEnd", "TriggerStart", "TriggerEnd", "TriggerText", "Evidence", "ArticleId", "ClusterId", "Confidence",
] as const;

function actorCode(country: string | null, sector: string | null): string {
  return `${country ?? ""}${sector ?? ""}`;
}

/**
 * One event as a GDELT-like row, values in `GDELT_COLUMNS` order. `EventCode` holds the
 * PLOVER type and `EventBaseCode` its mode: Parley does not speak CAMEO.
 */
export function gdeltRow(event: EventRow): (string | number)[] {
  // Dates may be partial (YYYY, YYYY-MM): missing parts are 00, as GDELT does.
  const date = event.date ?? event.published ?? "";
  const digits = date.replace(/-/g, "");
  const sqlDate = digits ? digits.padEnd(8, "0") : "";
  const full = digits.length === 8;
  const y = Number(date.slice(0, 4));
  const dayOfYear = full ? Math.floor((Date.parse(`${date}T00:00:00Z`) - Date.UTC(y, 0, 1)) / 86_400_000) + 1 : 0;
  return [
    event.id, sqlDate, sqlDate.slice(0, 6), sqlDate.slice(0, 4),
    full ? (y + dayOfYear / 365).toFixed(4) : "",
    actorCode(event.sourceCountry, event.sourceSector), event.sourceName ?? "", event.sourceCountry ?? "", event.sourceSector ?? "",
    actorCode(event.targetCountry, event.targetSector), event.targetName ?? "", event.targetCountry ?? "", event.targetSector ?? "",
    1, event.type, event.mode ?? "", event.type, QUAD_CLASS[event.quad] ?? "", "",
    event.numMentions ?? 1, event.numSources ?? 1, event.numArticles ?? 1, "",
    event.placeName ?? "", event.placeCountry ?? "", event.lat ?? "", event.lon ?? "",
    (event.published ?? "").replace(/-/g, ""), event.articleUrl ?? "",
    event.modality, event.start, event.end, event.triggerStart, event.triggerEnd, event.triggerText, event.evidence,
    event.articleId, event.clusterId ?? "", event.confidence,
  ];
}

/** One CSV field (RFC 4180). */
export function csvField(value: unknown): string {
  const s = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One TSV field: tabs and newlines become spaces, as in GDELT files. */
export function tsvField(value: unknown): string {
  return value === null || value === undefined ? "" : String(value).replace(/[\t\r\n]+/g, " ");
}
