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
  return events;
}
