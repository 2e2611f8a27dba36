import type { GazetteerPlace } from "./load-gazetteer.js";
import { nameKey } from "./normalise-name.js";
import { adminKeysOf, distanceKm, inUnitNamed, outsideNamedUnit, type ResolvedHint } from "./rank-candidates.js";

/**
 * Do a mention's qualifiers rule a candidate out? "Kabougou (Tansarga, Tapoa)" with the only
 * Kabougou in Mali, "Belgou (Arbinda, Soum)" with the only Belgou 100 km from Arbinda: the
 * qualifiers say where the place is, and the gazetteer's namesake is another place.
 */
/** Qualifiers that denote known places, none of which is the place's admin unit or lies within 60 km of it. */
export function contradictsQualifiers(p: GazetteerPlace, qualifiers: ResolvedHint[]): boolean {
  // Only a settlement is placed by its qualifiers; "the regions of Centre-Nord, Nord, and Sahel" is a list.
  if (p.kind === "country" || p.kind === "admin1" || p.kind === "admin2") return false;
  // "Gountoure (Deou, Oudalan)": the first qualifier is the commune; a namesake in the right
  // province but far from that commune is another place.
  const first = qualifiers[0];
  if (qualifiers.length > 1 && !first.countryIso2 && !adminKeysOf(p).includes(first.key)) {
    const inCountry = first.places.filter((h) => h !== p && h.iso2 === p.iso2 && h.fclass === "P");
    if (inCountry.length > 0 && inCountry.every((h) => distanceKm(h.lat, h.lon, p.lat, p.lon) > 60)) return true;
  }
  let known = 0;
  for (const q of qualifiers) {
    if (q.countryIso2) {
      if (q.countryIso2 === p.iso2) return false;
      known++;
      continue;
    }
    if (q.places.length === 0) continue;
    known++;
    if (outsideNamedUnit(p, q)) continue; // "Doma, Koro": a village called Koro nearby is not the cercle the report names
    if (inUnitNamed(p, q.key) || nameKey(p.name) === q.key) return false;
    for (const h of q.places) {
      if (h === p || h.iso2 !== p.iso2) continue;
      if (distanceKm(h.lat, h.lon, p.lat, p.lon) <= 60) return false;
      // A province is large and GeoNames' older codes put border villages in the neighbour ("Gomboro (Kossi)", coded Sourou).
      if (h.kind === "admin2" && h.admin1 !== null && h.admin1 === p.admin1) return false;
    }
  }
  return known > 0;
}
