/**
 * Builds the dashboard's offline base layers into data/basemap/:
 * - countries.geojson: world-atlas (Natural Earth, public domain) at 110m, with 50m detail for West Africa;
 * - bfa-regions.geojson, bfa-provinces.geojson: OCHA COD-AB Burkina Faso 2025 (17 regions, 47 provinces), simplified.
 * Run: npx tsx tools/basemap/build-basemap.ts [path/to/shared/data/geo]
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { labelPoint, simplifyGeometry } from "./simplify-geometry.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const geoDir = resolve(process.argv[2] ?? join(repoRoot, "..", "shared", "data", "geo"));
const outDir = join(repoRoot, "data", "basemap");
const require = createRequire(import.meta.url);

/** West Africa and the Sahel, where the 50m outlines are worth their bytes. */
const DETAIL_BBOX = [-20, 2, 25, 28];

function readTopology(path: string): Topology {
  return JSON.parse(readFileSync(path, "utf8")) as Topology;
}

function features(topology: Topology, object: string): Feature[] {
  const fc = feature(topology, topology.objects[object] as GeometryCollection) as unknown as FeatureCollection;
  return fc.features;
}

function bboxOf(g: Geometry): [number, number, number, number] {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === "number") {
      w = Math.min(w, c[0] as number); e = Math.max(e, c[0] as number);
      s = Math.min(s, c[1] as number); n = Math.max(n, c[1] as number);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  visit((g as { coordinates: unknown }).coordinates);
  return [w, s, e, n];
}

const inDetail = (g: Geometry): boolean => {
  const [w, s, e, n] = bboxOf(g);
  return e >= DETAIL_BBOX[0] && w <= DETAIL_BBOX[2] && n >= DETAIL_BBOX[1] && s <= DETAIL_BBOX[3];
};

function writeCollection(name: string, list: Feature[]): void {
  const fc: FeatureCollection = { type: "FeatureCollection", features: list };
  const text = JSON.stringify(fc);
  writeFileSync(join(outDir, name), text);
  console.log(`${name}: ${list.length} features, ${(text.length / 1024).toFixed(0)} KiB`);
}

function countries(): Feature[] {
  const coarse = features(readTopology(require.resolve("world-atlas/countries-110m.json")), "countries");
  const fine = features(readTopology(require.resolve("world-atlas/countries-50m.json")), "countries");
  const fineById = new Map(fine.map((f) => [String(f.id), f]));
  const out: Feature[] = [];
  const seen = new Set<string>();
  const add = (f: Feature, tolerance: number, digits: number): void => {
    if (!f.geometry) return;
    const geometry = simplifyGeometry(f.geometry, tolerance, digits);
    if (!geometry) return;
    const name = String((f.properties as { name?: string } | null)?.name ?? "");
    const label = inDetail(f.geometry) ? labelPoint(geometry) : null;
    out.push({ type: "Feature", id: Number(f.id), properties: { name, iso_n3: String(f.id), label_lon: label?.[0] ?? null, label_lat: label?.[1] ?? null }, geometry });
    seen.add(String(f.id));
  };
  for (const f of fine) if (f.geometry && inDetail(f.geometry)) add(f, 0.01, 3);
  for (const f of coarse) if (!seen.has(String(f.id)) && !(f.geometry && inDetail(f.geometry) && fineById.has(String(f.id)))) add(f, 0.05, 2);
  return out;
}

function bfaUnits(file: string, object: string, nameKey: string, extra: (p: Record<string, unknown>) => Record<string, unknown>): Feature[] {
  const topology = readTopology(join(geoDir, "boundaries", "ocha-bfa-2025", file));
  return features(topology, object).flatMap((f) => {
    if (!f.geometry) return [];
    const geometry = simplifyGeometry(f.geometry, 0.004, 4);
    if (!geometry) return [];
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const label = labelPoint(geometry);
    return [{ type: "Feature" as const, properties: { name: String(p[nameKey] ?? ""), ...extra(p), label_lon: label?.[0] ?? null, label_lat: label?.[1] ?? null }, geometry }];
  });
}

mkdirSync(outDir, { recursive: true });
writeCollection("countries.geojson", countries());
writeCollection(
  "bfa-regions.geojson",
  bfaUnits("bfa_admin1_2025_named.topojson.json", "bfa_admbnda_adm1_ocha_20250701 V6", "region_2025_by_commune_vote", (p) => ({ pcode: p.adm1_pcode ?? null })),
);
writeCollection(
  "bfa-provinces.geojson",
  bfaUnits("bfa_admin2_2025_named.topojson.json", "bfa_admbnda_adm2_ocha_20250701 V6", "province_2025_by_commune_vote", (p) => ({
    region: p.region_2025_by_commune_vote ?? null,
    pre2025: p.pre2025_region_province_by_vote ?? null,
  })),
);
