import type { ExtractedEvent, PlaceMention } from "../../domain/index.js";
import { composeNotes } from "../assemble/notes.js";

/** The event placed at another mention of the report, its location evidence and notes following. */
export function atPlace(e: ExtractedEvent, place: PlaceMention): ExtractedEvent {
  const evidence = [...e.evidence.filter((x) => x.field !== "location"), { field: "location", text: place.text, start: place.start, end: place.end, rule: place.rule, stated: true }];
  return withNotes({ ...e, place, evidence });
}

/** The event's notes written again from its values (its place or toll changed). */
export function withNotes(e: ExtractedEvent): ExtractedEvent {
  const dateStated = e.evidence.some((x) => x.field === "event_date" && x.stated);
  const { notes: _n, place: _p, start: _s, end: _e, evidence: _ev, ...values } = e;
  return { ...e, notes: composeNotes(values, e.place, dateStated) };
}
