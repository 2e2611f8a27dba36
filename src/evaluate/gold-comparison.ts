/**
 * Compares one coded ACLED row with the event matched to it: which metrics it
 * counts towards (only those whose column the row fills), whether they agree,
 * and the disagreements a person should read. A row whose note yielded no
 * event fails every metric it counts towards and is written once, as "event".
 */
import type { ExtractedEvent } from "../domain/event.js";
import { actorsOverlap, sameActor } from "./actor-equivalence.js";
import { statedDayMonth, type StatedDate } from "./date-statement.js";
import { distanceToGoldKm, type EventMatch } from "./event-matcher.js";
import type { GoldRow } from "./gold-row.js";
import { notesSplitTollAcrossEvents } from "./note-conventions.js";
import { sameAdminName, sameCountry } from "./place-comparison.js";

export interface Disagreement {
  rowId: string;
  field: string;
  acled: string;
  ours: string;
  notes: string;
}

/** Metric keys a row can count towards. */
export type CheckKey =
  | "event_found"
  | "event_type"
  | "sub_event_type"
  | "event_date_exact"
  | "event_date_exact_full_date_notes"
  | "event_date_day_month_notes"
  | "actor1"
  | "actor1_overlap"
  | "actor2"
  | "actor2_none_when_acled_none"
  | "location_10km"
  | "location_25km"
  | "geo_precision1_10km"
  | "geo_precision1_25km"
  | "admin1"
  | "admin2"
  | "right_country"
  | "fatalities_exact"
  | "fatalities_within_1"
  | "fatalities_exact_toll_not_split"
  | "civilian_targeting";

export type LocationOutcome = "within 10 km" | "10-25 km" | "25-100 km" | "over 100 km" | "place not resolved" | "no place in the text" | "no event";

function locationOutcome(e: ExtractedEvent | null, km: number | null): LocationOutcome {
  if (!e) return "no event";
  // A location without coordinates counts as not resolved.
  if (km === null) return e.place || e.location ? "place not resolved" : "no place in the text";
  if (km <= 10) return "within 10 km";
  if (km <= 25) return "10-25 km";
  return km <= 100 ? "25-100 km" : "over 100 km";
}

export interface RowComparison {
  checks: Partial<Record<CheckKey, boolean>>;
  disagreements: Disagreement[];
  /** Our sub_event_type (null when no event), for the confusion table. */
  predictedSubEventType: string | null;
  distanceKm: number | null;
  /** How the location went, when ACLED gives coordinates: the kinds of location error for the geocoding helpers. */
  locationOutcome: LocationOutcome | null;
  /** Direction of a fatality error (null when exact or not scored). */
  fatalityError: "ours-higher" | "ours-lower" | null;
  /** Ours equals ACLED's date with day and month swapped: a likely spreadsheet mix-up in the export (still counted wrong). */
  dateSwapped: boolean;
}

/** "2019-04-05" -> "2019-05-04"; null when the swap is not a date (day > 12). */
export function swapDayMonth(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || m[2] === m[3] || Number(m[3]) > 12) return null;
  return `${m[1]}-${m[3]}-${m[2]}`;
}

function actorText(actor: ExtractedEvent["actor1"]): string {
  if (!actor) return "";
  return actor.acled_name && actor.acled_name !== actor.name ? `${actor.acled_name} [${actor.name}]` : actor.name;
}

function placeText(event: ExtractedEvent, km: number | null): string {
  const loc = event.location;
  if (!loc) return event.place ? `unresolved: ${event.place.name}` : "";
  const coords = loc.latitude !== null && loc.longitude !== null ? ` (${loc.latitude.toFixed(4)}, ${loc.longitude.toFixed(4)})` : " (no coordinates)";
  return `${loc.name}, ${loc.admin2 ?? "?"}, ${loc.admin1 ?? "?"}, ${loc.iso3}${coords}${km === null ? "" : ` ${km.toFixed(1)} km`}`;
}

