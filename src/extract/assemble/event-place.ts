import type { PlaceMention } from "../../domain/index.js";
import type { Hit } from "../rule.js";
import type { SentenceFacts } from "./sentence-facts.js";

/** How strongly a mention says "this is where it happened" (higher first). */
function rank(p: PlaceMention): number {
  if (p.rule.endsWith("place-coded-as")) return 9;
  if (p.kindHint === "country") return 0;
  if (p.relation === "between" || p.relation === "axis") return 7;
  if (p.kindHint === "settlement") return 8;
  if (p.kindHint === null) return 6;
  if (p.kindHint === "admin3") return 4;
  if (p.kindHint === "admin2") return 3;
  return 2;
}

/** Is it only an administrative area or a country (a place that a detail can narrow)? */
export function isAreaLevel(p: PlaceMention | null): boolean {
  return p === null || p.kindHint === "country" || p.kindHint === "admin1" || p.kindHint === "admin2" || p.kindHint === "admin3";
}

/**
 * The place of an event: in its first sentence that names one, the mention ranked highest
 * (the coded place, then settlements, then admin areas, then the country); ties go to the earliest.
 */
export function choosePlace(sentences: SentenceFacts[]): Hit<PlaceMention> | null {
  for (const sf of sentences) {
    let best: Hit<PlaceMention> | null = null;
    for (const h of sf.places) if (best === null || rank(h.value) > rank(best.value)) best = h;
    if (best && rank(best.value) > 0) return withAreaQualifiers(best, sf);
  }
  for (const sf of sentences) if (sf.places.length > 0) return sf.places[0];
  return null;
}

/** Between a place and its country: "X, Burkina Faso", "X, in eastern Burkina Faso", "X province of northern Mali". */
const COUNTRY_GAP = /^[,\s]*(?:(?:in|of|au|du|en)\s+)?(?:(?:the\s+)?(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|centre|nord|sud|est|ouest)\s+(?:of\s+)?)?$/i;

/** "Sole, in Loroum province": an admin area named in the same sentence qualifies the settlement. */
function withAreaQualifiers(best: Hit<PlaceMention>, sf: SentenceFacts): Hit<PlaceMention> {
  const country = sf.places.find((h) => h.value.kindHint === "country")?.value.countryHint
    ?? sf.countries.find((c) => !c.value.adjective && c.start >= best.end && COUNTRY_GAP.test(sf.text.slice(best.end - sf.sentence.start, c.start - sf.sentence.start)))?.value.iso3
    ?? best.value.countryHint;
  const settlementLike = best.value.kindHint === "settlement" || best.value.kindHint === null;
  const extra = settlementLike
    ? sf.places
        .filter((h) => h !== best && (h.value.kindHint === "admin1" || h.value.kindHint === "admin2" || h.value.kindHint === "admin3"))
        .map((h) => h.value.name)
        .filter((n) => !best.value.qualifiers.includes(n) && n !== best.value.name)
    : [];
  if (extra.length === 0 && country === best.value.countryHint) return best;
  return { ...best, value: { ...best.value, qualifiers: [...best.value.qualifiers, ...extra], countryHint: country } };
}
