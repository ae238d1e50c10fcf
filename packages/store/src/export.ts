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

/** The type of each `GDELT_COLUMNS` column, for typed exports (Parquet): GDELT's own types where it has the column. */
export type ColumnKind = "string" | "integer" | "double" | "string[]";
export const GDELT_KINDS: Record<(typeof GDELT_COLUMNS)[number], ColumnKind> = {
  GLOBALEVENTID: "string", SQLDATE: "integer", MonthYear: "integer", Year: "integer", FractionDate: "double",
  Actor1Code: "string", Actor1Name: "string", Actor1CountryCode: "string", Actor1Type1Code: "string",
  Actor2Code: "string", Actor2Name: "string", Actor2CountryCode: "string", Actor2Type1Code: "string",
  IsRootEvent: "integer", EventCode: "string", EventBaseCode: "string", EventRootCode: "string", QuadClass: "integer", GoldsteinScale: "double",
  NumMentions: "integer", NumSources: "integer", NumArticles: "integer", AvgTone: "double",
  ActionGeo_FullName: "string", ActionGeo_CountryCode: "string", ActionGeo_Lat: "double", ActionGeo_Long: "double",
  DATEADDED: "integer", SOURCEURL: "string",
  Modality: "string", EventStart: "integer", EventEnd: "integer", TriggerStart: "integer", TriggerEnd: "integer", TriggerText: "string",
  Evidence: "string", ArticleId: "string", ClusterId: "string", Confidence: "double",
};

function actorCode(country: string | null, sector: string | null): string | null {
  return country === null && sector === null ? null : `${country ?? ""}${sector ?? ""}`;
}

/**
 * One event as typed GDELT-like values in `GDELT_COLUMNS` order (see `GDELT_KINDS`), null
 * where the value is unknown. `EventCode` holds the PLOVER type and `EventBaseCode` its
 * mode: Parley does not speak CAMEO. Date columns are GDELT's integers (YYYYMMDD, YYYYMM, YYYY).
 */
export function gdeltValues(event: EventRow): (string | number | null)[] {
  // Dates may be partial (YYYY, YYYY-MM): missing parts are 00, as GDELT does.
  const date = event.date ?? event.published ?? "";
  const digits = date.replace(/-/g, "");
  const sqlDate = digits ? digits.padEnd(8, "0") : "";
  const full = digits.length === 8;
  const y = Number(date.slice(0, 4));
  const dayOfYear = full ? Math.floor((Date.parse(`${date}T00:00:00Z`) - Date.UTC(y, 0, 1)) / 86_400_000) + 1 : 0;
  const int = (s: string) => (s ? Number(s) : null);
  return [
    event.id, int(sqlDate), int(sqlDate.slice(0, 6)), int(sqlDate.slice(0, 4)),
    full ? Number((y + dayOfYear / 365).toFixed(4)) : null,
    actorCode(event.sourceCountry, event.sourceSector), event.sourceName, event.sourceCountry, event.sourceSector,
    actorCode(event.targetCountry, event.targetSector), event.targetName, event.targetCountry, event.targetSector,
    1, event.type, event.mode, event.type, QUAD_CLASS[event.quad] ?? null, null,
    event.numMentions ?? 1, event.numSources ?? 1, event.numArticles ?? 1, null,
    event.placeName, event.placeCountry, event.lat, event.lon,
    int((event.published ?? "").replace(/-/g, "")), event.articleUrl,
    event.modality, event.start, event.end, event.triggerStart, event.triggerEnd, event.triggerText, event.evidence,
    event.articleId, event.clusterId, event.confidence,
  ];
}

const FRACTION_DATE = GDELT_COLUMNS.indexOf("FractionDate");
const DIGIT_DATES = new Set((["SQLDATE", "MonthYear", "Year", "DATEADDED"] as const).map((c) => GDELT_COLUMNS.indexOf(c)));

/**
 * One event as a GDELT-like text row: `gdeltValues` with nulls empty, the date columns as
 * digit strings and FractionDate to 4 decimals.
 */
export function gdeltRow(event: EventRow): (string | number)[] {
  return gdeltValues(event).map((v, i) => (v === null ? "" : i === FRACTION_DATE ? (v as number).toFixed(4) : DIGIT_DATES.has(i) ? String(v) : v));
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
