import type { PlaceMention } from "../domain/place.js";
import type { GazetteerPlace } from "./load-gazetteer.js";
import { AREA_SCORE, isMajorPlace, distanceKm, type RankingEvidence, type ResolvedHint, type ScoredCandidate } from "./rank-candidates.js";
import { contradictsQualifiers } from "./qualifier-contradiction.js";
import { spellingDoubt } from "./spelling-doubts.js";
import { COVERED_ISO2 } from "../domain/coverage.js";

/** No more than one area hint: a gap between namesakes that no evidence of the report made. */
const COUNTRY_TOSS_MARGIN = AREA_SCORE;
/** Villages, towns, communes and herders' camps: places an event happens in. */
const isSettlement = (p: GazetteerPlace): boolean => p.fclass === "P" || p.fclass === "A" || p.fcode === "CMP";
const HINTS_AGREE = /is its admin unit|is its own name|^([0-9]|[1-5][0-9]) km from (qualifier|anchor)/;

/** What the geocoder knows once it has ranked the namesakes of a mention. */
export interface RankedMention {
  mention: PlaceMention;
  /** The name is a common word ("Sole") or written lower-case. */
  commonWord: boolean;
  best: ScoredCandidate;
  scored: ScoredCandidate[];
  evidence: RankingEvidence;
  anchor: ResolvedHint | null;
  qualifiers: ResolvedHint[];
  reportCountries: ReadonlySet<string>;
  /** How many other places of the report the gazetteer placed. */
  contextPlaces: number;
  /** The known first part of an unknown name ("Kalamba" of "Kalamba-Peulh"), if that is what matched. */
  partial: string | null;
}

/** One reason not to take the best-ranked namesake: says why, or null when it does not apply. */
type Refusal = (r: RankedMention) => string | null;

const saidOf = (x: ScoredCandidate): boolean => x.hinted || x.nearContext || x.inArea || x.evidence.some((e) => e.includes("from another place of the report"));

// A spelling variant must agree with the report: with its hints when it has some, else with its other places.
// With neither, a variant must lie where the event's groups are active, when the report names groups
// ("Tagarangabot" with GATIA militiamen is the well Tagaran Gabout in Gao, not a namesake in Agadez; "Tancoulle"
// in a report on Dogon hunters is no Tankoulé in Ségou); with no group either, a report of unknown country
// takes no well, wadi or hill.
const variantAgainstHints: Refusal = ({ mention, best, anchor, qualifiers, contextPlaces, reportCountries, evidence, partial }) => {
  if (best.match.via !== "loose" && partial === null) return null;
  const place = best.match.place;
  const unsupported =
    anchor !== null || qualifiers.length > 0
      ? !best.evidence.some((e) => HINTS_AGREE.test(e))
      : contextPlaces > 0
        ? !best.supported
        : !best.inArea && !best.supported && (evidence.areaKeys !== undefined || (reportCountries.size === 0 && place.fclass !== "P" && place.fclass !== "A"));
  return unsupported ? `"${mention.name}" is only a spelling variant of ${place.name}, and the report's hints point elsewhere` : null;
};

// "Hourara" read as Wara, Ouara or Wassara, with nothing in the report for any of them: a coin toss, not a place.
// So is a village both Burkina Faso and Mali have, in a report that says nothing of its country.
const coinToss: Refusal = ({ mention, best, scored, reportCountries }) => {
  const p = best.match.place;
  const runnerUp = scored[1];
  const tossUp = best.match.via === "loose" || (reportCountries.size === 0 && runnerUp !== undefined && runnerUp.match.place.iso2 !== p.iso2);
  if (!tossUp || saidOf(best) || !runnerUp || runnerUp.score !== best.score) return null;
  if (distanceKm(p.lat, p.lon, runnerUp.match.place.lat, runnerUp.match.place.lon) <= 10) return null;
  // (say which: an analyst reading "spelling variant" of a name the gazetteer has word for word would look for a typo)
  return best.match.via === "loose"
    ? `"${mention.name}" is a spelling variant of several places the report says nothing about`
    : `"${mention.name}" names places in several countries (${p.country}, ${runnerUp.match.place.country}) and the report says nothing of its country`;
};

const doubtfulSpelling: Refusal = ({ mention, best, scored, evidence }) => spellingDoubt(mention.name, best, scored, evidence);

