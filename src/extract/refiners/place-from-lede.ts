import type { ExtractedEvent, PlaceMention, PlaceNameIndex } from "../../domain/index.js";
import { isAreaOnly } from "../assemble/event-place.js";
import { atPlace } from "./event-at-place.js";

const AREA_KINDS = new Set<string | null>(["admin1", "admin2", "admin3"]);

/**
 * "Operations in the area of Wendou (Gorom-Gorom, Oudalan). Corpses were left behind ... split
 * across six events in Oudalan.": an event read from later sentences that only name a province
 * is at the place the opening sentence qualified with that same province. The lede's place
 * must lie before the event and belong to no other event.
 */
export function placeFromLede(events: ExtractedEvent[], places: PlaceMention[], index: PlaceNameIndex): ExtractedEvent[] {
  return events.map((e) => {
    const p = e.place;
    if (!p || !isAreaOnly(p, index)) return e;
    const area = p.name.toLowerCase();
    const lede = places
      .filter((o) => o.end <= e.start && o.kindHint !== "country" && !AREA_KINDS.has(o.kindHint) && o.qualifiers.some((q) => q.toLowerCase() === area))
      .filter((o) => !events.some((other) => other !== e && o.start >= other.start && o.end <= other.end))
      .pop();
    return lede ? atPlace(e, lede) : e;
  });
}
