/**
 * Mali's region and cercle for every place of the dump. The dump codes most places' region but
 * few of their cercles, and its codes predate 2016: the region of Ménaka was still part of Gao,
 * and the single "Cercle de Ménaka" it knows is the old cercle, now the whole region of four.
 * - Cercle: from the code where the dump's cercles are today's; a seat (mali-cercles.json) is
 *   in its own cercle; otherwise the cercle of the nearest seat in the place's region.
 * - Region: from the code; a place coded in a region that was later split (Gao) moves to the
 *   newer region (Ménaka) when places coded in it lie within 30 km (further away the boundary
 *   is unknown and the older code stands: Talataye stays in Gao); uncoded places take the
 *   region of their coded neighbours; a code none of the nearest settlements shares is a slip
 *   (Ouagadou, by Nara, coded Bamako). The cercle always lies in the region.
 */
import type { GeonamesRow } from "./read-geonames.js";
import { NearestPoints } from "./nearest-points.js";
import { maliCercleSeats, MALI_PARENT_REGION, type CercleSeat } from "./mali-cercles.js";
import { nameKey } from "../../src/geocode/normalise-name.js";
import type { AdminAssignment, AdminSource, AdminTables } from "./infer-admin.js";

const K = 7;
/** A place without a cercle code takes the distance-weighted majority of the 3 nearest seats or coded places of its region. */
const CERCLE_K = 3;
/** How close a place coded in an older region must be to places coded in a newer one to move there. */
const NEWER_REGION_KM = 30;
/** A region code is a slip when the K nearest settlements, all within this distance, share another region. */
const NEIGHBOURS_KM = 25;

