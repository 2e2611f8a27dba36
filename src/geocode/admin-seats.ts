import type { GazetteerPlace } from "./load-gazetteer.js";
import type { PlaceIndex } from "./place-index.js";
import { nameKey } from "./normalise-name.js";
import { stripPlaceAffixes } from "./place-affixes.js";

/**
 * The capital of an admin unit, to place a province- or region-level event where ACLED
 * does (geo_precision 3: the unit's capital): the highest-ranking populated place coded
 * in that unit, or for a commune the place of the same name inside it.
 */
const SEAT_RANK: Record<string, number> = { PPLC: 4, PPLA: 3, PPLA2: 2, PPLA3: 1 };

export class AdminSeats {
  private readonly admin1 = new Map<string, GazetteerPlace>();
  private readonly admin2 = new Map<string, GazetteerPlace>();
  /** Burkina's 2025 units, keyed by their own names (their seats are places inside them). */
  private readonly units2025 = new Map<string, GazetteerPlace>();
  /** National capitals (PPLC), by ISO2. */
  private readonly capitals = new Map<string, GazetteerPlace>();
  /** Populated places that are the seat of a commune of their own name (Banh, seat of the commune of Banh). */
  private communeSeatsBuilt: Set<GazetteerPlace> | null = null;
  private readonly communes: GazetteerPlace[] = [];
  constructor(places: GazetteerPlace[], private readonly index: PlaceIndex) {
    const better = (a: GazetteerPlace | undefined, b: GazetteerPlace, rankFor: (p: GazetteerPlace) => number): boolean =>
      !a || rankFor(b) > rankFor(a) || (rankFor(b) === rankFor(a) && b.population > a.population);
    const r1 = (p: GazetteerPlace): number => (p.fcode === "PPLA" ? 5 : SEAT_RANK[p.fcode] ?? 0);
    const r2 = (p: GazetteerPlace): number => (p.fcode === "PPLA2" ? 5 : SEAT_RANK[p.fcode] ?? 0);
    for (const p of places) {
      if (p.kind === "admin3") this.communes.push(p);
      if (p.fclass !== "P" || !SEAT_RANK[p.fcode] || p.id.startsWith("city:")) continue;
      if (p.fcode === "PPLC" && better(this.capitals.get(p.iso2), p, () => 0)) this.capitals.set(p.iso2, p);
      for (const [kind, name] of [["admin1", p.admin1_2025], ["admin2", p.admin2_2025]] as const) {
        if (!name) continue;
        const k = `${kind}|${nameKey(name)}`;
        if (better(this.units2025.get(k), p, kind === "admin1" ? r1 : r2)) this.units2025.set(k, p);
      }
      if (p.admin1) {
        const k1 = `${p.iso2}|${nameKey(p.admin1)}`;
        if (better(this.admin1.get(k1), p, r1)) this.admin1.set(k1, p);
        if (p.admin2) {
          const k2 = `${k1}|${nameKey(p.admin2)}`;
          if (better(this.admin2.get(k2), p, r2)) this.admin2.set(k2, p);
        }
      }
    }
  }

  /**
   * Is the place the seat of a commune named after it? A commune takes the name of its main
   * village, and reports name commune seats far more often than the hamlets that share their name.
   */
  isCommuneSeat(p: GazetteerPlace): boolean {
    if (!this.communeSeatsBuilt) {
      this.communeSeatsBuilt = new Set();
      for (const unit of this.communes) {
        const seat = this.sameName(unit, stripPlaceAffixes(unit.name).name, 10);
        if (seat) this.communeSeatsBuilt.add(seat);
      }
    }
    return this.communeSeatsBuilt.has(p);
  }

  /** The national capital, where ACLED places an event the report gives only a country for. */
  capitalOf(iso2: string): GazetteerPlace | null {
    return this.capitals.get(iso2) ?? null;
  }

  seatOf(unit: GazetteerPlace): GazetteerPlace | null {
    const own = stripPlaceAffixes(unit.name).name;
    if (unit.id.startsWith("ocha2025:")) {
      const name = unit.kind === "admin1" ? unit.admin1_2025 : unit.admin2_2025;
      return name ? this.units2025.get(`${unit.kind}|${nameKey(name)}`) ?? null : null;
    }
    if (unit.kind === "admin1" && unit.admin1) {
      return this.admin1.get(`${unit.iso2}|${nameKey(unit.admin1)}`) ?? this.sameName(unit, own, 150);
    }
    if (unit.kind === "admin2" && unit.admin1 && unit.admin2) {
      return this.admin2.get(`${unit.iso2}|${nameKey(unit.admin1)}|${nameKey(unit.admin2)}`) ?? this.sameName(unit, own, 100);
    }
    if (unit.kind === "admin3") return this.sameName(unit, own, 40);
    return null;
  }

  /** A populated place named like the unit, close to it (Djibo commune → Djibo town). */
  private sameName(unit: GazetteerPlace, name: string, maxKm: number): GazetteerPlace | null {
    let best: GazetteerPlace | null = null;
    let bestD = Infinity;
    for (const p of this.index.lookupPlaces(name)) {
      if (p.iso2 !== unit.iso2 || p.fclass !== "P") continue;
      const d = Math.hypot(p.lat - unit.lat, (p.lon - unit.lon) * Math.cos((unit.lat * Math.PI) / 180)) * 111;
      if (d < maxKm && d < bestD) (best = p), (bestD = d);
    }
    return best;
  }
}
