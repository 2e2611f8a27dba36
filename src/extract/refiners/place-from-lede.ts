import type { ExtractedEvent, PlaceMention, PlaceNameIndex } from "../../domain/index.js";
import { isAreaOnly } from "../assemble/event-place.js";
import { composeNotes } from "../assemble/notes.js";

const AREA_KINDS = new Set<string | null>(["admin1", "admin2", "admin3"]);

/**
 * "Operations in the area of Wendou (Gorom-Gorom, Oudalan). Corpses were left behind ... split
 * across six events in Oudalan.": an event read from later sentences that only name a province
 * is at the place the opening sentence qualified with that same province. The lede's place
 * must lie before the event and belong to no other event.
 */
export function placeFromLede(events: ExtractedEvent[], places: PlaceMention[], index: PlaceNameIndex): ExtractedEvent[] {
  for (const e of events) {
    const p = e.place;
    if (!p || !isAreaOnly(p, index)) continue;
    const area = p.name.toLowerCase();
    const lede = places
      .filter((o) => o.end <= e.start && o.kindHint !== "country" && !AREA_KINDS.has(o.kindHint) && o.qualifiers.some((q) => q.toLowerCase() === area))
      .filter((o) => !events.some((other) => other !== e && o.start >= other.start && o.end <= other.end))
      .pop();
    if (!lede) continue;
    e.place = lede;
    e.evidence = [...e.evidence.filter((x) => x.field !== "location"), { field: "location", text: lede.text, start: lede.start, end: lede.end, rule: lede.rule, stated: true }];
    const dateStated = e.evidence.some((x) => x.field === "event_date" && x.stated);
    const { notes: _n, place: _p, start: _s, end: _e, evidence: _ev, ...values } = e;
    e.notes = composeNotes(values, lede, dateStated);
  }
  return events;
}
