import type { PlaceKindHint } from "../domain/place.js";
import { COVERED_ISO2 } from "../domain/coverage.js";
import type { GazetteerPlace } from "./load-gazetteer.js";
import type { NameMatch } from "./place-index.js";
import { nameKey } from "./normalise-name.js";
import regionSplits from "./region-splits.json" with { type: "json" };

/**
 * Scores the places that carry a mention's name. General rules only, in the order the
 * issue gives them: the report's own hints (qualifiers, anchor, unit word, country),
 * then the other places of the report, then the report's countries, then feature type
 * and population. Each rule that moves a score leaves a line of evidence.
 */

export interface ResolvedHint {
  text: string;
  /** The unit word that came with it ("Soum province" → admin2). */
  kindHint: PlaceKindHint;
  key: string;
  /** ISO2 when the hint names a country. */
  countryIso2: string | null;
  /** Places the hint may denote (settlements and admin units). */
  places: GazetteerPlace[];
}

export interface RankingEvidence {
  kindHint: PlaceKindHint;
  /** ISO2 the mention itself names ("in eastern Burkina Faso"): other countries are ruled out. */
  strictCountry: string | null;
  /** ISO2 of the countries the report is about. */
  reportCountries: Set<string>;
  qualifiers: ResolvedHint[];
  anchor: ResolvedHint | null;
  /** Name keys of the other places of the report (and their qualifiers). */
  contextKeys: Set<string>;
  /** Points of the other places of the report whose names are nearly unambiguous. */
  contextPoints: Array<{ lat: number; lon: number; name: string }>;
  /** "Near the border with X": is a place close to country X? (null when the text says nothing of a border) */
  nearBorder: ((p: GazetteerPlace) => boolean) | null;
  borderName: string | null;
  /** "Between X and Y", "the X-Y axis": Y may be far from X; only closeness counts. */
  anchorMayBeFar: boolean;
  /** "ISO3:admin1" keys of the regions where the event's groups and communities are active, with how many groups point to each. */
  areaKeys?: Map<string, number>;
  /** Is the place the seat of a commune of its own name? */
  isCommuneSeat?: (p: GazetteerPlace) => boolean;
}

export interface ScoredCandidate {
  match: NameMatch;
  score: number;
  evidence: string[];
  /** Did something in the report (not just priors) speak for this place? */
  supported: boolean;
  /** Did the report's own hints for this mention (qualifier, anchor, named country) speak for it? */
  hinted: boolean;
  /** Is it within 30 km of another (nearly unambiguous) place of the report, or in an admin unit the report names? */
  nearContext: boolean;
  /** Is it in a region where the groups the event names are active? */
  inArea: boolean;
}

/** The Sahel countries and their neighbours: countries a Sahel report names as such. */
const NEAR_SAHEL = new Set([...COVERED_ISO2, "DZ", "MR", "SN", "GN", "CI", "GH", "TG", "BJ", "NG", "TD", "LY", "FR"]);

// A region or province ranks below the town it is named after: "Gao" alone is the town, as ACLED codes it.
// Camps (CMP) in the Sahel are mostly herders' settlements: nearly a populated place.
const FEATURE_SCORE: Record<string, number> = { PCLI: 9, PPLW: 9, PPLC: 8, PPLA: 6, PPLA2: 5, PPLA3: 4, ADM1: 4, ADM2: 3.5, ADM3: 3, ADM4: 2.5, CMP: 2.5 };
const CLASS_SCORE: Record<string, number> = { P: 3, A: 3, S: 1.5, L: 1, T: 0.5, H: 0.5 };

export function featureScore(p: GazetteerPlace): number {
  return FEATURE_SCORE[p.fcode] ?? CLASS_SCORE[p.fclass] ?? 0;
}

/** Below the report's countries (+3), a named country (+4) or a qualifier (+6..8): it parts namesakes the report says nothing else about. */
export const AREA_SCORE = 2;
const AREA_EACH_MORE = 0.5;
/** A commune seat over a hamlet of the same name: less than an area hint (+2), more than an alternate name's hair (0.3). */
const COMMUNE_SEAT_SCORE = 1;
/** Per letter of difference between a spelling variant and the name: below any hint, it only orders variants. */
const LOOSE_PER_EDIT = 0.5;

