/**
 * A note may yield several events (an attack and the clash that followed, or
 * one event per village). The coded row is one event: it is compared with the
 * extracted event that agrees with it most, weighing the fields an analyst
 * would use to say "that is the same event" — type first, then actors, place
 * and date. Ties go to the event read first in the text.
 */
import type { ExtractedEvent } from "../domain/event.js";
import { sameActor } from "./actor-equivalence.js";
import type { GoldRow } from "./gold-row.js";
import { haversineKm } from "./place-comparison.js";

export interface EventMatch {
  event: ExtractedEvent;
  /** Position of the chosen event among the note's events. */
  index: number;
  /** How many events the note yielded. */
  candidates: number;
  score: number;
  /** What agreed, for the scorecard's "matched on" line. */
  matchedOn: string[];
}

const WEIGHTS = {
  sub_event_type: 4,
  event_type: 2,
  actor1: 2,
  actor2: 1,
  location: 2,
  event_date: 1,
  fatalities: 0.5,
} as const;

/** Kilometres within which a location counts as agreeing for matching. */
const MATCH_DISTANCE_KM = 25;

export function distanceToGoldKm(gold: GoldRow, event: ExtractedEvent): number | null {
  const loc = event.location;
  if (gold.latitude === null || gold.longitude === null || !loc || loc.latitude === null || loc.longitude === null) return null;
  return haversineKm(gold.latitude, gold.longitude, loc.latitude, loc.longitude);
}

function agreement(gold: GoldRow, event: ExtractedEvent): { score: number; on: string[] } {
  const on: string[] = [];
  if (gold.sub_event_type !== null && gold.sub_event_type === event.sub_event_type) on.push("sub_event_type");
  else if (gold.event_type !== null && gold.event_type === event.event_type) on.push("event_type");
  if (gold.actor1 !== null && sameActor(gold.actor1, event.actor1)) on.push("actor1");
  if (gold.actor2 !== null && sameActor(gold.actor2, event.actor2)) on.push("actor2");
  const km = distanceToGoldKm(gold, event);
  if (km !== null && km <= MATCH_DISTANCE_KM) on.push("location");
  if (gold.event_date !== null && gold.event_date === event.event_date) on.push("event_date");
  if (gold.fatalities !== null && gold.fatalities === (event.fatalities.low ?? 0)) on.push("fatalities");
  const score = on.reduce((s, f) => s + WEIGHTS[f as keyof typeof WEIGHTS], 0);
  return { score, on };
}

/** The extracted event that best matches the coded row; null when the note yielded none. */
export function pickBestMatch(events: readonly ExtractedEvent[], gold: GoldRow): EventMatch | null {
  let best: EventMatch | null = null;
  events.forEach((event, index) => {
    const { score, on } = agreement(gold, event);
    if (!best || score > best.score) best = { event, index, candidates: events.length, score, matchedOn: on };
  });
  return best;
}