export function assignMali(
  ml: GeonamesRow[],
  tables: AdminTables,
  plain: (name: string) => string,
  a3Name: (r: GeonamesRow) => string | null,
  bump: (k: string) => void,
): Map<GeonamesRow, AdminAssignment> {
  const out = new Map<GeonamesRow, AdminAssignment>();
  const { seats, missing } = maliCercleSeats(ml, tables.admin1, tables.admin2, plain);
  for (const m of missing) bump(`ML cercle without a seat in the dump: ${m}`);
  const a1Key = (r: GeonamesRow): string => `ML.${r.admin1}`;
  const codedRegion = (r: GeonamesRow): string | null => (tables.admin1.has(a1Key(r)) && r.admin1 !== "00" ? a1Key(r) : null);
  const regionName = (key: string | null): string | null => (key ? tables.admin1.get(key) ?? null : null);
  // Regions whose cercles the dump codes as they are today; elsewhere (Ménaka) a code names an older unit.
  const byRegion = new Map<string, CercleSeat[]>();
  for (const s of seats) byRegion.set(s.region, [...(byRegion.get(s.region) ?? []), s]);
  const codesAreCurrent = new Set([...byRegion].filter(([, list]) => list.every((s) => s.code)).map(([region]) => region));
  const cercleOfCode = new Map(seats.filter((s) => s.code && codesAreCurrent.has(s.region)).map((s) => [s.code!, s]));
  const seatOf = new Map(seats.map((s) => [s.seat, s]));
  const codedCercle = (r: GeonamesRow): CercleSeat | null => seatOf.get(r) ?? (r.admin2 ? cercleOfCode.get(`ML.${r.admin1}.${r.admin2}`) ?? null : null);
  // A cercle's places: its seat and the places the dump codes in it. Seats anchor the cercles the dump
  // codes almost nothing in (Bourem, Gao); coded places trace the boundaries where it codes many (Koro,
  // Bankass). A seat counts twice: it is the one place surely in its cercle, where a code can be wrong.
  const cerclePoints = ml.filter((r) => (r.fclass === "P" || r.fclass === "A") && codedCercle(r));
  const cercleIndex = new Map(
    [...byRegion].map(([region, list]) => [
      region,
      new NearestPoints([
        ...cerclePoints.filter((r) => codedCercle(r)!.region === region).map((r) => ({ lat: r.lat, lon: r.lon, label: codedCercle(r)! })),
        ...list.map((s) => ({ lat: s.seat.lat, lon: s.seat.lon, label: s })),
      ]),
    ]),
  );
  // Newer regions: child region key → parent region key (Ménaka → Gao).
  const regionKeyByName = new Map([...tables.admin1].filter(([k]) => k.startsWith("ML.")).map(([k, name]) => [nameKey(name), k]));
  const parentOf = new Map<string, string>();
  for (const [child, parent] of MALI_PARENT_REGION) if (regionKeyByName.has(child) && regionKeyByName.has(parent)) parentOf.set(regionKeyByName.get(child)!, regionKeyByName.get(parent)!);
  // Places coded in a newer region (by the dump's code or as its cercles' seats), to find the older codes near them.
  const regionOfPlace = (r: GeonamesRow): string | null => seatOf.get(r)?.region ?? codedRegion(r);
  // Whose region is certain: a seat, a place with a current cercle code, or coded in a region that was not split.
  const parents = new Set(parentOf.values());
  const certain = ml.filter((r) => regionOfPlace(r) && r.fcode !== "ADM1").filter((r) => codedCercle(r) || !parents.has(regionOfPlace(r)!));
  const regionIndex = new NearestPoints(certain.map((r) => ({ lat: r.lat, lon: r.lon, label: regionOfPlace(r)! })));
  const settlementPoints = new Map(ml.filter((r) => r.fclass === "P" && regionOfPlace(r)).map((r) => [r, { lat: r.lat, lon: r.lon, label: regionOfPlace(r)! }]));
  const regionOfSettlement = new NearestPoints(settlementPoints.values());
  const related = (a: string, b: string): boolean => a === b || parentOf.get(a) === b || parentOf.get(b) === a;

  for (const r of ml) {
    if (r.fcode === "PCLI") {
      out.set(r, { admin1: null, admin2: null, admin3: null, admin1_2025: null, admin2_2025: null, source: null });
      continue;
    }
    let region = codedRegion(r);
    // A cercle feature is its own cercle, even where its code names an older unit ("Cercle de Ménaka").
    let cercle = r.fcode === "ADM2" ? seats.find((s) => nameKey(s.cercle) === nameKey(plain(r.name)) && s.region === codedRegion(r)) ?? codedCercle(r) : codedCercle(r);
    let source: AdminSource = region || cercle ? "gazetteer" : null;
    if (cercle && region !== cercle.region) {
      if (region) bump("ML region from its cercle's seat");
      region = cercle.region;
    }
    if (!cercle && region && !seatOf.has(r) && !/^ADM/.test(r.fcode)) {
      // A region code no neighbour shares is a slip of the dump (Anéfis, amid Kidal's villages, coded Gao).
      const near = regionOfSettlement.nearest(r.lat, r.lon, K, NEIGHBOURS_KM, settlementPoints.get(r));
      const other = near[0]?.point.label;
      if (near.length === K && other && !related(other, region) && near.every((n) => n.point.label === other)) {
        (region = other), (source = "nearest"), bump("ML region code overridden by all its neighbours");
      }
    }
    if (!cercle && region && parents.has(region) && r.fcode !== "ADM1") {
      // Coded in a region later split: near places of the newer region, the place is likely in it.
      const near = regionIndex.vote(r.lat, r.lon, K, 80);
      if (near && near.nearestKm <= NEWER_REGION_KM && near.share >= 0.6 && parentOf.get(near.label) === region) {
        (region = near.label), (source = "nearest"), bump("ML moved to a newer region");
      }
    }
    if (!region) {
      const v = regionOfSettlement.vote(r.lat, r.lon, K, 600);
      if (v) (region = v.label), (source = "nearest"), bump("ML region from nearest");
    }
    if (!cercle && region && r.fcode !== "ADM1") {
      const seat = cercleIndex.get(region)?.vote(r.lat, r.lon, CERCLE_K, 2000)?.label ?? null;
      if (seat) (cercle = seat), (source = "nearest"), bump("ML cercle from nearest seats and coded places");
    }
    out.set(r, {
      admin1: regionName(region),
      admin2: r.fcode === "ADM1" || !cercle ? null : cercle.cercle,
      admin3: a3Name(r),
      admin1_2025: null,
      admin2_2025: null,
      source,
    });
  }
  return out;
}
