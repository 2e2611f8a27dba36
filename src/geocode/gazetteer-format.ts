/**
 * The committed gazetteer file (data/gazetteer/gazetteer.json.gz): gzipped JSON, rows as
 * arrays to stay compact. Written by tools/gazetteer/build.ts, read by load-gazetteer.ts.
 */

export const GAZETTEER_FORMAT = "conflictwatch-gazetteer/2";
export const GAZETTEER_CREDIT =
  "Place data: GeoNames (geonames.org), CC BY 4.0. Burkina Faso 2025 regions/provinces: OCHA COD-AB (bfa_admbnda_*_ocha_20250701). Country shapes: Natural Earth via world-atlas (public domain).";
export const REBUILD_COMMAND = "npx tsx tools/gazetteer/build.ts --shared ../shared";

/** How a place's admin units were obtained. */
export const ADMIN_SOURCES = ["gazetteer", "boundary", "nearest"] as const;

/**
 * Places in columns (one array per field, strings joined by newlines): JSON.parse reads a
 * few long arrays and strings several times faster than 80,000 small rows.
 */
export interface PlaceColumns {
  count: number;
  geonameid: number[];
  /** Main names, joined by "\n". */
  name: string;
  /** Per place, alternate names joined by "|"; places joined by "\n". */
  alternates: string;
  lat: number[];
  lon: number[];
  /** Index into `features` ("P.PPLA2"). */
  feature: number[];
  features: string[];
  /** Index into `countryCodes` (ISO2). */
  country: number[];
  countryCodes: string[];
  /** Indices into GazetteerFile.strings, 0 = none. */
  admin1: number[];
  admin2: number[];
  admin3: number[];
  admin1_2025: number[];
  admin2_2025: number[];
  /** Index into ADMIN_SOURCES, -1 = none. */
  adminSource: number[];
  population: number[];
}

/** [iso2, iso3, name, capital, lat, lon, aliases] */
export type CountryRow = [string, string, string, string, number | null, number | null, string[]];

/** [kind, name, lat, lon, admin1_2025, admin2_2025, pre-2025 admin1, pre-2025 admin2] */
export type Unit2025Row = ["admin1" | "admin2", string, number, number, string, string | null, string | null, string | null];

/** A major foreign city: [name, alternate names, ISO2, lat, lon]. */
export type WorldCityRow = [string, string[], string, number, number];

export interface GazetteerFile {
  format: string;
  credit: string;
  /** Input files and their sha256, for provenance. */
  inputs: Array<[string, string]>;
  strings: string[];
  countries: CountryRow[];
  worldCities: WorldCityRow[];
  /** Burkina Faso's July 2025 regions and provinces (OCHA), placed at their centroids. */
  units2025: Unit2025Row[];
  places: PlaceColumns;
}
