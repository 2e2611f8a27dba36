import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

/** A country outline from the bundled Natural Earth shapes (world-atlas, 1:50m): rings of [lon, lat]. */
export interface CountryShape {
  name: string;
  rings: Position[][];
  /** [west, south, east, north] of the whole country. */
  bounds: [number, number, number, number];
  /** Where to write its name: the middle of its largest polygon's box. */
  labelAt: [number, number];
}

let cached: CountryShape[] | null = null;

function ringBounds(rings: Position[][]): [number, number, number, number] {
  let [w, s, e, n] = [180, 90, -180, -90];
  for (const ring of rings) for (const [x, y] of ring) (w = Math.min(w, x)), (e = Math.max(e, x)), (s = Math.min(s, y)), (n = Math.max(n, y));
  return [w, s, e, n];
}

/** Loaded once per process from node_modules (no network): 241 countries. */
export function countryShapes(): CountryShape[] {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  cached = fc.features
    .filter((f) => f.geometry)
    .map((f) => {
      const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
      const largest = polygons.reduce((best, p) => (p[0].length > best[0].length ? p : best), polygons[0]);
      const lb = ringBounds([largest[0]]);
      return { name: f.properties.name, rings: polygons.flat(), bounds: ringBounds(polygons.map((p) => p[0])), labelAt: [(lb[0] + lb[2]) / 2, (lb[1] + lb[3]) / 2] as [number, number] };
    });
  return cached;
}
