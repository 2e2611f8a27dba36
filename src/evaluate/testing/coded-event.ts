import type { ExtractedEvent } from "../../domain/index.js";
import { eventTypeOf, type SubEventType } from "../../domain/taxonomy.js";

/**
 * For the evaluation's tests: an event a coder might return, with only its sub-event
 * type set (the event type follows from it) and every other field empty unless given.
 */
export function codedEvent(sub: SubEventType, over: Partial<ExtractedEvent> = {}): ExtractedEvent {
  return {
    event_type: eventTypeOf(sub),
    sub_event_type: sub,
    event_date: null,
    date_precision: "unknown",
    actor1: null,
    actor2: null,
    assoc_actors: [],
    civilian_targeting: false,
    location: null,
    fatalities: { low: null, best: null, high: null, text: null },
    verification: "reported",
    claimed_by: null,
    claim_relayed_by: null,
    weapons: [],
    notes: "",
    place: null,
    start: 0,
    end: 0,
    evidence: [],
    ...over,
  };
}