export function compareRow(gold: GoldRow, match: EventMatch | null, stated: StatedDate): RowComparison {
  const checks: RowComparison["checks"] = {};
  const disagreements: Disagreement[] = [];
  const disagree = (field: string, acled: string, ours: string): void => {
    if (match) disagreements.push({ rowId: gold.id, field, acled, ours, notes: gold.notes });
  };
  const check = (key: CheckKey, ok: boolean): boolean => (checks[key] = ok);
  let dateSwapped = false;

  check("event_found", match !== null);
  if (!match) {
    disagreements.push({ rowId: gold.id, field: "event", acled: `${gold.event_type ?? "event"}: ${gold.sub_event_type ?? ""}`, ours: "(no event)", notes: gold.notes });
  }
  const e = match?.event ?? null;

  if (gold.event_type !== null && !check("event_type", e?.event_type === gold.event_type)) {
    disagree("event_type", gold.event_type, e?.event_type ?? "");
  }
  if (gold.sub_event_type !== null && !check("sub_event_type", e?.sub_event_type === gold.sub_event_type)) {
    disagree("sub_event_type", gold.sub_event_type, e?.sub_event_type ?? "");
  }

  if (gold.event_date !== null) {
    const exact = check("event_date_exact", e?.event_date === gold.event_date);
    if (stated === "full") check("event_date_exact_full_date_notes", exact);
    // Without a year in the note, the day and month are still checkable.
    if (stated === "day-month") check("event_date_day_month_notes", dayMonthRead(e) === gold.event_date.slice(5));
    dateSwapped = !exact && !!e?.event_date && swapDayMonth(gold.event_date) === e.event_date;
    if (!exact) {
      const precision = e && e.date_precision !== "day" ? ` (${e.date_precision})` : "";
      disagree("event_date", gold.event_date, `${e?.event_date ?? ""}${precision} [notes: ${stated} date${dateSwapped ? "; day/month swapped vs ACLED" : ""}]`);
    }
  } else if (gold.event_date_raw !== null) {
    disagree("event_date", `unreadable: ${gold.event_date_raw}`, e?.event_date ?? "");
  }

  if (gold.actor1 !== null) {
    if (!check("actor1", sameActor(gold.actor1, e?.actor1 ?? null))) disagree("actor1", gold.actor1, actorText(e?.actor1 ?? null));
    check("actor1_overlap", actorsOverlap(gold.actor1, e?.actor1 ?? null));
  }
  if (gold.actor2 !== null) {
    if (!check("actor2", sameActor(gold.actor2, e?.actor2 ?? null))) disagree("actor2", gold.actor2, actorText(e?.actor2 ?? null));
  } else if (e && gold.columns.has("actor2")) {
    if (!check("actor2_none_when_acled_none", e.actor2 === null)) disagree("actor2", "", actorText(e.actor2));
  }

  const km = e ? distanceToGoldKm(gold, e) : null;
  let where: LocationOutcome | null = null;
  if (gold.latitude !== null && gold.longitude !== null) {
    where = locationOutcome(e, km);
    const within10 = check("location_10km", km !== null && km <= 10);
    check("location_25km", km !== null && km <= 25);
    if (gold.geo_precision === 1) {
      check("geo_precision1_10km", within10);
      check("geo_precision1_25km", km !== null && km <= 25);
    }
    if (!within10 && e) {
      const acled = `${gold.location ?? "?"} (${gold.latitude}, ${gold.longitude})${gold.geo_precision === null ? "" : ` gp${gold.geo_precision}`}`;
      disagree("location", acled, placeText(e, km));
    }
  }
  const loc = e?.location ?? null;
  if (gold.admin1 !== null && !check("admin1", sameAdminName(gold.admin1, loc?.admin1 ?? null))) {
    disagree("admin1", gold.admin1, loc?.admin1 ?? "");
  }
  if (gold.admin2 !== null && !check("admin2", sameAdminName(gold.admin2, loc?.admin2 ?? null))) {
    disagree("admin2", gold.admin2, loc?.admin2 ?? "");
  }
  if (loc) {
    const same = sameCountry(gold.country, gold.iso3, loc);
    if (same !== null && !check("right_country", same)) disagree("country", gold.country ?? gold.iso3 ?? "", `${loc.country} (${loc.iso3})`);
  }

  let fatalityError: RowComparison["fatalityError"] = null;
  if (gold.fatalities !== null) {
    const ours = e ? (e.fatalities.low ?? 0) : null;
    if (ours !== null && ours !== gold.fatalities) fatalityError = ours > gold.fatalities ? "ours-higher" : "ours-lower";
    const exact = check("fatalities_exact", ours === gold.fatalities);
    check("fatalities_within_1", ours !== null && Math.abs(ours - gold.fatalities) <= 1);
    if (!notesSplitTollAcrossEvents(gold.notes)) check("fatalities_exact_toll_not_split", exact);
    if (!exact && e) disagree("fatalities", String(gold.fatalities), `${ours}${e.fatalities.text ? ` ("${e.fatalities.text}")` : ""}`);
  }

  if (gold.civilian_targeting !== null && !check("civilian_targeting", e?.civilian_targeting === gold.civilian_targeting)) {
    disagree("civilian_targeting", String(gold.civilian_targeting), e ? String(e.civilian_targeting) : "");
  }

  return { checks, disagreements, predictedSubEventType: e?.sub_event_type ?? null, distanceKm: km, dateSwapped, locationOutcome: where, fatalityError };
}

/** The day and month the event was dated to: its date, or without a year the date evidence it read. */
function dayMonthRead(e: ExtractedEvent | null): string | null {
  if (!e) return null;
  if (e.event_date) return e.event_date.slice(5);
  const evidence = e.evidence.find((ev) => ev.field === "event_date");
  return evidence ? statedDayMonth(evidence.text) : null;
}
