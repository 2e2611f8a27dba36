import type { ActorRef, ConflictEvent } from "../domain/event.js";
import { weeksOf, weekStart, type Period } from "./period.js";

export interface KeyFigures {
  events: number;
  fatalities: number;
  /** Fatalities resting only on a party's claim (verification "claimed"). */
  claimedFatalities: number;
  civilianTargeting: number;
  actors: number;
  locations: number;
}

export interface CountRow {
  key: string;
  /** Event type of a sub-event type row; the second actor of a pair. */
  key2?: string;
  events: number;
  fatalities: number;
}

export interface CapturedWeapon {
  eventId: string;
  date: string | null;
  name: string;
  category: string;
  origin: string | null;
  capturedBy: string | null;
  capturedFrom: string | null;
  place: string | null;
}

export interface ContestedEvent {
  event: ConflictEvent;
  reasons: string[];
}

export interface ReportSummary {
  period: Period;
  previous: Period;
  current: KeyFigures;
  before: KeyFigures;
  weekly: CountRow[];
  byType: CountRow[];
  byActor: CountRow[];
  actorPairs: CountRow[];
  byAdmin1: CountRow[];
  weapons: CapturedWeapon[];
  deadliest: ConflictEvent[];
  contested: ContestedEvent[];
  /** Events with coordinates, for the map. */
  mapped: ConflictEvent[];
  unmapped: number;
}

const fatalitiesOf = (e: ConflictEvent): number => e.fatalities?.best ?? 0;

function actorList(e: ConflictEvent): ActorRef[] {
  return [e.actor1, e.actor2, ...(e.assoc_actors ?? [])].filter((a): a is ActorRef => a != null);
}

export function keyFigures(events: ConflictEvent[]): KeyFigures {
  const actors = new Set<string>();
  const places = new Set<string>();
  let fatalities = 0;
  let claimed = 0;
  let civilian = 0;
  for (const e of events) {
    const f = fatalitiesOf(e);
    fatalities += f;
    if (e.verification === "claimed") claimed += f;
    if (e.civilian_targeting) civilian += 1;
    for (const a of actorList(e)) actors.add(a.name);
    if (e.location) places.add(`${e.location.name}|${e.location.admin1}`);
  }
  return { events: events.length, fatalities, claimedFatalities: claimed, civilianTargeting: civilian, actors: actors.size, locations: places.size };
}

function tally<K extends string>(rows: Map<string, CountRow>, key: K, f: number, key2?: string): void {
  const id = key2 === undefined ? key : `${key}\u0000${key2}`;
  const row = rows.get(id) ?? { key, ...(key2 !== undefined ? { key2 } : {}), events: 0, fatalities: 0 };
  row.events += 1;
  row.fatalities += f;
  rows.set(id, row);
}

function sorted(rows: Map<string, CountRow>, limit?: number): CountRow[] {
  const all = [...rows.values()].sort((a, b) => b.events - a.events || b.fatalities - a.fatalities || a.key.localeCompare(b.key));
  return limit ? all.slice(0, limit) : all;
}

/** Why an event's reports should not be taken at face value: a party's claim, a dispute, or sources that disagree. */
export function contestReasons(e: ConflictEvent): string[] {
  const reasons: string[] = [];
  if (e.verification === "claimed") {
    const via = e.claim_relayed_by ? ` via ${e.claim_relayed_by}` : "";
    reasons.push(`only claimed${e.claimed_by ? ` by ${e.claimed_by}` : ""}${via}; not independently confirmed`);
  }
  if (e.verification === "disputed") reasons.push("reports dispute what happened");
  const sources = e.sources ?? [];
  const counts = [...new Set(sources.map((s) => s.values?.fatalities?.best).filter((n): n is number => n != null))];
  if (counts.length > 1) reasons.push(`sources give ${counts.sort((a, b) => a - b).join(", ")} killed`);
  const types = [...new Set(sources.map((s) => s.values?.sub_event_type).filter(Boolean))];
  if (types.length > 1) reasons.push(`sources code it as ${types.join(" / ")}`);
  const dates = [...new Set(sources.map((s) => s.values?.event_date).filter(Boolean))];
  if (dates.length > 1) reasons.push(`sources date it ${dates.join(", ")}`);
  return reasons;
}

/** Everything the report shows, from the period's events and the previous period's. */
export function summarise(events: ConflictEvent[], previousEvents: ConflictEvent[], period: Period, previous: Period): ReportSummary {
  const weekly = new Map<string, CountRow>(weeksOf(period).map((w) => [w, { key: w, events: 0, fatalities: 0 }]));
  const byType = new Map<string, CountRow>();
  const byActor = new Map<string, CountRow>();
  const pairs = new Map<string, CountRow>();
  const byAdmin1 = new Map<string, CountRow>();
  const weapons: CapturedWeapon[] = [];
  const contested: ContestedEvent[] = [];
  for (const e of events) {
    const f = fatalitiesOf(e);
    if (e.event_date) {
      const w = weekly.get(weekStart(e.event_date));
      if (w) (w.events += 1), (w.fatalities += f);
    }
    tally(byType, e.sub_event_type, f, e.event_type);
    for (const a of new Set(actorList(e).map((x) => x.name))) tally(byActor, a, f);
    const [a1, a2] = [e.actor1?.name ?? "Unidentified armed group", e.actor2?.name ?? null];
    if (a2) {
      const [x, y] = a1 <= a2 ? [a1, a2] : [a2, a1];
      tally(pairs, x, f, y);
    }
    tally(byAdmin1, e.location ? `${e.location.admin1 ?? "admin1 unknown"}, ${e.location.country}` : "place unknown", f);
    const place = e.location ? [e.location.name, e.location.admin1].filter(Boolean).join(", ") : null;
    for (const w of e.weapons ?? []) {
      if (!w.captured_by) continue;
      weapons.push({ eventId: e.id, date: e.event_date, name: w.name, category: w.category, origin: w.origin_country, capturedBy: w.captured_by, capturedFrom: w.captured_from, place });
    }
    const reasons = contestReasons(e);
    if (reasons.length) contested.push({ event: e, reasons });
  }
  const deadliest = events
    .filter((e) => fatalitiesOf(e) > 0)
    .sort((a, b) => fatalitiesOf(b) - fatalitiesOf(a) || (b.event_date ?? "").localeCompare(a.event_date ?? ""))
    .slice(0, 10);
  const mapped = events.filter((e) => e.location?.latitude != null && e.location?.longitude != null);
  return {
    period,
    previous,
    current: keyFigures(events),
    before: keyFigures(previousEvents),
    weekly: [...weekly.values()],
    byType: sorted(byType),
    byActor: sorted(byActor, 12),
    actorPairs: sorted(pairs, 10),
    byAdmin1: sorted(byAdmin1, 12),
    weapons,
    deadliest,
    contested: contested.sort((a, b) => fatalitiesOf(b.event) - fatalitiesOf(a.event)),
    mapped,
    unmapped: events.length - mapped.length,
  };
}
