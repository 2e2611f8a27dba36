/**
 * Polygons from TopoJSON files (OCHA Burkina 2025 provinces, world-atlas countries)
 * decoded with topojson-client, with a bounding box for a quick reject before the
 * ray-casting point-in-polygon test.
 */
import { readFileSync } from "node:fs";
import { feature } from "topojson-client";
import type { Topology, GeometryObject } from "topojson-specification";
import type { Feature, Geometry, GeoJsonProperties } from "geojson";
import { insideRing } from "../../src/domain/geo.js";

export interface Shape {
  properties: Record<string, unknown>;
  id: string | null;
  /** Polygons, each a list of rings (outer first), each ring a list of [lon, lat]. */
  polygons: number[][][][];
  bbox: [number, number, number, number];
}

export function readTopoShapes(file: string, objectName: string): Shape[] {
  const topo = JSON.parse(readFileSync(file, "utf8")) as Topology;
  const object = topo.objects[objectName] as GeometryObject | undefined;
  if (!object) throw new Error(`${file}: no object named "${objectName}" (found: ${Object.keys(topo.objects).join(", ")})`);
  const collection = feature(topo, object) as unknown as { features: Array<Feature<Geometry, GeoJsonProperties>> };
  return collection.features.map((f) => {
    const polygons =
      f.geometry.type === "Polygon"
        ? [f.geometry.coordinates as number[][][]]
        : f.geometry.type === "MultiPolygon"
          ? (f.geometry.coordinates as number[][][][])
          : [];
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const poly of polygons) for (const [x, y] of poly[0]) {
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
    return { properties: (f.properties ?? {}) as Record<string, unknown>, id: f.id == null ? null : String(f.id), polygons, bbox: [minX, minY, maxX, maxY] };
  });
}

export function shapeContains(shape: Shape, lon: number, lat: number): boolean {
  const [minX, minY, maxX, maxY] = shape.bbox;
  if (lon < minX || lon > maxX || lat < minY || lat > maxY) return false;
  for (const poly of shape.polygons) {
    if (!insideRing(lon, lat, poly[0])) continue;
    let inHole = false;
    for (let h = 1; h < poly.length; h++) if (insideRing(lon, lat, poly[h])) inHole = true;
    if (!inHole) return true;
  }
  return false;
}

export function findShape(shapes: Shape[], lon: number, lat: number): Shape | null {
  for (const s of shapes) if (shapeContains(s, lon, lat)) return s;
  return null;
}

/** Area-weighted centroid of the largest polygon (France without Guiana, Norway without Svalbard). */
export function mainCentroid(shape: Shape): [number, number] | null {
  let best: { area: number; c: [number, number] } | null = null;
  for (const poly of shape.polygons) {
    const ring = poly[0];
    let a = 0, cx = 0, cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      a += f;
      cx += (ring[j][0] + ring[i][0]) * f;
      cy += (ring[j][1] + ring[i][1]) * f;
    }
    if (a === 0) continue;
    const c: [number, number] = [cx / (3 * a), cy / (3 * a)];
    if (!best || Math.abs(a) > best.area) best = { area: Math.abs(a), c };
  }
  return best ? best.c : null;
}
