import type { ExtractedEvent, PlaceMention, PlaceNameIndex } from "../../domain/index.js";

/**
 * A place the gazetteer does not know, named bare where the event is reported ("les détachements
 * de Bahn et Toéni") and qualified elsewhere in the report ("Bahn, une localité située dans la
 * province du Loroum"): the event's mention takes the qualifiers the report gives it, so that the
 * geocoder can at least place it in its province.
 */
export function qualifyFromDocument(events: ExtractedEvent[], places: PlaceMention[], index: PlaceNameIndex): ExtractedEvent[] {
  for (const e of events) {
    const p = e.place;
    if (!p || p.kindHint === "country" || p.qualifiers.length > 0 || p.secondary !== null || index.has(p.name)) continue;
    const key = p.name.toLowerCase();
    const other = places.find((o) => o !== p && o.name.toLowerCase() === key && (o.qualifiers.length > 0 || o.secondary !== null));
    if (other) e.place = { ...p, qualifiers: [...other.qualifiers], secondary: other.secondary };
  }
  return withCountryFromDocument(events, places, index);
}

/**
 * "traders heading toward Kobou (Mali) ... (coded as Kobou at geoprecision 2)": the country the
 * report writes next to the place's name elsewhere is the place's country too.
 */
function withCountryFromDocument(events: ExtractedEvent[], places: PlaceMention[], index: PlaceNameIndex): ExtractedEvent[] {
  const isCountry = (q: string): boolean => index.kinds(q).includes("country");
  for (const e of events) {
    const p = e.place;
    if (!p || p.kindHint === "country" || p.countryHint !== null || p.qualifiers.some(isCountry)) continue;
    const key = p.name.toLowerCase();
    const country = places.find((o) => o !== p && o.name.toLowerCase() === key && o.qualifiers.some(isCountry))?.qualifiers.find(isCountry);
    if (country) e.place = { ...p, qualifiers: [...p.qualifiers, country] };
  }
  return events;
}
