/**
 * Countries worldwide (GeoNames countryInfo.txt), placed at the centroid of their main
 * polygon in world-atlas (Natural Earth), with hand-written French/common aliases; and
 * a short hand-written list of major foreign cities, so that "Paris" or "Moscou" in a
 * report is recognised as foreign instead of matching a Sahel village.
 */
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { CountryInfo } from "./read-geonames.js";
import { readTopoShapes, mainCentroid } from "./topojson-polygons.js";
import type { CountryRow, WorldCityRow } from "../../src/geocode/gazetteer-format.js";

const here = dirname(fileURLToPath(import.meta.url));


const round = (x: number): number => Math.round(x * 1e4) / 1e4;

export function buildCountries(info: CountryInfo[], worldAtlasFile: string): CountryRow[] {
  const shapes = readTopoShapes(worldAtlasFile, "countries");
  const byNumeric = new Map(shapes.filter((s) => s.id).map((s) => [s.id!.padStart(3, "0"), s]));
  const aliases = JSON.parse(readFileSync(join(here, "country-aliases.json"), "utf8")) as Record<string, string[] | string>;
  return info
    .map((c): CountryRow => {
      const shape = byNumeric.get(c.numeric.padStart(3, "0"));
      const centroid = shape ? mainCentroid(shape) : null;
      const extra = aliases[c.iso2];
      const alt = Array.isArray(extra) ? extra.filter((a) => a !== c.name) : [];
      return [c.iso2, c.iso3, c.name, c.capital, centroid ? round(centroid[1]) : null, centroid ? round(centroid[0]) : null, [...new Set(alt)].sort()];
    })
    .sort((a, b) => a[0].localeCompare(b[0]));
}

export function readWorldCities(): WorldCityRow[] {
  const data = JSON.parse(readFileSync(join(here, "world-cities.json"), "utf8")) as { cities: WorldCityRow[] };
  return [...data.cities].sort((a, b) => (a[2] + a[0]).localeCompare(b[2] + b[0]));
}
