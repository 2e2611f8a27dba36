/**
 * Admin units for every place of Burkina Faso, Mali and Niger, even where GeoNames
 * leaves the codes blank or gets them wrong:
 * - Burkina: 2025 region/province by point-in-polygon (OCHA). Pre-2025 province from the
 *   GeoNames code, checked against the coded places around it and the polygon's
 *   pre-2025 province; missing or contradicted codes are inferred (source "boundary"
 *   when polygon and neighbours agree, else "nearest").
 * - Mali (infer-mali.ts): cercle from the code, else from the nearest seats (mali-cercles.json) and
 *   coded places of the region; places near a region created after the dump's codes (Ménaka) move there.
 * - Niger: the 2014 dump has no département codes: nearest département feature in the
 *   same region; Tillabéri places still coded as Niamey (old code 08) are re-assigned.
 */
import type { GeonamesRow } from "./read-geonames.js";
import { distanceKm } from "../../src/domain/geo.js";
import { NearestPoints, type LabelledPoint } from "./nearest-points.js";
import { findShape, type Shape } from "./topojson-polygons.js";
import { stripPlaceAffixes } from "../../src/geocode/place-affixes.js";
import { nameKey } from "../../src/geocode/normalise-name.js";
import { assignMali } from "./infer-mali.js";

export type AdminSource = "gazetteer" | "boundary" | "nearest" | null;

export interface AdminAssignment {
  admin1: string | null;
  admin2: string | null;
  admin3: string | null;
  admin1_2025: string | null;
  admin2_2025: string | null;
  source: AdminSource;
}

export interface AdminTables {
  admin1: Map<string, string>;
  admin2: Map<string, string>;
  /** "CC.a1.a2.a3" → commune name, from ADM3 rows. */
  admin3: Map<string, string>;
}

/** "Province du Loroum" → "Loroum", "Douentza Cercle" → "Douentza", "Département de Say" → "Say". */
export function plainAdminName(name: string): string {
  const stripped = stripPlaceAffixes(name).name;
  return stripped.length > 0 ? stripped : name;
}

const K = 7;


export interface InferenceStats {
  counts: Record<string, number>;
}

