import type { ConflictEvent, EventSource, EventValues } from "../domain/index.js";

/** The `events` columns written for one event (everything but seq). */
export interface EventRowValues {
  id: string;
  event_date: string | null;
  date_precision: string;
  sort_date: string;
  week: string | null;
  month: string | null;
  event_type: string;
  sub_event_type: string;
  actor1: string | null;
  actor2: string | null;
  actor_search: string;
  country: string | null;
  iso3: string | null;
  admin1: string | null;
  admin2: string | null;
  location_name: string | null;
  latitude: number | null;
  longitude: number | null;
  fatalities_low: number | null;
  fatalities_best: number | null;
  sort_fatalities: number;
  verification: string;
  has_captures: number;
  notes: string;
  review_status: string;
  orphaned: number;
  values_json: string;
  created_at: string;
  updated_at: string;
}

export const EVENT_COLUMNS: Array<keyof EventRowValues> = [
  "id", "event_date", "date_precision", "sort_date", "week", "month", "event_type", "sub_event_type",
  "actor1", "actor2", "actor_search", "country", "iso3", "admin1", "admin2", "location_name",
  "latitude", "longitude", "fatalities_low", "fatalities_best", "sort_fatalities", "verification",
  "has_captures", "notes", "review_status", "orphaned", "values_json", "created_at", "updated_at",
];

/** Undated events sort as this date: first in ascending order, last in descending. */
export const UNDATED_SORT_KEY = "0000-00-00";

/** Monday (ISO week start) of the week holding an ISO date. */
export function isoWeekStart(date: string): string | null {
  const parsed = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(parsed)) return null;
  const day = new Date(parsed);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(parsed - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

export function eventRow(
  id: string,
  values: EventValues,
  state: { review_status: string; orphaned: boolean; created_at: string; updated_at: string },
): EventRowValues {
  const date = values.event_date;
  const actors = [values.actor1, values.actor2, ...(values.assoc_actors ?? [])].filter((a) => a !== null && a !== undefined);
  const loc = values.location;
  const hasCaptures = (values.weapons ?? []).some((w) => w.captured_by !== null || w.captured_from !== null);
  return {
    id,
    event_date: date,
    date_precision: values.date_precision,
    sort_date: date ?? UNDATED_SORT_KEY,
    week: date ? isoWeekStart(date) : null,
    month: date ? date.slice(0, 7) : null,
    event_type: values.event_type,
    sub_event_type: values.sub_event_type,
    actor1: values.actor1?.name ?? null,
    actor2: values.actor2?.name ?? null,
    actor_search: actors.map((a) => `${a.name}\n${a.acled_name}`.toLowerCase()).join("\n"),
    country: loc?.country ?? null,
    iso3: loc?.iso3 ?? null,
    admin1: loc?.admin1 ?? null,
    admin2: loc?.admin2 ?? null,
    location_name: loc?.name ?? null,
    latitude: loc?.latitude ?? null,
    longitude: loc?.longitude ?? null,
    fatalities_low: values.fatalities?.low ?? null,
    fatalities_best: values.fatalities?.best ?? null,
    sort_fatalities: values.fatalities?.low ?? -1,
    verification: values.verification,
    has_captures: hasCaptures ? 1 : 0,
    notes: values.notes ?? "",
    review_status: state.review_status,
    orphaned: state.orphaned ? 1 : 0,
    values_json: JSON.stringify(values),
    created_at: state.created_at,
    updated_at: state.updated_at,
  };
}

/** Row as read back from `events` (seq may come back as a string from PostgreSQL). */
export interface StoredEventRow {
  seq: number | string;
  id: string;
  values_json: string;
  review_status: ConflictEvent["review_status"];
  orphaned: number;
  created_at: string;
  updated_at: string;
  sort_date: string;
  sort_fatalities: number;
}

export function eventFromRow(row: StoredEventRow, sources: EventSource[]): ConflictEvent {
  const values = JSON.parse(row.values_json) as EventValues;
  return {
    ...values,
    id: row.id,
    sources,
    review_status: row.review_status,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** The fields of EventValues (what `correct` may change). */
export const EVENT_VALUE_FIELDS: ReadonlyArray<keyof EventValues> = [
  "event_type", "sub_event_type", "event_date", "date_precision", "actor1", "actor2", "assoc_actors",
  "civilian_targeting", "location", "fatalities", "verification", "claimed_by", "claim_relayed_by",
  "weapons", "notes",
];

/** Strips the stored-event fields so only the coded values remain. */
export function valuesOf(event: ConflictEvent | EventValues): EventValues {
  const out: Record<string, unknown> = {};
  for (const field of EVENT_VALUE_FIELDS) out[field] = (event as unknown as Record<string, unknown>)[field];
  return out as unknown as EventValues;
}
