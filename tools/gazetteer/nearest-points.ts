/**
 * k-nearest-neighbour search over labelled points on a 0.25° grid, for inferring a
 * place's admin unit from the coded places around it.
 */
import { distanceKm } from "../../src/domain/geo.js";

export interface LabelledPoint<T> {
  lat: number;
  lon: number;
  label: T;
}

const CELL = 0.25;

export class NearestPoints<T> {
  private readonly cells = new Map<string, LabelledPoint<T>[]>();

  constructor(points: Iterable<LabelledPoint<T>>) {
    for (const p of points) {
      const k = this.cellKey(Math.floor(p.lat / CELL), Math.floor(p.lon / CELL));
      let list = this.cells.get(k);
      if (!list) this.cells.set(k, (list = []));
      list.push(p);
    }
  }

  private cellKey(i: number, j: number): string {
    return `${i},${j}`;
  }

  /** The k nearest points within maxKm (sorted by distance), skipping `exclude`. */
  nearest(lat: number, lon: number, k: number, maxKm: number, exclude?: LabelledPoint<T>): Array<{ point: LabelledPoint<T>; km: number }> {
    const ci = Math.floor(lat / CELL);
    const cj = Math.floor(lon / CELL);
    const found: Array<{ point: LabelledPoint<T>; km: number }> = [];
    const maxRing = Math.ceil(maxKm / (CELL * 100)) + 1;
    for (let ring = 0; ring <= maxRing; ring++) {
      for (let i = ci - ring; i <= ci + ring; i++) {
        for (let j = cj - ring; j <= cj + ring; j++) {
          if (Math.max(Math.abs(i - ci), Math.abs(j - cj)) !== ring) continue;
          for (const p of this.cells.get(this.cellKey(i, j)) ?? []) {
            if (p === exclude) continue;
            const km = distanceKm(lat, lon, p.lat, p.lon);
            if (km <= maxKm) found.push({ point: p, km });
          }
        }
      }
      // A ring's points are all at least (ring * cell) away: stop once k are closer than that.
      found.sort((a, b) => a.km - b.km);
      if (found.length >= k && found[k - 1].km < ring * CELL * 100) break;
    }
    return found.slice(0, k);
  }

  /** Distance-weighted vote among the k nearest: the winning label and its share of the weight. */
  vote(lat: number, lon: number, k: number, maxKm: number, exclude?: LabelledPoint<T>): { label: T; share: number; nearestKm: number } | null {
    const near = this.nearest(lat, lon, k, maxKm, exclude);
    if (near.length === 0) return null;
    const weights = new Map<T, number>();
    let total = 0;
    for (const { point, km } of near) {
      const w = 1 / (km + 1);
      weights.set(point.label, (weights.get(point.label) ?? 0) + w);
      total += w;
    }
    let best: T = near[0].point.label;
    let bestW = -1;
    for (const [label, w] of weights) if (w > bestW) (best = label), (bestW = w);
    return { label: best, share: bestW / total, nearestKm: near[0].km };
  }
}