/** The key a region hint and a place are compared by ("MLI:Ségou" and "mli:segou" alike). */
export function areaKey(iso3: string, admin1: string): string {
  return `${iso3.toUpperCase()}:${nameKey(admin1)}`;
}

export function isMajorPlace(p: GazetteerPlace): boolean {
  return p.kind === "country" || p.fcode === "PPLW" || p.fcode === "PPLC" || p.fcode === "PPLA" || p.fcode === "ADM1" || (p.fclass === "P" && p.population >= 50_000);
}

const R = Math.PI / 180;
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * R;
  const dLon = (lon2 - lon1) * R;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * R) * Math.cos(lat2 * R) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

const adminKeyCache = new WeakMap<GazetteerPlace, string[]>();

/** Name keys of a place's admin units (pre-2025 and 2025), computed once per place. */
export function adminKeysOf(p: GazetteerPlace): string[] {
  let out = adminKeyCache.get(p);
  if (!out) {
    out = [];
    for (const a of [p.admin1, p.admin2, p.admin3, p.admin1_2025, p.admin2_2025]) if (a) out.push(nameKey(a));
    adminKeyCache.set(p, out);
  }
  return out;
}

function nearestKm(p: GazetteerPlace, points: ReadonlyArray<{ lat: number; lon: number }>): number {
  let best = Infinity;
  for (const q of points) {
    const d = distanceKm(p.lat, p.lon, q.lat, q.lon);
    if (d < best) best = d;
  }
  return best;
}

/** How much nearer one namesake must be to the report's other places to win a tie: coordinates of one village differ by a few km between sources. */
const TIE_MARGIN_KM = 10;
/** A place of the report farther than this from both namesakes says nothing of which is meant (often a misread word: "FAMa"). */
const TIE_REACH_KM = 150;

/**
 * Orders two equally scored namesakes by their distance to the nearest other place of the report
 * (0 when that does not part them): past the 80 km the score counts, a report's places still lie
 * nearer each other than a namesake at the other end of the region.
 */
export function tieBreakByDistance(points: ReadonlyArray<{ lat: number; lon: number }>): (a: ScoredCandidate, b: ScoredCandidate) => number {
  if (points.length === 0) return () => 0;
  const km = new Map<GazetteerPlace, number>();
  const of = (p: GazetteerPlace): number => {
    let d = km.get(p);
    if (d === undefined) km.set(p, (d = Math.min(TIE_REACH_KM, nearestKm(p, points))));
    return d;
  };
  return (a, b) => {
    const d = of(a.match.place) - of(b.match.place);
    return Math.abs(d) > TIE_MARGIN_KM ? d : 0;
  };
}

/** Evidence lines are only written when asked for (the winner), so scoring many homonyms allocates little. */
type Notes = string[] | null;

/**
 * Does a qualifier name a region, cercle or province of the place's country that the place is not in?
 * "Doma, Koro" or "Bondo, cercle of Koro" with a Doma 60 km from some other village called Koro, but in
 * another cercle: the unit is what the report meant, not the village. GeoNames' older codes put some border
 * villages in the neighbouring province ("Gomboro (Kossi)", coded Sourou): a province of its own region is no contradiction.
 */
export function outsideNamedUnit(p: GazetteerPlace, hint: ResolvedHint): boolean {
  if (hint.countryIso2 || inUnitNamed(p, hint.key)) return false;
  const units = hint.places.filter((u) => u !== p && u.iso2 === p.iso2 && (u.kind === "admin1" || u.kind === "admin2"));
  if (units.length === 0) return false;
  if (units.some((u) => u.kind === "admin2" && u.admin1 !== null && u.admin1 === p.admin1 && distanceKm(u.lat, u.lon, p.lat, p.lon) <= BORDER_SLACK_KM)) return false;
  // "Tonka (Goundam)" with Tonka 33 km from the town of Goundam but coded in the next cercle: the unit's own town is near
  return !hint.places.some((h) => h !== p && h.fclass === "P" && h.iso2 === p.iso2 && adminKeysOf(h).includes(hint.key) && distanceKm(h.lat, h.lon, p.lat, p.lon) <= NEAR_UNIT_TOWN_KM);
}

