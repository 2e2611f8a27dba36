/**
 * Pure geographic value helpers shared by stages (no I/O). Stages must not import
 * each other, so the one great-circle formula lives here.
 */

/** Mean Earth radius in km used for every distance in the project. */
export const EARTH_RADIUS_KM = 6371;

/**
 * Great-circle (haversine) distance in kilometres between two WGS84 points given in
 * decimal degrees. `radiusKm` defaults to {@link EARTH_RADIUS_KM}; the evaluation
 * passes the IUGG mean radius (6371.0088) so its published numbers do not move.
 * The `Math.min(1, …)` guard keeps rounding from producing NaN for antipodal points.
 */
export function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number, radiusKm: number = EARTH_RADIUS_KM): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLon = (bLon - aLon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * radiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Whether the point (x, y) lies inside a closed ring of [x, y] positions, by ray casting
 * (even-odd rule; the ring need not repeat its first position). Works in any plane
 * coordinates: longitude/latitude or projected map units. Points exactly on an edge may
 * fall either way.
 */
export function insideRing(x: number, y: number, ring: ReadonlyArray<ReadonlyArray<number>>): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
