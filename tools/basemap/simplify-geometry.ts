import type { Geometry, Position } from "geojson";

/** Douglas–Peucker on one ring or line, in degrees; keeps the ends so rings stay closed. */
function simplifyLine(points: Position[], tolerance: number): Position[] {
  if (points.length <= 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    const [ax, ay] = points[first];
    const [bx, by] = points[last];
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let maxD = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = points[i];
      let t = len2 === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
      t = Math.max(0, Math.min(1, t));
      const ex = px - (ax + t * dx);
      const ey = py - (ay + t * dy);
      const d = ex * ex + ey * ey;
      if (d > maxD) {
        maxD = d;
        index = i;
      }
    }
    if (maxD > tol2 && index > 0) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

const round = (p: Position, digits: number): Position => {
  const f = 10 ** digits;
  return [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
};

function simplifyRing(ring: Position[], tolerance: number, digits: number): Position[] | null {
  const out = simplifyLine(ring, tolerance).map((p) => round(p, digits));
  // A ring simplified below a triangle is a speck at this scale: drop it.
  return out.length >= 4 ? out : null;
}

/** Simplified, rounded copy of a polygon geometry; other kinds are returned as they are. */
export function simplifyGeometry(g: Geometry, tolerance: number, digits: number): Geometry | null {
  if (g.type === "Polygon") {
    const rings = g.coordinates.map((r) => simplifyRing(r, tolerance, digits));
    if (!rings[0]) return null;
    return { type: "Polygon", coordinates: rings.filter((r): r is Position[] => r !== null) };
  }
  if (g.type === "MultiPolygon") {
    const polys = g.coordinates
      .map((poly) => poly.map((r) => simplifyRing(r, tolerance, digits)))
      .filter((poly) => poly[0] !== null)
      .map((poly) => poly.filter((r): r is Position[] => r !== null));
    return polys.length > 0 ? { type: "MultiPolygon", coordinates: polys } : null;
  }
  return g;
}

/** A point inside the polygon's largest ring, for a label: the ring's vertex average, good enough for convex-ish units. */
export function labelPoint(g: Geometry): Position | null {
  const rings = g.type === "Polygon" ? [g.coordinates[0]] : g.type === "MultiPolygon" ? g.coordinates.map((p) => p[0]) : [];
  let best: Position[] | null = null;
  let bestArea = -1;
  for (const ring of rings) {
    let area = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) area += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
    if (Math.abs(area) > bestArea) {
      bestArea = Math.abs(area);
      best = ring;
    }
  }
  if (!best) return null;
  let cx = 0;
  let cy = 0;
  let a = 0;
  for (let i = 0, j = best.length - 1; i < best.length; j = i++) {
    const f = best[j][0] * best[i][1] - best[i][0] * best[j][1];
    cx += (best[j][0] + best[i][0]) * f;
    cy += (best[j][1] + best[i][1]) * f;
    a += f;
  }
  if (a === 0) return best[0];
  return round([cx / (3 * a), cy / (3 * a)], 3);
}
