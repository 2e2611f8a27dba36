import { disorderTypeOf, interactionCode, isSubEventType, type ConflictEvent, type InterCode } from "../domain/index.js";

/**
 * One event as an ACLED-style CSV row: ACLED's columns in ACLED's order (so the file
 * drops into an analyst's existing ACLED workflow), then ours.
 */

export const ACLED_COLUMNS = [
  "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
  "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
  "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
  "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
] as const;

export const OUR_COLUMNS = [
  "fatalities_low", "fatalities_best", "fatalities_high", "verification", "claimed_by", "weapons", "sources",
] as const;

export const CSV_COLUMNS = [...ACLED_COLUMNS, ...OUR_COLUMNS];

/** ISO 3166-1 numeric code and ACLED region of the Sahel and its neighbours. */
const COUNTRIES: Record<string, { iso: number; region: string }> = {
  BFA: { iso: 854, region: "Western Africa" },
  MLI: { iso: 466, region: "Western Africa" },
  NER: { iso: 562, region: "Western Africa" },
  MRT: { iso: 478, region: "Western Africa" },
  SEN: { iso: 686, region: "Western Africa" },
  GIN: { iso: 324, region: "Western Africa" },
  CIV: { iso: 384, region: "Western Africa" },
  GHA: { iso: 288, region: "Western Africa" },
  TGO: { iso: 768, region: "Western Africa" },
  BEN: { iso: 204, region: "Western Africa" },
  NGA: { iso: 566, region: "Western Africa" },
  GMB: { iso: 270, region: "Western Africa" },
  GNB: { iso: 624, region: "Western Africa" },
  SLE: { iso: 694, region: "Western Africa" },
  LBR: { iso: 430, region: "Western Africa" },
  TCD: { iso: 148, region: "Middle Africa" },
  CMR: { iso: 120, region: "Middle Africa" },
  DZA: { iso: 12, region: "Northern Africa" },
  LBY: { iso: 434, region: "Northern Africa" },
};

const TIME_PRECISION: Record<string, number> = { day: 1, week: 2, month: 2, year: 3, unknown: 3 };

/** RFC 4180: quote a field holding a comma, a quote or a line break; double inner quotes. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: unknown[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

function unique(values: Array<string | null | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => !!v && v.trim() !== ""))];
}

export function csvRow(event: ConflictEvent): unknown[] {
  const loc = event.location;
  const country = loc ? COUNTRIES[loc.iso3] : undefined;
  const inter1: InterCode = event.actor1?.inter ?? 0;
  const inter2: InterCode = event.actor2?.inter ?? 0;
  const assoc = (event.assoc_actors ?? []).map((a) => a.acled_name || a.name).join("; ");
  const weapons = (event.weapons ?? []).map((w) => {
    const details = [w.category, w.origin_country, w.captured_by ? `captured by ${w.captured_by}` : null, w.captured_from ? `from ${w.captured_from}` : null];
    return `${w.name} (${details.filter(Boolean).join(", ")})`;
  });
  const updated = Date.parse(event.updated_at);
  return [
    event.id,
    event.event_date ?? "",
    event.event_date ? event.event_date.slice(0, 4) : "",
    TIME_PRECISION[event.date_precision] ?? 3,
    isSubEventType(event.sub_event_type) ? disorderTypeOf(event.sub_event_type) : "",
    event.event_type,
    event.sub_event_type,
    event.actor1?.acled_name ?? event.actor1?.name ?? "",
    assoc,
    event.actor1 ? inter1 : "",
    event.actor2?.acled_name ?? event.actor2?.name ?? "",
    "",
    event.actor2 ? inter2 : "",
    interactionCode(inter1, inter2),
    event.civilian_targeting ? "Civilian targeting" : "",
    country?.iso ?? "",
    country?.region ?? "",
    loc?.country ?? "",
    loc?.admin1 ?? "",
    loc?.admin2 ?? "",
    loc?.admin3 ?? "",
    loc?.name ?? "",
    loc?.latitude ?? "",
    loc?.longitude ?? "",
    loc?.geo_precision ?? "",
    unique(event.sources.map((s) => s.source_name)).join("; "),
    "",
    event.notes,
    event.fatalities?.low ?? 0,
    "",
    Number.isNaN(updated) ? "" : Math.floor(updated / 1000),
    event.fatalities?.low ?? "",
    event.fatalities?.best ?? "",
    event.fatalities?.high ?? "",
    event.verification,
    event.claimed_by ?? "",
    weapons.join("; "),
    unique(event.sources.map((s) => s.url ?? s.document_id)).join(" "),
  ];
}