// "Fana" (two Nigerien villages and a Malian town), "Essakane" (a Malian village, a Burkinabe mining camp): with
// nothing in the report for any country, a namesake in another Sahel country ranked less than one area hint
// below (a spelling, a camp rather than a village) is as likely; the first in the gazetteer would be a guess abroad.
// So when the report's groups are active around both (ISGS in Oudalan and in Gao): that evidence parts neither.
const namesakeAbroad: Refusal = ({ mention, best, scored, reportCountries }) => {
  const p = best.match.place;
  if (reportCountries.size > 0 || isMajorPlace(p)) return null;
  const abroad = scored.find(
    (x) => x.match.place.iso2 !== p.iso2 && COVERED_ISO2.has(x.match.place.iso2) && isSettlement(x.match.place) && best.score - x.score <= COUNTRY_TOSS_MARGIN && (!saidOf(best) || saidOf(x)),
  );
  return abroad ? `"${mention.name}" is also ${abroad.match.place.name} in ${abroad.match.place.country}, nearly as likely, and the report says nothing of its country` : null;
};

// "Kabougou (Tansarga, Tapoa)" with the only Kabougou in Mali, "Belgou (Arbinda, Soum)" with the
// only Belgou 100 km from Arbinda: the qualifiers say where the place is; the gazetteer's is another.
// A city is no accidental homonym: a qualifier it contradicts was misread ("Bobo-Dioulasso ... the Sahel Region").
const qualifiersElsewhere: Refusal = ({ mention, best, qualifiers }) =>
  qualifiers.length > 0 && !isMajorPlace(best.match.place) && contradictsQualifiers(best.match.place, qualifiers)
    ? `every ${mention.name} in the gazetteer lies outside ${qualifiers.map((q) => `"${q.text}"`).join(", ")}`
    : null;

// "Mariko, near Niono" with the only Mariko 150 km from Niono: the report means another,
// unrecorded Mariko; the anchor is what is known.
// "Diamweli (near Bandiougou)" with the only Diamweli in another country than every Bandiougou: likewise,
// unless the qualifiers place it ("Samboali, near Nadiagou (Pama, Kompienga)").
const farFromAnchor: Refusal = ({ mention, best, anchor }) => {
  if (!anchor || (mention.relation !== "at" && mention.relation !== "near") || anchor.places.length === 0) return null;
  const anchorAbroad = best.evidence.some((e) => e.startsWith("anchor ") && e.endsWith("is in another country")) && !best.evidence.some((e) => /^qualifier .* is its admin unit|^\d+ km from qualifier/.test(e));
  const far = anchorAbroad || best.evidence.some((e) => e.startsWith("far (") && e.includes("from anchor"));
  return far ? `every ${mention.name} in the gazetteer is far from "${anchor.text}"` : null;
};

const unsupportedCommonWord: Refusal = ({ mention, best, commonWord }) => {
  const phrased = mention.relation !== "at" || mention.secondary !== null;
  return commonWord && !best.supported && !phrased ? `"${mention.name}" is a common word or uncertain spelling and nothing in the report supports it as a place` : null;
};

// Never a guess in another country: a minor place outside the report's countries needs support from the text.
// Provinces and regions are not accidental homonyms.
// A report of unknown country is read as a Sahel report: a hamlet in Senegal or Côte d'Ivoire is no guess either.
const minorPlaceAbroad: Refusal = ({ best, reportCountries }) => {
  const p = best.match.place;
  const homeCountries = reportCountries.size > 0 ? reportCountries : COVERED_ISO2;
  const foreign = !homeCountries.has(p.iso2) && !isMajorPlace(p) && p.kind !== "admin1" && p.kind !== "admin2" && !best.hinted && !best.nearContext;
  return foreign ? `best match ${p.name} is a minor place in ${p.country}, outside the report's countries, with no support` : null;
};

// "a march in Touba" in a report of unknown country: a provincial town of Côte d'Ivoire or Senegal outranks
// the Sahel villages of that name only by its size; a Sahel report means a Sahel place, so with
// nothing in the report for the town, none is taken. A national capital or a world city is named for itself.
const townAbroadOverSahelNamesakes: Refusal = ({ best, scored, reportCountries }) => {
  const p = best.match.place;
  if (reportCountries.size > 0 || COVERED_ISO2.has(p.iso2) || p.kind === "country" || p.fcode === "PPLC" || p.fcode === "PPLW" || saidOf(best)) return null;
  const sahel = scored.find((x) => COVERED_ISO2.has(x.match.place.iso2) && isSettlement(x.match.place));
  return sahel ? `"${best.match.place.name}" in ${p.country} outranks ${sahel.match.place.name} (${sahel.match.place.country}) only by its size, and the report says nothing of its country` : null;
};

/** In order: the first that applies is the reason given. */
const REFUSALS: readonly Refusal[] = [variantAgainstHints, coinToss, doubtfulSpelling, namesakeAbroad, townAbroadOverSahelNamesakes, qualifiersElsewhere, farFromAnchor, unsupportedCommonWord, minorPlaceAbroad];

/** Why the best-ranked namesake is not taken as the event's place, or null when it is. */
export function refusalOf(ranked: RankedMention): string | null {
  for (const refusal of REFUSALS) {
    const why = refusal(ranked);
    if (why) return why;
  }
  return null;
}
