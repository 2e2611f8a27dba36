import type { Evidence } from "./evidence.js";
import type { EventLocation, PlaceMention } from "./place.js";
import type { EventType, InterCode, SubEventType } from "./taxonomy.js";

export type DatePrecision = "day" | "week" | "month" | "year" | "unknown";

/** ACLED-style confidence in what a report says happened. */
export type Verification = "confirmed" | "reported" | "claimed" | "unverified" | "disputed";

export interface ActorRef {
  /** Short name as analysts say it ("JNIM", "VDP", "Military Forces of Burkina Faso"). */
  name: string;
  /** ACLED's actor name, so exports match ACLED's ("JNIM: Group for Support of Islam and Muslims"). */
  acled_name: string;
  /** ACLED inter code (1 state forces ... 8 external forces). */
  inter: InterCode;
}

export interface Fatalities {
  /** ACLED's conservative figure: "dozens" = 12, "tens" = 10, "hundreds" = 100. null = nothing stated. */
  low: number | null;
  /** The figure the reports give (UCDP's best estimate). */
  best: number | null;
  high: number | null;
  /** The words the count was read from. */
  text: string | null;
}

export interface Weapon {
  name: string;
  category: string;
  origin_country: string | null;
  /** Who took it, for captured weapons; null when used rather than captured. */
  captured_by: string | null;
  captured_from: string | null;
}

/** The coded values of one event: what an analyst would enter in a row. */
export interface EventValues {
  event_type: EventType;
  sub_event_type: SubEventType;
  /** ISO date YYYY-MM-DD; with date_precision other than "day" it is the latest possible day. null when nothing is known. */
  event_date: string | null;
  date_precision: DatePrecision;
  actor1: ActorRef | null;
  actor2: ActorRef | null;
  assoc_actors: ActorRef[];
  civilian_targeting: boolean;
  location: EventLocation | null;
  fatalities: Fatalities;
  verification: Verification;
  claimed_by: string | null;
  claim_relayed_by: string | null;
  weapons: Weapon[];
  /** One-sentence summary in ACLED's style, in English. */
  notes: string;
}

/**
 * One event as extraction reads it from one document, before geocoding:
 * `location` is still null and `place` holds the mention to resolve.
 */
export interface ExtractedEvent extends EventValues {
  /** The place where it happened, as the text names it; null when the text names none. */
  place: PlaceMention | null;
  /** Span of the sentence(s) the event was read from. */
  start: number;
  end: number;
  evidence: Evidence[];
}

/** One document's contribution to a stored event: its own values and the evidence behind them. */
export interface EventSource {
  document_id: string;
  url: string | null;
  title: string | null;
  published_at: string | null;
  source_name: string | null;
  /** This source's own coded values (before merging with other sources). */
  values: EventValues;
  evidence: Evidence[];
}

/** A stored event: merged values, every source, and analysts' review state. */
export interface ConflictEvent extends EventValues {
  id: string;
  sources: EventSource[];
  /** "auto" until an analyst confirms it; "rejected" when marked not an event. */
  review_status: "auto" | "confirmed" | "rejected";
  created_at: string;
  updated_at: string;
}

/** What extraction returns for one document: its events, and every place the text names (context for geocoding). */
export interface DocumentExtraction {
  events: ExtractedEvent[];
  places: PlaceMention[];
  /** Language the rules used ("en", "fr"). */
  language: string | null;
}
