import type { CleanDocument, ExtractedEvent, GeocodeContext, PlaceMention } from "../domain/index.js";
import { COVERED_ISO3 } from "../domain/index.js";
import { actorAreasOf, blankSpans, countriesNamedIn, cuedCountry, extractDocument, forcesCountry, isLandmark, localiseActors, majorPlaceCountry, relocaliseActors } from "../extract/index.js";
import type { Services } from "./services.js";

export interface CodeOptions {
  /** The user named the language (--language): every paragraph is read in it, none is routed by detection. */
  languageOverride?: boolean;
}

/**
 * Extraction then geocoding of one cleaned report: the events as one source
 * codes them, each with its location resolved against the whole report's places.
 */
export function codeDocument(doc: CleanDocument, services: Services, options: CodeOptions = {}): ExtractedEvent[] {
  const extraction = extractDocument(doc, {
    places: services.geocoder.names,
    language: doc.language,
    languageOverride: options.languageOverride ?? false,
  });
  const documentHints = countryHintsOf(extraction.places);
  // "near the Mali border", "le fleuve Niger": what names nobody's country, as the extraction read it
  const landmarkFree = withoutLandmarks(doc.text ?? "", extraction.places);
  return extraction.events.map((event) => {
    const eventText = (doc.text ?? "").slice(event.start, event.end);
    const othersAbroad = withoutOtherPlacesCountries(landmarkFree, extraction.places, event);
    const cued = cuedCountry(eventText, withoutOwnPlace(othersAbroad, event));
    // "Malian soldiers" near a village of both Mali and Burkina Faso: the forces' country, when no institution points elsewhere
    const cue = cued ?? forcesCountry(eventText);
    const context: GeocodeContext = {
      documentPlaces: extraction.places,
      countryHints: unique([...statedCountries(event, othersAbroad), ...documentHints, ...(cued ? [cued] : [])]),
      areaHints: actorAreasOf(eventText),
      cueCountries: cue ? [cue] : [],
    };
    const location = services.geocoder.locate(event.place, context);
    // Names like "Civilians (Mali)" take the country the event was placed in when the text gave none;
    // an event not placed takes its report's other places' country, else the one its words point to ("FAMa", "the Ouaga-Kaya road").
    const country = location?.iso3 ?? reportCountry(extraction.places, services, context) ?? cued;
    const localised = localiseActors({ ...event, location }, country);
    return location ? relocaliseActors(localised, location.iso3, landmarkFree) : localised;
  });
}


/**
 * The report's text with its landmark mentions blanked ("near the Mali border", "the Niger river",
 * "la frontière malienne"): the border-or-river rule's spans, so that the countries the pipeline
 * reads as named for someone are the ones the extraction read so. Offsets are kept.
 */
export function withoutLandmarks(text: string, places: PlaceMention[]): string {
  return blankSpans(text, places.filter(isLandmark));
}

/** ", Niger" right after a place: the country written in apposition, up to the next punctuation. */
const APPOSED_COUNTRY = /^\s*,\s*([\p{Lu}][\p{L} '-]{1,24}?)(?=\s*(?:[,.;:()]|$))/u;

/**
 * The text with the report's other places that are written with their country blanked, country included
 * ("returning from the market in Ayorou, Niger"): that country is the other place's, said because it differs
 * from the event's; read as the event's own (by name, or by the town as a cue), it would send a village the
 * gazetteer knows only across the border to none. The event's own place keeps its country ("in Djibo,
 * Burkina Faso"). Returns the event's text, offsets kept.
 */
export function withoutOtherPlacesCountries(text: string, places: PlaceMention[], event: ExtractedEvent): string {
  const own = event.place;
  const spans: Array<{ start: number; end: number }> = [];
  for (const p of places) {
    if (p.end <= event.start || p.start >= event.end || (own && p.start === own.start && p.end === own.end) || isLandmark(p)) continue;
    const m = APPOSED_COUNTRY.exec(text.slice(p.end, p.end + 40));
    if (!m || countriesNamedIn(m[1], { cues: false }).length !== 1 || countriesNamedIn(text.slice(p.start, p.end), { cues: false }).length > 0) continue;
    spans.push({ start: p.start - event.start, end: Math.min(p.end + m[0].length, event.end) - event.start });
  }
  return blankSpans(text.slice(event.start, event.end), spans);
}

/**
 * The event's text with its own place mention blanked, to read major places in: "Seno Edal" or "Lere-Mbardi"
 * holds the name of a major place ("Seno", "Lere") that would cue that place's country for the very village
 * being resolved; where the event's place is, the gazetteer says. Offsets are kept.
 */
function withoutOwnPlace(eventText: string, event: ExtractedEvent): string {
  const place = event.place;
  return place ? blankSpans(eventText, [{ start: place.start - event.start, end: place.end - event.start }]) : eventText;
}

/**
 * The event could not be placed: the country of the report's other places, when every one of
 * them that the gazetteer places (a village elsewhere in the report, a commune named as a
 * qualifier, "in Mali" itself) lies in the same Sahel country. Nothing placed, or places in
 * several countries: no country (none is assumed).
 */
export function reportCountry(places: PlaceMention[], services: Services, context: GeocodeContext): string | null {
  const found = new Set<string>();
  for (const place of places) {
    // "near the Mali border", "the Niger river": a landmark, not a place of the report's country
    if (isLandmark(place)) continue;
    const names = [place, ...place.qualifiers.map((q) => ({ ...place, name: q, text: q, qualifiers: [], secondary: null, kindHint: null }))];
    for (const p of names) {
      const loc = services.geocoder.locate(p, context);
      // a capital abroad ("a rally in Paris") says where the report looks, not where the event is
      if (loc && COVERED_ISO3.has(loc.iso3)) found.add(loc.iso3);
      if (found.size > 1) return null;
    }
  }
  return found.size === 1 ? [...found][0] : null;
}

/** Countries the report itself names next to its places, most mentioned first. */
function countryHintsOf(places: PlaceMention[]): string[] {
  const counts = new Map<string, number>();
  for (const place of places) {
    if (place.countryHint) counts.set(place.countryHint, (counts.get(place.countryHint) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([iso3]) => iso3);
}

/**
 * The Sahel countries the event's own words name: a nationality or country ("Malian soldiers", "in
 * northern Burkina Faso"; borders aside), or a town the major-places lexicon knows as the place
 * ("Boni"). Not its actors' names: extraction may have named them after a country guessed from
 * the very place name being resolved (its only namesake in the gazetteer, or a tie between
 * countries), and fed back as a hint that guess would decide the place it was drawn from.
 */
function statedCountries(event: ExtractedEvent, eventText: string): string[] {
  const named = countriesNamedIn(eventText, { cues: false }).filter((c) => COVERED_ISO3.has(c));
  const major = majorPlaceCountry(event.place);
  return major ? [major, ...named] : named;
}

function unique(codes: string[]): string[] {
  return [...new Set(codes)];
}