/** Is the place in an admin unit of that name: its own units, or the region its region was carved out of ("X, Gao region" for a place of Ménaka)? */
export function inUnitNamed(p: GazetteerPlace, key: string): boolean {
  return adminKeysOf(p).includes(key) || (p.admin1 !== null && FORMER_REGION.get(areaKey(p.iso3, p.admin1)) === key);
}

/** "ISO3:region" → name key of the region it was carved out of. */
const FORMER_REGION = new Map(regionSplits.splits.map((s) => [areaKey(s.iso3, s.region), nameKey(s.from)]));

/** A place this close to the middle of a province of its own region may be coded in either (a province is 100-200 km across). */
const BORDER_SLACK_KM = 150;
/** As close to a town of the unit as the qualifier distance rule's "near" (60 km). */
const NEAR_UNIT_TOWN_KM = 60;

/** A qualifier's unit the place is not in: as bad as a far anchor, and worse than no qualifier at all. */
const OUTSIDE_UNIT_SCORE = -4;

function scoreHint(p: GazetteerPlace, hint: ResolvedHint, role: "qualifier" | "anchor", ev: Notes): number {
  if (hint.countryIso2) {
    if (hint.countryIso2 === p.iso2) return ev?.push(`${role} "${hint.text}" is its country`), 5;
    return ev?.push(`${role} "${hint.text}" is another country`), -10;
  }
  if (role === "qualifier" && inUnitNamed(p, hint.key)) return ev?.push(`${role} "${hint.text}" is its admin unit`), 8;
  if (role === "qualifier" && outsideNamedUnit(p, hint)) return ev?.push(`outside the unit ${role} "${hint.text}" names`), OUTSIDE_UNIT_SCORE;
  if (role === "qualifier" && nameKey(p.name) === hint.key) return ev?.push(`${role} "${hint.text}" is its own name (commune)`), 3;
  const sameCountry = hint.places.filter((h) => h.iso2 === p.iso2 && h !== p);
  if (sameCountry.length === 0) return hint.places.length > 0 ? (ev?.push(`${role} "${hint.text}" is in another country`), -3) : 0;
  const km = nearestKm(p, sameCountry);
  const [near, mid, far] = role === "anchor" ? [5, 3, 1] : [6, 4, 1.5];
  if (km <= 30) return ev?.push(`${Math.round(km)} km from ${role} "${hint.text}"`), near;
  if (km <= 60) return ev?.push(`${Math.round(km)} km from ${role} "${hint.text}"`), mid;
  if (km <= 120) return ev?.push(`${Math.round(km)} km from ${role} "${hint.text}"`), far;
  return ev?.push(`far (${Math.round(km)} km) from ${role} "${hint.text}"`), -2;
}

