/**
 * Mali's cercles of 2016-2023 (mali-cercles.json) placed at their seats, found in the GeoNames
 * dump by name: a cercle is named after its seat, and the seat is the best-ranked populated
 * place of that name in the region (or in the region it was carved from, which the dump's
 * older codes still give: Andéramboukane is coded Gao).
 */
import { readFileSync } from "node:fs";
import { distanceKm } from "../../src/domain/geo.js";
import { nameKey } from "../../src/geocode/normalise-name.js";
import regionSplits from "../../src/geocode/region-splits.json" with { type: "json" };
import type { GeonamesRow } from "./read-geonames.js";

export interface CercleSeat {
  /** The region's GeoNames key ("ML.09"). */
  region: string;
  /** The cercle's name as the law spells it ("Andéramboukane"). */
  cercle: string;
  /** The GeoNames admin2 key of the cercle, when the dump has one ("ML.09.8631538"). */
  code: string | null;
  seat: GeonamesRow;
}

interface CercleEntry {
  cercle: string;
  seat?: string;
}

const SEAT_RANK: Record<string, number> = { PPLC: 4, PPLA: 3, PPLA2: 2, PPLA3: 1 };

/** The regions carved out of another after the dump's codes: child name → parent name (Ménaka → Gao). */
export const MALI_PARENT_REGION = new Map(regionSplits.splits.filter((s) => s.iso3 === "MLI").map((s) => [nameKey(s.region), nameKey(s.from)]));

export function readMaliCercles(file = new URL("./mali-cercles.json", import.meta.url)): Map<string, CercleEntry[]> {
  const data = JSON.parse(readFileSync(file, "utf8")) as { regions: Record<string, CercleEntry[]> };
  return new Map(Object.entries(data.regions));
}

/**
 * Every cercle whose seat the dump has, and the cercles it lacks (reported by the build).
 * `admin1`/`admin2`: GeoNames code tables (key → name); `plain` strips "Cercle de".
 */
export function maliCercleSeats(
  rows: GeonamesRow[],
  admin1: Map<string, string>,
  admin2: Map<string, string>,
  plain: (name: string) => string,
): { seats: CercleSeat[]; missing: string[] } {
  const regionKey = new Map<string, string>();
  for (const [key, name] of admin1) if (key.startsWith("ML.")) regionKey.set(nameKey(name), key);
  const byName = new Map<string, GeonamesRow[]>();
  for (const r of rows) {
    if (r.cc !== "ML" || r.fclass !== "P") continue;
    for (const k of new Set([r.name, r.asciiname, ...r.alternatenames].map(nameKey))) {
      let list = byName.get(k);
      if (!list) byName.set(k, (list = []));
      list.push(r);
    }
  }
  const adm2Features = rows.filter((r) => r.cc === "ML" && r.fcode === "ADM2");
  const seats: CercleSeat[] = [];
  const missing: string[] = [];
  for (const [regionName, cercles] of readMaliCercles()) {
    const region = regionKey.get(nameKey(regionName));
    if (!region) throw new Error(`mali-cercles.json: region ${regionName} is not in admin1CodesASCII.txt`);
    const parent = MALI_PARENT_REGION.get(nameKey(regionName));
    const codes = new Set([region, ...(parent && regionKey.has(parent) ? [regionKey.get(parent)!] : [])].map((k) => k.slice(3)));
    for (const entry of cercles) {
      const code = [...admin2.keys()].find((k) => k.startsWith(`${region}.`) && nameKey(plain(admin2.get(k)!)) === nameKey(entry.cercle)) ?? null;
      const unit = code ? adm2Features.find((r) => `ML.${r.admin1}.${r.admin2}` === code) : undefined;
      const near = (r: GeonamesRow): number => (unit ? distanceKm(r.lat, r.lon, unit.lat, unit.lon) : 0);
      const candidates = (byName.get(nameKey(entry.seat ?? entry.cercle)) ?? []).filter((r) => codes.has(r.admin1));
      candidates.sort((a, b) => (SEAT_RANK[b.fcode] ?? 0) - (SEAT_RANK[a.fcode] ?? 0) || b.population - a.population || near(a) - near(b) || a.id - b.id);
      if (candidates.length === 0) missing.push(`${regionName}/${entry.cercle}`);
      else seats.push({ region, cercle: entry.cercle, code, seat: candidates[0] });
    }
  }
  return { seats, missing };
}
