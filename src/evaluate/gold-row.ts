/**
 * One coded ACLED row, read by column name from any export layout. Every
 * field is null when the column is missing or blank, so each metric can be
 * scored only over the rows that carry it.
 */
import { InputError } from "../domain/errors.js";
import type { CsvRecord } from "./csv-reader.js";
import { parseGoldDate } from "./date-statement.js";

export interface GoldRow {
  /** event_id_cnty when the export has it, else "row N" (1-based data row). */
  id: string;
  row: number;
  /** Columns of the file (lower-case): a blank value and a missing column are told apart. */
  columns: ReadonlySet<string>;
  notes: string;
  country: string | null;
  /** ISO3 when the export has an iso3 column (ACLED's numeric `iso` is not used). */
  iso3: string | null;
  event_date: string | null;
  /** The column as written, for the disagreement file when it could not be read as a date. */
  event_date_raw: string | null;
  time_precision: number | null;
  event_type: string | null;
  sub_event_type: string | null;
  actor1: string | null;
  actor2: string | null;
  /**
   * null when unknown: ACLED added `civilian_targeting` together with
   * `disorder_type` (2023 export format); older rows merged into a newer layout
   * carry a blank column that means "not coded", not "no".
   */
  civilian_targeting: boolean | null;
  admin1: string | null;
  admin2: string | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: number | null;
  fatalities: number | null;
}

/** The one column without which a row cannot be evaluated. */
export const REQUIRED_COLUMNS = ["notes"] as const;

/** Columns the scorecard uses; those absent from a file are listed in the scorecard. */
export const SCORED_COLUMNS = [
  "event_date",
  "event_type",
  "sub_event_type",
  "actor1",
  "actor2",
  "civilian_targeting",
  "admin1",
  "admin2",
  "latitude",
  "longitude",
  "geo_precision",
  "fatalities",
  "country",
] as const;

export function checkGoldColumns(source: string, columns: string[]): void {
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    throw new InputError(
      source,
      `not an ACLED export: no ${missing.join(", ")} column (columns found: ${columns.slice(0, 12).join(", ")}${columns.length > 12 ? ", ..." : ""})`,
    );
  }
}

function text(values: Record<string, string>, key: string): string | null {
  const v = values[key];
  if (v === undefined) return null;
  const t = v.trim();
  return t === "" ? null : t;
}

function num(values: Record<string, string>, key: string): number | null {
  const t = text(values, key);
  if (t === null) return null;
  const n = Number(t.replace(",", "."));
  return Number.isFinite(n) ? n : null;
}

function civilianTargeting(values: Record<string, string>): boolean | null {
  if (!("civilian_targeting" in values)) return null;
  const v = text(values, "civilian_targeting");
  if (v !== null) return /^(civilian targeting|true|yes|1)$/i.test(v);
  // Blank: a "no" only when the row comes from an export that codes the field
  // (a file without a disorder_type column is taken at its word).
  if (!("disorder_type" in values)) return false;
  return text(values, "disorder_type") !== null ? false : null;
}

export function goldRowFromRecord(record: CsvRecord, columns: ReadonlySet<string> = new Set(Object.keys(record.values))): GoldRow {
  const v = record.values;
  const rawDate = text(v, "event_date");
  const iso3 = text(v, "iso3");
  return {
    id: text(v, "event_id_cnty") ?? `row ${record.row}`,
    row: record.row,
    columns,
    notes: v.notes ?? "",
    country: text(v, "country"),
    iso3: iso3 && /^[A-Za-z]{3}$/.test(iso3) ? iso3.toUpperCase() : null,
    event_date: rawDate === null ? null : parseGoldDate(rawDate),
    event_date_raw: rawDate,
    time_precision: num(v, "time_precision"),
    event_type: text(v, "event_type"),
    sub_event_type: text(v, "sub_event_type"),
    actor1: text(v, "actor1"),
    actor2: text(v, "actor2"),
    civilian_targeting: civilianTargeting(v),
    admin1: text(v, "admin1"),
    admin2: text(v, "admin2"),
    location: text(v, "location"),
    latitude: num(v, "latitude"),
    longitude: num(v, "longitude"),
    geo_precision: num(v, "geo_precision"),
    fatalities: num(v, "fatalities"),
  };
}