export function scoreCandidate(match: NameMatch, e: RankingEvidence, explain = true): ScoredCandidate {
  const p = match.place;
  const ev: Notes = explain ? [] : null;
  let supported = false;
  let hinted = false;
  let nearContext = false;
  let score = featureScore(p);
  if (p.fclass === "P") score += Math.min(3, Math.log10(p.population + 1) * 0.6);
  if (match.via === "alternate") score -= 0.3;
  // Burkina's 2025 units serve the names GeoNames lacks; a GeoNames unit of the same name comes first.
  if (p.id.startsWith("ocha2025:")) score -= 0.5;
  // the closer spelling first ("Ouolon": Wolon before Woloni)
  if (match.via === "loose") (score -= 3 + LOOSE_PER_EDIT * (match.distance ?? 0)), ev?.push("spelling variant");
  if (COVERED_ISO2.has(p.iso2)) score += 1.5;
  // Banh the commune seat before Banh the hamlet: below every hint, it parts namesakes the report says nothing of.
  if (p.fclass === "P" && e.isCommuneSeat?.(p)) (score += COMMUNE_SEAT_SCORE), ev?.push("seat of the commune of its name");

  // "Tonga" in a Sahel report is a village, not the Pacific kingdom: a country far from the Sahel
  // ranks below a Sahel place of the same name unless the text calls it a country.
  if (p.kind === "country" && !NEAR_SAHEL.has(p.iso2) && e.kindHint !== "country" && [...e.reportCountries].every((c) => COVERED_ISO2.has(c))) (score -= 6), ev?.push("a country far from the Sahel");

  const hint = e.kindHint;
  if (hint === "admin1" || hint === "admin2" || hint === "admin3") {
    if (p.kind === hint) (score += 6), (supported = true), ev?.push(`the text calls it ${hint}`);
    else if (p.kind === "admin1" || p.kind === "admin2" || p.kind === "admin3") (score += 2), (supported = true);
    else score -= 3;
  } else if (hint === "settlement") {
    // "the hamlet of Dantao" says a village is meant, not that a village spelled otherwise (Danchia, 1,000 km off) is it
    if (p.fclass === "P") (score += 1), (supported ||= match.via !== "loose");
    else if (p.fclass === "A") score -= 2;
  } else if (hint === "country") {
    score += p.kind === "country" ? 6 : -4;
  }

  if (e.strictCountry) {
    if (p.iso2 === e.strictCountry) (score += 4), (supported = hinted = true), ev?.push("in the country the text names");
    else (score -= 12), ev?.push("not in the country the text names");
  }
  if (e.reportCountries.size > 0) {
    if (e.reportCountries.has(p.iso2)) (score += 3), ev?.push("in the report's country");
    // Capitals and big cities abroad are named in reports for good reasons; villages abroad rarely.
    else score -= p.fcode === "PPLA" && p.population < 50_000 ? 3 : isMajorPlace(p) ? 1 : 5;
  }

  for (const q of e.qualifiers) {
    const s = scoreHint(p, q, "qualifier", ev);
    score += s;
    if (s > 0) supported = hinted = true;
  }
  if (e.anchor) {
    let s = scoreHint(p, e.anchor, "anchor", ev);
    if (e.anchorMayBeFar) s = Math.max(0, s);
    score += s;
    if (s > 0) supported = hinted = true;
  }

  if (e.nearBorder) {
    if (e.nearBorder(p)) (score += 3), (supported = hinted = true), ev?.push(`near the border with ${e.borderName}, as the text says`);
    else score -= 1;
  }
  // "Dogon hunters" in a village whose name is also borne by villages far from the Dogon plateau:
  // the namesake where the event's groups are active, after everything the report says of the place itself.
  let inArea = false;
  const groups = e.areaKeys && p.admin1 ? e.areaKeys.get(areaKey(p.iso3, p.admin1)) ?? 0 : 0;
  // each further group active there adds a little ("Dogon civilians" killed by "Fulani militiamen": Mopti over Ségou)
  if (groups > 0) (score += AREA_SCORE + AREA_EACH_MORE * (groups - 1)), (inArea = true), ev?.push(`in ${p.admin1}, where the groups the report names are active`);
  const own = adminKeysOf(p).filter((k) => e.contextKeys.has(k));
  if (own.length > 0) (score += 2.5), (supported = nearContext = true), ev?.push("its admin unit is named elsewhere in the report");
  if (e.contextPoints.length > 0) {
    const km = nearestKm(p, e.contextPoints);
    if (km <= 30) (score += 3), (supported = nearContext = true), ev?.push(`${Math.round(km)} km from another place of the report`);
    else if (km <= 80) (score += 1.5), (supported = true), ev?.push(`${Math.round(km)} km from another place of the report`);
  }
  return { match, score: Math.round(score * 100) / 100, evidence: ev ?? [], supported, hinted, nearContext, inArea };
}
