/**
 * Burkina Faso's July 2025 regions and provinces as searchable units, so that a report
 * naming "la région du Liptako" or "province du Djelgodji" is understood. Each is placed at
 * its polygon's centroid (GeoNames has no seats for the new units yet) and carries the
 * pre-2025 region/province it lies in (the polygons' vote; a 2025 region spanning several
 * pre-2025 regions takes the one most of its provinces belong to).
 */
import type { Shape } from "./topojson-polygons.js";
import { mainCentroid } from "./topojson-polygons.js";
import type { Unit2025Row } from "../../src/geocode/gazetteer-format.js";

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

/**
 * `pre2025` names a polygon's pre-2025 province the GeoNames way (the polygons' labels spell
 * "Haut-Bassins", "Bazèga"; GeoNames "Hauts-Bassins", "Bazega"): [region, province] or null.
 */
export function units2025(provinces: Shape[], pre2025: (provinceLabel: string) => [string, string] | null): Unit2025Row[] {
  const rows: Unit2025Row[] = [];
  const regions = new Map<string, { provinces: Shape[]; pre2025: Map<string, number> }>();
  for (const shape of provinces) {
    const province = String(shape.properties.province_2025_by_commune_vote);
    const region = String(shape.properties.region_2025_by_commune_vote);
    const label = String(shape.properties.pre2025_region_province_by_vote).split(" / ").pop() ?? "";
    const [preRegion, preProvince] = pre2025(label) ?? [null, null];
    const c = mainCentroid(shape);
    if (c) rows.push(["admin2", province, round(c[1]), round(c[0]), region, province, preRegion ?? null, preProvince ?? null]);
    const r = regions.get(region) ?? { provinces: [], pre2025: new Map<string, number>() };
    r.provinces.push(shape);
    if (preRegion) r.pre2025.set(preRegion, (r.pre2025.get(preRegion) ?? 0) + 1);
    regions.set(region, r);
  }
  for (const [region, r] of regions) {
    // Centroid of the provinces' centroids, weighted by their bounding-box areas: good enough to place a region.
    let lat = 0, lon = 0, w = 0;
    for (const s of r.provinces) {
      const c = mainCentroid(s);
      if (!c) continue;
      const a = (s.bbox[2] - s.bbox[0]) * (s.bbox[3] - s.bbox[1]);
      lat += c[1] * a;
      lon += c[0] * a;
      w += a;
    }
    const pre = [...r.pre2025].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? null;
    if (w > 0) rows.push(["admin1", region, round(lat / w), round(lon / w), region, null, pre, null]);
  }
  return rows.sort((a, b) => (a[0] + a[1]).localeCompare(b[0] + b[1]));
}