export function assignAdmins(rows: GeonamesRow[], tables: AdminTables, bfProvinces2025: Shape[], stats: InferenceStats): Map<GeonamesRow, AdminAssignment> {
  const out = new Map<GeonamesRow, AdminAssignment>();
  const bump = (k: string): void => void (stats.counts[k] = (stats.counts[k] ?? 0) + 1);
  const a1Key = (r: GeonamesRow): string => `${r.cc}.${r.admin1}`;
  const a2Key = (r: GeonamesRow): string => `${r.cc}.${r.admin1}.${r.admin2}`;
  const validA1 = (r: GeonamesRow): boolean => tables.admin1.has(a1Key(r));
  const validA2 = (r: GeonamesRow): boolean => r.admin2 !== "" && tables.admin2.has(a2Key(r));
  const parentOf = (key2: string): string => key2.split(".").slice(0, 2).join(".");
  const a3Name = (r: GeonamesRow): string | null => (r.admin3 ? tables.admin3.get(`${r.cc}.${r.admin1}.${r.admin2}.${r.admin3}`) ?? null : null);
  const name1 = (key: string | null): string | null => (key ? tables.admin1.get(key) ?? null : null);
  const name2 = (key: string | null): string | null => (key && tables.admin2.has(key) ? plainAdminName(tables.admin2.get(key)!) : null);
  const isSettlementOrUnit = (r: GeonamesRow): boolean => r.fclass === "P" || r.fclass === "A";

  // --- Burkina Faso -------------------------------------------------------
  const bf = rows.filter((r) => r.cc === "BF");
  const bfCoded: LabelledPoint<string>[] = bf.filter((r) => isSettlementOrUnit(r) && validA2(r)).map((r) => ({ lat: r.lat, lon: r.lon, label: a2Key(r) }));
  const bfIndex = new NearestPoints(bfCoded);
  const codedPointOf = new Map<GeonamesRow, LabelledPoint<string>>();
  {
    let i = 0;
    for (const r of bf) if (isSettlementOrUnit(r) && validA2(r)) codedPointOf.set(r, bfCoded[i++]);
  }
  // The polygons' pre-2025 label ("Nord / Loroum") → admin2 code key, matched on the province
  // name alone (labels spell "Haut-Bassins", "Bazèga"; GeoNames "Hauts-Bassins", "Bazega").
  const provinceKeyByName = new Map<string, string>();
  for (const [key, name] of tables.admin2) if (key.startsWith("BF.")) provinceKeyByName.set(nameKey(plainAdminName(name)), key);
  const pre2025Key = (shape: Shape | null): string | null => {
    if (!shape) return null;
    const label = String(shape.properties.pre2025_region_province_by_vote ?? "");
    return provinceKeyByName.get(nameKey(label.split("/").pop() ?? "")) ?? null;
  };
  const shapeOf = new Map<GeonamesRow, Shape | null>();
  for (const r of bf) shapeOf.set(r, findShape(bfProvinces2025, r.lon, r.lat));
  const shapeIndex = new NearestPoints(bf.filter((r) => shapeOf.get(r)).map((r) => ({ lat: r.lat, lon: r.lon, label: shapeOf.get(r)! })));
  for (const r of bf) {
    const inside = shapeOf.get(r) ?? null;
    const shape = inside ?? shapeIndex.vote(r.lat, r.lon, 3, 30)?.label ?? null; // just outside the border line
    // The 2025 reform split and regrouped provinces; each 2025 province lies in one pre-2025
    // province, so the polygon gives the pre-2025 province. GeoNames codes are often older
    // still: places in provinces created in 1996 (Loroum, Zondoma, Banwa, Noumbiel...) keep
    // their parent's code (Tioli/Sole: coded Yatenga, inside Loroum). The polygon wins.
    const byShape = inside ? pre2025Key(inside) : null;
    const coded = validA2(r) ? a2Key(r) : null;
    let key: string | null = coded;
    let source: AdminSource = coded ? "gazetteer" : null;
    if (byShape && r.fclass !== "A" && byShape !== coded) {
      key = byShape;
      source = "boundary";
      bump(coded ? "BF admin2 code overridden by boundary" : "BF admin2 from boundary");
    } else if (!coded) {
      const vote = bfIndex.vote(r.lat, r.lon, K, 60, codedPointOf.get(r));
      if (vote) (key = vote.label), (source = "nearest"), bump("BF admin2 from nearest");
    }
    const admin1 = key ? name1(parentOf(key)) : validA1(r) ? name1(a1Key(r)) : null;
    out.set(r, {
      admin1: r.fcode === "PCLI" ? null : admin1,
      admin2: r.fcode === "ADM1" || r.fcode === "PCLI" ? null : name2(key),
      admin3: a3Name(r),
      admin1_2025: r.fcode === "PCLI" || !shape ? null : String(shape.properties.region_2025_by_commune_vote),
      admin2_2025: r.fcode === "PCLI" || r.fcode === "ADM1" || !shape ? null : String(shape.properties.province_2025_by_commune_vote),
      source: r.fcode === "PCLI" ? null : source,
    });
  }

  // --- Mali (infer-mali.ts) --------------------------------------------------
  for (const [r, a] of assignMali(rows.filter((r) => r.cc === "ML"), tables, plainAdminName, a3Name, bump)) out.set(r, a);

  // --- Niger --------------------------------------------------------------
  const ne = rows.filter((r) => r.cc === "NE");
  const capital = ne.find((r) => r.fcode === "PPLC");
  const neA1Index = new NearestPoints(ne.filter((r) => r.fclass === "P" && validA1(r) && !["00", "08"].includes(r.admin1)).map((r) => ({ lat: r.lat, lon: r.lon, label: a1Key(r) })));
  const neRegion = (r: GeonamesRow): { key: string | null; inferred: boolean } => {
    const coded = validA1(r) && r.admin1 !== "00" ? a1Key(r) : null;
    // Code 08 is Niamey today; in this 2014 dump it still marks much of Tillabéri.
    const staleNiamey = coded === "NE.08" && capital && distanceKm(r.lat, r.lon, capital.lat, capital.lon) > 40;
    if (coded && !staleNiamey) return { key: coded, inferred: false };
    const v = neA1Index.vote(r.lat, r.lon, K, 150);
    return { key: v ? v.label : coded, inferred: true };
  };
  const departments = ne
    .filter((r) => r.fcode === "ADM2")
    .map((r) => ({ row: r, region: neRegion(r).key, name: plainAdminName(r.name) }))
    .filter((d) => d.name !== "Niamey" || d.region === "NE.08");
  const deptIndex = new Map<string, NearestPoints<string>>();
  for (const region of new Set(departments.map((d) => d.region ?? ""))) {
    deptIndex.set(region, new NearestPoints(departments.filter((d) => d.region === region).map((d) => ({ lat: d.row.lat, lon: d.row.lon, label: d.name }))));
  }
  for (const r of ne) {
    if (r.fcode === "PCLI") {
      out.set(r, { admin1: null, admin2: null, admin3: null, admin1_2025: null, admin2_2025: null, source: null });
      continue;
    }
    const region = neRegion(r);
    let admin2: string | null = r.fcode === "ADM2" ? plainAdminName(r.name) : null;
    if (!admin2 && r.fcode !== "ADM1" && region.key) {
      let near = deptIndex.get(region.key)?.nearest(r.lat, r.lon, 1, 600) ?? [];
      if (near.length === 0) near = [...deptIndex.values()].flatMap((d) => d.nearest(r.lat, r.lon, 1, 600)).sort((a, b) => a.km - b.km).slice(0, 1);
      if (near.length > 0) (admin2 = near[0].point.label), bump("NE department from nearest");
    }
    if (region.inferred) bump("NE region from nearest");
    out.set(r, { admin1: name1(region.key), admin2, admin3: null, admin1_2025: null, admin2_2025: null, source: region.inferred || (admin2 && r.fcode !== "ADM2") ? "nearest" : "gazetteer" });
  }

  // --- Neighbours: as coded -------------------------------------------------
  for (const r of rows) {
    if (out.has(r)) continue;
    const a1 = validA1(r) ? a1Key(r) : null;
    out.set(r, { admin1: r.fcode === "PCLI" ? null : name1(a1), admin2: validA2(r) && r.fcode !== "ADM1" ? name2(a2Key(r)) : null, admin3: a3Name(r), admin1_2025: null, admin2_2025: null, source: a1 ? "gazetteer" : null });
  }
  return out;
}
