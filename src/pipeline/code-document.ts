import type { CleanDocument, ExtractedEvent, GeocodeContext } from "../domain/index.js";
import { extractDocument } from "../extract/index.js";
import type { Services } from "./services.js";

/**
 * Extraction then geocoding of one cleaned report: the events as one source
 * codes them, each with its location resolved against the whole report's places.
 */
export function codeDocument(doc: CleanDocument, services: Services): ExtractedEvent[] {
  const extraction = extractDocument(doc, { places: services.geocoder.names, language: doc.language });
  const context: GeocodeContext = {
    documentPlaces: extraction.places,
    countryHints: countryHintsOf(extraction.places),
  };
  return extraction.events.map((event) => ({
    ...event,
    location: services.geocoder.locate(event.place, context),
  }));
}

/** Countries the report itself names next to its places, most mentioned first. */
function countryHintsOf(places: GeocodeContext["documentPlaces"]): string[] {
  const counts = new Map<string, number>();
  for (const place of places) {
    if (place.countryHint) counts.set(place.countryHint, (counts.get(place.countryHint) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([iso3]) => iso3);
}
