import type { VariantNote } from "./place-index.js";
import { AREA_SCORE, distanceKm, type RankingEvidence, type ScoredCandidate } from "./rank-candidates.js";

/**
 * When a place found only by the last spelling fallback (`spelling-variants.ts`: a transliteration
 * or a slipped letter) is too weak a reading to take. The consonant-skeleton variants keep the
 * geocoder's own guards; these are on top, because a slip of a letter finds some village for
 * most names.
 */

/** No more than one area hint: rivals ranked this close are a toss-up. */
const RIVAL_MARGIN = AREA_SCORE;
/** Keys shorter than this, one edit from a gazetteer name, are as often another village: the report must point there. */
const SHORT_SLIP_LETTERS = 8;
/** How near the village the report places it by a spelling variant must lie (a commune's villages are within this of its seat). */
const NEAR_HINT_KM = 30;

/** Found by the last spelling fallback (transliteration key or edits), not the consonant skeleton. */
export function isSpellingFallback(x: ScoredCandidate): boolean {
  return x.match.variant !== undefined && x.match.variant.rule !== "skeleton";
}

/** Why the best candidate, a spelling-fallback reading of `name`, is not taken; null when it may be. */
export function spellingDoubt(name: string, best: ScoredCandidate, scored: readonly ScoredCandidate[], evidence: RankingEvidence): string | null {
  if (!isSpellingFallback(best)) return null;
  const p = best.match.place;
  // Another place read so, nearly as well ranked, makes it a guess unless the report's own hints or places
  // tell them apart ("Mandoli": Nandoli, Dandoli, Mindoli); the regions of the report's groups are too wide
  // to part two readings.
  const placed = (x: ScoredCandidate): boolean => x.hinted || x.nearContext;
  const rival = scored.find((x) => x !== best && best.score - x.score <= RIVAL_MARGIN && (!placed(best) || placed(x)) && distanceKm(p.lat, p.lon, x.match.place.lat, x.match.place.lon) > 10);
  if (rival) return `"${name}" may be ${p.name} or ${rival.match.place.name} (${rival.match.place.country}) as spelled, and the report does not tell them apart`;
  // A village the report places by another ("Yelimbou, near Mantchangou (Kantchari, Tapoa)") lies by it:
  // a reading 38 km from Kantchari is another village, however well its province agrees.
  const byVillage = [evidence.anchor, ...evidence.qualifiers].filter((h) => h !== null && h.places.some((x) => x.fclass === "P" && x.iso2 === p.iso2));
  if (byVillage.length > 0 && !byVillage.some((h) => h!.places.some((x) => x.fclass === "P" && distanceKm(p.lat, p.lon, x.lat, x.lon) <= NEAR_HINT_KM))) {
    return `"${name}" read as ${p.name} lies over ${NEAR_HINT_KM} km from ${byVillage.map((h) => `"${h!.text}"`).join(", ")}, where the report places it`;
  }
  // It needs the report's word for where it is: where the report's groups are active, or its hints or places;
  // a short name one letter off needs that even when the report names no groups ("Docoumbo" with Dogon
  // militias in Mopti is not Kokoumbo near Bamako; "Intahaka" is not Intaga).
  const v = best.match.variant!;
  const slip = v.rule === "edits" && v.keys[0].length < SHORT_SLIP_LETTERS;
  if ((evidence.areaKeys !== undefined || slip) && !best.inArea && !placed(best)) return `"${name}" read as ${p.name}: nothing in the report points to where ${p.name} is`;
  return null;
}

/** What an analyst needs to see why a spelling variant was taken: the gazetteer's spelling and the rule with its keys. */
export function describeVariant(v: VariantNote, distance: number): string {
  const [own, theirs] = v.keys;
  const edits = `${distance} edit${distance === 1 ? "" : "s"}`;
  if (v.rule === "transliteration key") return `gazetteer spelling "${v.spelling}", same transliteration key "${own}"`;
  if (v.rule === "edits") return `gazetteer spelling "${v.spelling}", transliteration keys "${own}"/"${theirs}" ${edits} apart`;
  return `gazetteer spelling "${v.spelling}", same consonant skeleton, "${own}"/"${theirs}" ${edits} apart`;
}
