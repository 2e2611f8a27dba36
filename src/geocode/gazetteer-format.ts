/**
 * The committed gazetteer file (data/gazetteer/gazetteer.json.gz): gzipped JSON, rows as
 * arrays to stay compact. Written by tools/gazetteer/build.ts, read by load-gazetteer.ts.
 */

export const GAZETTEER_FORMAT = "conflictwatch-gazetteer/1";
export const GAZETTEER_CREDIT =
  "Place data: GeoNames (geonames.org), CC BY 4.0. Burkina Faso 2025 regions/provinces: OCHA COD-AB (bfa_admbnda_*_ocha_20250701). Country shapes: Natural Earth via world-atlas (public domain).";
export const REBUILD_COMMAND = "npx tsx tools/gazetteer/build.ts --shared ../shared";

/** How a place's admin units were obtained. */
export const ADMIN_SOURCES = ["gazetteer", "boundary", "nearest"] as const;

/**
 * One place: [geonameid, name, alternate names joined by "|", lat, lon, "class.code",
 * ISO2, admin1, admin2, admin3, admin1_2025, admin2_2025 (indices into `strings`, 0 = none),
 * admin source (index into ADMIN_SOURCES, -1 = none), population].
 */
export type PlaceRow = [number, string, string, number, number, string, string, number, number, number, number, number, number, number];

/** [iso2, iso3, name, capital, lat, lon, aliases] */
export type CountryRow = [string, string, string, string, number | null, number | null, string[]];

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
  places: PlaceRow[];
}
