import type { PlaceMention, PlaceNameIndex } from "../../domain/index.js";
import type { Hit } from "../rule.js";
import type { SentenceFacts } from "./sentence-facts.js";
import placeWords from "../lexicons/place-words.json" with { type: "json" };
import countriesJson from "../lexicons/countries.json" with { type: "json" };
import { BORDER_RULE, RIVER_RULE } from "../rules/place/border-or-river.js";
import { recallsPastEvent } from "../rules/place/past-event.js";
import { phraseAlternation } from "../lexicon/alias-pattern.js";

type Lang = "en" | "fr";
/** "from X", "to X": the start or end of a journey, written as the mention's own preposition. */
const TRAVEL: Record<Lang, RegExp> = {
  en: new RegExp(`^(?:${phraseAlternation(placeWords.travel_prepositions.en)})\\s`, "iu"),
  fr: new RegExp(`^(?:${phraseAlternation(placeWords.travel_prepositions.fr)})\\s`, "iu"),
};
/** "the mayor of", "the school of": what comes before an "of X" mention that names where someone belongs. */
const AFFILIATION: Record<Lang, RegExp> = {
  en: new RegExp(`(?<![\\p{L}])(?:${phraseAlternation(placeWords.affiliation_nouns.en)})\\s+$`, "iu"),
  fr: new RegExp(`(?<![\\p{L}])(?:${phraseAlternation(placeWords.affiliation_nouns.fr)})\\s+$`, "iu"),
};
const OF: Record<Lang, RegExp> = { en: /^of\s/i, fr: /^(?:de|du|d['’])\s*/i };
/** "the Cherif of", "Economic Solidarity of", "the direction of": a title, a body's name or a heading before "of X", mid-sentence. */
const TITLE_BEFORE = /(?:(?<=[\p{Ll},]\s)[\p{Lu}][\p{L}'’-]+|(?<![\p{L}])direction)\s+$/u;
const OF_THE: Record<Lang, RegExp> = { en: /^of\s+the\s/i, fr: /^(?:de\s+la|du|des)\s/i };

/**
 * How strongly a mention says "this is where it happened" (higher first). A stretch of road
 * ("between Gao and Gossi", "axis Konna-Douentza") ranks below a named place in the same
 * sentence: "in Kobou, between Gao and Bourem" says where Kobou lies.
 */
function rank(p: PlaceMention, sf: SentenceFacts): number {
  if (p.rule.endsWith("place-coded-as")) return 9;
  if (p.kindHint === "country") return 0;
  // "the Wendou attack of March 2016": a past event named by its place; a later sentence may say where this one was
  if (isPastEvent(p, sf)) return 0;
  // "villagers returning from the market in Wendou": one end of a journey told as background; "died at the
  // hospital in Gao", "220 km from the town of Sevare": where a victim was cared for, or a far reference point
  if (onJourney(p, sf) || isAftermathOrReference(p, sf)) return 1;
  if (p.rule.endsWith("place-preposition") && (isTravelEnd(p, sf) || isAffiliation(p, sf))) return 1;
  // "two herders of the Dori market were killed in Djibo": "of the" ties a name to a thing, "in" places the event
  if (p.rule.endsWith("place-preposition") && OF_THE[langOf(p)].test(p.text)) return 5.5;
  if (p.kindHint === "settlement") return 8;
  if (p.rule.endsWith("place-modifier")) return 5;
  if (p.relation === "between" || p.relation === "axis") return 5;
  if (p.kindHint === null) return 6;
  if (p.kindHint === "admin3") return 4;
  if (p.kindHint === "admin2") return 3;
  return 2;
}

function langOf(p: PlaceMention): Lang {
  return p.rule.startsWith("fr/") ? "fr" : "en";
}

/**
 * "not far from", "close to": what comes before a "from X"/"to X" that says the event was by X, not a
 * journey. ("25 km from X" says it was elsewhere: that stays low.)
 */
const PROXIMITY_LEAD: Record<Lang, RegExp> = {
  en: new RegExp(`(?<![\\p{L}])(?:${phraseAlternation(placeWords.proximity_anchor_phrases.en.map((w) => w.replace(/\s+\S+$/, "")))})\\s+$`, "iu"),
  fr: /$^/u,
};

/** "coming from Wendou", "evacuated to Gao": where a journey began or ended, not where it was interrupted. */
function isTravelEnd(p: PlaceMention, sf: SentenceFacts): boolean {
  if (!TRAVEL[langOf(p)].test(p.text)) return false;
  const at = p.start - sf.sentence.start;
  return !PROXIMITY_LEAD[langOf(p)].test(sf.text.slice(Math.max(0, at - 30), at));
}

/** A past event the report recalls by its place (see rules/place/past-event.ts), within the sentence. */
function isPastEvent(p: PlaceMention, sf: SentenceFacts): boolean {
  return langOf(p) === "en" && recallsPastEvent(sf.text, p.start - sf.sentence.start, p.end - sf.sentence.start);
}

/**
 * "returning from the weekly market in", "on their way to": a journey's end, the place's own preposition aside.
 * Only a few lower-case words may come between ("coming from Wendou in the area of Kobou" is at Kobou).
 */
const JOURNEY_BEFORE: Record<Lang, RegExp> = {
  en: new RegExp(`(?<![\\p{L}])(?:${phraseAlternation(placeWords.journey_words.en)})\\s+(?:home\\s+|back\\s+)?(?:from|to|towards?)\\s+(?:(?:the|a|an)\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}$`, "u"),
  fr: /$^/u,
};

/** "a peacekeeper from Liberia", "returning from Niger": a country people came from, not where it happened. */
function isOrigin(p: PlaceMention, sf: SentenceFacts): boolean {
  return p.kindHint === "country" && (onJourney(p, sf) || (TRAVEL[langOf(p)].test(p.text) && isTravelEnd(p, sf)));
}

/** "succumbed to his wounds at the medical center in": where a victim was taken after the event. */
const CARE_BEFORE = /(?<![\p{L}])(?:succumbed|died|passed\s+away|treated|admitted|evacuated|transferred|transported|taken)(?![\p{L}])[^.;]{0,50}(?:hospital|medical\s+cent(?:er|re)|health\s+cent(?:er|re)|clinic)\s+$/iu;
/** "220 kilometers from the garrison town of": a place named only as the point a distance is measured from. */
const DISTANCE_REFERENCE_BEFORE = /\d\s?(?:km|kms|kilometers|kilometres|miles)\s+(?:\p{L}+\s+)?(?:from|of|outside)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;

function isAftermathOrReference(p: PlaceMention, sf: SentenceFacts): boolean {
  if (langOf(p) !== "en") return false;
  const at = p.start - sf.sentence.start;
  const before = sf.text.slice(Math.max(0, at - 90), at);
  return CARE_BEFORE.test(before) || DISTANCE_REFERENCE_BEFORE.test(before);
}

function onJourney(p: PlaceMention, sf: SentenceFacts): boolean {
  const at = p.start - sf.sentence.start;
  return JOURNEY_BEFORE[langOf(p)].test(sf.text.slice(Math.max(0, at - 70), at));
}

/** "the mayor of Wendou", "the school of Kobou": whose office or home, not where the event was. */
function isAffiliation(p: PlaceMention, sf: SentenceFacts): boolean {
  const lang = langOf(p);
  if (!OF[lang].test(p.text)) return false;
  const before = sf.text.slice(Math.max(0, p.start - sf.sentence.start - 40), p.start - sf.sentence.start);
  return AFFILIATION[lang].test(before) || TITLE_BEFORE.test(before);
}

/** Only an administrative area: the mention says so, or every gazetteer entry of its name is one ("in Oudalan"). */
export function isAreaOnly(p: PlaceMention, index: PlaceNameIndex): boolean {
  if (p.kindHint !== null) return p.kindHint === "admin1" || p.kindHint === "admin2" || p.kindHint === "admin3";
  const kinds = index.kinds(p.name);
  return kinds.length > 0 && kinds.every((k) => k === "admin1" || k === "admin2" || k === "admin3");
}

/** Is it only an administrative area or a country (a place that a detail can narrow)? */
export function isAreaLevel(p: PlaceMention | null): boolean {
  return p === null || p.kindHint === "country" || p.kindHint === "admin1" || p.kindHint === "admin2" || p.kindHint === "admin3";
}

/**
 * The place of an event: the place its report says it is coded at, else in its first sentence
 * that names one, the mention ranked highest (settlements, then admin areas, then the country);
 * ties go to the earliest.
 */
export function choosePlace(sentences: SentenceFacts[]): Hit<PlaceMention> | null {
  // a coding remark in a later sentence ("The event is coded to Kobou"): the report says where the event is coded, wherever it says it
  for (const sf of sentences) {
    const coded = sf.places.find((h) => h.value.rule.endsWith("place-coded-as"));
    if (coded) return withAreaQualifiers(coded, sf);
  }
  for (const sf of sentences) {
    let best: Hit<PlaceMention> | null = null;
    for (const h of sf.places) if (best === null || rank(h.value, sf) > rank(best.value, sf)) best = h;
    if (best && rank(best.value, sf) > 0) return withAreaQualifiers(best, sf);
  }
  // a border or a river alone says only what the place lies by: no place, rather than the neighbouring country;
  // a past event's place or a journey's country ("returning from Niger") is no place either
  for (const sf of sentences) for (const h of sf.places) if (!isLandmark(h.value) && !isPastEvent(h.value, sf) && !isOrigin(h.value, sf)) return h;
  return null;
}

/** "near the Mali border", "the Niger river": a landmark a place lies by, never the place or its country. */
export function isLandmark(p: PlaceMention): boolean {
  return p.rule.endsWith(BORDER_RULE) || p.rule.endsWith(RIVER_RULE);
}

const COUNTRY_NAME = new Map(countriesJson.countries.map((c) => [c.iso3, c.name]));

/**
 * The country whose border a place lies by: "near the Niger border" says Niger; "the Mali-Niger border"
 * says Niger only when the place is known to be on the Malian side.
 */
function borderCountry(p: PlaceMention, placeCountry: string | null): string | null {
  if (!p.rule.endsWith(BORDER_RULE) || p.name === "") return null;
  if (p.secondary === null) return p.name;
  const own = placeCountry ? COUNTRY_NAME.get(placeCountry) : undefined;
  return own === p.name ? p.secondary : own === p.secondary ? p.name : null;
}

/** Between a place and its country: "X, Burkina Faso", "X, in eastern Burkina Faso", "X province of northern Mali". */
const COUNTRY_GAP = /^[,\s]*(?:(?:in|of|au|du|en)\s+)?(?:(?:the\s+)?(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|centre|nord|sud|est|ouest)\s+(?:of\s+)?)?$/i;

/** "Sole, in Loroum province": an admin area named in the same sentence qualifies the settlement. */
function withAreaQualifiers(best: Hit<PlaceMention>, sf: SentenceFacts): Hit<PlaceMention> {
  const landmarks = sf.places.filter((h) => isLandmark(h.value));
  const inLandmark = (c: { start: number; end: number }): boolean => landmarks.some((l) => l.start <= c.start && c.end <= l.end);
  // "Mali's border with Burkina Faso" says Mali's side; "near the Burkina Faso border" says no country of the place's own
  const country = sf.places.find((h) => h.value.kindHint === "country" && h.value.countryHint !== null)?.value.countryHint
    ?? sf.countries.find((c) => !c.value.adjective && !inLandmark(c) && c.start >= best.end && COUNTRY_GAP.test(sf.text.slice(best.end - sf.sentence.start, c.start - sf.sentence.start)))?.value.iso3
    ?? best.value.countryHint;
  // "Bondo, Cercle of Koro, near the Burkina Faso border": the geocoder prefers namesakes along that border (a Malian village, here)
  const border = isLandmark(best.value) ? undefined : landmarks.map((h) => borderCountry(h.value, country)).find((b) => b !== null) ?? undefined;
  const borderQualifier = border !== undefined && !best.value.qualifiers.some((q) => /border/i.test(q)) ? [`border with ${border}`] : [];
  const settlementLike = best.value.kindHint === "settlement" || best.value.kindHint === null;
  const extra = settlementLike
    ? sf.places
        .filter((h) => h !== best && (h.value.kindHint === "admin1" || h.value.kindHint === "admin2" || h.value.kindHint === "admin3"))
        .map((h) => h.value.name)
        .filter((n) => !best.value.qualifiers.includes(n) && n !== best.value.name)
    : [];
  if (extra.length === 0 && borderQualifier.length === 0 && country === best.value.countryHint) return best;
  return { ...best, value: { ...best.value, qualifiers: [...best.value.qualifiers, ...extra, ...borderQualifier], countryHint: country } };
}
